#!/usr/bin/env bash
# Cluster lifecycle on the AKS engine VM: brings the cluster to the desired definition with aks-engine-azurestack.
#
# Idempotent. It compares the desired definition (vlabs JSON written by Terraform) with the last applied
# apimodel.json in the output folder and does exactly one of:
#   - nothing (no difference), after checking the cluster's nodes;
#   - deploy (first time), or finish a failed deploy by deploying the stored apimodel.json again;
#   - upgrade --upgrade-version (one minor version at a time), or upgrade --force at the running version when
#     only the service principal secret changed (upstream's way to rotate it), then
#   - scale --new-node-count per node pool whose count changed, then
#   - addpool per node pool that is new;
# then checks with kubectl that every node is Ready, at the target version, and each pool at its count.
# Changes aks-engine cannot make (location, control plane count or size, pool size, removed pools,
# downgrades, skipped minor versions) are refused before anything runs, with upstream's manual path.
#
# aks-engine runs in a transient systemd unit (the "worker"), not in the SSH session that started it: an
# upgrade can take hours and must survive a dropped connection. The session streams the worker's log and
# exits with its status. A run that finds an operation in progress waits for it and reports its result.
#
# Usage: cluster-lifecycle.sh --definition FILE --output-dir DIR --resource-group RG --subscription-id ID
#          --client-id ID --apiserver FQDN [--identity-system azure_ad|adfs] [--log-file FILE]
#          [--vm-timeout MINUTES] [--cordon-drain-timeout MINUTES]
# The service principal secret is read from the definition (servicePrincipalProfile.secret, a 0600 file).
# Environment: AKS_ENGINE_BIN (default aks-engine-azurestack), LIFECYCLE_POLL_SECONDS (log streaming, 5),
#              LIFECYCLE_VERIFY_SECONDS (how long nodes may take to become Ready, 900).
# Exit status: 0 done or nothing to do, 2 usage, 3 refused change or inconsistent state, 4 nodes not
# healthy after the operation, otherwise the failing aks-engine-azurestack status (its meaning is logged).
set -euo pipefail

readonly EXIT_USAGE=2
readonly EXIT_REFUSED=3
readonly EXIT_UNHEALTHY=4

self="$(readlink -f "$0")"
all_args=("$@")
definition=""
output_dir=""
resource_group=""
subscription_id=""
client_id=""
apiserver=""
identity_system="azure_ad"
log_file=""
worker_run=""
vm_timeout=""
cordon_drain_timeout=""
aks_engine="${AKS_ENGINE_BIN:-aks-engine-azurestack}"
poll_seconds="${LIFECYCLE_POLL_SECONDS:-5}"
verify_seconds="${LIFECYCLE_VERIFY_SECONDS:-900}"

log() {
  local line
  line="$(date -u +%Y-%m-%dT%H:%M:%SZ) cluster-lifecycle: $*"
  printf '%s\n' "$line"
  if [ -n "$worker_run" ]; then printf '%s\n' "$line" >>"$log_file"; fi
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
    --vm-timeout) vm_timeout="$2" ;;
    --cordon-drain-timeout) cordon_drain_timeout="$2" ;;
    --worker) worker_run="$2" ;; # internal: the detached part
    *) usage "unknown option $1" ;;
  esac
  shift 2
done

for required in definition output_dir resource_group subscription_id client_id apiserver; do
  [ -n "${!required}" ] || usage "--${required//_/-} is required"
done
case "$identity_system" in azure_ad | adfs) ;; *) usage "--identity-system must be azure_ad or adfs, not $identity_system" ;; esac
for timeout in vm_timeout cordon_drain_timeout; do
  [ -z "${!timeout}" ] || [[ "${!timeout}" =~ ^[1-9][0-9]*$ ]] || usage "--${timeout//_/-} must be a number of minutes, not ${!timeout}"
done
[ -r "$definition" ] || die "$EXIT_USAGE" "desired definition $definition is missing or unreadable"
# The fields the lifecycle acts on (jq): "location L", "version V", "master COUNT SIZE", then
# "pool NAME COUNT SIZE" per node pool sorted by name. Equal shapes mean equal clusters for this script.
readonly SHAPE_JQ='"location \(.location)", "version \(.properties.orchestratorProfile.orchestratorVersion)",
  "master \(.properties.masterProfile.count) \(.properties.masterProfile.vmSize)",
  (.properties.agentPoolProfiles | sort_by(.name)[] | "pool \(.name) \(.count) \(.vmSize)")'
