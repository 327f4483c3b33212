#!/usr/bin/env bash
# Sourced by deploy.sh, plan.sh and validate.sh: one Terraform provider plugin cache per machine, so each
# provider version is downloaded once, not once per stack (2N+2 stacks for N hubs).
#
# The default is the folder the cdktf CLI itself uses (cdktf-cli 0.21.0 bin/cdktf.ts ensurePluginCache, in
# node_modules/cdktf-cli/bundle/bin/cdktf.js:
# TF_PLUGIN_CACHE_DIR or ~/.terraform.d/plugin-cache), so the scripts, `npx cdktf` and the workflows share it.
export TF_PLUGIN_CACHE_DIR="${TF_PLUGIN_CACHE_DIR:-$HOME/.terraform.d/plugin-cache}"
mkdir -p "$TF_PLUGIN_CACHE_DIR"
# The cache feeds a stack only providers whose checksums its lock file lists: the committed ones in stacks/locks/
# (copied into every stack folder by main.ts; `npm run lock` updates them). A provider with no lock entry, or one
# whose entry lists only the registry's zh: checksums (zip hashes: no unpacked cache entry can match them,
# https://github.com/hashicorp/terraform/blob/v1.11.4/internal/getproviders/hash.go#L166-L171), is
# downloaded and verified against the registry's signed checksums, never taken from the cache unchecked: this
# script no longer sets TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE, and refuses a value a caller set
# (https://github.com/hashicorp/terraform/blob/v1.11.4/internal/command/cliconfig/cliconfig.go#L31 and #L48-L57).
if [ -n "${TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE:-}" ]; then
  echo "TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE is set: it lets the plugin cache install unverified providers; unset it" >&2
  return 2
fi
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
