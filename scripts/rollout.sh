#!/usr/bin/env bash
# NEEDS NETWORK AND CREDENTIALS (except --dry-run --all). `npm run rollout`: one hub at a time, drained, deployed,
# verified, restored (scripts/rollout.ts, docs/rollout.md). Uses the same credentials and provider cache as
# `npm run deploy`: HUB_CLIENT_SECRETS_JSON or TF_VAR_hub_<hub>_client_secret, ARM_* for public Azure and the
# state, and a signed-in Azure CLI (az login / azure/login) to read Traffic Manager's endpoint status.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/hub-secrets.sh
source scripts/hub-secrets.sh
# shellcheck source=scripts/terraform-env.sh
source scripts/terraform-env.sh
exec node --import tsx scripts/rollout.ts "$@"