shape_of() { jq -r "$SHAPE_JQ" "$1"; }
# One jq reads the definition: it checks that it is a vlabs definition (jq's own errors could quote the file),
# then prints the secret (base64: one line, whatever it holds) and the desired shape.
definition_facts="$(jq -r 'if .apiVersion == "vlabs" and (.location | type == "string")
  then (.properties.servicePrincipalProfile.secret // "" | @base64), '"$SHAPE_JQ"' else error("not a vlabs definition") end' "$definition" 2>/dev/null)" ||
  die "$EXIT_USAGE" "$definition is not a vlabs cluster definition"
desired_shape="${definition_facts#*$'\n'}"
# aks-engine reads the secret only from --client-secret: no environment variable or file (cmd/root.go:123-133)
client_secret="$(printf '%s' "${definition_facts%%$'\n'*}" | base64 -d)"
unset definition_facts
[ -n "$client_secret" ] || die "$EXIT_USAGE" "$definition has no servicePrincipalProfile.secret (the service principal secret comes from the definition Terraform writes)"
command -v "$aks_engine" >/dev/null || die "$EXIT_USAGE" "$aks_engine is not installed (cloud-init installs it on the engine VM)"

cluster_dir="$(dirname "$output_dir")"
log_file="${log_file:-$cluster_dir/lifecycle.log}"
mkdir -p "$(dirname "$log_file")"
touch "$log_file"
chmod 0600 "$log_file"
applied="$output_dir/apimodel.json"
state_dir="$cluster_dir/.lifecycle-state"
mkdir -p "$state_dir/results" "$state_dir/backups" "$state_dir/work"
chmod 0700 "$state_dir" "$state_dir/backups" "$state_dir/work"
lock="$state_dir/lock"
touch "$lock"

# Replaces the secret wherever it appears in aks-engine's output (it never should, but this output is streamed
# to Terraform, CI logs and lifecycle.log). The secret reaches awk through the environment, not its argv.
mask() { SECRET_TO_MASK="$client_secret" awk '{ s = ENVIRON["SECRET_TO_MASK"]; while ((i = index($0, s)) > 0) $0 = substr($0, 1, i - 1) "***" substr($0, i + length(s)); print; fflush() }'; }

# --- session: start the worker detached, stream its log, exit with its status ---

lock_is_free() { flock -n "$lock" true; }

# Prints what the log gained since byte offset $1 until the function $2 succeeds.
stream_log_until() {
  local offset="$1" is_done="$2" size finished
  while :; do
    finished=no
    if "$is_done"; then finished=yes; fi
    size="$(stat -c %s "$log_file")"
    if [ "$size" -gt "$offset" ]; then
      # head stops at what was there when measured; tail may then die of SIGPIPE, which is expected
      tail -c "+$((offset + 1))" "$log_file" | head -c "$((size - offset))" || true
      offset="$size"
    fi
    [ "$finished" = no ] || return 0
    sleep "$poll_seconds"
  done
}

# A transient unit is not part of the SSH session, so the operation runs on when Terraform's connection
# drops (systemd-run(1): --unit, --uid, --gid, --collect, --setenv). The unit's environment is empty apart
# from what --setenv passes; the secret is not among it (the worker reads the 0600 definition itself).
start_worker() {
  local run="$1" envs=() var
  for var in PATH HOME AKS_ENGINE_BIN LIFECYCLE_POLL_SECONDS LIFECYCLE_VERIFY_SECONDS; do
    if [ -n "${!var:-}" ]; then envs+=(--setenv "$var=${!var}"); fi
  done
  if command -v systemd-run >/dev/null; then
    sudo -n systemd-run --unit "cluster-lifecycle-$run" --uid "$(id -u)" --gid "$(id -g)" --collect --quiet "${envs[@]}" \
      -- "$self" "${all_args[@]}" --worker "$run"
  else
    setsid "$self" "${all_args[@]}" --worker "$run" </dev/null >/dev/null 2>&1 &
  fi
}

session() {
  local offset status
  offset="$(stat -c %s "$log_file")"
  if ! lock_is_free; then
    log "an operation started by an earlier run is still in progress on the engine VM: waiting for it instead of starting another (its log follows; $log_file)"
    stream_log_until "$offset" lock_is_free
    read -r status run _ <"$state_dir/last-result"
    if [ "$status" -ne 0 ]; then
      die "$status" "the operation in progress ($run) failed with status $status (see above); fix the cause and run the deploy again"
    fi
    log "the operation in progress ($run) finished successfully; checking the cluster against the definition"
  fi
  run="$(date -u +%Y%m%dT%H%M%SZ)-$$"
  start_worker "$run"
  stream_log_until "$offset" run_ended
  [ -f "$state_dir/results/$run" ] || die 1 "the operation $run stopped without a result (journalctl -u cluster-lifecycle-$run on the engine VM)"
  status="$(cat "$state_dir/results/$run")"
  # the worker is exiting: let it release the lock, so that a run right after this one finds it free
  flock -w 10 "$lock" true || true
  exit "$status"
}

# The session's worker ($run) recorded its result, or vanished without one (VM rebooted, unit killed). The
# order of the checks matters: a worker marks itself started once it holds the lock and records its result
# before it releases it, so started, then free, then no result means it died.
run_ended() {
  local result="$state_dir/results/$run"
  [ -f "$result" ] || { [ -f "$result.started" ] && lock_is_free && [ ! -f "$result" ]; }
}

if [ -z "$worker_run" ]; then session; fi

# --- worker: one operation at a time, under the lock, detached from the session ---

exec 9>"$lock"
flock 9 # a second worker waits here for the first to finish, then finds less (usually nothing) to do
touch "$state_dir/results/$worker_run.started"
operation="check"
# This run's result (for its session) and last-result (for runs that waited), both while the lock is held.
record_result() {
  local status=$? tmp
  tmp="$(mktemp "$state_dir/results/.tmp.XXXXXX")"
  echo "$status" >"$tmp"
  mv -f "$tmp" "$state_dir/results/$worker_run"
  tmp="$(mktemp "$state_dir/.tmp.XXXXXX")"
  echo "$status $worker_run $operation" >"$tmp"
  mv -f "$tmp" "$state_dir/last-result"
}
trap record_result EXIT

# Meaning of the custom script extension (CSE) exit codes a node reports when it fails to provision:
# aks-engine-azurestack pkg/engine/cse.go:6-84 (codes marked deprecated there are omitted).
cse_meaning() {
  case "$1" in
    3) echo "systemctl stop failed on the node" ;;
    4) echo "systemctl start failed on the node" ;;
    6) echo "timed out waiting for a file on the node" ;;
    7 | 8) echo "could not hold or release the walinuxagent package" ;;
    9) echo "apt-get install timed out on the node" ;;
    11) echo "etcd did not start running in time" ;;
    13) echo "the etcd data disk could not be mounted" ;;
    14) echo "etcd start timed out" ;;
    15) echo "etcd configuration failed" ;;
    24) echo "the docker service failed to start" ;;
    25 | 26 | 27) echo "moby (container runtime) package download or install timed out" ;;
    30) echo "the Kubernetes API server / cluster was not up in time (control plane unhealthy: check hub capacity and the control plane VMs)" ;;
    31) echo "timed out downloading Kubernetes binaries" ;;
    33) echo "timed out downloading an image" ;;
    34) echo "kubelet could not be started" ;;
    35) echo "timed out pulling a container image" ;;
    36) echo "cluster add-ons did not start in time" ;;
    41) echo "timed out downloading CNI plugins" ;;
    42 | 43) echo "the Microsoft packages repository could not be added" ;;
    49) echo "modprobe failed on the node" ;;
    50) echo "no outbound connectivity from the nodes (they must reach the internet or your mirror)" ;;
    51) echo "nodes could not connect to the Kubernetes API server" ;;
    52) echo "nodes could not resolve the Kubernetes API server name (DNS)" ;;
    53) echo "nodes could not resolve the API server name through Azure DNS" ;;
    60 | 61 | 62) echo "kata containers download or install timed out" ;;
    80) echo "custom search domains could not be set" ;;
    84 | 85 | 86) echo "GPU drivers failed to install or start" ;;
    90 | 91 | 92 | 93) echo "SGX drivers failed to install or start" ;;
    99) echo "apt-get update timed out on the node" ;;
    100) echo "the provisioning script did not appear on the node in time (custom script extension; check the node's outbound access and waagent)" ;;
    101) echo "apt-get dist-upgrade timed out on the node" ;;
    103) echo "sysctl reload failed on the node" ;;
    112 | 115) echo "applying CIS hardening settings failed on the node" ;;
    113) echo "copying a file during image preparation failed" ;;
    120) echo "Azure Stack Hub: the node could not get an Azure Resource Manager token (check the service principal and identity system)" ;;
    121) echo "Azure Stack Hub: the node could not read its network configuration" ;;
    122) echo "Azure Stack Hub: the node could not read its subnet prefix" ;;
    123) echo "Azure Stack Hub: the node could not read its SDN interfaces" ;;
    166 | 167 | 168 | 169 | 170) echo "iovisor/bcc/bpftrace tools failed to download or install" ;;
    180) echo "the cluster-init component failed" ;;
    181 | 182 | 183) echo "setting up a systemd slice (kubereserved, kubelet or container runtime) failed" ;;
    184 | 185) echo "a .deb package failed to download or install" ;;
    186) echo "a file expected on the VHD image is missing (is the AKS base image the one this release needs?)" ;;
    187) echo "removing the docker bridge failed" ;;
    *) echo "unknown custom script extension exit code (see aks-engine-azurestack pkg/engine/cse.go)" ;;
  esac
}

