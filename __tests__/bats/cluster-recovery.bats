#!/usr/bin/env bats
# Cluster lifecycle script after partial failures, and edits beyond the pool shape: every field of the
# definition is acted on or refused (fakes on PATH, see lifecycle-helpers.bash and each fake).

# shellcheck disable=SC2030,SC2031 # each test sets CLIENT/SECRET for itself: bats runs every test in its own subshell
load lifecycle-helpers

pool_count() { jq --arg n "$2" '.properties.agentPoolProfiles[] | select(.name == $n) | .count' "$1"; }
vms_of() { awk -v p="$1" '$2 == p' "$FAKE_CLOUD/nodes" | wc -l; }

@test "a scale whose new node's script fails: the re-run records the VMs upstream counted and names the VM to delete; then it converges" {
  deployed 1.34.4
  desired 1.34.4 3 linuxpool:4
  knob FAKE_FAIL_COMMAND=scale
  knob FAKE_FAIL_CSE=50
  run lifecycle
  [ "$status" -eq 1 ]
  [[ "$output" == *"CSE exit 50: no outbound connectivity"* ]]
  # ARM created the VM before its script failed; upstream saved nothing
  [ "$(vms_of linuxpool)" -eq 4 ]
  [ "$(pool_count "$OUT/apimodel.json" linuxpool)" -eq 3 ]
  knob FAKE_FAIL_COMMAND=
  run lifecycle
  [ "$status" -eq 4 ]
  # upstream's scale found 4 VMs and returned without saving: the runner recorded them
  [[ "$output" == *"found node pool linuxpool already at 4 VMs and saved nothing; apimodel.json now records 4"* ]]
  [ "$(pool_count "$OUT/apimodel.json" linuxpool)" -eq "$(vms_of linuxpool)" ]
  [[ "$output" == *"UNHEALTHY: node pool linuxpool has 3 node(s) registered, not 4 (registered: k8s-linuxpool-12345678-0, k8s-linuxpool-12345678-1, k8s-linuxpool-12345678-2; a VM of it that is not among them failed to provision)"* ]]
  [[ "$output" == *"delete that node's VM in resource group c1-cluster"* ]]
  [ ! -e "$STATE/work/apimodel.json" ]
  # the person deletes the VM without a node; the next run scales back to 4 and succeeds
  sed -i '/^k8s-linuxpool-12345678-3 /d' "$FAKE_CLOUD/nodes"
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "scale "*"--new-node-count 4 --node-pool linuxpool "* ]]
  [ "$(pool_count "$OUT/apimodel.json" linuxpool)" -eq 4 ]
  [ "$(vms_of linuxpool)" -eq 4 ]
  run lifecycle
  [[ "$output" == *"nothing to do"* ]]
}

@test "a first deploy that ARM refused for its definition is started over with the corrected one; its files are kept" {
  knob FAKE_UNAVAILABLE_SIZES=Standard_X9
  desired 1.34.4 3 linuxpool:3:Standard_X9
  run lifecycle
  [ "$status" -eq 1 ]
  [[ "$output" == *"SkuNotAvailable"* ]]
  [ -f "$OUT/apimodel.json" ] # upstream wrote it before the ARM deployment
  first_cert="$(jq -r .properties.certificateProfile.apiServerCertificate "$OUT/apimodel.json")"
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$output" == *"a deploy did not finish and the definition changed since (properties.agentPoolProfiles[linuxpool].vmSize); no cluster came of it"*"starting over"* ]]
  [ "$(last_call)" = "deploy --api-model $DEF --output-directory $OUT $(common)" ]
  [ "$(jq -r '.properties.agentPoolProfiles[0].vmSize' "$OUT/apimodel.json")" = Standard_D2_v2 ]
  kept="$(ls -d "$WORK"/failed-deploys/*)"
  [ "$(jq -r .properties.certificateProfile.apiServerCertificate "$kept/apimodel.json")" = "$first_cert" ]
  [ "$(stat -c %a "$WORK/failed-deploys")" = 700 ]
  [[ "$output" == *"cluster check: every node Ready"* ]]
}

