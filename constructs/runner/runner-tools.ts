import { RUNNER_AZURE_CLI, RUNNER_NODE, RUNNER_TERRAFORM } from "../../config/catalog";

/** Linux user the GitHub Actions runner service runs as (never root: config.sh refuses root, see below). */
export const GITHUB_RUNNER_USER = "ghrunner";
/** Stands for the GitHub runner registration token in the rendered cloud-config; Terraform replaces it at apply time. */
export const GITHUB_TOKEN_PLACEHOLDER = "__GH_RUNNER_TOKEN__";

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** What the GitHub runner needs to register; none of it is secret (the registration token is separate). */
export interface GithubRunnerSettings {
  /** https://github.com/<owner>/<repo> or https://github.com/<org> */
  readonly url: string;
  readonly name: string;
  /** `hub-<name>`: what the hub's workflow job asks for in `runs-on: [self-hosted, hub-<name>]`. */
  readonly labels: readonly string[];
  readonly downloadUrl: string;
  readonly sha256: string;
}

/** tools.env: the pinned versions, URLs and checksums tools.sh installs. */
export function runnerToolsEnv(azureCli: boolean): string {
  return [
    `NODE_VERSION=${shellQuote(RUNNER_NODE.version)}`,
    `NODE_URL=${shellQuote(RUNNER_NODE.url)}`,
    `NODE_SHA256=${shellQuote(RUNNER_NODE.sha256)}`,
    `TERRAFORM_VERSION=${shellQuote(RUNNER_TERRAFORM.version)}`,
    `TERRAFORM_URL=${shellQuote(RUNNER_TERRAFORM.url)}`,
    `TERRAFORM_SHA256=${shellQuote(RUNNER_TERRAFORM.sha256)}`,
    `AZURE_CLI_VERSION=${shellQuote(azureCli ? RUNNER_AZURE_CLI.version : "")}`,
    `AZURE_CLI_REPOSITORY=${shellQuote(RUNNER_AZURE_CLI.repository)}`,
    `AZURE_CLI_KEY_URL=${shellQuote(RUNNER_AZURE_CLI.keyUrl)}`,
    `AZURE_CLI_KEY_FINGERPRINT=${shellQuote(RUNNER_AZURE_CLI.keyFingerprint)}`,
  ].join("\n");
}

/**
 * Installs what every hub job runs (npm ci, cdktf, terraform; az where images are built), before any runner
 * registers: each archive is checked against its pinned SHA-256 before it is unpacked, and the Azure CLI's apt
 * repository key against its pinned fingerprint. Safe to re-run: a tool already at its version is kept.
 */
export function runnerToolsScript(): string {
  return `#!/bin/bash
# Installs the pinned Node.js, Terraform and (optionally) Azure CLI of a hub runner, each checked before use.
set -euo pipefail
# shellcheck source=/dev/null
source /opt/runner/tools.env
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# download, then refuse anything whose SHA-256 is not the pinned one
fetch() {
  curl -fsSL --retry 5 --retry-delay 10 -o "$3" "$1"
  echo "$2  $3" | sha256sum --check --strict -
}
if [ "$(/opt/node/bin/node --version 2>/dev/null || true)" != "v$NODE_VERSION" ]; then
  fetch "$NODE_URL" "$NODE_SHA256" "$tmp/node.tar.xz"
  rm -rf /opt/node
  mkdir -p /opt/node
  tar -xJf "$tmp/node.tar.xz" -C /opt/node --strip-components=1
fi
# services do not read a login profile: the tools go where every PATH has them
ln -sf /opt/node/bin/node /opt/node/bin/npm /opt/node/bin/npx /usr/local/bin/
if [ "$(/usr/local/bin/terraform version 2>/dev/null | head -n 1 || true)" != "Terraform v$TERRAFORM_VERSION" ]; then
  fetch "$TERRAFORM_URL" "$TERRAFORM_SHA256" "$tmp/terraform.zip"
  unzip -o -q "$tmp/terraform.zip" terraform -d /usr/local/bin
  chmod 0755 /usr/local/bin/terraform
fi
if [ -n "$AZURE_CLI_VERSION" ]; then
  curl -fsSL --retry 5 -o "$tmp/microsoft.asc" "$AZURE_CLI_KEY_URL"
  # the key must be the one pinned, whatever the URL served
  fingerprint="$(gpg --show-keys --with-colons "$tmp/microsoft.asc" | awk -F: '$1 == "fpr" { print $10; exit }')"
  if [ "$fingerprint" != "$AZURE_CLI_KEY_FINGERPRINT" ]; then
    echo "Azure CLI repository key has fingerprint '$fingerprint', expected $AZURE_CLI_KEY_FINGERPRINT" >&2
    exit 1
  fi
  gpg --dearmor <"$tmp/microsoft.asc" >/usr/share/keyrings/microsoft.gpg
  # shellcheck source=/dev/null
  codename="$(. /etc/os-release && echo "$VERSION_CODENAME")"
  echo "deb [arch=amd64 signed-by=/usr/share/keyrings/microsoft.gpg] $AZURE_CLI_REPOSITORY $codename main" >/etc/apt/sources.list.d/azure-cli.list
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --allow-downgrades "azure-cli=$AZURE_CLI_VERSION-1~$codename"
fi
node --version
terraform version
`;
}