# Runs one aks-engine-azurestack command; the log shows it with the secret replaced, and its output masked.
run_aks_engine() {
  local out status=0 cse shown=() arg prev=""
  for arg in "$@"; do
    if [ "$prev" = --client-secret ]; then shown+=("***"); else shown+=("$arg"); fi
    prev="$arg"
  done
  out="$(mktemp)"
  log "running: $aks_engine ${shown[*]}"
  "$aks_engine" "$@" 2>&1 | mask | tee -a "$log_file" "$out" || status=$?
  if [ "$status" -ne 0 ]; then
    cse="$(grep -oE 'exit status=[0-9]+' "$out" | tail -n 1 | cut -d= -f2 || true)"
    rm -f "$out"
    if [ -n "$cse" ]; then log "custom script extension exit $cse: $(cse_meaning "$cse")"; fi
    die "$status" "$aks_engine $1 failed with exit status $status${cse:+ (CSE exit $cse: $(cse_meaning "$cse"))}; the log is $log_file; run the deploy again to retry it"
  fi
  rm -f "$out"
}

field() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print; exit }' <<<"$2"; }
pools() { awk '$1 == "pool" { print $2, $3, $4 }' <<<"$1"; }
describe_shape() {
  printf 'Kubernetes %s, control plane %s, pools: %s' "$(field version "$1")" "$(field master "$1" | cut -d' ' -f1)" \
    "$(pools "$1" | awk '{printf "%s%s=%s", (NR>1?", ":""), $1, $2}')"
}

