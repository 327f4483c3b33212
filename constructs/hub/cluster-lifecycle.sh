#!/usr/bin/env bash
# Cluster lifecycle on the AKS engine VM: brings the cluster to the desired definition with aks-engine-azurestack.
#
# Idempotent. It compares every field of the desired definition (vlabs JSON written by Terraform) with the last
# applied apimodel.json in the output folder (FIELD_DECISIONS below says what each field does) and does:
#   - nothing (no difference), after checking the cluster's nodes;
#   - deploy (first time); after a failed deploy, deploy the stored apimodel.json again to finish it, or start
#     over with a corrected definition when no cluster came of the failed one (its files are kept);
#   - upgrade --upgrade-version to a version upstream's `get-versions --version <running>` offers, or
#     upgrade --force at the running version when only the service principal (client id, secret) or the
#     nodes' SSH key changed (every VM is created again from the apimodel), then
#   - scale --new-node-count per node pool whose count changed, then
#   - addpool per node pool that is new;
# then checks with kubectl that every node is Ready, at the target version, and each pool at its count.
# Changes aks-engine cannot make are refused before anything runs, with upstream's manual path.
# Upstream links pin aks-engine-azurestack v0.85.0 (tag release-v0.85.0, commit 18ad5095).
#
# aks-engine runs in a transient systemd unit (the "worker"), not in the SSH session that started it: an
# upgrade can take hours and must survive a dropped connection. The session streams the worker's log and
# exits with its status. A run that finds an operation in progress waits for it and reports its result.
#
# Usage: cluster-lifecycle.sh --definition FILE --output-dir DIR --resource-group RG --subscription-id ID
#          --client-id ID --apiserver FQDN [--identity-system azure_ad|adfs] [--log-file FILE]
#          [--vm-timeout MINUTES] [--cordon-drain-timeout MINUTES] [--kubectl-mirror URL]
# The service principal secret is read from the definition (servicePrincipalProfile.secret, a 0600 file).
# Environment: AKS_ENGINE_BIN (default aks-engine-azurestack), LIFECYCLE_POLL_SECONDS (log streaming, 5),
#              LIFECYCLE_VERIFY_SECONDS (how long nodes may take to become Ready, 900).
# Exit status: 0 done or nothing to do, 2 usage, 3 refused change or inconsistent state, 4 nodes not
# healthy after the operation, 5 aks-engine-azurestack crashed (a Go panic, its own status 2), otherwise the
# failing aks-engine-azurestack status (its meaning is logged).
set -euo pipefail

readonly EXIT_USAGE=2
readonly EXIT_REFUSED=3
readonly EXIT_UNHEALTHY=4
readonly EXIT_UPSTREAM_PANIC=5

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
kubectl_mirror=""
aks_engine="${AKS_ENGINE_BIN:-aks-engine-azurestack}"
poll_seconds="${LIFECYCLE_POLL_SECONDS:-5}"
start_poll_seconds=0.2 # a worker takes the lock within a second of its start
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
  die "$EXIT_USAGE" "$* (usage: cluster-lifecycle.sh --definition FILE --output-dir DIR --resource-group RG --subscription-id ID --client-id ID --apiserver FQDN [--identity-system azure_ad|adfs] [--log-file FILE] [--vm-timeout MINUTES] [--cordon-drain-timeout MINUTES] [--kubectl-mirror URL])"
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
    --kubectl-mirror) kubectl_mirror="$2" ;;
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
[ -z "$kubectl_mirror" ] || [[ "$kubectl_mirror" =~ ^https://[^[:space:]]+$ ]] || usage "--kubectl-mirror must be an https:// URL, not $kubectl_mirror"
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
# aks-engine reads the secret only from --client-secret: no environment variable or file
# (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/root.go#L123-L133)
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
    pause
  done
}

# One poll interval, cut short when the operation ends: while a worker holds the lock, `flock -w` returns the
# moment it lets go (flock(1): --wait, fractional seconds), so the session reports the end at once, not up to
# an interval later. Before this session's worker has taken the lock there is nothing to wait on but time.
pause() {
  if [ -n "${run:-}" ] && [ ! -f "$state_dir/results/$run.started" ]; then
    sleep "$start_poll_seconds"
  else
    flock -w "$poll_seconds" "$lock" true || true
  fi
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
# https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/engine/cse.go#L6-L84 (codes marked deprecated there are omitted).
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
    25 | 27) echo "moby (container runtime) package list or install timed out" ;;
    26) echo "the Microsoft package signing (GPG) key download timed out" ;;
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
    # ARM refuses to change the customData of a VM that exists: a VM of an earlier attempt with other certificates
    if grep -q "Changing property 'osProfile.customData' is not allowed" "$out"; then
      rm -f "$out"
      if [ "$1" = deploy ]; then echo "customData" >"$state_dir/deploy-reached-vms"; fi
      die "$status" "$aks_engine $1 failed: ARM refuses to change VMs that an earlier deploy attempt created with other certificates. Either set the definition back to what that attempt deployed (the runner then finishes it), or delete the VMs (with their disks and NICs) that attempt created in resource group $resource_group and run the deploy again; the log is $log_file"
    fi
    rm -f "$out"
    # a VM ran its custom script extension: the deploy got as far as creating VMs
    if [ "$1" = deploy ] && [ -n "$cse" ]; then echo "$cse" >"$state_dir/deploy-reached-vms"; fi
    if [ -n "$cse" ]; then log "custom script extension exit $cse: $(cse_meaning "$cse")"; fi
    # An unrecovered Go panic exits 2 (upstream panics on some network errors:
    # https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/armhelpers/tenantid.go#L35-L40), which is this script's usage status: report it as 5.
    if [ "$status" -eq 2 ]; then
      die "$EXIT_UPSTREAM_PANIC" "$aks_engine $1 crashed (a Go panic, exit status 2; its stack trace is above and in $log_file). This is usually a network error between the engine VM and the hub's Azure Resource Manager: check that the engine VM reaches it, then run the deploy again"
    fi
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
# (addAuthFlags https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/root.go#L123-L133; --location/--resource-group:
# https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/deploy.go#L96-L97, https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L81-L82,
# https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L90-L91, https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/addpool.go#L71-L72). --client-secret is the only way in.
aks_common_flags=(--azure-env AzureStackCloud --location "$location" --resource-group "$resource_group"
  --subscription-id "$subscription_id" --auth-method client_secret --client-id "$client_id" --client-secret "$client_secret")
