#!/usr/bin/env bats
# Cluster lifecycle script: first deploy, re-runs, failed and finished deploys, pre-flight, the secret
# (fakes on PATH: aks-engine-azurestack built from upstream, kubectl, systemd-run, sudo; see each fake).

load lifecycle-helpers

@test "first deploy: the Azure Stack and auth flags upstream reads, the secret on argv only, nodes checked" {
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 1 ]
  [ "$(last_call)" = "deploy --api-model $DEF --output-directory $OUT $(common)" ]
  grep -qx "get-versions --azure-env AzureStackCloud -o json" "$FAKE_ARGV_LOG"
  [ -f "$OUT/apimodel.json" ]
  # the running: line shows the command with the secret replaced; nothing else shows it
  [[ "$output" == *"running: aks-engine-azurestack deploy --api-model $DEF "*"--client-secret ***"* ]]
  [[ "$output" != *"$SECRET"* ]]
  refute_grep "$SECRET" "$LOG"
  refute_grep "$SECRET" "$BATS_TEST_TMPDIR/units.log"
  # every step is logged with a timestamp, to the file and to the session
  grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z cluster-lifecycle: first deploy' "$LOG"
  [[ "$output" == *"Finished ARM Deployment"* ]]
  [[ "$output" == *"cluster check: every node Ready at Kubernetes 1.34.4"* ]]
  # kubectl of the cluster's minor version, from the snap store, installed by the runner (not cloud-init)
  grep -qx "snap install --classic --channel=1.34/stable kubectl" "$FAKE_KUBECTL_LOG"
  grep -q -- "get nodes -o json" "$FAKE_KUBECTL_LOG"
  [ "$(stat -c %a "$LOG")" = 600 ]
}

@test "the stand-in rejects the old environment-only invocation, as upstream's validateAuthArgs does" {
  desired 1.34.4 3 linuxpool:3
  AKS_ENGINE_CLIENT_SECRET="$SECRET" run aks-engine-azurestack deploy --api-model "$DEF" --output-directory "$OUT" \
    --azure-env AzureStackCloud --location local --resource-group c1-cluster --subscription-id "$SUB" --client-id "$CLIENT"
  [ "$status" -eq 1 ]
  [[ "$output" == *'Error: loading API model: --client-secret must be specified when --auth-method="client_secret"'* ]]
  [ ! -e "$OUT" ]
}

@test "the stand-in rejects unknown flags, missing values and missing required flags with upstream's messages" {
  desired 1.34.4 3 linuxpool:3
  run aks-engine-azurestack deploy --api-model "$DEF" --client-secret-file /x
  [ "$status" -eq 1 ]
  [[ "$output" == *"Error: unknown flag: --client-secret-file"* ]]
  run aks-engine-azurestack deploy -m "$DEF" -l
  [ "$status" -eq 1 ]
  [[ "$output" == *"Error: flag needs an argument: 'l' in -l"* ]]
  run aks-engine-azurestack deploy -m "$DEF"
  [[ "$output" == *"Error: validating deployCmd: --location must be specified"* ]]
  run aks-engine-azurestack scale -g rg -l local -m "$DEF"
  [[ "$output" == *"Error: failed to validate scale command: --new-node-count must be specified"* ]]
  run aks-engine-azurestack upgrade -g rg -l local -m "$DEF" --client-secret x
  [[ "$output" == *"Error: validating upgrade command: --upgrade-version must be specified"* ]]
  run aks-engine-azurestack deploy -m "$DEF" -l local --client-id not-a-guid --client-secret s
  [[ "$output" == *"Error: loading API model: parsing --client-id: invalid UUID length: 10"* ]]
  run aks-engine-azurestack deploy -m "$DEF" -l local --auth-method client_certificate --client-id "$CLIENT" --certificate-path c
  [[ "$output" == *'--certificate-path and --private-key-path must be specified when --auth-method="client_certificate"'* ]]
  # short forms upstream defines are accepted: -m -l -g -s -o -f
  run aks-engine-azurestack deploy -m "$DEF" -l local -g c1-cluster -s "$SUB" -o "$OUT" -f --azure-env AzureStackCloud --client-id "$CLIENT" --client-secret "$SECRET"
  [ "$status" -eq 0 ]
}

@test "re-run with no change: no aks-engine operation, the nodes are checked again" {
  deployed 1.34.4
  checks="$(grep -c "get nodes" "$FAKE_KUBECTL_LOG")"
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"no change in the definition (Kubernetes 1.34.4); checking the cluster"*"cluster check: every node Ready"*"nothing to do"* ]]
  [ "$(grep -c "get nodes" "$FAKE_KUBECTL_LOG")" -gt "$checks" ]
}

@test "a deploy failing with a CSE code is finished by deploying the stored apimodel.json, which keeps its certificates" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=deploy
  knob FAKE_FAIL_CSE=50
  run lifecycle
  [ "$status" -eq 1 ]
  [[ "$output" == *"CSE exit 50: no outbound connectivity from the nodes"* ]]
  # upstream writes apimodel.json (with the generated certificates) before the ARM deployment
  cert="$(jq -r .properties.certificateProfile.apiServerCertificate "$OUT/apimodel.json")"
  [ -n "$cert" ]
  knob FAKE_FAIL_COMMAND=
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "deploy --api-model $STATE/work/apimodel.json --output-directory $OUT $(common) --force-overwrite" ]
  [[ "$output" == *"finishing the deploy that did not complete"* ]]
  [ "$(jq -r .properties.certificateProfile.apiServerCertificate "$OUT/apimodel.json")" = "$cert" ]
  # a timestamped 0600 copy of the model from before the second deploy
  backup="$(ls "$STATE"/backups/apimodel.*.before-deploy.json)"
  [ "$(stat -c %a "$backup")" = 600 ]
  run lifecycle
  [ "$(calls)" -eq 2 ]
  [[ "$output" == *"nothing to do"* ]]
}

