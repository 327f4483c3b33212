/**
 * Pinned versions the product is built and tested against. Config may override some of them
 * (for disconnected hubs), but validation checks choices against this table.
 */

/** aks-engine-azurestack releases and the Kubernetes versions each one can deploy (release notes). */
export interface AksEngineRelease {
  readonly kubernetesVersions: readonly string[];
  /**
   * SHA-256 of `aks-engine-azurestack-<tag>-linux-amd64.tar.gz`. Only checksums verified against the published
   * release belong here; without one, config must supply `engine.aksEngineSha256` (the install fails closed).
   */
  readonly linuxAmd64Sha256?: string;
}

export const AKS_ENGINE_RELEASES: Readonly<Record<string, AksEngineRelease>> = {
  "v0.85.0": { kubernetesVersions: ["1.33.10", "1.34.4", "1.35.0"] },
  "v0.84.2": { kubernetesVersions: ["1.31.13", "1.32.9", "1.33.5"] },
};

export const DEFAULT_AKS_ENGINE_VERSION = "v0.85.0";

/** Azure Stack Hub allows at most this many cluster nodes (control plane + pools) per subscription. */
export const MAX_NODES_PER_HUB = 50;

/** Where a release archive is published (overridable per hub for disconnected hubs). */
export function aksEngineDownloadUrl(tag: string): string {
  return `https://github.com/Azure/aks-engine-azurestack/releases/download/${tag}/aks-engine-azurestack-${tag}-linux-amd64.tar.gz`;
}