if [ "$identity_system" = "adfs" ]; then aks_common_flags+=(--identity-system adfs); fi

# written by deploy (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/engine/output.go#L62-L78)
kubeconfig="$output_dir/kubeconfig/kubeconfig.$location.json"

# Copy of apimodel.json before an operation changes it (timestamped, 0600), for recovery by hand.
backup_apimodel() {
  [ -f "$applied" ] || return 0
  local to
  to="$state_dir/backups/apimodel.$(date -u +%Y%m%dT%H%M%SZ).before-$1.json"
  install -m 0600 "$applied" "$to"
  log "saved a copy of apimodel.json as $to"
}

# Pre-flight, read-only: get-versions takes no auth flags (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/get_versions.go#L44-L51); its JSON is
# {"orchestrators":[{"orchestratorVersion","upgrades":[{"orchestratorVersion"}]}]}
# (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/api/vlabs/orchestratorversiontypes.go#L28-L39).
# A new cluster needs a version the installed release offers for new clusters (the list without --version).
preflight_new_cluster() {
  local want="$1" offered
  offered="$("$aks_engine" get-versions --azure-env AzureStackCloud -o json | jq -r '.orchestrators[].orchestratorVersion')" ||
    die "$EXIT_REFUSED" "$aks_engine get-versions failed: cannot check that it supports Kubernetes $want"
  if ! grep -qxF "$want" <<<"$offered"; then
    die "$EXIT_REFUSED" "the installed $aks_engine ($(cat /opt/aks-engine/VERSION 2>/dev/null || echo "version unknown")) does not offer Kubernetes $want; it offers: $(paste -sd, <<<"$offered" | sed 's/,/, /g') (set kubernetesVersion to one of them, or change engine.aksEngineVersion)"
  fi
}
# An upgrade follows upstream's own answer, no stricter: `get-versions --version <running>` lists the upgrades
# `upgrade` accepts without --force (the same list: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L341-L358,
# https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/api/orchestrators.go#L166-L205). It may skip a minor version when the release offers
# nothing in between. It knows every version a running cluster may have, also those no longer offered for new
# clusters (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/api/orchestrators.go#L48-L62).
preflight_upgrade() {
  local from="$1" want="$2" answer upgrades errors
  errors="$(mktemp "$state_dir/work/.get-versions.XXXXXX")"
  # only stdout is the JSON answer; its error goes to stderr (cobra's "Error: ...")
  if ! answer="$("$aks_engine" get-versions --version "$from" --azure-env AzureStackCloud -o json 2>"$errors")"; then
    answer="$(tail -n 1 "$errors")"
    rm -f "$errors"
    die "$EXIT_REFUSED" "the installed $aks_engine cannot upgrade a cluster at Kubernetes $from: $answer (change engine.aksEngineVersion to a release that knows $from)"
  fi
  rm -f "$errors"
  upgrades="$(jq -r '.orchestrators[].upgrades[]?.orchestratorVersion' <<<"$answer")" || upgrades=""
  if ! grep -qxF "$want" <<<"$upgrades"; then
    die "$EXIT_REFUSED" "the installed $aks_engine cannot upgrade Kubernetes $from to $want; from $from it offers: ${upgrades:+$(paste -sd, <<<"$upgrades" | sed 's/,/, /g')}${upgrades:-no upgrade} (set kubernetesVersion to one of them, upgrade through it, then to $want)"
  fi
}

# --- cluster check: kubectl with the kubeconfig aks-engine wrote ---

