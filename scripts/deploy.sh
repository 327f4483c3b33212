#!/usr/bin/env bash
# NEEDS NETWORK AND CREDENTIALS. `cdktf deploy` of the given stacks (globs allowed), no prompt: the
# approval happens before, in the pipeline (GitHub environment / Azure Pipelines environment check).
#   npm run deploy -- 'hub-*' global
#   npm run deploy -- 'apps-*' traffic     # their hub and global stacks need not be in the selection
# Synthesizes once with `npm run synth` (the CLI's own synth would run the app a second time), installs the
# providers stack by stack into the shared plugin cache, then deploys that synth (--skip-synth) level by
# level (scripts/deploy-levels.ts says why). --skip-missing: a pattern that matches no stack is skipped (the
# devops stack exists only with azure.devops.project). Other arguments starting with '-' go to `cdktf deploy`.
# A runner stack (runner-<hub>) is selected only by a pattern that starts with runner- (deploy-levels.ts): CI runs
# on those VMs; deploy them from a workstation (docs/rollout.md).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/hub-secrets.sh
source scripts/hub-secrets.sh
# shellcheck source=scripts/terraform-env.sh
source scripts/terraform-env.sh
patterns=() options=() levels_options=()
for arg in "$@"; do
  case "$arg" in --skip-missing) levels_options+=("$arg") ;; -*) options+=("$arg") ;; *) patterns+=("$arg") ;; esac
done
[ ${#patterns[@]} -gt 0 ] || { echo "usage: npm run deploy -- <stack or glob>... (e.g. 'hub-*' global)" >&2; exit 2; }
npm run --silent synth
levels="$(node --import tsx scripts/deploy-levels.ts "${levels_options[@]}" cdktf.out/manifest.json "${patterns[@]}")"
[ -n "$levels" ] || { echo "deploy: no stack to deploy (${patterns[*]} matched none)"; exit 0; }
install_providers cdktf.out/stacks/*/
mapfile -t levels <<<"$levels"
for level in "${levels[@]}"; do
  read -r -a stacks <<<"$level"
  echo "deploy: ${stacks[*]}"
  npx cdktf deploy --skip-synth --auto-approve --ignore-missing-stack-dependencies "${options[@]}" "${stacks[@]}"
done
