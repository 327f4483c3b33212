#!/usr/bin/env bash
# Cluster lifecycle on the AKS engine VM: brings the cluster to the desired definition with aks-engine-azurestack.
#
# Idempotent. It compares the desired definition (vlabs JSON written by Terraform) with the last applied
# apimodel.json in the output folder and does exactly one of:
#   - nothing (no difference);
#   - deploy (first time), or resume a failed deploy with --force-overwrite (same resource group: no second cluster);
#   - upgrade --upgrade-version (one minor version at a time), then
#   - scale --new-node-count per node pool whose count changed.
# Changes aks-engine cannot make (control plane count or size, pool size, added/removed pools, downgrades,
# skipped minor versions) are refused before anything runs.
#
# Usage: cluster-lifecycle.sh --definition FILE --output-dir DIR --resource-group RG --subscription-id ID
#          --client-id ID --apiserver FQDN [--identity-system azure_ad|adfs] [--log-file FILE]
# Environment: AKS_ENGINE_CLIENT_SECRET (required; aks-engine reads it itself, it never appears in argv),
#              AKS_ENGINE_BIN (default aks-engine-azurestack).
# Exit status: 0 done or nothing to do, 2 usage, 3 refused change or inconsistent state, otherwise the
# failing aks-engine-azurestack status (its meaning is logged).
set -euo pipefail

readonly EXIT_USAGE=2
readonly EXIT_REFUSED=3

definition=""
output_dir=""
resource_group=""
subscription_id=""
client_id=""
apiserver=""
identity_system="azure_ad"
log_file=""
aks_engine="${AKS_ENGINE_BIN:-aks-engine-azurestack}"

log() {
  local line
  line="$(date -u +%Y-%m-%dT%H:%M:%SZ) cluster-lifecycle: $*"
  printf '%s\n' "$line"
  if [ -n "$log_file" ]; then printf '%s\n' "$line" >>"$log_file"; fi
}

die() {
  local status="$1"
  shift
  log "ERROR: $*"
  exit "$status"
}

usage() {
  die "$EXIT_USAGE" "$* (usage: cluster-lifecycle.sh --definition FILE --output-dir DIR --resource-group RG --subscription-id ID --client-id ID --apiserver FQDN [--identity-system azure_ad|adfs] [--log-file FILE])"
}

while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage "option $1 needs a value"
  case "$1" in
    --definition) definition="$2" ;;
    --output-dir) output_dir="$2" ;;
    --resource-group) resource_group="$2" ;;
    --subscription-id) subscription_id="$2" ;;
    --client-id) client_id="$2" ;;
    --apiserver) apiserver="$2" ;;
    --identity-system) identity_system="$2" ;;
    --log-file) log_file="$2" ;;
    *) usage "unknown option $1" ;;
  esac
  shift 2
done

if [ -n "$log_file" ]; then
  mkdir -p "$(dirname "$log_file")"
  touch "$log_file"
  chmod 0600 "$log_file"
fi
for required in definition output_dir resource_group subscription_id client_id apiserver; do
  [ -n "${!required}" ] || usage "--${required//_/-} is required"
done
case "$identity_system" in azure_ad | adfs) ;; *) usage "--identity-system must be azure_ad or adfs, not $identity_system" ;; esac
[ -r "$definition" ] || die "$EXIT_USAGE" "desired definition $definition is missing or unreadable"
jq -e '.apiVersion == "vlabs" and (.location | type == "string")' "$definition" >/dev/null ||
  die "$EXIT_USAGE" "$definition is not a vlabs cluster definition"
[ -n "${AKS_ENGINE_CLIENT_SECRET:-}" ] || die "$EXIT_USAGE" "AKS_ENGINE_CLIENT_SECRET is not set (the service principal secret comes from the environment)"
export AKS_ENGINE_CLIENT_SECRET
command -v "$aks_engine" >/dev/null || die "$EXIT_USAGE" "$aks_engine is not installed (cloud-init installs it on the engine VM)"

applied="$output_dir/apimodel.json"
state_dir="$(dirname "$output_dir")/.lifecycle-state"
mkdir -p "$state_dir"
chmod 0700 "$state_dir"
# one run at a time: a second `cdktf deploy` must not start an overlapping aks-engine operation
exec 9>"$state_dir/lock"
flock -n 9 || die "$EXIT_REFUSED" "another cluster-lifecycle run holds $state_dir/lock (wait for it to finish)"