location="$(field location "$desired_shape")"
# The flags every aks-engine command gets: where the cluster is and how to authenticate
# (aks-engine-azurestack cmd/root.go:123-133 addAuthFlags; --location/--resource-group: cmd/deploy.go:96-97,
# cmd/upgrade.go:81-82, cmd/scale.go:90-91, cmd/addpool.go:71-72). --client-secret is the only way in.
aks_common_flags=(--azure-env AzureStackCloud --location "$location" --resource-group "$resource_group"
  --subscription-id "$subscription_id" --auth-method client_secret --client-id "$client_id" --client-secret "$client_secret")
if [ "$identity_system" = "adfs" ]; then aks_common_flags+=(--identity-system adfs); fi

kubeconfig="$output_dir/kubeconfig/kubeconfig.$location.json" # written by deploy (pkg/engine/output.go:64-77)

# Copy of apimodel.json before an operation changes it (timestamped, 0600), for recovery by hand.
backup_apimodel() {
  [ -f "$applied" ] || return 0
  local to
  to="$state_dir/backups/apimodel.$(date -u +%Y%m%dT%H%M%SZ).before-$1.json"
  install -m 0600 "$applied" "$to"
  log "saved a copy of apimodel.json as $to"
}

# Pre-flight: the installed aks-engine-azurestack must offer the version (and, for an upgrade, offer it as an
# upgrade of the running one). get-versions takes no auth flags (cmd/get_versions.go:44-51); its JSON is
# {"orchestrators":[{"orchestratorVersion","upgrades":[{"orchestratorVersion"}]}]} (pkg/api/vlabs/orchestratorversiontypes.go:30-39).
preflight_versions() {
  local want="$1" from="${2:-}" offered upgrades
  offered="$("$aks_engine" get-versions --azure-env AzureStackCloud -o json | jq -r '.orchestrators[].orchestratorVersion')" ||
    die "$EXIT_REFUSED" "$aks_engine get-versions failed: cannot check that it supports Kubernetes $want"
  if ! grep -qxF "$want" <<<"$offered"; then
    die "$EXIT_REFUSED" "the installed $aks_engine ($(cat /opt/aks-engine/VERSION 2>/dev/null || echo "version unknown")) does not offer Kubernetes $want; it offers: $(paste -sd, <<<"$offered" | sed 's/,/, /g') (set kubernetesVersion to one of them, or change engine.aksEngineVersion)"
  fi
  [ -n "$from" ] || return 0
  upgrades="$("$aks_engine" get-versions --version "$from" --azure-env AzureStackCloud -o json | jq -r '.orchestrators[].upgrades[]?.orchestratorVersion')" || upgrades=""
  if ! grep -qxF "$want" <<<"$upgrades"; then
    die "$EXIT_REFUSED" "the installed $aks_engine cannot upgrade Kubernetes $from to $want; from $from it offers: ${upgrades:+$(paste -sd, <<<"$upgrades" | sed 's/,/, /g')}${upgrades:-no upgrade} (set kubernetesVersion to one of them)"
  fi
}

