#!/usr/bin/env bats
# The cluster lifecycle script against a fake aks-engine-azurestack on PATH (see fake-aks-engine-azurestack).

SCRIPT="$BATS_TEST_DIRNAME/../../scripts/cluster-lifecycle.sh"
SECRET="sp-secret-value-never-logged"

setup() {
  WORK="$BATS_TEST_TMPDIR/cluster"
  mkdir -p "$WORK" "$BATS_TEST_TMPDIR/bin"
  cp "$BATS_TEST_DIRNAME/fake-aks-engine-azurestack" "$BATS_TEST_TMPDIR/bin/aks-engine-azurestack"
  export PATH="$BATS_TEST_TMPDIR/bin:$PATH"
  # the API server probe: no cluster answers unless a test says so (FAKE_APISERVER_UP=1)
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

@test "first deploy: one deploy command with the Azure Stack flags, the secret only in the environment" {
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 1 ]
  [ "$(last_call)" = "deploy --api-model $DEF --output-directory $OUT --azure-env AzureStackCloud --location local --resource-group c1-cluster --subscription-id 11111111-1111-1111-1111-111111111111 --client-id 22222222-2222-2222-2222-222222222222" ]
  [ -f "$OUT/apimodel.json" ]
  grep -qx "deploy secret-in-env=yes" "$FAKE_ENV_LOG"
  refute_grep "$SECRET" "$FAKE_ARGV_LOG"
  refute_grep "$SECRET" "$LOG"
  refute_grep "--client-secret" "$FAKE_ARGV_LOG"
  # every step is logged with a timestamp, to the file and to stdout
  grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z cluster-lifecycle: first deploy' "$LOG"
  [[ "$output" == *"cluster-lifecycle: first deploy"* ]]
  [[ "$output" == *"Finished ARM Deployment"* ]]
  [ "$(stat -c %a "$LOG")" = 600 ]
}

@test "re-run with no change: no aks-engine command" {
  desired 1.34.4 3 linuxpool:3
  lifecycle
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"nothing to do"* ]]
}

@test "a failed deploy is resumed with --force-overwrite into the same resource group, not a second cluster" {
  desired 1.34.4 3 linuxpool:3
  FAKE_FAIL_COMMAND=deploy FAKE_FAIL_CSE=50 run lifecycle
  [ "$status" -ne 0 ]
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [[ "$(last_call)" == "deploy --api-model $OUT/apimodel.json --output-directory $OUT --azure-env AzureStackCloud --location local --resource-group c1-cluster "*" --force-overwrite" ]]
  [[ "$output" == *"resuming the deploy"* ]]
  run lifecycle
  [ "$(calls)" -eq 2 ]
  [[ "$output" == *"nothing to do"* ]]
}

@test "a resumed deploy uses the new definition when the cluster shape changed after the failure" {
  desired 1.34.4 3 linuxpool:3
  FAKE_FAIL_COMMAND=deploy FAKE_FAIL_CSE=30 run lifecycle
  desired 1.34.4 1 linuxpool:2
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "deploy --api-model $DEF "*" --force-overwrite" ]]
  [ "$(jq .properties.masterProfile.count "$OUT/apimodel.json")" -eq 1 ]
}

@test "a failing aks-engine exit code is surfaced with its meaning" {
  desired 1.34.4 3 linuxpool:3
  FAKE_FAIL_COMMAND=deploy FAKE_FAIL_CSE=30 run lifecycle
  [ "$status" -eq 1 ]
  [[ "$output" == *"ERROR: aks-engine-azurestack deploy failed with exit status 1 (CSE exit 30: the Kubernetes API server / cluster was not up in time"* ]]
  grep -q "custom script extension exit 30" "$LOG"
  FAKE_FAIL_COMMAND=deploy FAKE_FAIL_CSE=36 run lifecycle
  [[ "$output" == *"CSE exit 36: cluster add-ons did not start"* ]]
  FAKE_FAIL_COMMAND=deploy FAKE_FAIL_CSE=50 run lifecycle
  [[ "$output" == *"CSE exit 50: no outbound connectivity from the nodes"* ]]
}