# Meaning of the custom script extension (CSE) exit codes aks-engine reports when a node fails to provision.
cse_meaning() {
  case "$1" in
    5) echo "timed out waiting for cloud-init on the node" ;;
    9) echo "apt-get install timed out on the node" ;;
    30) echo "the Kubernetes API server / cluster was not up in time (control plane unhealthy: check hub capacity and the control plane VMs)" ;;
    31) echo "timed out downloading Kubernetes binaries" ;;
    34) echo "kubelet could not be started" ;;
    35) echo "timed out pulling a container image" ;;
    36) echo "cluster add-ons did not start in time" ;;
    41) echo "timed out downloading CNI plugins" ;;
    50) echo "no outbound connectivity from the nodes (they must reach the internet or your mirror)" ;;
    51) echo "nodes could not connect to the Kubernetes API server" ;;
    52) echo "nodes could not resolve the Kubernetes API server name (DNS)" ;;
    99) echo "apt-get update timed out on the node" ;;
    120) echo "Azure Stack Hub: the node could not get an Azure Resource Manager token (check the service principal and identity system)" ;;
    121) echo "Azure Stack Hub: the node could not read its network configuration" ;;
    122) echo "Azure Stack Hub: the node could not read its subnet prefix" ;;
    *) echo "unknown custom script extension exit code (see the aks-engine-azurestack troubleshooting docs)" ;;
  esac
}

# Runs one aks-engine-azurestack command, logging its command line (no secret is ever in it) and its output.
run_aks_engine() {
  local out status=0 cse
  out="$(mktemp)"
  log "running: $aks_engine $*"
  "$aks_engine" "$@" 2>&1 | tee -a "${log_file:-/dev/null}" "$out" || status=$?
  if [ "$status" -ne 0 ]; then
    cse="$(grep -oE 'exit status=[0-9]+' "$out" | tail -n 1 | cut -d= -f2 || true)"
    rm -f "$out"
    if [ -n "$cse" ]; then
      log "custom script extension exit $cse: $(cse_meaning "$cse")"
    fi
    die "$status" "$aks_engine $1 failed with exit status $status${cse:+ (CSE exit $cse: $(cse_meaning "$cse"))}; the log is ${log_file:-stdout}; re-run the deploy to resume"
  fi
  rm -f "$out"
}

common_args() {
  printf '%s\n' --azure-env AzureStackCloud --location "$location" --resource-group "$resource_group" \
    --subscription-id "$subscription_id" --client-id "$client_id"
  if [ "$identity_system" = "adfs" ]; then printf '%s\n' --identity-system adfs; fi
}

# The fields the lifecycle acts on, one jq call per file: "location L", "version V", "master COUNT SIZE",
# then "pool NAME COUNT SIZE" per node pool sorted by name. Equal shapes mean equal clusters for this script.
shape_of() {
  jq -r '"location \(.location)", "version \(.properties.orchestratorProfile.orchestratorVersion)",
    "master \(.properties.masterProfile.count) \(.properties.masterProfile.vmSize)",
    (.properties.agentPoolProfiles | sort_by(.name)[] | "pool \(.name) \(.count) \(.vmSize)")' "$1"
}
field() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print; exit }' <<<"$2"; }
pools() { awk '$1 == "pool" { print $2, $3, $4 }' <<<"$1"; }

desired_shape="$(shape_of "$definition")"
location="$(field location "$desired_shape")"
mapfile -t common < <(common_args)

deploy() {
  local model="$1"
  shift
  touch "$state_dir/deploy-started"
  run_aks_engine deploy --api-model "$model" --output-directory "$output_dir" "${common[@]}" "$@"
  touch "$state_dir/applied"
  rm -f "$state_dir/deploy-started"
  log "deploy finished: Kubernetes $(field version "$(shape_of "$applied")"), apimodel.json in $output_dir"
}

log "desired: Kubernetes $(field version "$desired_shape"), control plane $(field master "$desired_shape" | cut -d' ' -f1), pools: $(pools "$desired_shape" | awk '{printf "%s%s=%s", (NR>1?", ":""), $1, $2}')"

if [ ! -f "$state_dir/applied" ]; then
  if [ -f "$state_dir/deploy-started" ]; then
    # A previous deploy failed part-way. Deploy again into the same resource group (ARM completes what is
    # missing) and keep the certificates it generated when the cluster shape has not changed since.
    model="$definition"
    if [ -f "$applied" ] && [ "$(shape_of "$applied")" = "$desired_shape" ]; then model="$applied"; fi
    log "resuming the deploy that did not finish (same resource group $resource_group, --force-overwrite)"
    deploy "$model" --force-overwrite
  else
    [ ! -e "$output_dir" ] || die "$EXIT_REFUSED" "$output_dir exists but no deploy was recorded in $state_dir (move it away if it is stale)"
    # A replaced engine VM has no record of the cluster: never deploy over one that already answers.
    if curl --silent --insecure --connect-timeout 5 --max-time 10 --output /dev/null "https://$apiserver/healthz"; then
      die "$EXIT_REFUSED" "a Kubernetes API server already answers at $apiserver but this engine VM has no record of deploying it: restore $(dirname "$output_dir") from a backup of the previous engine VM instead of deploying a second time"
    fi
    log "first deploy of the cluster into resource group $resource_group"
    deploy "$definition"
  fi
  exit 0