# kubectl of the cluster's minor version (kubectl supports one minor version of skew either way), installed here,
# not by cloud-init: a change to the engine VM's custom_data replaces the VM. From the snap store (one track
# per minor version, signature-checked; snap(8): install --classic --channel, refresh --channel), or on a
# disconnected hub from --kubectl-mirror, a mirror in dl.k8s.io's layout: <base>/v<version>/bin/linux/amd64/kubectl
# and kubectl.sha256 beside it (Kubernetes docs, "Install and Set Up kubectl on Linux"), checked with sha256sum
# and kept in the cluster folder's bin/, first on PATH.
kubectl_dir="$state_dir/bin"
if [ -n "$kubectl_mirror" ]; then PATH="$kubectl_dir:$PATH"; fi
ensure_kubectl() {
  local want have
  want="$(cut -d. -f1,2 <<<"$1")"
  have="$(kubectl version --client -o json 2>/dev/null | jq -r '"\(.clientVersion.major).\(.clientVersion.minor)"' 2>/dev/null || true)"
  [ "$have" != "$want" ] || return 0
  if [ -n "$kubectl_mirror" ]; then
    local url="${kubectl_mirror%/}/v$1/bin/linux/amd64/kubectl" tmp
    log "installing kubectl $1 from $url (found: ${have:-none}) for the node checks"
    mkdir -p "$kubectl_dir"
    tmp="$(mktemp -d "$state_dir/work/.kubectl.XXXXXX")"
    if ! { curl --fail --silent --show-error --location --output "$tmp/kubectl" "$url" &&
      curl --fail --silent --show-error --location --output "$tmp/kubectl.sha256" "$url.sha256"; }; then
      rm -rf "$tmp"
      die "$EXIT_REFUSED" "could not download kubectl $1 from the mirror ($url and $url.sha256): put kubectl $1 there, as on dl.k8s.io"
    fi
    if ! echo "$(tr -d '[:space:]' <"$tmp/kubectl.sha256")  $tmp/kubectl" | sha256sum --check --status; then
      rm -rf "$tmp"
      die "$EXIT_REFUSED" "kubectl $1 from the mirror does not match its kubectl.sha256 ($url): not installed"
    fi
    install -m 0755 "$tmp/kubectl" "$kubectl_dir/kubectl"
    rm -rf "$tmp"
    return 0
  fi
  log "installing kubectl $want (snap channel $want/stable; found: ${have:-none}) for the node checks"
  if snap list kubectl >/dev/null 2>&1; then
    sudo -n snap refresh --channel="$want/stable" kubectl || die "$EXIT_REFUSED" "could not switch kubectl to $want (snap refresh failed; run 'sudo snap refresh --channel=$want/stable kubectl' on the engine VM)"
  else
    sudo -n snap install --classic --channel="$want/stable" kubectl || die "$EXIT_REFUSED" "could not install kubectl $want from the snap store, which the node checks need (give the engine VM access to it, set engine.kubectlMirrorUrl to a mirror, or put a kubectl $want on its PATH)"
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
    if [ "$have" -ne "$count" ]; then
      echo "$([ "$name" = master ] && echo "control plane" || echo "node pool $name") has $have node(s) registered, not $count$([ "$have" -ge "$count" ] || echo " (registered: $(awk -v p="k8s-$name-" 'index($1, p) == 1 { printf "%s%s", (n++ ? ", " : ""), $1 }' <<<"$nodes"); a VM of it that is not among them failed to provision)")"
    fi
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
        upgrade) die "$EXIT_UNHEALTHY" "the upgrade finished but the cluster is not healthy. Upstream remedy (aks-engine-azurestack docs/topics/upgrade.md, 'How can I recreate upgraded nodes'): find the cause on each node named above (sudo journalctl -u kubelet), then change that VM's 'orchestrator' tag so it no longer says Kubernetes:$(field version "$shape") and run the deploy again: upgrade skips nodes whose tag already matches the target" ;;
        # scale counts a pool's VMs (poolName tag or name), not its nodes: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L290-L332
        *) die "$EXIT_UNHEALTHY" "after $op the cluster is not healthy. Find the cause on each node named above (sudo journalctl -u kubelet). aks-engine-azurestack scale counts a pool's VMs, not its Ready nodes, so re-running it does not replace a broken node: delete that node's VM in resource group $resource_group (for a pool short of nodes: its VM whose name is not among the registered nodes, from az vm list -g $resource_group --query \"[?tags.poolName=='<pool>'].name\") and run the deploy again (the runner then scales the pool back to its count)" ;;
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
  # deploy flags: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/deploy.go#L90-L99
  run_aks_engine deploy --api-model "$1" --output-directory "$output_dir" "${aks_common_flags[@]}" "${@:2}"
  touch "$state_dir/applied"
  rm -f "$state_dir/deploy-started" "$state_dir/deploy-reached-vms"
  applied_shape="$(shape_of "$applied")"
  log "deploy finished: $(describe_shape "$applied_shape"); apimodel.json in $output_dir"
}

