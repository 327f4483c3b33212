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

// --- runner VM tools (runner-<hub> stack): pinned versions and the SHA-256 of each archive ---

/**
 * Node.js for the hub jobs (`npm ci`, cdktf): the Linux x64 archive of the pinned 20.x release. The checksum is
 * the line for node-v20.20.2-linux-x64.tar.xz in https://nodejs.org/dist/v20.20.2/SHASUMS256.txt (Node.js'
 * published checksum file); the VM refuses any other archive.
 */
export const RUNNER_NODE = {
  version: "20.20.2",
  url: "https://nodejs.org/dist/v20.20.2/node-v20.20.2-linux-x64.tar.xz",
  sha256: "df770b2a6f130ed8627c9782c988fda9669fa23898329a61a871e32f965e007d",
} as const;

/**
 * Terraform for the hub jobs: the version the tests and the workflows use (setup-terraform `terraform_version`
 * in .github/workflows, `terraform version` here). The checksum is the terraform_1.11.4_linux_amd64.zip line of
 * https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_SHA256SUMS.
 */
export const RUNNER_TERRAFORM = {
  version: "1.11.4",
  url: "https://releases.hashicorp.com/terraform/1.11.4/terraform_1.11.4_linux_amd64.zip",
  sha256: "1ce994251c00281d6845f0f268637ba50c0005657eb3cf096b92f753b42ef4dc",
} as const;

/**
 * GitHub Actions runner (github.com/actions/runner release v2.336.0, Linux x64). The checksum is the one the
 * release notes publish for actions-runner-linux-x64-2.336.0.tar.gz.
 */
export const GITHUB_RUNNER_VERSION = "2.336.0";
export const GITHUB_RUNNER_SHA256: Readonly<Record<string, string>> = {
  "2.336.0": "04cf0be1aff4c3ec3554466c39124ca250e3effd8873bb7e8d68535aa9505d5d",
};

export function githubRunnerUrl(version: string): string {
  return `https://github.com/actions/runner/releases/download/v${version}/actions-runner-linux-x64-${version}.tar.gz`;
}

/**
 * Azure CLI from Microsoft's apt repository (https://learn.microsoft.com/cli/azure/install-azure-cli-linux, "Option
 * 2: Step-by-step installation", which pins a version as `azure-cli=<version>-1~<distribution>`): apt checks every
 * package's SHA-256 against the repository's signed index, signed by this key (the fingerprint of
 * https://packages.microsoft.com/keys/microsoft.asc).
 */
export const RUNNER_AZURE_CLI = {
  version: "2.76.0",
  repository: "https://packages.microsoft.com/repos/azure-cli/",
  keyUrl: "https://packages.microsoft.com/keys/microsoft.asc",
  keyFingerprint: "BC528686B50D79E339D3721CEB3E94ADBE1229CF",
} as const;

// --- VM images ---

/**
 * Marketplace image of the hub VMs (engine VM, runner VM): Gen1 Ubuntu 22.04, the safe default on Azure Stack Hub
 * (the image must be syndicated on the hub; `hubs[].engine.image` overrides any field).
 */
export const HUB_VM_IMAGE = { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" } as const;

/** Image of the public Azure voter VM (app.data acrossHubs with an even number of hubs): Gen2 Ubuntu 22.04. */
export const PUBLIC_AZURE_VM_IMAGE = { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts-gen2", version: "latest" } as const;

// --- Helm charts of the apps-<hub> stacks (config may point repository and version at a mirror) ---

/** F5 NGINX Ingress Controller chart `nginx-ingress` (app.ingressController). */
export const INGRESS_CONTROLLER_CHART = { repository: "oci://ghcr.io/nginx/charts", version: "2.6.4" } as const;

/**
 * Azure Monitor for containers chart `azuremonitor-containers` (app.monitoring). The chart's own index:
 * microsoft/charts publishes it under repo/azuremonitor-containers/ (index.yaml there since 2025-06), while the
 * top-level repo/index.yaml stopped at 3.1.25.
 */
export const MONITORING_CHART = { repository: "https://microsoft.github.io/charts/repo/azuremonitor-containers", version: "3.1.28" } as const;

/**
 * Percona Operator for MongoDB charts `psmdb-operator` and `psmdb-db` (app.data.replicaSet), from Percona's chart
 * repository (`helm repo add percona https://percona.github.io/percona-helm-charts/`:
 * https://github.com/percona/percona-helm-charts/blob/8c0e4f1599683b312edbe3b4be47697e6b4866d6/charts/psmdb-operator/README.md#L25).
 * `crVersion` is the operator version the custom resource the product renders is written for.
 */
export const PERCONA_CHARTS = {
  repository: "https://percona.github.io/percona-helm-charts",
  operatorVersion: "1.22.0",
  databaseVersion: "1.22.2",
  crVersion: "1.22.0",
} as const;

/**
 * The image the psmdb-db 1.22.2 chart runs in the hubs (values.yaml `image.repository`/`image.tag`): the public
 * Azure voter runs it too, so it speaks the same server version as the members.
 */
export const PERCONA_MONGODB_IMAGE = "docker.io/percona/percona-server-mongodb:8.0.19-7";

/**
 * API version of the Cosmos DB account (app.data.mode cosmos). The ratings API asks for mongoose ^6.1.8
 * (https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api/blob/a0af402ca607433d116f1226dac32e7618bd92bb/package.json;
 * its Dockerfile runs `npm install`, and the stale lockfile there still names mongoose 4.13.18), so the image gets a
 * mongoose 6 with the MongoDB Node.js driver 4.x. 4.2 is a server version every 4.x driver supports, and one the
 * azurerm provider accepts (`mongo_server_version`: 7.0, 6.0, 5.0, 4.2, 4.0, 3.6, 3.2:
 * https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/website/docs/r/cosmosdb_account.html.markdown#L181).
 */
export const COSMOS_MONGO_SERVER_VERSION = "4.2";
