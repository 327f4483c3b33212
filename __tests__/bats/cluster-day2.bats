#!/usr/bin/env bats
# Cluster lifecycle script: upgrade, scale and refused changes (fake aks-engine-azurestack on PATH, see fake-aks-engine-azurestack).

load lifecycle-helpers

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