# upgrade, scale and addpool rewrite --api-model only after success (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L454-L481,
# https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L518-L551, https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/addpool.go#L303): they work on a copy, which replaces
# apimodel.json in one rename only when upstream wrote it.
work_copy() {
  install -m 0600 "$applied" "$state_dir/work/apimodel.json"
  echo "$state_dir/work/apimodel.json"
}
work_copy_sum() { sha256sum "$state_dir/work/apimodel.json" | cut -d' ' -f1; }
replace_apimodel() { mv -f "$state_dir/work/apimodel.json" "$applied"; }

upgrade_cluster() { # upgrade_cluster VERSION
  operation="upgrade"
  local model
  backup_apimodel upgrade
  model="$(work_copy)"
  sync_node_settings "$model"
  # upgrade flags: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L81-L91
  run_aks_engine upgrade --api-model "$model" --upgrade-version "$1" "${upgrade_timeout_flags[@]}" "${aks_common_flags[@]}"
  replace_apimodel
  touch "$state_dir/applied"
  applied_shape="$(shape_of "$applied")"
  log "upgrade finished: Kubernetes $(field version "$applied_shape")"
  verify_cluster upgrade "$applied_shape"
}

scale_pool() { # scale_pool POOL COUNT
  operation="scale"
  local model before
  backup_apimodel scale
  model="$(work_copy)"
  sync_node_settings "$model"
  before="$(work_copy_sum)"
  # scale flags: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L90-L97 (--apiserver lets it cordon and drain on scale-down)
  run_aks_engine scale --api-model "$model" --new-node-count "$2" --node-pool "$1" --apiserver "$apiserver" "${aks_common_flags[@]}"
  if [ "$(work_copy_sum)" = "$before" ]; then
    # Upstream returns without saving when the pool's VMs already number COUNT (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L329-L331),
    # e.g. after an ARM deployment that created them and then failed on a node. The VMs are there: record the
    # count the way upstream's save does, and only that (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L532-L536).
    jq --arg p "$1" --argjson n "$2" '(.properties.agentPoolProfiles[] | select(.name == $p) | .count) = $n' "$model" >"$model.new"
    chmod 0600 "$model.new"
    mv -f "$model.new" "$model"
    log "scale: aks-engine-azurestack found node pool $1 already at $2 VMs and saved nothing; apimodel.json now records $2 (the VMs that exist)"
  fi
  replace_apimodel
  touch "$state_dir/applied"
  log "scale finished: node pool $1 has $2 VMs in apimodel.json"
}

# --vm-timeout / --cordon-drain-timeout (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L87-L88, minutes). Unset, upstream waits 20
# minutes per VM (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/operations/kubernetesupgrade/upgrader.go#L51, #L230-L231) and, on Azure Stack
# Hub, 60 minutes per drain (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L185-L190).
upgrade_timeout_flags=()
if [ -n "$vm_timeout" ]; then upgrade_timeout_flags+=(--vm-timeout "$vm_timeout"); fi
if [ -n "$cordon_drain_timeout" ]; then upgrade_timeout_flags+=(--cordon-drain-timeout "$cordon_drain_timeout"); fi

# Puts the desired settings every VM gets from the apimodel into an apimodel copy: the service principal
# (client id and secret) and the nodes' SSH public keys. jq reads the secret from its environment, so it is
# never on a command line.
sync_node_settings() {
  local tmp
  tmp="$(mktemp "$state_dir/work/.settings.XXXXXX")"
  NEW_SP_SECRET="$client_secret" jq --slurpfile d "$definition" '.properties.servicePrincipalProfile.secret = env.NEW_SP_SECRET
    | .properties.servicePrincipalProfile.clientId = $d[0].properties.servicePrincipalProfile.clientId
    | .properties.linuxProfile.ssh = $d[0].properties.linuxProfile.ssh' "$1" >"$tmp"
  chmod 0600 "$tmp"
  mv -f "$tmp" "$1"
}

# Upstream re-creates every VM from the apimodel with `upgrade --force` at the running version
# (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L89, every VM: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/operations/kubernetesupgrade/upgradecluster.go#L199-L203):
# each new VM's CSE writes /etc/kubernetes/azure.json from the apimodel's servicePrincipalProfile
# (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/engine/params_k8s.go#L103-L106, https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/parts/k8s/cloud-init/artifacts/cse_config.sh#L188-L194)
# and gets the apimodel's first SSH key (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/engine/params.go#L72,
# https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/engine/virtualmachines.go#L130, #L453). Upstream's way to rotate the service principal
# (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/docs/topics/rotate-certs.md#L161-L170): replace it in the apimodel, then upgrade.
reimage_nodes() { # reimage_nodes RUNNING_VERSION REASON
  operation="reimage"
  local model
  backup_apimodel reimage
  model="$(work_copy)"
  sync_node_settings "$model"
  run_aks_engine upgrade --api-model "$model" --upgrade-version "$1" --force "${upgrade_timeout_flags[@]}" "${aks_common_flags[@]}"
  replace_apimodel
  log "every node was re-created with the new $2, and apimodel.json holds it"
  verify_cluster upgrade
}