@test "a deploy cut short while aks-engine wrote apimodel.json is started over, not failed with a jq error" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=deploy
  knob FAKE_UNAVAILABLE_SIZES=Standard_D2_v2 # fails before any VM exists
  lifecycle || true
  knob FAKE_UNAVAILABLE_SIZES=
  knob FAKE_FAIL_COMMAND=
  head -c 40 "$OUT/apimodel.json" >"$OUT/cut" && mv "$OUT/cut" "$OUT/apimodel.json"
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$output" == *"its apimodel.json is cut short (the deploy stopped while aks-engine-azurestack wrote it)"*"starting over"* ]]
  [[ "$output" != *"parse error"* ]]
  jq -e . "$OUT/apimodel.json" >/dev/null
}

@test "a new clientId with its secret reaches every node's azure.json through upgrade --force; the stored apimodel holds both" {
  deployed 1.34.4
  [ "$(awk '{ print $2 }' "$FAKE_CLOUD/azure-json" | sort -u)" = "$CLIENT" ]
  CLIENT=33333333-3333-3333-3333-333333333333
  SECRET="new-sp-secret-never-logged"
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  # every VM, at the same version, was re-created with the new service principal
  [ "$(wc -l <"$FAKE_CLOUD/azure-json")" -eq 6 ]
  [ "$(awk '{ print $2 }' "$FAKE_CLOUD/azure-json" | sort -u)" = "$CLIENT" ]
  [ "$(jq -r .properties.servicePrincipalProfile.clientId "$OUT/apimodel.json")" = "$CLIENT" ]
  [ "$(jq -r .properties.servicePrincipalProfile.secret "$OUT/apimodel.json")" = "$SECRET" ]
  [ "$(last_call)" = "upgrade --api-model $STATE/work/apimodel.json --upgrade-version 1.34.4 --force $(common)" ]
  [[ "$output" == *"changed: service principal client id, service principal secret"* ]]
  refute_grep "$SECRET" "$LOG"
  run lifecycle
  [[ "$output" == *"nothing to do"* ]]
}

@test "a definition whose clientId is not the runner's --client-id is refused" {
  deployed 1.34.4
  jq '.properties.servicePrincipalProfile.clientId = "33333333-3333-3333-3333-333333333333"' "$DEF" >"$DEF.new" && mv "$DEF.new" "$DEF"
  run lifecycle
  [ "$status" -eq 3 ]
  [[ "$output" == *"servicePrincipalProfile.clientId in the definition (33333333-3333-3333-3333-333333333333) is not --client-id ($CLIENT)"* ]]
}

@test "a new SSH key for the nodes is rolled out with upgrade --force at the running version" {
  deployed 1.34.4
  jq '.properties.linuxProfile = {adminUsername: "azureuser", ssh: {publicKeys: [{keyData: "ssh-ed25519 AAAAnew"}]}}' "$DEF" >"$DEF.new" && mv "$DEF.new" "$DEF"
  jq '.properties.linuxProfile = {adminUsername: "azureuser", ssh: {publicKeys: [{keyData: "ssh-ed25519 AAAAold"}]}}' "$OUT/apimodel.json" >"$OUT/m" && mv "$OUT/m" "$OUT/apimodel.json"
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "upgrade "*"--upgrade-version 1.34.4 --force "* ]]
  [[ "$output" == *"changed: nodes' SSH key"* ]]
  [ "$(jq -r '.properties.linuxProfile.ssh.publicKeys[0].keyData' "$OUT/apimodel.json")" = "ssh-ed25519 AAAAnew" ]
}

@test "a networkPlugin edit on a running cluster is refused with what upstream cannot change and what to do" {
  deployed 1.34.4
  jq '.properties.orchestratorProfile.kubernetesConfig.networkPlugin = "azure"' "$DEF" >"$DEF.new" && mv "$DEF.new" "$DEF"
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: networkPlugin changed from kubenet to azure: aks-engine-azurestack cannot change the network plugin of a running cluster"*"build a new cluster"*"Set networkPlugin back to kubenet"* ]]
  [[ "$output" == *"nothing was changed"* ]]
}

