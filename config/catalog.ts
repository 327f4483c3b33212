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

// --- delivery: Azure Pipelines agent, ratings app sources ---

/**
 * Azure Pipelines agent pinned for the self-hosted agent VMs (Linux x64 package of
 * github.com/microsoft/azure-pipelines-agent). Microsoft publishes SHA-256 sums only in each GitHub release's
 * notes; none was available to pin here, so `hubs[].pipelinesAgent.sha256` is optional and checked when set.
 */
export const AZURE_PIPELINES_AGENT_VERSION = "4.260.0";

export function azurePipelinesAgentUrl(version: string): string {
  return `https://download.agent.dev.azure.com/agent/${version}/vsts-agent-linux-x64-${version}.tar.gz`;
}

/**
 * Upstream sources of the ratings app images (no public images exist). `npm run images` builds these
 * commits into the registry, tagged with the commit id, so a tag always means the same source.
 */
export const RATINGS_UPSTREAM = {
  api: { repository: "https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api", commit: "a0af402ca607433d116f1226dac32e7618bd92bb", image: "ratings-api" },
  web: { repository: "https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-web", commit: "6af69758e2cba30bbc8f2e9efadfc54c48574379", image: "ratings-web" },
} as const;
