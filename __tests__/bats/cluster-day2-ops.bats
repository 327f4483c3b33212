#!/usr/bin/env bats
# Cluster lifecycle script, day-2 operations beyond upgrade and scale: addpool, refused pool removal and
# resizes with upstream's manual paths, service principal secret rotation, upgrade timeouts.

# shellcheck disable=SC2030,SC2031 # each test sets SECRET for itself: bats runs every test in its own subshell
load lifecycle-helpers

# the pool's object in the desired definition, compact
pool_json() { jq -c --arg n "$1" '.properties.agentPoolProfiles[] | select(.name == $n)' "$DEF"; }
pool_names() { jq -r '[.properties.agentPoolProfiles[].name] | join(" ")' "$1"; }

@test "a new pool: exactly one addpool with that pool's JSON, then a stored apimodel with both pools, checked" {
  deployed 1.34.4
  desired 1.34.4 3 linuxpool:3 gpupool:2
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(grep -c '^addpool ' "$FAKE_ARGV_LOG")" -eq 1 ]
  [ "$(last_call)" = "addpool --api-model $STATE/work/apimodel.json --node-pool $STATE/work/pool-gpupool.json $(common)" ]
  [ "$(cat "$FAKE_CLOUD/addpool-pools")" = "$(pool_json gpupool)" ]
  [ "$(pool_names "$OUT/apimodel.json")" = "linuxpool gpupool" ]
  [ "$(stat -c %a "$OUT/apimodel.json")" = 600 ]
  [ ! -e "$STATE/work/pool-gpupool.json" ]
  [[ "$output" == *"cluster check: every node Ready"* ]]
  # afterwards an ordinary pool: nothing to do, then scale
  run lifecycle
  [[ "$output" == *"nothing to do"* ]]
  desired 1.34.4 3 linuxpool:3 gpupool:4
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "scale "*"--new-node-count 4 --node-pool gpupool "* ]]
  [ "$(grep -c '^addpool ' "$FAKE_ARGV_LOG")" -eq 1 ]
}

@test "a failed addpool leaves the stored apimodel as it was; the re-run adds the pool" {
  deployed 1.34.4
  desired 1.34.4 3 linuxpool:3 gpupool:2
  knob FAKE_FAIL_COMMAND=addpool
  run lifecycle
  [ "$status" -ne 0 ]
  [ "$(pool_names "$OUT/apimodel.json")" = "linuxpool" ]
  knob FAKE_FAIL_COMMAND=
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(pool_names "$OUT/apimodel.json")" = "linuxpool gpupool" ]
}

@test "removing a pool is refused with upstream's manual path; nothing runs" {
  desired 1.34.4 3 linuxpool:3 gpupool:2
  lifecycle
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: node pool gpupool is gone from the definition: removing a pool is not automated (put it back). Upstream's manual path (aks-engine-azurestack docs/topics/addpool.md, docs/topics/scale.md): cordon and drain its nodes (kubectl drain --ignore-daemonsets), delete its VMs in resource group c1-cluster, then remove its entry from agentPoolProfiles in $OUT/apimodel.json on the engine VM; then remove it here"* ]]
}

@test "a pool vmSize change is refused with upstream's recommendation, and an added pool waits for it" {
  deployed 1.34.4
  desired 1.34.4 3 linuxpool:3:Standard_D4_v2 newpool:1
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"REFUSED: node pool linuxpool vmSize changed from Standard_D2_v2 to Standard_D4_v2: aks-engine-azurestack cannot resize a pool's VMs (set it back to Standard_D2_v2). Upstream's recommendation (aks-engine-azurestack docs/topics/addpool.md): add a pool with the new size (a new entry in nodePools), drain the old pool's nodes (kubectl drain --ignore-daemonsets), then scale the old pool down"* ]]
  [[ "$output" == *"1 change(s) refused; nothing was changed"* ]]
}