# --- cluster check: kubectl with the kubeconfig aks-engine wrote ---

# kubectl of the cluster's minor version (kubectl supports one minor version of skew either way), from the
# snap store: one track per minor version, signature-checked (snap(8): install --classic --channel, refresh
# --channel). Installed here, not by cloud-init: a change to the engine VM's custom_data replaces the VM.
ensure_kubectl() {
  local want have
  want="$(cut -d. -f1,2 <<<"$1")"
  have="$(kubectl version --client -o json 2>/dev/null | jq -r '"\(.clientVersion.major).\(.clientVersion.minor)"' 2>/dev/null || true)"
  [ "$have" != "$want" ] || return 0
  log "installing kubectl $want (snap channel $want/stable; found: ${have:-none}) for the node checks"
  if snap list kubectl >/dev/null 2>&1; then
    sudo -n snap refresh --channel="$want/stable" kubectl || die "$EXIT_REFUSED" "could not switch kubectl to $want (snap refresh failed; run 'sudo snap refresh --channel=$want/stable kubectl' on the engine VM)"
  else
    sudo -n snap install --classic --channel="$want/stable" kubectl || die "$EXIT_REFUSED" "could not install kubectl $want from the snap store, which the node checks need (give the engine VM access to it, or put a kubectl $want on its PATH)"
  fi
}

# Lines "NAME READY VERSION" for every node, or nothing when the API server does not answer.
node_lines() {
  kubectl --kubeconfig "$kubeconfig" get nodes -o json 2>/dev/null |
    jq -r '.items[] | "\(.metadata.name) \(first((.status.conditions // [])[] | select(.type == "Ready") | .status) // "Unknown") \(.status.nodeInfo.kubeletVersion)"'
}

# Problems (one per line) between the nodes and the applied shape: NotReady or wrong-version nodes by name,
# pools (node names k8s-<pool>-<id>-<n>, control plane k8s-master-<id>-<n>) short of or over their count.
node_problems() {
  local shape="$1" nodes="$2" want_version name count
  want_version="v$(field version "$shape")"
  awk -v v="$want_version" '$2 != "True" { print "node " $1 " is NotReady" } $2 == "True" && $3 != v { print "node " $1 " runs " $3 ", not " v }' <<<"$nodes"
  while read -r name count _; do
    local have
    have="$(awk -v p="k8s-$name-" 'index($1, p) == 1' <<<"$nodes" | grep -c . || true)"
    if [ "$have" -ne "$count" ]; then echo "$([ "$name" = master ] && echo "control plane" || echo "node pool $name") has $have node(s) registered, not $count"; fi
  done < <(field master "$shape" | awk '{ print "master", $1 }'; pools "$shape")
}

# Checks the cluster after $1 (deploy, upgrade, scale, check) against the applied shape ($2, when the caller has
# it); names what is wrong and exits non-zero.
verify_cluster() {
  local op="$1" shape="${2:-}" nodes problems deadline
  [ -n "$shape" ] || shape="$(shape_of "$applied")"
  [ -f "$kubeconfig" ] || die "$EXIT_UNHEALTHY" "cannot check the cluster: $kubeconfig is missing (aks-engine-azurestack deploy writes it)"
  deadline=$(($(date +%s) + verify_seconds))
  while :; do
    nodes="$(node_lines || true)"
    if [ -z "$nodes" ]; then problems="the API server at $apiserver does not answer kubectl"; else problems="$(node_problems "$shape" "$nodes")"; fi
    [ -n "$problems" ] || break
    if [ "$(date +%s)" -ge "$deadline" ]; then
      while read -r p; do log "UNHEALTHY: $p"; done <<<"$problems"
      case "$op" in
        upgrade) die "$EXIT_UNHEALTHY" "the upgrade finished but the cluster is not healthy. Upstream remedy (aks-engine-azurestack docs/topics/upgrade.md): find the cause on each node named above (sudo journalctl -u kubelet), then change that VM's 'orchestrator' tag so it no longer says Kubernetes:$(field version "$shape") and run the deploy again: upgrade skips nodes whose tag already matches the target" ;;
        *) die "$EXIT_UNHEALTHY" "after $op the cluster is not healthy. Find the cause on each node named above (sudo journalctl -u kubelet). aks-engine-azurestack scale counts a pool's VMs, not its Ready nodes (cmd/scale.go:290-332), so re-running it does not replace a broken node: delete that node's VM in resource group $resource_group and run the deploy again (the runner then scales the pool back to its count)" ;;
      esac
    fi
    log "waiting for the nodes: $(head -n 1 <<<"$problems")$([ "$(wc -l <<<"$problems")" -gt 1 ] && echo " (and $(($(wc -l <<<"$problems") - 1)) more)")"
    sleep "$poll_seconds"
  done
  log "cluster check: every node Ready at Kubernetes $(field version "$shape"), control plane and pools at their counts"
}