@test "after a failed deploy whose VMs exist a changed definition is refused: set it back, finish the deploy, then change it" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=deploy
  knob FAKE_FAIL_CSE=30
  lifecycle || true
  knob FAKE_FAIL_COMMAND=
  desired 1.34.4 1 linuxpool:2
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"a deploy of [Kubernetes 1.34.4, control plane 3, pools: linuxpool=3] did not finish, and the definition changed since (properties.masterProfile.count, properties.agentPoolProfiles[linuxpool].count): its VMs exist"*"Set the definition back, run the deploy again to finish it, then make the change"*"move $OUT away"* ]]
  # why: deploying the changed definition regenerates certificates and ARM rejects the VMs' changed customData
  run aks-engine-azurestack deploy -m "$DEF" -o "$OUT" -f -l local -g c1-cluster -s "$SUB" --azure-env AzureStackCloud --client-id "$CLIENT" --client-secret "$SECRET"
  [[ "$output" == *"Changing property 'osProfile.customData' is not allowed."* ]]
}

@test "failing aks-engine exit codes are surfaced with their meaning from pkg/engine/cse.go" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=deploy
  for code in 30:"the Kubernetes API server / cluster was not up in time" 36:"cluster add-ons did not start" \
    11:"etcd did not start running in time" 100:"the provisioning script did not appear on the node in time"; do
    knob FAKE_FAIL_CSE="${code%%:*}"
    run lifecycle
    [ "$status" -eq 1 ]
    [[ "$output" == *"ERROR: aks-engine-azurestack deploy failed with exit status 1 (CSE exit ${code%%:*}: ${code#*:}"* ]]
  done
  grep -q "custom script extension exit 30" "$LOG"
  refute_grep "$SECRET" "$LOG"
}

@test "pre-flight: a version the installed aks-engine-azurestack does not offer is refused with what it offers" {
  knob FAKE_VERSIONS="1.33.10 1.34.4"
  desired 1.35.0 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 0 ]
  [[ "$output" == *"does not offer Kubernetes 1.35.0; it offers: 1.33.10, 1.34.4 (set kubernetesVersion to one of them"* ]]
}

@test "refuses a definition without the service principal secret" {
  desired 1.34.4 3 linuxpool:3
  jq 'del(.properties.servicePrincipalProfile.secret)' "$DEF" >"$DEF.tmp" && mv "$DEF.tmp" "$DEF"
  run lifecycle
  [ "$status" -eq 2 ]
  [[ "$output" == *"has no servicePrincipalProfile.secret"* ]]
  [ "$(calls)" -eq 0 ]
}

@test "refuses a file that is not a vlabs definition (another apiVersion, no location, not JSON) without quoting it" {
  desired 1.34.4 3 linuxpool:3
  for edit in '.apiVersion = "2017-07-01"' 'del(.location)'; do
    jq "$edit" "$DEF" >"$DEF.tmp" && mv "$DEF.tmp" "$DEF"
    run lifecycle
    [ "$status" -eq 2 ]
    [[ "$output" == *"$DEF is not a vlabs cluster definition"* ]]
    desired 1.34.4 3 linuxpool:3
  done
  printf '{"properties": {"servicePrincipalProfile": {"secret": "%s"' "$SECRET" >"$DEF"
  run lifecycle
  [ "$status" -eq 2 ]
  [[ "$output" == *"is not a vlabs cluster definition"* ]]
  [[ "$output" != *"$SECRET"* ]]
  [ "$(calls)" -eq 0 ]
}

@test "a deployed cluster whose apimodel.json is lost is not deployed a second time" {
  deployed 1.34.4
  rm "$OUT/apimodel.json"
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"restore it from a backup"* ]]
}

@test "a first deploy is refused when a cluster already answers (engine VM replaced, records lost)" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_APISERVER_UP=1
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 0 ]
  [[ "$output" == *"already answers at c1.local.cloudapp.azurestack.external"*"restore"* ]]
}

@test "a run while another holds the operation waits for it and reports its result, without a second deploy" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_OP_SECONDS=2
  lifecycle >"$BATS_TEST_TMPDIR/first.out" 2>&1 &
  first=$!
  # wait until the first run's worker holds the operation
  for _ in $(seq 50); do grep -q '^deploy ' "$FAKE_ARGV_LOG" && break; sleep 0.1; done
  run lifecycle
  wait "$first"
  [ "$status" -eq 0 ]
  [[ "$output" == *"still in progress on the engine VM: waiting for it instead of starting another"* ]]
  [[ "$output" == *"Finished ARM Deployment"* ]]
  [[ "$output" == *"finished successfully"* ]]
  [ "$(calls)" -eq 1 ]
}

@test "a run while a failing operation holds the lock reports that failure" {
  desired 1.34.4 3 linuxpool:3
  knob FAKE_OP_SECONDS=2
  knob FAKE_FAIL_COMMAND=deploy
  knob FAKE_FAIL_CSE=36
  lifecycle >/dev/null 2>&1 &
  first=$!
  for _ in $(seq 50); do grep -q '^deploy ' "$FAKE_ARGV_LOG" && break; sleep 0.1; done
  run lifecycle
  wait "$first" || true
  [ "$status" -eq 1 ]
  [[ "$output" == *"failed with status 1"* ]]
  [ "$(calls)" -eq 1 ]
}
