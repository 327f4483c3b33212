#!/usr/bin/env bats
# Cluster lifecycle script: first deploy, re-runs, resumed and failed deploys (fake aks-engine-azurestack on PATH, see fake-aks-engine-azurestack).

load lifecycle-helpers

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