/** github-runner.env: the runner's registration settings (no secret). */
export function githubRunnerEnv(s: GithubRunnerSettings): string {
  return [
    `GHR_URL=${shellQuote(s.url)}`,
    `GHR_NAME=${shellQuote(s.name)}`,
    `GHR_LABELS=${shellQuote(s.labels.join(","))}`,
    `GHR_DOWNLOAD_URL=${shellQuote(s.downloadUrl)}`,
    `GHR_SHA256=${shellQuote(s.sha256)}`,
  ].join("\n");
}

/**
 * Downloads, checks, registers and starts the GitHub Actions runner, then removes every copy of the
 * registration token. Flags and environment from actions/runner v2.336.0:
 * - config.sh takes `--unattended --url --token --name --labels --work --replace`
 *   (https://github.com/actions/runner/blob/v2.336.0/src/Runner.Common/Constants.cs#L94-L147);
 * - every argument may come as ACTIONS_RUNNER_INPUT_<NAME> instead, and the token is masked
 *   (https://github.com/actions/runner/blob/v2.336.0/src/Runner.Listener/CommandSettings.cs#L110-L134),
 *   so the token is never on a command line;
 * - config.sh refuses root unless RUNNER_ALLOW_RUNASROOT is set
 *   (https://github.com/actions/runner/blob/v2.336.0/src/Misc/layoutroot/config.sh#L5-L9);
 * - a configured runner has a `.runner` file (https://github.com/actions/runner/blob/v2.336.0/src/Runner.Common/HostContext.cs#L453);
 * - `svc.sh install <user>` installs the systemd unit running as that user
 *   (https://github.com/actions/runner/blob/v2.336.0/src/Misc/layoutbin/systemd.svc.sh.template#L53-L75).
 * A registration token expires an hour after it is created (GitHub REST "Create a registration token for a
 * repository"): a runner VM must be created within that hour; a later token changes nothing on the VM.
 */
export function githubRunnerInstallScript(): string {
  return `#!/bin/bash
# Registers this VM as the hub's GitHub Actions runner, then removes every copy of the registration token.
# Safe to re-run: a configured runner is kept.
set -euo pipefail
# shellcheck source=/dev/null
source /opt/ghr/runner.env
dir=/opt/ghr/runner
if [ ! -f "$dir/.runner" ]; then
  if [ ! -x "$dir/config.sh" ]; then
    curl -fsSL --retry 5 --retry-delay 10 -o /opt/ghr/runner.tar.gz "$GHR_DOWNLOAD_URL"
    echo "$GHR_SHA256  /opt/ghr/runner.tar.gz" | sha256sum --check --strict -
    mkdir -p "$dir"
    tar -xzf /opt/ghr/runner.tar.gz -C "$dir"
    rm -f /opt/ghr/runner.tar.gz
    "$dir/bin/installdependencies.sh"
    chown -R ${GITHUB_RUNNER_USER}:${GITHUB_RUNNER_USER} "$dir"
  fi
  cd "$dir"
  ACTIONS_RUNNER_INPUT_TOKEN="$(cat /opt/ghr/token)"
  export ACTIONS_RUNNER_INPUT_TOKEN
  sudo --preserve-env=ACTIONS_RUNNER_INPUT_TOKEN -u ${GITHUB_RUNNER_USER} ./config.sh --unattended --url "$GHR_URL" \\
    --name "$GHR_NAME" --labels "$GHR_LABELS" --work _work --replace
  unset ACTIONS_RUNNER_INPUT_TOKEN
  ./svc.sh install ${GITHUB_RUNNER_USER}
fi
cd "$dir"
./svc.sh start
# the token was needed only to register; the runner now authenticates with its own credentials
if [ -f /opt/ghr/token ]; then
  /opt/azp/scrub-user-data.py /opt/ghr/token /var/lib/cloud /var/lib/waagent
  shred -u /opt/ghr/token 2>/dev/null || rm -f /opt/ghr/token
fi
`;
}
