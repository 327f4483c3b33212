#!/usr/bin/env bash
# Mutation testing with StrykerJS, one folder at a time (each with its own in-process test files, see
# stryker.config.mjs): `npm run test:mutation` for config and policy, or name folders:
# `npm run test:mutation -- constructs stacks`. Prints each folder's score and duration.
set -euo pipefail
cd "$(dirname "$0")/.."
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(config policy)
for folder in "${folders[@]}"; do
  start=$(date +%s)
  # lowest CPU priority: the machine is shared, and a run takes minutes to an hour per folder
  MUTATE="$folder" nice -n 19 npx stryker run
  echo "mutation: $folder done in $(( $(date +%s) - start )) s (report: reports/mutation/$folder.json)"
done