fi

[ -f "$applied" ] || die "$EXIT_REFUSED" "the cluster was deployed but $applied is missing: restore it from a backup (every later upgrade or scale needs it)"

# --- compare desired and applied, and refuse anything aks-engine cannot do, before doing anything ---
applied_shape="$(shape_of "$applied")"
problems=()
read -r want_count want_size <<<"$(field master "$desired_shape")"
read -r have_count have_size <<<"$(field master "$applied_shape")"
if [ "$want_count" != "$have_count" ]; then
  problems+=("control plane count changed from $have_count to $want_count: aks-engine-azurestack cannot change the control plane count of a running cluster (set it back to $have_count, or build a new cluster)")
fi
if [ "$want_size" != "$have_size" ]; then
  problems+=("control plane vmSize changed from $have_size to $want_size: aks-engine-azurestack cannot resize the control plane of a running cluster (set it back to $have_size)")
fi

desired_version="$(field version "$desired_shape")"
applied_version="$(field version "$applied_shape")"
upgrade_to=""
if [ "$desired_version" != "$applied_version" ]; then
  IFS=. read -r d_major d_minor _ <<<"$desired_version"
  IFS=. read -r a_major a_minor _ <<<"$applied_version"
  newest="$(printf '%s\n%s\n' "$desired_version" "$applied_version" | sort -V | tail -n 1)"
  if [ "$newest" = "$applied_version" ]; then
    problems+=("Kubernetes $desired_version is older than the running $applied_version: downgrades are not supported (set kubernetesVersion back to $applied_version)")
  elif [ "$d_major" != "$a_major" ]; then
    problems+=("Kubernetes $applied_version to $desired_version changes the major version: not supported")
  elif [ $((d_minor - a_minor)) -gt 1 ]; then
    problems+=("Kubernetes $applied_version to $desired_version skips a minor version: aks-engine-azurestack upgrades one minor version at a time (upgrade to a $a_major.$((a_minor + 1)).x release first, then to $desired_version)")
  else
    upgrade_to="$desired_version"
  fi
fi

scales=()
while read -r name count size; do
  [ -n "$name" ] || continue
  line="$(pools "$applied_shape" | awk -v n="$name" '$1 == n')"
  if [ -z "$line" ]; then
    problems+=("node pool $name is new: this runner does not add node pools (keep the pools of the running cluster)")
    continue
  fi
  read -r _ have_count have_size <<<"$line"
  if [ "$size" != "$have_size" ]; then
    problems+=("node pool $name vmSize changed from $have_size to $size: aks-engine-azurestack cannot resize a pool's VMs (set it back to $have_size)")
  fi
  if [ "$count" != "$have_count" ]; then scales+=("$name $have_count $count"); fi
done < <(pools "$desired_shape")
while read -r name _ _; do
  [ -n "$name" ] || continue
  if ! pools "$desired_shape" | awk -v n="$name" '$1 == n { found = 1 } END { exit !found }'; then
    problems+=("node pool $name is gone from the definition: this runner does not remove node pools (scale it down instead)")
  fi
done < <(pools "$applied_shape")

if [ ${#problems[@]} -gt 0 ]; then
  for p in "${problems[@]}"; do log "REFUSED: $p"; done
  die "$EXIT_REFUSED" "${#problems[@]} change(s) refused; nothing was changed"
fi

if [ -z "$upgrade_to" ] && [ ${#scales[@]} -eq 0 ]; then
  log "nothing to do: the cluster already matches the definition (Kubernetes $applied_version)"
  exit 0
fi

if [ -n "$upgrade_to" ]; then
  log "upgrade: Kubernetes $applied_version -> $upgrade_to"
  run_aks_engine upgrade --api-model "$applied" --upgrade-version "$upgrade_to" "${common[@]}"
  touch "$state_dir/applied"
  log "upgrade finished: Kubernetes $(field version "$(shape_of "$applied")")"
fi

for s in "${scales[@]}"; do
  read -r name from to <<<"$s"
  log "scale: node pool $name $from -> $to nodes"
  run_aks_engine scale --api-model "$applied" --new-node-count "$to" --node-pool "$name" --apiserver "$apiserver" "${common[@]}"
  touch "$state_dir/applied"
  log "scale finished: node pool $name has $to nodes"
done
log "done: the cluster matches the definition"