# addpool with the pool's object from the desired definition (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/addpool.go#L70-L76). Upstream refuses a
# pool that exists or whose availabilityProfile differs from the others (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/addpool.go#L155-L162), and
# appends it to --api-model only after the deployment succeeded (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/addpool.go#L303, #L319): a failed
# addpool leaves the copy unwritten, and the next run adds the pool again (ARM deploys the same VMs).
add_pool() { # add_pool NAME
  operation="addpool"
  local model pool_file before
  backup_apimodel addpool
  model="$(work_copy)"
  sync_node_settings "$model"
  before="$(work_copy_sum)"
  pool_file="$state_dir/work/pool-$1.json"
  jq --arg n "$1" '.properties.agentPoolProfiles[] | select(.name == $n)' "$definition" >"$pool_file"
  chmod 0600 "$pool_file"
  run_aks_engine addpool --api-model "$model" --node-pool "$pool_file" "${aks_common_flags[@]}"
  rm -f "$pool_file"
  [ "$(work_copy_sum)" != "$before" ] ||
    die "$EXIT_REFUSED" "$aks_engine addpool exited 0 without adding node pool $1 to the apimodel; nothing was recorded (see $log_file)"
  replace_apimodel
  touch "$state_dir/applied"
  log "addpool finished: node pool $1 with $(jq --arg n "$1" '.properties.agentPoolProfiles[] | select(.name == $n) | .count' "$applied") nodes in apimodel.json"
}

# --- what each field of the definition does (the field-decision table; __tests__/cluster.test.ts checks that
# every field the ClusterDefinition construct writes has a line here) ---
# One line per field: its path (pools and addons matched by name, shown as []; list items as []), then what a
# difference between the definition and apimodel.json does:
#   upgrade  upgrade to that Kubernetes version        release  follows orchestratorVersion (not compared)
#   scale    scale the pool                            addpool  a new pool name adds the pool
#   reimage  upgrade --force at the running version: every VM is created again from the apimodel
#   refuse   refused before anything runs, with the reason from refusal()
# A field the definition has and this table does not is refused too.
readonly FIELD_DECISIONS='
apiVersion refuse
location refuse
properties.orchestratorProfile.orchestratorType refuse
properties.orchestratorProfile.orchestratorRelease release
properties.orchestratorProfile.orchestratorVersion upgrade
properties.orchestratorProfile.kubernetesConfig.networkPlugin refuse
properties.orchestratorProfile.kubernetesConfig.useInstanceMetadata refuse
properties.orchestratorProfile.kubernetesConfig.useCloudControllerManager refuse
properties.orchestratorProfile.kubernetesConfig.addons[].name refuse
properties.orchestratorProfile.kubernetesConfig.addons[].enabled refuse
properties.customCloudProfile.portalURL refuse
properties.customCloudProfile.identitySystem refuse
properties.masterProfile.count refuse
properties.masterProfile.dnsPrefix refuse
properties.masterProfile.vmSize refuse
properties.masterProfile.distro refuse
properties.agentPoolProfiles[].name addpool
properties.agentPoolProfiles[].count scale
properties.agentPoolProfiles[].vmSize refuse
properties.agentPoolProfiles[].distro refuse
properties.agentPoolProfiles[].availabilityProfile refuse
properties.agentPoolProfiles[].acceleratedNetworkingEnabled refuse
properties.linuxProfile.adminUsername refuse
properties.linuxProfile.ssh.publicKeys[].keyData reimage
properties.servicePrincipalProfile.clientId reimage
properties.servicePrincipalProfile.secret reimage
properties.certificateProfile.caCertificate refuse
properties.certificateProfile.caPrivateKey refuse
'
declare -A decision_of=() # read once: the comparison below looks up every field
while read -r field_path field_decision; do
  [ -z "$field_path" ] || decision_of[$field_path]="$field_decision"
done <<<"$FIELD_DECISIONS"