@test "one-minor upgrade: upgrade --upgrade-version on the applied apimodel.json, then nothing to do" {
  desired 1.33.10 3 linuxpool:3
  lifecycle
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "upgrade --api-model $OUT/apimodel.json --upgrade-version 1.34.4 --azure-env AzureStackCloud --location local --resource-group c1-cluster --subscription-id 11111111-1111-1111-1111-111111111111 --client-id 22222222-2222-2222-2222-222222222222" ]
  [ "$(jq -r .properties.orchestratorProfile.orchestratorVersion "$OUT/apimodel.json")" = 1.34.4 ]
  run lifecycle
  [ "$(calls)" -eq 2 ]
  [[ "$output" == *"nothing to do"* ]]
}

@test "a two-minor jump is refused and names the intermediate version" {
  desired 1.33.10 3 linuxpool:3
  lifecycle
  desired 1.35.0 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: Kubernetes 1.33.10 to 1.35.0 skips a minor version"*"upgrade to a 1.34.x release first"* ]]
}

@test "a downgrade is refused" {
  desired 1.34.4 3 linuxpool:3
  lifecycle
  desired 1.33.10 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"older than the running 1.34.4"* ]]
}

@test "scale one pool up, then down: scale --new-node-count --node-pool --apiserver" {
  desired 1.34.4 3 linuxpool:3 extra:2
  lifecycle
  desired 1.34.4 3 linuxpool:5 extra:2
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "scale --api-model $OUT/apimodel.json --new-node-count 5 --node-pool linuxpool --apiserver c1.local.cloudapp.azurestack.external --azure-env AzureStackCloud --location local --resource-group c1-cluster --subscription-id 11111111-1111-1111-1111-111111111111 --client-id 22222222-2222-2222-2222-222222222222" ]
  desired 1.34.4 3 linuxpool:2 extra:2
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 3 ]
  [[ "$(last_call)" == "scale --api-model $OUT/apimodel.json --new-node-count 2 --node-pool linuxpool "* ]]
  [ "$(jq '.properties.agentPoolProfiles[] | select(.name == "linuxpool") | .count' "$OUT/apimodel.json")" -eq 2 ]
  refute_grep "--node-pool extra" "$FAKE_ARGV_LOG"
}

@test "upgrade and scale together: upgrade first, then the pool" {
  desired 1.33.10 3 linuxpool:3
  lifecycle
  desired 1.34.4 3 linuxpool:4
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(sed -n 2p "$FAKE_ARGV_LOG")" == "upgrade "* ]]
  [[ "$(sed -n 3p "$FAKE_ARGV_LOG")" == "scale "*"--new-node-count 4 --node-pool linuxpool "* ]]
}

@test "a control plane count change is refused before anything runs" {
  desired 1.33.10 3 linuxpool:3
  lifecycle
  desired 1.34.4 5 linuxpool:4
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: control plane count changed from 3 to 5"* ]]
  [[ "$output" == *"nothing was changed"* ]]
}

@test "pool size changes and added pools are refused" {
  desired 1.34.4 3 linuxpool:3
  lifecycle
  desired 1.34.4 3 linuxpool:3:Standard_D4_v2 newpool:1
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"node pool linuxpool vmSize changed"* ]]
  [[ "$output" == *"node pool newpool is new"* ]]
}

@test "AD FS hubs get --identity-system adfs on every command" {
  desired 1.34.4 3 linuxpool:3
  lifecycle --identity-system adfs
  desired 1.34.4 3 linuxpool:4
  lifecycle --identity-system adfs
  [ "$(grep -c -- "--identity-system adfs" "$FAKE_ARGV_LOG")" -eq 2 ]
}

@test "refuses to run without the secret in the environment" {
  desired 1.34.4 3 linuxpool:3
  run env -u AKS_ENGINE_CLIENT_SECRET "$SCRIPT" --definition "$DEF" --output-dir "$OUT" --resource-group rg \
    --subscription-id s --client-id c --apiserver a
  [ "$status" -eq 2 ]
  [[ "$output" == *"AKS_ENGINE_CLIENT_SECRET is not set"* ]]
  [ "$(calls)" -eq 0 ]
}

@test "a deployed cluster whose apimodel.json is lost is not deployed a second time" {
  desired 1.34.4 3 linuxpool:3
  lifecycle
  rm "$OUT/apimodel.json"
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"restore it from a backup"* ]]
}

@test "a first deploy is refused when a cluster already answers (engine VM replaced, records lost)" {
  desired 1.34.4 3 linuxpool:3
  FAKE_APISERVER_UP=1 run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 0 ]
  [[ "$output" == *"already answers at c1.local.cloudapp.azurestack.external"*"restore"* ]]
}