@test "a field the runner has no decision for is refused by name, as are the fixed fields" {
  deployed 1.34.4
  jq '.properties.masterProfile.availabilityZones = ["1"] | .properties.orchestratorProfile.kubernetesConfig.addons[0].enabled = false' "$DEF" >"$DEF.new" && mv "$DEF.new" "$DEF"
  # aks-engine stores every add-on with its defaults: only those the definition names are compared
  jq '.properties.orchestratorProfile.kubernetesConfig.addons += [{name: "coredns", enabled: true}]' "$OUT/apimodel.json" >"$OUT/m" && mv "$OUT/m" "$OUT/apimodel.json"
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: properties.masterProfile.availabilityZones[0]: this runner has no decision for this field"* ]]
  [[ "$output" == *"REFUSED: properties.orchestratorProfile.kubernetesConfig.addons[azuredisk-csi-driver].enabled changed from true to false"* ]]
  [[ "$output" == *"2 change(s) refused"* ]]
}

@test "scale, addpool and secret rotation after aksEngineVersion was raised to a release that no longer offers the running version for new clusters" {
  deployed 1.33.10
  # the new release offers 1.34.4 and 1.35.0 for new clusters and still knows 1.33.10 for running ones
  knob FAKE_VERSIONS="1.34.4 1.35.0"
  knob FAKE_UPDATE_VERSIONS="1.33.5 1.33.10"
  desired 1.33.10 3 linuxpool:4
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "scale "*"--new-node-count 4 --node-pool linuxpool "* ]]
  [ "$(pool_count "$OUT/apimodel.json" linuxpool)" -eq 4 ]
  SECRET="rotated-after-the-engine-upgrade"
  desired 1.33.10 3 linuxpool:4 extra:1
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(grep -v '^get-versions' "$FAKE_ARGV_LOG" | tail -n 2 | head -n 1)" == "upgrade "*"--upgrade-version 1.33.10 --force "* ]]
  [[ "$(last_call)" == "addpool "* ]]
  [ "$(pool_count "$OUT/apimodel.json" extra)" -eq 1 ]
}

@test "an upgrade that failed after re-imaging the first VM is finished by the next run" {
  deployed 1.33.10
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=upgrade
  run lifecycle
  [ "$status" -eq 1 ]
  [ "$(grep -c ' v1.34.4 ' "$FAKE_CLOUD/nodes")" -eq 1 ]
  [ "$(jq -r .properties.orchestratorProfile.orchestratorVersion "$OUT/apimodel.json")" = 1.33.10 ]
  knob FAKE_FAIL_COMMAND=
  node_state k8s-master-12345678-0 Ready
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(grep -c ' v1.34.4 Ready$' "$FAKE_CLOUD/nodes")" -eq 6 ]
  [ "$(jq -r .properties.orchestratorProfile.orchestratorVersion "$OUT/apimodel.json")" = 1.34.4 ]
}

@test "aks-engine-azurestack's panic (its exit status 2) is reported as status 5, not as the runner's usage status" {
  deployed 1.34.4
  desired 1.34.4 3 linuxpool:4
  knob FAKE_PANIC=1
  run lifecycle
  [ "$status" -eq 5 ]
  [[ "$output" == *"panic: runtime error"* ]]
  [[ "$output" == *"aks-engine-azurestack scale crashed (a Go panic, exit status 2"* ]]
}

