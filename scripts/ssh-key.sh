#!/usr/bin/env bash
# CI only. Puts the engine VM's SSH private key (the hub environment's secret ENGINE_SSH_PRIVATE_KEY) where the
# hub's deploy needs it, for this job only:
#   npm run --silent ssh-key -- write <hub>    # a 0600 file in the job's temporary folder, loaded into a new ssh-agent
#   npm run --silent ssh-key -- remove         # at the end of the job, whatever happened: file and agent gone
# Terraform's cluster runner connects with the file when hubs[].engine.sshIdentityFile is set (its variable
# TF_VAR_hub_<hub>_ssh_identity_file points at the file), otherwise through the agent (SSH_AUTH_SOCK).
# The later steps get the variables through the runner's own mechanisms: GitHub Actions' $GITHUB_ENV file
# (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-environment-variable)
# or Azure Pipelines' `##vso[task.setvariable]` logging command
# (https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands#setvariable-initialize-or-modify-the-value-of-a-variable).
set -euo pipefail
tmp="${RUNNER_TEMP:-${AGENT_TEMPDIRECTORY:-}}"
[ -n "$tmp" ] || { echo "ssh-key: neither RUNNER_TEMP (GitHub Actions) nor AGENT_TEMPDIRECTORY (Azure Pipelines) is set: run it in a CI job" >&2; exit 2; }
key="$tmp/engine-ssh-key"
state="$tmp/engine-ssh-agent.env"

publish() { # name value
  if [ -n "${GITHUB_ENV:-}" ]; then
    echo "$1=$2" >>"$GITHUB_ENV"
  else
    echo "##vso[task.setvariable variable=$1]$2"
  fi
}

case "${1:-}" in
  write)
    hub="${2:?usage: ssh-key.sh write <hub>}"
    [ -n "${ENGINE_SSH_PRIVATE_KEY:-}" ] || { echo "ssh-key: ENGINE_SSH_PRIVATE_KEY is empty (set it as a secret of the hub's environment)" >&2; exit 2; }
    (
      umask 077
      printf '%s\n' "$ENGINE_SSH_PRIVATE_KEY" >"$key"
    )
    chmod 0600 "$key"
    eval "$(ssh-agent -s)" >/dev/null
    printf 'SSH_AUTH_SOCK=%s\nSSH_AGENT_PID=%s\n' "$SSH_AUTH_SOCK" "$SSH_AGENT_PID" >"$state"
    ssh-add -q "$key"
    publish SSH_AUTH_SOCK "$SSH_AUTH_SOCK"
    publish SSH_AGENT_PID "$SSH_AGENT_PID"
    publish "TF_VAR_hub_${hub//-/_}_ssh_identity_file" "$key"
    echo "ssh-key: engine key for hub $hub written (mode 0600) and loaded into ssh-agent $SSH_AGENT_PID"
    ;;
  remove)
    if [ -f "$state" ]; then
      # shellcheck source=/dev/null
      source "$state"
      SSH_AGENT_PID="$SSH_AGENT_PID" ssh-agent -k >/dev/null 2>&1 || true
      rm -f "$state"
    fi
    if [ -f "$key" ]; then shred -u "$key" 2>/dev/null || rm -f "$key"; fi
    echo "ssh-key: engine key removed"
    ;;
  *)
    echo "usage: ssh-key.sh write <hub> | remove" >&2
    exit 2
    ;;
esac
