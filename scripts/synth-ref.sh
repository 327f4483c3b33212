#!/usr/bin/env bash
# Synthesizes the app as it is at a git ref (e.g. the pull request's base) into OUTDIR, without touching
# the working tree: `git archive` exports the ref to a temp folder that uses this checkout's node_modules.
# The ref's own config is used (HA_CONFIG, relative to the repository root), so config changes show up too.
#   npm run synth:ref -- origin/main /tmp/base.out
set -euo pipefail
ref="${1:?usage: synth-ref.sh <git ref> <outdir>}"
outdir="${2:?usage: synth-ref.sh <git ref> <outdir>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$root" archive --format=tar "$ref" | tar -x -C "$work"
rm -rf "$work/node_modules"
ln -s "$root/node_modules" "$work/node_modules"
(cd "$work" && node --import tsx main.ts) # as cdktf.json runs it; node_modules is the link above
rm -rf "$outdir"
mkdir -p "$(dirname "$outdir")"
cp -r "$work/cdktf.out" "$outdir"
echo "synthesized $ref into $outdir" >&2
