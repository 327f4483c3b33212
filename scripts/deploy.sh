#!/usr/bin/env bash
# NEEDS NETWORK AND CREDENTIALS. `cdktf deploy` of the given stacks (globs allowed), no prompt: the
# approval happens before, in the pipeline (GitHub environment / Azure Pipelines environment check).
#   npm run deploy -- 'hub-*' global
# Synthesizes once with `npm run synth` (the CLI's own synth would run the app a second time), installs the
# providers stack by stack into the shared plugin cache, then deploys with --skip-synth.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/hub-secrets.sh
source scripts/hub-secrets.sh
# shellcheck source=scripts/terraform-env.sh
source scripts/terraform-env.sh
npm run --silent synth
install_providers cdktf.out/stacks/*/
exec npx cdktf deploy --skip-synth --auto-approve "$@"
