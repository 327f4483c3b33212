#!/usr/bin/env bash
# NEEDS NETWORK AND CREDENTIALS. `cdktf deploy` of the given stacks (globs allowed), no prompt: the
# approval happens before, in the pipeline (GitHub environment / Azure Pipelines environment check).
#   npm run deploy -- 'hub-*' global
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/hub-secrets.sh
source scripts/hub-secrets.sh
exec npx cdktf deploy --auto-approve "$@"
