#!/usr/bin/env bats
# Cluster lifecycle script: upgrade, scale, node checks and refused changes (fakes on PATH, see lifecycle-helpers.bash).

load lifecycle-helpers

@test "one-minor upgrade: upgrade --upgrade-version on a copy of apimodel.json, nodes verified, then nothing to do" {
  deployed 1.33.10
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "upgrade --api-model $STATE/work/apimodel.json --upgrade-version 1.34.4 $(common)" ]
  grep -qx "get-versions --version 1.33.10 --azure-env AzureStackCloud -o json" "$FAKE_ARGV_LOG"
  [ "$(jq -r .properties.orchestratorProfile.orchestratorVersion "$OUT/apimodel.json")" = 1.34.4 ]
  [ "$(stat -c %a "$OUT/apimodel.json")" = 600 ]
  [[ "$output" == *"cluster check: every node Ready at Kubernetes 1.34.4"* ]]
  grep -qx "snap refresh --channel=1.34/stable kubectl" "$FAKE_KUBECTL_LOG"
  [ "$(jq -r .properties.orchestratorProfile.orchestratorVersion "$(ls "$STATE"/backups/apimodel.*.before-upgrade.json)")" = 1.33.10 ]
  run lifecycle
  [ "$(calls)" -eq 2 ]
  [[ "$output" == *"nothing to do"* ]]
}

@test "an upgrade that leaves a node NotReady fails, names the node and the upstream remedy; a re-run fails too" {
  deployed 1.33.10
  desired 1.34.4 3 linuxpool:3
  knob FAKE_NEW_NODES_NOT_READY=1
  run lifecycle
  [ "$status" -eq 4 ]
  [[ "$output" == *"UNHEALTHY: node k8s-master-12345678-0 is NotReady"* ]]
  [[ "$output" == *"change that VM's 'orchestrator' tag so it no longer says Kubernetes:1.34.4"* ]]
  run lifecycle
  [ "$status" -eq 4 ]
  [[ "$output" != *"nothing to do"* ]]
}

@test "a jump upstream does not offer is refused with what get-versions --version offers from the running version" {
  deployed 1.33.10
  desired 1.35.0 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  grep -qx "get-versions --version 1.33.10 --azure-env AzureStackCloud -o json" "$FAKE_ARGV_LOG"
  [[ "$output" == *"cannot upgrade Kubernetes 1.33.10 to 1.35.0; from 1.33.10 it offers: 1.34.4"* ]]
}

@test "an upgrade that skips a minor version is run when upstream's get-versions offers it (no stricter rule)" {
  deployed 1.33.10
  # a cluster still at 1.31.13, which this release knows but offers no more; it offers 1.33.10 as its upgrade
  # (nothing of 1.32 is offered for new clusters): pkg/api/orchestrators.go getKubernetesAvailableUpgradeVersions
  jq '.properties.orchestratorProfile.orchestratorVersion = "1.31.13"' "$OUT/apimodel.json" >"$OUT/m" && mv "$OUT/m" "$OUT/apimodel.json"
  sed -i 's/ v1.33.10 / v1.31.13 /' "$FAKE_CLOUD/nodes"
  desired 1.33.10 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(last_call)" = "upgrade --api-model $STATE/work/apimodel.json --upgrade-version 1.33.10 $(common)" ]
  [ "$(jq -r .properties.orchestratorProfile.orchestratorVersion "$OUT/apimodel.json")" = 1.33.10 ]
}

@test "pre-flight: an upgrade the installed aks-engine-azurestack does not offer from the running version is refused" {
  deployed 1.33.10
  knob FAKE_VERSIONS="1.33.10 1.34.4"
  # the binary offers 1.34.4 for new clusters but, from a running 1.32.9, only 1.33.10: simulate by editing the running version
  jq '.properties.orchestratorProfile.orchestratorVersion = "1.32.9"' "$OUT/apimodel.json" >"$OUT/m" && mv "$OUT/m" "$OUT/apimodel.json"
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"cannot upgrade Kubernetes 1.32.9 to 1.34.4; from 1.32.9 it offers: 1.33.10"* ]]
  # a running version the release does not know at all: upstream's own error
  jq '.properties.orchestratorProfile.orchestratorVersion = "1.33.9"' "$OUT/apimodel.json" >"$OUT/m" && mv "$OUT/m" "$OUT/apimodel.json"
  run lifecycle
  [ "$status" -eq 3 ]
  [[ "$output" == *"cannot upgrade a cluster at Kubernetes 1.33.9: Error: Kubernetes version 1.33.9 is not supported"* ]]
}

