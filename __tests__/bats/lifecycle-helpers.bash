# Shared setup and helpers for the cluster lifecycle bats files (loaded with `load lifecycle-helpers`).
# shellcheck shell=bash

SCRIPT="$BATS_TEST_DIRNAME/../../constructs/hub/cluster-lifecycle.sh"
SECRET="sp-secret-value-never-logged"
SUB=11111111-1111-1111-1111-111111111111
CLIENT=22222222-2222-2222-2222-222222222222

setup() {
  WORK="$BATS_TEST_TMPDIR/cluster"
  BIN="$BATS_TEST_TMPDIR/bin"
  mkdir -p "$WORK" "$BIN"
  cp "$BATS_TEST_DIRNAME/fake-aks-engine-azurestack" "$BIN/aks-engine-azurestack"
  cp "$BATS_TEST_DIRNAME/fake-kubectl" "$BIN/kubectl"
  cp "$BATS_TEST_DIRNAME/fake-systemd-run" "$BIN/systemd-run"
  cp "$BATS_TEST_DIRNAME/fake-sudo" "$BIN/sudo"
  cp "$BATS_TEST_DIRNAME/fake-snap" "$BIN/snap"
  # the API server probe (no cluster answers unless a test says so) and downloads from a simulated mirror
  cp "$BATS_TEST_DIRNAME/fake-curl" "$BIN/curl"
  chmod +x "$BIN"/*
  export PATH="$BIN:$PATH"
  export FAKE_ARGV_LOG="$BATS_TEST_TMPDIR/argv.log" FAKE_KUBECTL_LOG="$BATS_TEST_TMPDIR/kubectl.log" FAKE_CLOUD="$BATS_TEST_TMPDIR/cloud"
  # the worker runs in a (fake) transient unit without the test's environment: the fakes read their knobs here
  printf 'export FAKE_ARGV_LOG=%q FAKE_KUBECTL_LOG=%q FAKE_CLOUD=%q\n' "$FAKE_ARGV_LOG" "$FAKE_KUBECTL_LOG" "$FAKE_CLOUD" >"$BATS_TEST_TMPDIR/fake.env"
  : >"$FAKE_ARGV_LOG"
  : >"$FAKE_KUBECTL_LOG"
  # the session learns of the end of an operation at once (pause); the interval only paces log streaming
  export LIFECYCLE_POLL_SECONDS=2 LIFECYCLE_VERIFY_SECONDS=0
  DEF="$WORK/desired.json"
  OUT="$WORK/_output"
  LOG="$WORK/lifecycle.log"
  # shellcheck disable=SC2034 # used by the .bats files
  STATE="$WORK/.lifecycle-state"
}

# knob NAME=VALUE: a setting the fakes read (they run in the detached worker, which has no test environment)
knob() { printf 'export %q\n' "$1" >>"$BATS_TEST_TMPDIR/fake.env"; }

# desired VERSION CONTROL_PLANE_COUNT POOL:COUNT[:SIZE]... writes the desired definition (like Terraform does),
# printed by the shell: tests write one before nearly every run, and the values need no JSON escaping
desired() {
  local version="$1" masters="$2" loc="${LOCATION:-local}" pools="" spec name count size
  shift 2
  for spec in "$@"; do
    IFS=: read -r name count size <<<"$spec"
    pools+="${pools:+,}{\"name\":\"$name\",\"count\":$count,\"vmSize\":\"${size:-Standard_D2_v2}\",\"distro\":\"aks-ubuntu-22.04\",\"availabilityProfile\":\"AvailabilitySet\",\"acceleratedNetworkingEnabled\":false}"
  done
  cat >"$DEF" <<JSON
{"apiVersion": "vlabs", "location": "$loc",
 "properties": {
  "orchestratorProfile": {"orchestratorType": "Kubernetes", "orchestratorRelease": "${version%.*}", "orchestratorVersion": "$version",
    "kubernetesConfig": {"networkPlugin": "kubenet", "useInstanceMetadata": false, "useCloudControllerManager": true,
      "addons": [{"name": "azuredisk-csi-driver", "enabled": true}]}},
  "customCloudProfile": {"portalURL": "https://portal.$loc.azurestack.external", "identitySystem": "azure_ad"},
  "masterProfile": {"count": $masters, "dnsPrefix": "c1", "vmSize": "Standard_D2_v2", "distro": "aks-ubuntu-22.04"},
  "agentPoolProfiles": [$pools],
  "servicePrincipalProfile": {"clientId": "$CLIENT", "secret": "$SECRET"}}}
JSON
  chmod 0600 "$DEF"
}

# deployed VERSION: the state right after `desired VERSION 3 linuxpool:3` and a first `lifecycle`, where many tests
# start. The real runner (with the fakes) makes it once per bats run; later tests get a copy of that test's
# cluster folder, simulated cloud and logs, with their own paths written in (the logs name files). A test that
# sets a knob or an option before its first deploy runs that deploy itself.
deployed() {
  local cache="$BATS_RUN_TMPDIR/deployed-$1" from
  desired "$1" 3 linuxpool:3
  exec 7>"$cache.lock"
  flock 7
  if [ ! -f "$cache/done" ]; then
    # shellcheck disable=SC2119 # a first deploy takes no options
    lifecycle 7>&-
    mkdir -p "$cache"
    cp -a "$WORK" "$FAKE_CLOUD" "$FAKE_ARGV_LOG" "$FAKE_KUBECTL_LOG" "$BATS_TEST_TMPDIR/units.log" "$cache/"
    printf '%s\n' "$BATS_TEST_TMPDIR" >"$cache/from"
    touch "$cache/done"
  else
    rm -rf "$WORK" "$FAKE_CLOUD"
    cp -a "$cache/cluster" "$cache/cloud" "$cache/argv.log" "$cache/kubectl.log" "$cache/units.log" "$BATS_TEST_TMPDIR/"
    from="$(cat "$cache/from")"
    sed -i "s|$from|$BATS_TEST_TMPDIR|g" "$LOG" "$FAKE_ARGV_LOG" "$FAKE_KUBECTL_LOG" "$BATS_TEST_TMPDIR/units.log"
  fi
  exec 7>&-
}

# shellcheck disable=SC2120 # the .bats files pass options
lifecycle() {
  "$SCRIPT" --definition "$DEF" --output-dir "$OUT" --log-file "$LOG" --resource-group c1-cluster \
    --subscription-id "$SUB" --client-id "$CLIENT" --apiserver c1.local.cloudapp.azurestack.external "$@"
}

# `! cmd` does not fail a bats test (bash's errexit ignores negated commands): use this instead
refute_grep() {
  if grep -q -- "$1" "$2"; then
    echo "unexpected '$1' in $2"
    return 1
  fi
}

# aks-engine commands that changed something (get-versions is the read-only pre-flight)
calls() { grep -vc '^get-versions' "$FAKE_ARGV_LOG" || true; }
last_call() { grep -v '^get-versions' "$FAKE_ARGV_LOG" | tail -n 1; }
# the flags every command carries, as the runner passes them
common() { echo "--azure-env AzureStackCloud --location local --resource-group c1-cluster --subscription-id $SUB --auth-method client_secret --client-id $CLIENT --client-secret $SECRET"; }
# node NAME READY|NotReady: changes a simulated node's state
node_state() { sed -i "s/^\($1 .*\) [A-Za-z]*$/\1 $2/" "$FAKE_CLOUD/nodes"; }