# --- operations: one function each, all through run_aks_engine and aks_common_flags ---

deploy_cluster() { # deploy_cluster MODEL [--force-overwrite]
  operation="deploy"
  touch "$state_dir/deploy-started"
  backup_apimodel deploy
  # deploy flags: cmd/deploy.go:90-99
  run_aks_engine deploy --api-model "$1" --output-directory "$output_dir" "${aks_common_flags[@]}" "${@:2}"
  touch "$state_dir/applied"
  rm -f "$state_dir/deploy-started"
  applied_shape="$(shape_of "$applied")"
  log "deploy finished: $(describe_shape "$applied_shape"); apimodel.json in $output_dir"
}

# upgrade and scale rewrite --api-model only after success (cmd/upgrade.go:454-481, cmd/scale.go:518-551):
# they work on a copy, which then replaces apimodel.json in one rename.
work_copy() {
  install -m 0600 "$applied" "$state_dir/work/apimodel.json"
  echo "$state_dir/work/apimodel.json"
}
replace_apimodel() { mv -f "$state_dir/work/apimodel.json" "$applied"; }

upgrade_cluster() { # upgrade_cluster VERSION
  operation="upgrade"
  local model
  backup_apimodel upgrade
  model="$(work_copy)"
  sync_secret "$model"
  # upgrade flags: cmd/upgrade.go:81-91
  run_aks_engine upgrade --api-model "$model" --upgrade-version "$1" "${upgrade_timeout_flags[@]}" "${aks_common_flags[@]}"
  replace_apimodel
  touch "$state_dir/applied"
  applied_shape="$(shape_of "$applied")"
  log "upgrade finished: Kubernetes $(field version "$applied_shape")"
  verify_cluster upgrade "$applied_shape"
}

scale_pool() { # scale_pool POOL COUNT
  operation="scale"
  local model
  backup_apimodel scale
  model="$(work_copy)"
  sync_secret "$model"
  # scale flags: cmd/scale.go:90-97 (--apiserver lets it cordon and drain on scale-down)
  run_aks_engine scale --api-model "$model" --new-node-count "$2" --node-pool "$1" --apiserver "$apiserver" "${aks_common_flags[@]}"
  replace_apimodel
  touch "$state_dir/applied"
  log "scale finished: node pool $1 has $2 nodes in apimodel.json"
}

# --vm-timeout / --cordon-drain-timeout (cmd/upgrade.go:87-88, minutes). Unset, upstream waits 20 minutes per
# VM (pkg/operations/kubernetesupgrade/upgrader.go:51,230-231) and, on Azure Stack Hub, 60 minutes per drain
# (cmd/upgrade.go:185-189).
upgrade_timeout_flags=()
if [ -n "$vm_timeout" ]; then upgrade_timeout_flags+=(--vm-timeout "$vm_timeout"); fi
if [ -n "$cordon_drain_timeout" ]; then upgrade_timeout_flags+=(--cordon-drain-timeout "$cordon_drain_timeout"); fi

# Puts the desired service principal secret into an apimodel copy. jq reads it from its environment, so the
# secret is never on a command line.
sync_secret() {
  local tmp
  tmp="$(mktemp "$state_dir/work/.secret.XXXXXX")"
  NEW_SP_SECRET="$client_secret" jq '.properties.servicePrincipalProfile.secret = env.NEW_SP_SECRET' "$1" >"$tmp"
  chmod 0600 "$tmp"
  mv -f "$tmp" "$1"
}

# Upstream's way to rotate the service principal secret (docs/topics/rotate-certs.md:161-170): replace it in
# the apimodel's servicePrincipalProfile, then `upgrade`. At the running version that takes --force
# (cmd/upgrade.go:89), which re-images every VM one at a time, control plane first, with cordon and drain.
rotate_secret() { # rotate_secret RUNNING_VERSION
  operation="rotate-secret"
  local model
  backup_apimodel rotate-secret
  model="$(work_copy)"
  sync_secret "$model"
  run_aks_engine upgrade --api-model "$model" --upgrade-version "$1" --force "${upgrade_timeout_flags[@]}" "${aks_common_flags[@]}"
  replace_apimodel
  log "service principal secret rotated: every node was re-imaged with the new secret, and apimodel.json holds it"
  verify_cluster upgrade
}