@test "a downgrade is refused" {
  deployed 1.34.4
  desired 1.33.10 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"older than the running 1.34.4"* ]]
}

@test "scale one pool up, then down: scale --new-node-count --node-pool --apiserver, nodes counted" {
  desired 1.34.4 3 linuxpool:3 extra:2
  lifecycle
  desired 1.34.4 3 linuxpool:5 extra:2
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "scale --api-model $STATE/work/apimodel.json --new-node-count 5 --node-pool linuxpool --apiserver c1.local.cloudapp.azurestack.external $(common)" ]
  [ "$(grep -c ' linuxpool ' "$FAKE_CLOUD/nodes")" -eq 5 ]
  desired 1.34.4 3 linuxpool:2 extra:2
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 3 ]
  [[ "$(last_call)" == "scale --api-model $STATE/work/apimodel.json --new-node-count 2 --node-pool linuxpool "* ]]
  [ "$(jq '.properties.agentPoolProfiles[] | select(.name == "linuxpool") | .count' "$OUT/apimodel.json")" -eq 2 ]
  refute_grep "--node-pool extra" "$FAKE_ARGV_LOG"
}

@test "a scale that leaves a node NotReady exits non-zero naming it; a re-run does not report success" {
  desired 1.34.4 3 linuxpool:2
  lifecycle
  desired 1.34.4 3 linuxpool:3
  knob FAKE_NEW_NODES_NOT_READY=1
  run lifecycle
  [ "$status" -eq 4 ]
  [[ "$output" == *"UNHEALTHY: node k8s-linuxpool-12345678-2 is NotReady"* ]]
  [[ "$output" == *"delete that node's VM in resource group c1-cluster"*"and run the deploy again"* ]]
  # upstream saved the new count (the ARM deployment succeeded): the definition matches, the cluster does not
  [ "$(jq '.properties.agentPoolProfiles[0].count' "$OUT/apimodel.json")" -eq 3 ]
  run lifecycle
  [ "$status" -eq 4 ]
  [[ "$output" == *"UNHEALTHY: node k8s-linuxpool-12345678-2 is NotReady"* ]]
  # the remedy: the VM is deleted, the next run scales the pool back to its count
  sed -i '/^k8s-linuxpool-12345678-2 /d' "$FAKE_CLOUD/nodes"
  knob FAKE_NEW_NODES_NOT_READY=0
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "scale --api-model $STATE/work/apimodel.json --new-node-count 3 --node-pool linuxpool "* ]]
}

@test "the stand-in's scale to a count the pool already has exits 0 without saving the apimodel" {
  deployed 1.34.4
  # an hour in the past: a rewrite now would change the mtime, without waiting for the clock to tick
  touch -d '1 hour ago' "$OUT/apimodel.json"
  before="$(stat -c %Y "$OUT/apimodel.json")"
  run aks-engine-azurestack scale -m "$OUT/apimodel.json" -c 3 --node-pool linuxpool -g c1-cluster -l local -s "$SUB" --azure-env AzureStackCloud --client-id "$CLIENT" --client-secret "$SECRET"
  [ "$status" -eq 0 ]
  [[ "$output" == *"Node pool linuxpool is already at the desired count 3."* ]]
  [ "$(stat -c %Y "$OUT/apimodel.json")" = "$before" ]
}

@test "upgrade and scale together: upgrade first, then the pool" {
  deployed 1.33.10
  desired 1.34.4 3 linuxpool:4
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(grep -v '^get-versions' "$FAKE_ARGV_LOG" | sed -n 2p)" == "upgrade "* ]]
  [[ "$(grep -v '^get-versions' "$FAKE_ARGV_LOG" | sed -n 3p)" == "scale "*"--new-node-count 4 --node-pool linuxpool "* ]]
}

@test "a control plane count change is refused before anything runs" {
  deployed 1.33.10
  desired 1.34.4 5 linuxpool:4
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: control plane count changed from 3 to 5"* ]]
  [[ "$output" == *"nothing was changed"* ]]
}

@test "a location change is refused" {
  deployed 1.34.4
  LOCATION=denver desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: location changed from local to denver: a cluster cannot move to another location"* ]]
}

@test "AD FS hubs get --identity-system adfs on every command" {
  desired 1.34.4 3 linuxpool:3
  lifecycle --identity-system adfs
  desired 1.34.4 3 linuxpool:4
  lifecycle --identity-system adfs
  [ "$(grep -c -- "--identity-system adfs" "$FAKE_ARGV_LOG")" -eq 2 ]
}