# Lines "FIELD<TAB>SHOWN<TAB>same|changed<TAB>STORED<TAB>DESIRED" for every leaf of the definition $1 against the
# apimodel $2 (strings as they are, other values as JSON; secrets and certificates never printed). Leaves are
# selected by type: paths(scalars) would drop false and null. Pools and addons are matched by name;
# a field apimodel.json does not have counts as changed.
# shellcheck disable=SC2016 # $names are jq's
readonly COMPARE_JQ='
def by_name: if type == "array" then map({key: (.name // "" | tostring), value: .}) | from_entries else . end;
def norm: .properties.agentPoolProfiles |= by_name | .properties.orchestratorProfile.kubernetesConfig.addons |= by_name;
def field: reduce .[] as $k ({out: [], prev: null};
  .out += [if ($k | type) == "number" or .prev == "agentPoolProfiles" or .prev == "addons" then "[]" else $k end]
  | .prev = $k) | .out | join(".") | gsub("\\.\\[\\]"; "[]");
def shown: reduce .[] as $k ({out: "", prev: null};
  .out += (if ($k | type) == "number" or .prev == "agentPoolProfiles" or .prev == "addons" then "[\($k)]" else (if .out == "" then "" else "." end) + $k end)
  | .prev = $k) | .out;
def text: if type == "string" and . != "" then . else tojson end;
def quiet: if (.[-1] | tostring) == "secret" or .[-1] == "caPrivateKey" or .[-1] == "caCertificate" then "(not shown)" else null end;
($desired[0] | norm) as $d | ($stored[0] | norm) as $s
| $d | paths(type != "object" and type != "array") as $p
| ($p | quiet) as $q
| [($p | field), ($p | shown), (if ($s | getpath($p)) == ($d | getpath($p)) then "same" else "changed" end),
   ($q // ($s | getpath($p) | text)), ($q // ($d | getpath($p) | text))] | join("\t")'
compare_fields() { jq -rn --slurpfile desired "$1" --slurpfile stored "$2" "$COMPARE_JQ"; }

# Why a refused field cannot change, and what to do instead (FIELD STORED DESIRED SHOWN), one line.
refusal() {
  local key="$1" stored="$2" desired="$3" what="$4" pool
  pool="${what#properties.agentPoolProfiles[}"
  pool="${pool%%]*}"
  case "$key" in
    location) echo "location changed from $stored to $desired: a cluster cannot move to another location (set it back; aks-engine refuses with \"--location does not match api model location\")" ;;
    properties.masterProfile.count) echo "control plane count changed from $stored to $desired: aks-engine-azurestack cannot change the control plane count of a running cluster (set it back to $stored, or build a new cluster)" ;;
    # https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/docs/topics/scale.md#L47-L49
    properties.masterProfile.vmSize) echo "control plane vmSize changed from $stored to $desired: this runner does not resize the control plane (set it back to $stored). Upstream's supported path (aks-engine-azurestack docs/topics/scale.md, 'Is it possible to scale control plane VMs?'): change masterProfile.vmSize in $applied on the engine VM and run 'aks-engine-azurestack upgrade --control-plane-only --force' at the running version $(field version "$applied_shape"), which re-images each control plane VM in turn; then set vmSize to $desired here" ;;
    properties.agentPoolProfiles\[\].vmSize) echo "node pool $pool vmSize changed from $stored to $desired: aks-engine-azurestack cannot resize a pool's VMs (set it back to $stored). Upstream's recommendation (aks-engine-azurestack docs/topics/addpool.md): add a pool with the new size (a new entry in nodePools), drain the old pool's nodes (kubectl drain --ignore-daemonsets), then scale the old pool down" ;;
    # "changes to the VNET, Load Balancer, and other network-related configuration are not supported as
    # modifiable by aks-engine-azurestack upgrade ... you will need to build a new cluster": https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/docs/topics/upgrade.md#L173
    properties.orchestratorProfile.kubernetesConfig.networkPlugin) echo "networkPlugin changed from $stored to $desired: aks-engine-azurestack cannot change the network plugin of a running cluster (docs/topics/upgrade.md: network-related configuration is not modifiable; build a new cluster). Set networkPlugin back to $stored, or deploy a new hub cluster with $desired and retire this one" ;;
    properties.certificateProfile.*) echo "the cluster CA (${what#properties.certificateProfile.}) changed: the running cluster keeps the CA it was deployed with. A CA rotation is planned work with 'aks-engine-azurestack rotate-certs' (docs/day2.md, Certificates); set the CA back" ;;
    properties.masterProfile.dnsPrefix) echo "dnsPrefix changed from $stored to $desired: the cluster's VM names and API server name derive from it, so a running cluster cannot be renamed (set it back to $stored)" ;;
    properties.customCloudProfile.*) echo "$what changed from $stored to $desired: it names the hub the cluster runs on; a cluster cannot move to another hub or identity system (set it back)" ;;
    properties.linuxProfile.adminUsername) echo "the nodes' adminUsername changed from $stored to $desired: aks-engine-azurestack has no operation that renames the nodes' admin user (set it back to $stored)" ;;
    properties.orchestratorProfile.kubernetesConfig.addons*) echo "$what changed from $stored to $desired: this runner does not change a running cluster's add-ons (upgrade only re-creates VMs and is not meant for other configuration changes: aks-engine-azurestack docs/topics/upgrade.md, FAQ); set it back" ;;
    *) echo "$what changed from $stored to $desired: aks-engine-azurestack cannot change it on a running cluster (set it back to $stored)" ;;
  esac
}

log "worker $worker_run: desired $(describe_shape "$desired_shape")"
ensure_kubectl "$(field version "$desired_shape")"

# a first deploy left something for inspection instead of a cluster: kept beside the output folder
archive_failed_deploy() {
  local to
  to="$cluster_dir/failed-deploys/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$cluster_dir/failed-deploys"
  chmod 0700 "$cluster_dir/failed-deploys"
  mv "$output_dir" "$to"
  rm -f "$state_dir/deploy-reached-vms"
  log "the failed deploy's files (its apimodel.json, with the certificates it generated) are kept in $to"
}

