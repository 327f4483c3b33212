#!/usr/bin/env bash
# NEEDS NETWORK (downloads the Terraform providers; no credentials). `terraform validate` of every stack.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
npm run --silent synth
for dir in cdktf.out/stacks/*/; do
  echo "== $(basename "$dir")"
  terraform -chdir="$dir" init -input=false -backend=false -no-color >/dev/null
  terraform -chdir="$dir" validate -no-color
done
