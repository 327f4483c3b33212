#!/usr/bin/env bash
# Sourced by deploy.sh, plan.sh and validate.sh: one Terraform provider plugin cache per machine, so each
# provider version is downloaded once, not once per stack (2N+2 stacks for N hubs).
#
# The default is the folder the cdktf CLI itself uses (cdktf-cli 0.21.0 bin/cdktf.ts ensurePluginCache, in
# node_modules/cdktf-cli/bundle/bin/cdktf.js:
# TF_PLUGIN_CACHE_DIR or ~/.terraform.d/plugin-cache), so the scripts, `npx cdktf` and the workflows share it.
export TF_PLUGIN_CACHE_DIR="${TF_PLUGIN_CACHE_DIR:-$HOME/.terraform.d/plugin-cache}"
mkdir -p "$TF_PLUGIN_CACHE_DIR"
# Terraform >= 1.4 ignores the cache for a provider the stack's .terraform.lock.hcl does not list yet and
# downloads it again. cdktf.out is generated and its lock files are not committed, so every fresh stack would
# download; this lets the cache fill the lock file instead (it then records the checksum of this platform only).
# Terraform treats any non-empty value as on; set it to "" to turn it off.
export TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE="${TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE-true}"
# No version check or telemetry call to checkpoint-api.hashicorp.com from terraform or the cdktf CLI
# (@cdktf/commons, bundled in node_modules/cdktf-cli/bundle/bin/cdktf.js, reads CHECKPOINT_DISABLE); "" allows them.
export CHECKPOINT_DISABLE="${CHECKPOINT_DISABLE-1}"

# Installs the providers of the given stack folders one after the other (no backend, no credentials):
# Terraform's plugin cache is not safe for concurrent installs (hashicorp/terraform#31964), and `cdktf
# deploy` runs the init of independent stacks in parallel.
install_providers() {
  local dir
  for dir in "$@"; do
    terraform -chdir="$dir" init -backend=false -input=false -no-color >/dev/null
  done
}
