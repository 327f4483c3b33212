#!/usr/bin/env bash
# NEEDS NETWORK the first time on a machine (provider downloads into the shared plugin cache; no
# credentials). `terraform validate` of every stack, from one synth.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/terraform-env.sh
source scripts/terraform-env.sh
npm run --silent synth
for dir in cdktf.out/stacks/*/; do
  echo "== $(basename "$dir")"
  install_providers "$dir"
  terraform -chdir="$dir" validate -no-color
done
