#!/usr/bin/env bash
# NEEDS NETWORK AND CREDENTIALS. `terraform plan` of one synthesized stack (run `npm run synth` first, once:
# this script never synthesizes, so a pipeline job that plans several stacks synthesizes once).
# A stack whose upstream stack has no state yet cannot be planned (its remote state reads would fail):
# it is skipped with a note and exit status 0, so a first deployment's pull request stays green.
#   npm run plan -- apps-seattle
#   npm run plan -- --skip-missing devops
set -euo pipefail
# --skip-missing: a stack that is not synthesized (devops without azure.devops.project) is skipped, exit 0.
skip_missing=""
if [ "${1:-}" = "--skip-missing" ]; then skip_missing=1; shift; fi
stack="${1:?usage: plan.sh [--skip-missing] <stack id>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/cdktf.out"
# shellcheck source=scripts/hub-secrets.sh
source "$root/scripts/hub-secrets.sh"
# shellcheck source=scripts/terraform-env.sh
source "$root/scripts/terraform-env.sh"
if [ -n "$skip_missing" ] && [ ! -f "$out/stacks/$stack/cdk.tf.json" ]; then echo "plan: no stack '$stack' in this config: skipped"; exit 0; fi
[ -f "$out/stacks/$stack/cdk.tf.json" ] || { echo "plan: no synthesized stack '$stack' in cdktf.out (run npm run synth)" >&2; exit 2; }
deps="$(node -e 'const m=require(process.argv[1]); console.log((m.stacks[process.argv[2]].dependencies||[]).join("\n"))' "$out/manifest.json" "$stack")"
for dep in $deps; do
  terraform -chdir="$out/stacks/$dep" init -input=false -no-color >/dev/null
  if [ -z "$(terraform -chdir="$out/stacks/$dep" state list -no-color 2>/dev/null || true)" ]; then
    msg="skipped plan of $stack: upstream stack $dep has no state yet (deploy $dep first)"
    echo "$msg"
    [ -n "${GITHUB_ACTIONS:-}" ] && echo "::notice title=plan $stack skipped::$msg"
    [ -n "${TF_BUILD:-}" ] && echo "##vso[task.logissue type=warning]$msg"
    exit 0
  fi
done
terraform -chdir="$out/stacks/$stack" init -input=false -no-color
terraform -chdir="$out/stacks/$stack" plan -input=false -lock=false -no-color