# No cluster came of the failed deploy: it never reached a VM's custom script, and no node answers.
failed_deploy_left_no_cluster() {
  [ ! -f "$state_dir/deploy-reached-vms" ] || return 1
  [ ! -f "$kubeconfig" ] || [ -z "$(node_lines || true)" ] || return 1
  ! curl --silent --insecure --connect-timeout 5 --max-time 10 --output /dev/null "https://$apiserver/healthz"
}

# JSON aks-engine finished writing (deploy writes apimodel.json in place: a crash can cut it short)
is_json() { jq -e 'type == "object"' "$1" >/dev/null 2>&1; }

if [ ! -f "$state_dir/applied" ]; then
  if [ -f "$state_dir/deploy-started" ] && [ -f "$applied" ]; then
    # aks-engine has no resume: deploy --force-overwrite only lifts the "output directory exists" check
    # (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/deploy.go#L310-L312). Deploying the stored apimodel.json again keeps the certificates it
    # generated, so ARM sees the same VMs; a changed definition would regenerate them and ARM would reject the
    # changed customData of the VMs that exist.
    changed=""
    if is_json "$applied"; then
      changed="$(compare_fields "$definition" "$applied" | awk -F'\t' '$3 == "changed" { print $2 }' | paste -sd, - | sed 's/,/, /g')"
    fi
    if ! is_json "$applied" || [ -n "$changed" ]; then
      why="$(if is_json "$applied"; then echo "the definition changed since (${changed})"; else echo "its apimodel.json is cut short (the deploy stopped while aks-engine-azurestack wrote it)"; fi)"
      if failed_deploy_left_no_cluster; then
        log "a deploy did not finish and $why; no cluster came of it (no VM ran its provisioning script, no node answers): starting over"
        archive_failed_deploy
        preflight_new_cluster "$(field version "$desired_shape")"
        deploy_cluster "$definition"
      elif is_json "$applied"; then
        stored_shape="$(shape_of "$applied")"
        die "$EXIT_REFUSED" "a deploy of [$(describe_shape "$stored_shape")] did not finish, and $why: its VMs exist, and aks-engine cannot deploy a changed definition over them. Set the definition back, run the deploy again to finish it, then make the change. Or, to start over with the new definition: delete what that deploy created in resource group $resource_group (its VMs, disks and NICs), move $output_dir away, and run the deploy again"
      else
        die "$EXIT_REFUSED" "a deploy did not finish and $why, but its VMs exist: restore $applied from $state_dir/backups if a copy is there, or delete what that deploy created in resource group $resource_group (its VMs, disks and NICs), move $output_dir away, and run the deploy again"
      fi
    else
      log "finishing the deploy that did not complete: deploying the stored apimodel.json again into resource group $resource_group (--force-overwrite)"
      preflight_new_cluster "$(field version "$(shape_of "$applied")")"
      model="$state_dir/work/apimodel.json"
      install -m 0600 "$applied" "$model"
      deploy_cluster "$model" --force-overwrite
    fi
  elif [ -f "$state_dir/deploy-started" ]; then
    # the failed deploy stopped before aks-engine wrote apimodel.json (nothing was generated or deployed yet), or
    # a person moved the output folder away after deleting what a failed deploy had created
    rm -f "$state_dir/deploy-reached-vms"
    preflight_new_cluster "$(field version "$desired_shape")"
    log "deploying again: the previous deploy stopped before aks-engine-azurestack wrote apimodel.json"
    if [ -e "$output_dir" ]; then deploy_cluster "$definition" --force-overwrite; else deploy_cluster "$definition"; fi
  else
    [ ! -e "$output_dir" ] || die "$EXIT_REFUSED" "$output_dir exists but no deploy was recorded in $state_dir (move it away if it is stale)"
    # A replaced engine VM has no record of the cluster: never deploy over one that already answers.
    if curl --silent --insecure --connect-timeout 5 --max-time 10 --output /dev/null "https://$apiserver/healthz"; then
      die "$EXIT_REFUSED" "a Kubernetes API server already answers at $apiserver but this engine VM has no record of deploying it: restore $cluster_dir from a backup of the previous engine VM instead of deploying a second time"
    fi
    preflight_new_cluster "$(field version "$desired_shape")"
    log "first deploy of the cluster into resource group $resource_group"
    deploy_cluster "$definition"
  fi
  verify_cluster deploy "$applied_shape"
  exit 0
fi

[ -f "$applied" ] || die "$EXIT_REFUSED" "the cluster was deployed but $applied is missing: restore it from a backup (every later upgrade or scale needs it; copies are in $state_dir/backups)"
is_json "$applied" || die "$EXIT_REFUSED" "the cluster was deployed but $applied is not a complete JSON document: restore it from the newest copy in $state_dir/backups (every later upgrade or scale needs it)"

