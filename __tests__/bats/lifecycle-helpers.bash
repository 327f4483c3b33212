# Shared setup and helpers for the cluster lifecycle bats files (loaded with `load lifecycle-helpers`).
# shellcheck shell=bash

SCRIPT="$BATS_TEST_DIRNAME/../../scripts/cluster-lifecycle.sh"
SECRET="sp-secret-value-never-logged"

setup() {
  WORK="$BATS_TEST_TMPDIR/cluster"
  mkdir -p "$WORK" "$BATS_TEST_TMPDIR/bin"
  cp "$BATS_TEST_DIRNAME/fake-aks-engine-azurestack" "$BATS_TEST_TMPDIR/bin/aks-engine-azurestack"
  export PATH="$BATS_TEST_TMPDIR/bin:$PATH"
  # the API server probe: no cluster answers unless a test says so (FAKE_APISERVER_UP=1)
  # shellcheck disable=SC2016 # the fake curl expands it when it runs, not here
  printf '#!/bin/sh\n[ "${FAKE_APISERVER_UP:-0}" = 1 ]\n' >"$BATS_TEST_TMPDIR/bin/curl"
  chmod +x "$BATS_TEST_TMPDIR/bin/curl"
  export FAKE_ARGV_LOG="$BATS_TEST_TMPDIR/argv.log" FAKE_ENV_LOG="$BATS_TEST_TMPDIR/env.log"
  : >"$FAKE_ARGV_LOG"
  DEF="$WORK/desired.json"
  OUT="$WORK/_output"
  LOG="$WORK/lifecycle.log"
  unset FAKE_FAIL_COMMAND FAKE_FAIL_CSE FAKE_APISERVER_UP
}

# desired VERSION CONTROL_PLANE_COUNT POOL:COUNT[:SIZE]... writes the desired definition (like Terraform does)
desired() {
  local version="$1" masters="$2" pools="[]" spec name count size
  shift 2
  for spec in "$@"; do
    IFS=: read -r name count size <<<"$spec"
    pools="$(jq -c --arg n "$name" --argjson c "$count" --arg s "${size:-Standard_D2_v2}" \
      '. + [{name: $n, count: $c, vmSize: $s, distro: "aks-ubuntu-22.04", availabilityProfile: "AvailabilitySet", acceleratedNetworkingEnabled: false}]' <<<"$pools")"
  done
  jq -n --arg v "$version" --argjson m "$masters" --argjson pools "$pools" --arg secret "$SECRET" '{
    apiVersion: "vlabs", location: "local",
    properties: {
      orchestratorProfile: {orchestratorType: "Kubernetes", orchestratorRelease: ($v | split(".")[0:2] | join(".")), orchestratorVersion: $v,
        kubernetesConfig: {networkPlugin: "kubenet", useInstanceMetadata: false, useCloudControllerManager: true}},
      masterProfile: {count: $m, dnsPrefix: "c1", vmSize: "Standard_D2_v2", distro: "aks-ubuntu-22.04"},
      agentPoolProfiles: $pools,
      servicePrincipalProfile: {clientId: "22222222-2222-2222-2222-222222222222", secret: $secret}
    }}' >"$DEF"
}

lifecycle() {
  AKS_ENGINE_CLIENT_SECRET="$SECRET" "$SCRIPT" --definition "$DEF" --output-dir "$OUT" --log-file "$LOG" \
    --resource-group c1-cluster --subscription-id 11111111-1111-1111-1111-111111111111 \
    --client-id 22222222-2222-2222-2222-222222222222 --apiserver c1.local.cloudapp.azurestack.external "$@"
}

# `! cmd` does not fail a bats test (bash's errexit ignores negated commands): use this instead
refute_grep() {
  if grep -q -- "$1" "$2"; then
    echo "unexpected '$1' in $2"
    return 1
  fi
}

calls() { wc -l <"$FAKE_ARGV_LOG" | tr -d ' '; }
last_call() { tail -n 1 "$FAKE_ARGV_LOG"; }