@test "a control plane vmSize change is refused and names upgrade --control-plane-only --force" {
  deployed 1.34.4
  jq '.properties.masterProfile.vmSize = "Standard_D4_v2"' "$DEF" >"$DEF.new" && mv "$DEF.new" "$DEF"
  run lifecycle
  [ "$status" -eq 3 ]
  [ "$(calls)" -eq 1 ]
  [[ "$output" == *"control plane vmSize changed from Standard_D2_v2 to Standard_D4_v2: this runner does not resize the control plane (set it back to Standard_D2_v2)"*"'aks-engine-azurestack upgrade --control-plane-only --force' at the running version 1.34.4"* ]]
}

@test "a new secret: the stored apimodel gets it through upgrade --force at the running version; it is in no log" {
  OLD="$SECRET"
  deployed 1.34.4
  SECRET="rotated-secret-value-never-logged"
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "upgrade --api-model $STATE/work/apimodel.json --upgrade-version 1.34.4 --force $(common)" ]
  [ "$(jq -r .properties.servicePrincipalProfile.secret "$OUT/apimodel.json")" = "$SECRET" ]
  [ "$(stat -c %a "$OUT/apimodel.json")" = 600 ]
  [[ "$output" == *"changed: service principal secret. Every VM gets it from the apimodel when it is created: upgrade --force at Kubernetes 1.34.4"* ]]
  for secret in "$OLD" "$SECRET"; do
    [[ "$output" != *"$secret"* ]]
    refute_grep "$secret" "$LOG"
    [ -f "$BATS_TEST_TMPDIR/units.log" ]
    refute_grep "$secret" "$BATS_TEST_TMPDIR/units.log" # the worker's journal
  done
  # done once: the next run has nothing to do
  run lifecycle
  [ "$(calls)" -eq 2 ]
  [[ "$output" == *"nothing to do"* ]]
}

@test "a new secret with a version upgrade rides on that upgrade (no second, forced one)" {
  deployed 1.33.10
  SECRET="rotated-secret-value-never-logged"
  desired 1.34.4 3 linuxpool:3
  run lifecycle
  [ "$status" -eq 0 ]
  [ "$(calls)" -eq 2 ]
  [ "$(last_call)" = "upgrade --api-model $STATE/work/apimodel.json --upgrade-version 1.34.4 $(common)" ]
  [ "$(jq -r .properties.servicePrincipalProfile.secret "$OUT/apimodel.json")" = "$SECRET" ]
  refute_grep "$SECRET" "$LOG"
}

@test "a failed rotation keeps the old secret in the stored apimodel, so the next run rotates again" {
  OLD="$SECRET"
  deployed 1.34.4
  SECRET="rotated-secret-value-never-logged"
  desired 1.34.4 3 linuxpool:3
  knob FAKE_FAIL_COMMAND=upgrade
  run lifecycle
  [ "$status" -ne 0 ]
  [ "$(jq -r .properties.servicePrincipalProfile.secret "$OUT/apimodel.json")" = "$OLD" ]
  knob FAKE_FAIL_COMMAND=
  run lifecycle
  [ "$status" -eq 0 ]
  [[ "$(last_call)" == "upgrade "*"--force "* ]]
}

@test "upgrade timeouts become --vm-timeout and --cordon-drain-timeout; a bad value is a usage error" {
  deployed 1.33.10
  desired 1.34.4 3 linuxpool:3
  run lifecycle --vm-timeout 30 --cordon-drain-timeout 90
  [ "$status" -eq 0 ]
  [ "$(last_call)" = "upgrade --api-model $STATE/work/apimodel.json --upgrade-version 1.34.4 --vm-timeout 30 --cordon-drain-timeout 90 $(common)" ]
  run lifecycle --vm-timeout soon
  [ "$status" -eq 2 ]
  [[ "$output" == *"--vm-timeout must be a number of minutes, not soon"* ]]
}