# --- compare desired and applied, and refuse anything aks-engine cannot do, before doing anything ---
applied_shape="$(shape_of "$applied")"
desired_version="$(field version "$desired_shape")"
applied_version="$(field version "$applied_shape")"
problems=()
reimage_fields=()
comparison="$(compare_fields "$definition" "$applied")" ||
  die "$EXIT_REFUSED" "could not compare $definition with $applied field by field (jq failed): nothing was changed"
new_pools=" $(awk 'NR == FNR { have[$1] = 1; next } !($1 in have) { print $1 }' <(pools "$applied_shape") <(pools "$desired_shape") | paste -sd' ' -) "
while IFS=$'\t' read -r key shown status stored wanted; do
  decision="${decision_of[$key]:-}"
  if [ -z "$decision" ]; then
    problems+=("$shown: this runner has no decision for this field (FIELD_DECISIONS in cluster-lifecycle.sh): it neither applies nor compares it, so it refuses the definition (remove the field, or add its decision to the runner)")
    continue
  fi
  [ "$status" = changed ] || continue
  if [[ "$shown" =~ ^properties\.agentPoolProfiles\[([^]]+)\] ]] && [[ "$new_pools" == *" ${BASH_REMATCH[1]} "* ]]; then continue; fi
  case "$decision" in
    refuse) problems+=("$(refusal "$key" "$stored" "$wanted" "$shown")") ;;
    reimage) reimage_fields+=("${shown#properties.}") ;;
    upgrade | release | scale | addpool) ;; # below, from the shapes
  esac
done <<<"$comparison"

upgrade_to=""
if [ "$desired_version" != "$applied_version" ]; then
  newest="$(printf '%s\n%s\n' "$desired_version" "$applied_version" | sort -V | tail -n 1)"
  if [ "$newest" = "$applied_version" ]; then
    problems+=("Kubernetes $desired_version is older than the running $applied_version: downgrades are not supported (set kubernetesVersion back to $applied_version)")
  else
    upgrade_to="$desired_version" # checked against get-versions --version $applied_version below
  fi
fi

# pools whose registered nodes fall short of their count (a VM deleted after a broken node) are scaled too:
# scale recreates missing VMs and exits 0 without a change when the pool's VMs are all there
# (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L329-L331)
registered="$(node_lines || true)"
scales=()
adds=()
while read -r name count _; do
  [ -n "$name" ] || continue
  line="$(pools "$applied_shape" | awk -v n="$name" '$1 == n')"
  if [ -z "$line" ]; then
    adds+=("$name")
    continue
  fi
  read -r _ have_count _ <<<"$line"
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

# the definition's client id is the one the runner authenticates with (both come from the hub's clientId)
desired_client_id="$(awk -F'\t' '$1 == "properties.servicePrincipalProfile.clientId" { print $5 }' <<<"$comparison")"
if [ "$desired_client_id" != "$client_id" ]; then
  problems+=("servicePrincipalProfile.clientId in the definition ($desired_client_id) is not --client-id ($client_id): both must name the same service principal")
fi

if [ ${#problems[@]} -gt 0 ]; then
  for p in "${problems[@]}"; do log "REFUSED: $p"; done
  die "$EXIT_REFUSED" "${#problems[@]} change(s) refused; nothing was changed"
fi

if [ -z "$upgrade_to" ] && [ ${#scales[@]} -eq 0 ] && [ ${#adds[@]} -eq 0 ] && [ ${#reimage_fields[@]} -eq 0 ]; then
  log "no change in the definition (Kubernetes $applied_version); checking the cluster"
  verify_cluster check "$applied_shape"
  log "nothing to do: the cluster matches the definition"
  exit 0
fi

# scale, addpool and upgrade --force load the apimodel as an update: upstream accepts a running version its
# release no longer offers for new clusters (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L169, https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/api/vlabs/validate.go#L483-L500),
# so only an upgrade is checked against get-versions.
if [ -n "$upgrade_to" ]; then preflight_upgrade "$applied_version" "$upgrade_to"; fi

reimage_what="$(printf '%s\n' "${reimage_fields[@]}" | sed 's/\[[^]]*\]//g; s/\.keyData$//; s/^servicePrincipalProfile\.secret$/service principal secret/; s/^servicePrincipalProfile\.clientId$/service principal client id/; s/^linuxProfile\.ssh\.publicKeys$/nodes'"'"' SSH key/' | sort -u | paste -sd, - | sed 's/,/, /g')"
if [ -n "$upgrade_to" ]; then
  log "upgrade: Kubernetes $applied_version -> $upgrade_to${reimage_what:+, with the new $reimage_what}"
  upgrade_cluster "$upgrade_to"
elif [ -n "$reimage_what" ]; then
  log "changed: $reimage_what. Every VM gets it from the apimodel when it is created: upgrade --force at Kubernetes $applied_version (a rolling re-image of every node)"
  reimage_nodes "$applied_version" "$reimage_what"
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