# addpool with the pool's object from the desired definition (cmd/addpool.go:70-76). Upstream refuses a pool
# that exists or whose availabilityProfile differs from the others (cmd/addpool.go:164-171), and appends it to
# --api-model only after the deployment succeeded (cmd/addpool.go:303-333): it works on a copy.
add_pool() { # add_pool NAME
  operation="addpool"
  local model pool_file
  backup_apimodel addpool
  model="$(work_copy)"
  sync_secret "$model"
  pool_file="$state_dir/work/pool-$1.json"
  jq --arg n "$1" '.properties.agentPoolProfiles[] | select(.name == $n)' "$definition" >"$pool_file"
  chmod 0600 "$pool_file"
  run_aks_engine addpool --api-model "$model" --node-pool "$pool_file" "${aks_common_flags[@]}"
  replace_apimodel
  rm -f "$pool_file"
  touch "$state_dir/applied"
  log "addpool finished: node pool $1 with $(jq --arg n "$1" '.properties.agentPoolProfiles[] | select(.name == $n) | .count' "$applied") nodes in apimodel.json"
}

log "worker $worker_run: desired $(describe_shape "$desired_shape")"
ensure_kubectl "$(field version "$desired_shape")"

if [ ! -f "$state_dir/applied" ]; then
  if [ -f "$state_dir/deploy-started" ] && [ -f "$applied" ]; then
    # aks-engine has no resume: deploy --force-overwrite only lifts the "output directory exists" check
    # (cmd/deploy.go:310-312). Deploying the stored apimodel.json again keeps the certificates it generated,
    # so ARM sees the same VMs; a changed definition would regenerate them and ARM would reject the changed
    # customData of the VMs that exist.
    stored_shape="$(shape_of "$applied")"
    if [ "$stored_shape" != "$desired_shape" ]; then
      die "$EXIT_REFUSED" "a deploy of [$(describe_shape "$stored_shape")] did not finish, and the definition changed since to [$(describe_shape "$desired_shape")]: aks-engine cannot deploy a changed definition over a partly deployed cluster. Set the definition back, run the deploy again to finish it, then make the change"
    fi
    preflight_versions "$(field version "$stored_shape")"
    log "finishing the deploy that did not complete: deploying the stored apimodel.json again into resource group $resource_group (--force-overwrite)"
    model="$state_dir/work/apimodel.json"
    install -m 0600 "$applied" "$model"
    deploy_cluster "$model" --force-overwrite
  elif [ -f "$state_dir/deploy-started" ]; then
    # the failed deploy stopped before aks-engine wrote apimodel.json: nothing was generated or deployed yet
    preflight_versions "$(field version "$desired_shape")"
    log "deploying again: the previous deploy stopped before aks-engine-azurestack wrote apimodel.json"
    if [ -e "$output_dir" ]; then deploy_cluster "$definition" --force-overwrite; else deploy_cluster "$definition"; fi
  else
    [ ! -e "$output_dir" ] || die "$EXIT_REFUSED" "$output_dir exists but no deploy was recorded in $state_dir (move it away if it is stale)"
    # A replaced engine VM has no record of the cluster: never deploy over one that already answers.
    if curl --silent --insecure --connect-timeout 5 --max-time 10 --output /dev/null "https://$apiserver/healthz"; then
      die "$EXIT_REFUSED" "a Kubernetes API server already answers at $apiserver but this engine VM has no record of deploying it: restore $cluster_dir from a backup of the previous engine VM instead of deploying a second time"
    fi
    preflight_versions "$(field version "$desired_shape")"
    log "first deploy of the cluster into resource group $resource_group"
    deploy_cluster "$definition"
  fi
  verify_cluster deploy "$applied_shape"
  exit 0
fi

[ -f "$applied" ] || die "$EXIT_REFUSED" "the cluster was deployed but $applied is missing: restore it from a backup (every later upgrade or scale needs it; copies are in $state_dir/backups)"

# --- compare desired and applied, and refuse anything aks-engine cannot do, before doing anything ---
applied_shape="$(shape_of "$applied")"
problems=()
if [ "$(field location "$applied_shape")" != "$location" ]; then
  problems+=("location changed from $(field location "$applied_shape") to $location: a cluster cannot move to another location (set it back; aks-engine refuses with \"--location does not match api model location\")")
