import { trustedRootCaCloudConfig } from "../shared/cloud-init";
import YAML from "yaml";

export interface EngineCloudConfigOptions {
  /** Release tag, e.g. v0.85.0. */
  readonly aksEngineVersion: string;
  /** Full URL of the `linux-amd64.tar.gz` archive (GitHub release or an internal mirror). */
  readonly downloadUrl: string;
  /** Expected SHA-256 of that archive: pinned in config, never fetched at boot. */
  readonly sha256: string;
  /** PEM root CA certificate(s) of the hub's ARM endpoint, for hubs with an enterprise or self-signed CA. */
  readonly trustedRootCaPem?: string;
  /**
   * Disconnected hubs: a static jq binary (linux amd64) on an internal mirror, with its pinned SHA-256. Set, the
   * VM installs jq from it and uses no package repository at all; unset, jq comes from Ubuntu's (apt).
   */
  readonly jq?: { readonly downloadUrl: string; readonly sha256: string };
}

/** Where the engine VM keeps aks-engine-azurestack; the lifecycle script calls it by name from PATH. */
export const AKS_ENGINE_BINARY = "/usr/local/bin/aks-engine-azurestack";
const AKS_ENGINE_INSTALLER = "/opt/aks-engine/install-aks-engine.sh";
const JQ_INSTALLER = "/opt/aks-engine/install-jq.sh";

const shellQuote = (s: string) => `'${s.replace(/'/g, `'"'"'`)}'`;

/** The jq installer of a disconnected hub: refuses a binary whose checksum differs (fail closed). */
export function jqInstaller(jq: NonNullable<EngineCloudConfigOptions["jq"]>): string {
  return `#!/usr/bin/env bash
# Installs jq (the lifecycle runner reads JSON with it) from the configured mirror; written by cloud-init, run once.
set -euo pipefail
# DEST may be overridden by tests; cloud-init runs it with the default.
DEST="\${JQ_DEST:-/usr/local/bin/jq}"
URL=${shellQuote(jq.downloadUrl)}
SHA256=${shellQuote(jq.sha256)}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
curl --fail --silent --show-error --location --retry 5 --retry-delay 10 --output "$work/jq" "$URL"
if ! echo "$SHA256  $work/jq" | sha256sum --check --status; then
  echo "jq: checksum mismatch for $URL (expected $SHA256, got $(sha256sum "$work/jq" | cut -d' ' -f1)); refusing to install" >&2
  exit 1
fi
install -m 0755 "$work/jq" "$DEST"
"$DEST" --version
`;
}

/**
 * The installer cloud-init runs once. It refuses an archive whose checksum differs (fail closed) and leaves
 * the pinned version in /opt/aks-engine/VERSION for the lifecycle script's log.
 */
export function aksEngineInstaller(o: Pick<EngineCloudConfigOptions, "aksEngineVersion" | "downloadUrl" | "sha256">): string {
  const q = shellQuote;
  return `#!/usr/bin/env bash
# Installs the pinned aks-engine-azurestack release; written by cloud-init, run once at first boot.
set -euo pipefail
# DEST and VERSION_FILE may be overridden by tests; cloud-init runs it with the defaults.
DEST="\${AKS_ENGINE_DEST:-${AKS_ENGINE_BINARY}}"
VERSION_FILE="\${AKS_ENGINE_VERSION_FILE:-/opt/aks-engine/VERSION}"
VERSION=${q(o.aksEngineVersion)}
URL=${q(o.downloadUrl)}
SHA256=${q(o.sha256)}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
curl --fail --silent --show-error --location --retry 5 --retry-delay 10 --output "$work/aks-engine.tar.gz" "$URL"
if ! echo "$SHA256  $work/aks-engine.tar.gz" | sha256sum --check --status; then
  echo "aks-engine-azurestack $VERSION: checksum mismatch for $URL (expected $SHA256, got $(sha256sum "$work/aks-engine.tar.gz" | cut -d' ' -f1)); refusing to install" >&2
  exit 1
fi
tar -xzf "$work/aks-engine.tar.gz" -C "$work"
binary="$(find "$work" -type f -name aks-engine-azurestack | head -n 1)"
if [ -z "$binary" ]; then
  echo "aks-engine-azurestack $VERSION: the archive holds no aks-engine-azurestack binary" >&2
  exit 1
fi
install -m 0755 "$binary" "$DEST"
echo "$VERSION" >"$VERSION_FILE"
"$DEST" version
`;
}

/**
 * cloud-config for the engine VM. Its text depends only on the aks-engine release, the jq mirror and the hub's
 * root CA (not on the cluster), so Kubernetes upgrades and scaling never change the VM's custom_data (which would replace the VM).
 */
export function renderEngineCloudConfig(o: EngineCloudConfigOptions): string {
  const doc = {
    ssh_pwauth: false,
    ...trustedRootCaCloudConfig(o.trustedRootCaPem),
    // a disconnected hub has no package repository: jq then comes from the mirror (curl and ca-certificates are
    // part of Ubuntu's cloud images)
    ...(o.jq ? {} : { package_update: true, packages: ["jq", "curl", "ca-certificates"] }),
    write_files: [
      { path: AKS_ENGINE_INSTALLER, permissions: "0755", owner: "root:root", content: aksEngineInstaller(o) },
      ...(o.jq ? [{ path: JQ_INSTALLER, permissions: "0755", owner: "root:root", content: jqInstaller(o.jq) }] : []),
    ],
    runcmd: [...(o.jq ? [[JQ_INSTALLER]] : []), [AKS_ENGINE_INSTALLER]],
  };
  return `#cloud-config\n${YAML.stringify(doc, { lineWidth: 0 })}`;
}