@test "the stand-in: upgrade --force re-images every VM, also those at the target version" {
  deployed 1.34.4
  CLIENT=33333333-3333-3333-3333-333333333333
  jq --arg c "$CLIENT" '.properties.servicePrincipalProfile.clientId = $c' "$OUT/apimodel.json" >"$OUT/m" && mv "$OUT/m" "$OUT/apimodel.json"
  run aks-engine-azurestack upgrade -m "$OUT/apimodel.json" -k 1.34.4 -g c1-cluster -l local -s "$SUB" --azure-env AzureStackCloud --client-id "$CLIENT" --client-secret "$SECRET"
  [ "$status" -eq 1 ] # without --force: 1.34.4 is no upgrade of 1.34.4
  [[ "$output" == *"Invalid upgrade target version"* ]]
  run aks-engine-azurestack upgrade -m "$OUT/apimodel.json" -k 1.34.4 --force -g c1-cluster -l local -s "$SUB" --azure-env AzureStackCloud --client-id "$CLIENT" --client-secret "$SECRET"
  [ "$status" -eq 0 ]
  [ "$(grep -c '^INFO\[0002\] Upgrading VM ' <<<"$output")" -eq 6 ]
  [ "$(awk '{ print $2 }' "$FAKE_CLOUD/azure-json" | sort -u)" = "$CLIENT" ]
}

@test "a disconnected hub: kubectl of the cluster's version from --kubectl-mirror, checked against its sha256, never the snap store" {
  desired 1.34.4 3 linuxpool:3
  mirror="$FAKE_CLOUD/mirror/k8s/v1.34.4/bin/linux/amd64"
  mkdir -p "$mirror"
  # the mirrored "kubectl" is the fake one, reporting the 1.34 client
  printf '#!/bin/sh\necho 1.34 >%q\nexec %q "$@"\n' "$FAKE_CLOUD/kubectl-track" "$BIN/kubectl" >"$mirror/kubectl"
  echo "0000000000000000000000000000000000000000000000000000000000000000" >"$mirror/kubectl.sha256"
  run lifecycle --kubectl-mirror https://mirror.example/k8s
  [ "$status" -eq 3 ]
  [[ "$output" == *"kubectl 1.34.4 from the mirror does not match its kubectl.sha256 (https://mirror.example/k8s/v1.34.4/bin/linux/amd64/kubectl): not installed"* ]]
  [ ! -e "$STATE/bin/kubectl" ]
  [ "$(calls)" -eq 0 ]
  sha256sum "$mirror/kubectl" | cut -d' ' -f1 >"$mirror/kubectl.sha256"
  run lifecycle --kubectl-mirror https://mirror.example/k8s
  [ "$status" -eq 0 ]
  [ -x "$STATE/bin/kubectl" ]
  [[ "$output" == *"installing kubectl 1.34.4 from https://mirror.example/k8s/v1.34.4/bin/linux/amd64/kubectl"* ]]
  [[ "$output" == *"cluster check: every node Ready at Kubernetes 1.34.4"* ]]
  refute_grep "^snap " "$FAKE_KUBECTL_LOG"
  run lifecycle --kubectl-mirror ftp://mirror.example/k8s
  [ "$status" -eq 2 ]
  [[ "$output" == *"--kubectl-mirror must be an https:// URL, not ftp://mirror.example/k8s"* ]]
}

@test "a start-over that meets VMs of the failed attempt (ARM refuses their customData) says what to delete; then it converges" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=deploy
  knob FAKE_FAIL_CSE=30
  lifecycle || true
  knob FAKE_FAIL_COMMAND=
  # as if the worker had been killed before it recorded the failure, and the API server never came up
  rm "$STATE/deploy-reached-vms"
  sed -i 's/ Ready$/ Unregistered/' "$FAKE_CLOUD/nodes"
  desired 1.34.4 3 linuxpool:2
  run lifecycle
  [ "$status" -eq 1 ]
  [[ "$output" == *"starting over"* ]]
  [[ "$output" == *"ARM refuses to change VMs that an earlier deploy attempt created with other certificates"*"delete the VMs (with their disks and NICs) that attempt created in resource group c1-cluster"* ]]
  # now recorded: a further changed definition is refused instead of started over
  [ -f "$STATE/deploy-reached-vms" ]
  # the person deletes that attempt's VMs; the next run finishes the deploy of the stored (corrected) apimodel
  : >"$FAKE_CLOUD/nodes"
  rm "$FAKE_CLOUD/cert"
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$output" == *"finishing the deploy that did not complete"* ]]
  [ "$(vms_of linuxpool)" -eq 2 ]
}