fi
read -r want_count want_size <<<"$(field master "$desired_shape")"
read -r have_count have_size <<<"$(field master "$applied_shape")"
if [ "$want_count" != "$have_count" ]; then
  problems+=("control plane count changed from $have_count to $want_count: aks-engine-azurestack cannot change the control plane count of a running cluster (set it back to $have_count, or build a new cluster)")
fi
if [ "$want_size" != "$have_size" ]; then
  problems+=("control plane vmSize changed from $have_size to $want_size: this runner does not resize the control plane (set it back to $have_size). Upstream's supported path (aks-engine-azurestack docs/topics/scale.md:49): change masterProfile.vmSize in $applied on the engine VM and run 'aks-engine-azurestack upgrade --control-plane-only --force' at the running version $(field version "$applied_shape"), which re-images each control plane VM in turn; then set vmSize to $want_size here")
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

# pools whose registered nodes fall short of their count (a VM deleted after a broken node) are scaled too:
# scale recreates missing VMs and exits 0 without a change when the pool's VMs are all there (cmd/scale.go:329-332)
registered="$(node_lines || true)"
scales=()
adds=()
while read -r name count size; do
  [ -n "$name" ] || continue
  line="$(pools "$applied_shape" | awk -v n="$name" '$1 == n')"
  if [ -z "$line" ]; then
    adds+=("$name")
    continue
  fi
  read -r _ have_count have_size <<<"$line"
  if [ "$size" != "$have_size" ]; then
    problems+=("node pool $name vmSize changed from $have_size to $size: aks-engine-azurestack cannot resize a pool's VMs (set it back to $have_size). Upstream's recommendation (aks-engine-azurestack docs/topics/addpool.md): add a pool with the new size (a new entry in nodePools), drain the old pool's nodes (kubectl drain --ignore-daemonsets), then scale the old pool down")
  fi
  nodes_in_pool="$(awk -v p="k8s-$name-" 'index($1, p) == 1' <<<"$registered" | grep -c . || true)"
  if [ "$count" != "$have_count" ]; then scales+=("$name $have_count $count")
  elif [ -n "$registered" ] && [ "$nodes_in_pool" -lt "$count" ]; then scales+=("$name $nodes_in_pool $count"); fi
done < <(pools "$desired_shape")
while read -r name _ _; do
  [ -n "$name" ] || continue
  if ! pools "$desired_shape" | awk -v n="$name" '$1 == n { found = 1 } END { exit !found }'; then
    problems+=("node pool $name is gone from the definition: removing a pool is not automated (put it back). Upstream's manual path (aks-engine-azurestack docs/topics/addpool.md, docs/topics/scale.md): cordon and drain its nodes (kubectl drain --ignore-daemonsets), delete its VMs in resource group $resource_group, then remove its entry from agentPoolProfiles in $applied on the engine VM; then remove it here")
  fi
done < <(pools "$applied_shape")

if [ ${#problems[@]} -gt 0 ]; then
  for p in "${problems[@]}"; do log "REFUSED: $p"; done
  die "$EXIT_REFUSED" "${#problems[@]} change(s) refused; nothing was changed"
fi

# the secret aks-engine stored differs from the one Terraform holds now (compared in memory, never printed)
secret_changed=no
if [ "$(jq -r '.properties.servicePrincipalProfile.secret // ""' "$applied")" != "$client_secret" ]; then secret_changed=yes; fi

if [ -z "$upgrade_to" ] && [ ${#scales[@]} -eq 0 ] && [ ${#adds[@]} -eq 0 ] && [ "$secret_changed" = no ]; then
  log "no change in the definition (Kubernetes $applied_version); checking the cluster"
  verify_cluster check "$applied_shape"
  log "nothing to do: the cluster matches the definition"
  exit 0
fi

preflight_versions "$desired_version" "${upgrade_to:+$applied_version}"

if [ -n "$upgrade_to" ]; then
  log "upgrade: Kubernetes $applied_version -> $upgrade_to$([ "$secret_changed" = no ] || echo ", with the new service principal secret")"
  upgrade_cluster "$upgrade_to"
elif [ "$secret_changed" = yes ]; then
  log "the service principal secret changed: rotating it with upgrade --force at Kubernetes $applied_version (a rolling re-image of every node)"
  rotate_secret "$applied_version"
fi

for s in "${scales[@]}"; do
  read -r name from to <<<"$s"
  log "scale: node pool $name $from -> $to nodes"
  scale_pool "$name" "$to"
done
for name in "${adds[@]}"; do
  log "addpool: node pool $name is new"
  add_pool "$name"
done
if [ ${#scales[@]} -gt 0 ] || [ ${#adds[@]} -gt 0 ]; then verify_cluster scale; fi
log "done: the cluster matches the definition"
