#!/usr/bin/env bash
# Sourced by plan.sh and deploy.sh. CI keeps every hub's service principal secret in one secret holding a
# JSON object {"<hub name>": "<secret>", ...} (HUB_CLIENT_SECRETS_JSON); this exports each as the sensitive
# Terraform variable TF_VAR_hub_<name>_client_secret ('-' becomes '_'), never echoing a value.
# shellcheck disable=SC2016 # the single-quoted text is JavaScript
list_hub_secrets='for (const [k, v] of Object.entries(JSON.parse(process.env.HUB_CLIENT_SECRETS_JSON))) console.log(`${k}\t${v}`)'
if [ -n "${HUB_CLIENT_SECRETS_JSON:-}" ]; then
  while IFS=$'\t' read -r hub secret; do
    export "TF_VAR_hub_${hub//-/_}_client_secret=$secret"
  done < <(node -e "$list_hub_secrets")
fi
