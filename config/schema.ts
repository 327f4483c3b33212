import { z } from "zod";
import {
  AKS_ENGINE_RELEASES,
  DEFAULT_AKS_ENGINE_VERSION,
  AZURE_PIPELINES_AGENT_VERSION,
  azurePipelinesAgentUrl,
  GITHUB_RUNNER_SHA256,
  GITHUB_RUNNER_VERSION,
  githubRunnerUrl,
  MAX_NODES_PER_HUB,
  RATINGS_UPSTREAM,
} from "./catalog";
import { layoutOf, MAX_HUBS_ACROSS, totalVotes } from "./data";
import { rolloutOrder } from "./rollout";

/**
 * The product's user interface: the shape of config/*.yaml. Every message here is written for the
 * person editing the file: what is wrong, then in parentheses how to fix it.
 */

const dnsLabel = (max: number) =>
  z
    .string()
    .regex(
      new RegExp(`^[a-z]([a-z0-9-]{0,${max - 2}}[a-z0-9])?$`),
      `must be a DNS label: lowercase letters, digits and '-', starting with a letter, at most ${max} characters (e.g. "seattle")`,
    );

const guid = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    "must be a GUID like 00000000-0000-0000-0000-000000000000 (copy it from the portal or `az account show`)",
  );

const httpsUrl = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return u.protocol === "https:" && u.hostname.length > 0;
  } catch {
    return false;
  }
}, "must be an https:// URL (e.g. https://management.seattle.example.com)");

/** IPv4 or IPv6 CIDR, syntax only. */
export function isCidr(s: string): boolean {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m) return false;
  const [, ip, bitsText] = m;
  const bits = Number(bitsText);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) return ip.split(".").every((o) => Number(o) <= 255) && bits <= 32;
  if (/^[0-9a-fA-F:]+$/.test(ip) && ip.includes(":") && (ip.match(/::/g) ?? []).length <= 1) {
    const groups = ip.split(":").filter((g) => g !== "");
    return groups.every((g) => g.length <= 4) && groups.length <= 8 && bits <= 128;
  }
  return false;
}

const sshCidr = z
  .string()
  .refine(
    (s) => !["*", "internet", "any"].includes(s.toLowerCase()),
    "opens SSH to the whole internet (list the CIDRs of your admin network or jump host, e.g. 203.0.113.0/24)",
  )
  .refine((s) => ["*", "internet", "any"].includes(s.toLowerCase()) || isCidr(s), "is not a CIDR (write it like 203.0.113.0/24)")
  .refine(
    (s) => !isCidr(s) || Number(s.split("/")[1]) !== 0,
    "opens SSH to the whole internet (list the CIDRs of your admin network or jump host, e.g. 203.0.113.0/24)",
  )
  // The engine VM has IPv4 addresses only (azurestack 1.0.0 accepts only IPv4 for a NIC's
  // private_ip_address_version and a public IP's ip_version: internal/services/network/
  // network_interface_resource.go:84-90, public_ip_resource.go:84-91), so an IPv6 source never matches.
  .refine(
    (s) => !isCidr(s) || Number(s.split("/")[1]) === 0 || s.includes("."),
    "is an IPv6 CIDR, but Azure Stack Hub networks are IPv4 only (list the IPv4 CIDR of your admin network or jump host, e.g. 203.0.113.0/24)",
  );

/** hubs[].egressCidrs: a public IPv4 CIDR, never the whole internet (other hubs and Azure admit only these). */
const egressCidr = z
  .string()
  .refine((s) => isCidr(s) && s.includes("."), "is not an IPv4 CIDR (write it like 198.51.100.0/28)")
  .refine((s) => !isCidr(s) || !s.includes(".") || Number(s.split("/")[1]) >= 8, "is open to the internet or a large part of it (list only the public IPv4 addresses this hub's nodes leave from, e.g. 198.51.100.0/28)")
  .refine((s) => !isCidr(s) || !s.includes(".") || !isPrivateIpv4(s.split("/")[0]), "is a private address: other hubs and public Azure see this hub's public egress address (e.g. 198.51.100.0/28)");

/** RFC 1918, loopback, link-local and carrier-grade NAT ranges: never what another site sees. */
export function isPrivateIpv4(ip: string): boolean {
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

const int = (min: number, max: number) => z.number().int().min(min).max(max);

const trafficManagerMonitor = z.strictObject({
  protocol: z.enum(["HTTP", "HTTPS", "TCP"]).default("HTTP"),
  port: int(1, 65535).default(80),
  path: z.string().regex(/^\/[^\s]*$/, "must be a URL path starting with '/' (e.g. /)").default("/"),
  intervalSeconds: z.union([z.literal(10), z.literal(30)]).default(30),
  timeoutSeconds: int(5, 10).default(10),
  toleratedFailures: int(0, 9).default(3),
});

const nodePool = z.strictObject({
  name: z
    .string()
    .regex(
      /^[a-z][a-z0-9]{0,11}$/,
      "aks-engine rejects this pool name: use 1-12 lowercase letters and digits, starting with a letter (e.g. linuxpool)",
    ),
  count: int(1, MAX_NODES_PER_HUB),
  vmSize: z.string().min(1).default("Standard_D2_v2"),
});

// --- engine VM, aks-engine install, cluster lifecycle (hubs[].engine / hubs[].cluster) ---
const sha256 = z.string().regex(/^[a-f0-9]{64}$/, "must be a SHA-256 checksum: 64 lowercase hex digits (from sha256sum of the release archive)");
/** A local path Terraform reads or writes on the deploying machine; `~/` is expanded, relative paths are from the repository root. */
const localPath = z
  .string()
  .min(1)
  .refine((s) => !/[\n"$]/.test(s) && !s.includes("${"), "must be a plain file path without quotes, '$' or newlines (e.g. ~/.ssh/id_rsa)");
const engineExtras = {
  /** Marketplace image (must be syndicated on the hub). Gen1 Ubuntu 22.04 is the safe default on Azure Stack Hub. */
  image: z
    .strictObject({
      publisher: z.string().min(1).default("Canonical"),
      offer: z.string().min(1).default("0001-com-ubuntu-server-jammy"),
      sku: z.string().min(1).default("22_04-lts"),
      version: z.string().min(1).default("latest"),
    })
    .prefault({}),
  /** Address space of the engine VM's own virtual network (one subnet spans it). */
  addressSpace: z.string().refine((s) => isCidr(s) && s.includes("."), "must be an IPv4 CIDR (e.g. 10.100.0.0/24)").default("10.100.0.0/24"),
  /** Where cloud-init downloads the release archive; an internal mirror on disconnected hubs. */
  aksEngineDownloadUrl: httpsUrl.optional(),
  /** SHA-256 of the release archive; required when config/catalog.ts has none for the release. */
  aksEngineSha256: sha256.optional(),
  /** Disconnected hubs: a static jq binary (linux amd64) on an internal mirror; the engine VM then uses no apt. */
  jqDownloadUrl: httpsUrl.optional(),
  /** SHA-256 of that jq binary; required with jqDownloadUrl (the install fails closed). */
  jqSha256: z.string().regex(/^[a-f0-9]{64}$/, "must be a SHA-256 checksum: 64 lowercase hex digits (from sha256sum of the jq binary)").optional(),
  /**
   * Disconnected hubs: base URL of a kubectl mirror in dl.k8s.io's layout (<base>/v<version>/bin/linux/amd64/kubectl
   * and kubectl.sha256, for every Kubernetes version the cluster runs); the runner then does not use the snap store.
   */
  kubectlMirrorUrl: httpsUrl.optional(),
  /** Private key file for the runner's SSH connection; without it Terraform uses ssh-agent. */
  sshIdentityFile: localPath.optional(),
  /** Data disk holding ~/cluster (aks-engine's _output); it can grow, never shrink (Azure refuses). */
  clusterDiskSizeGb: int(8, 1023).default(32),
};
const clusterExtras = {
  /** Opt-in: write an admin kubeconfig (mode 0600) to this path on the deploying machine. */
  kubeconfigFile: localPath.optional(),
  /**
   * aks-engine-azurestack upgrade --vm-timeout / --cordon-drain-timeout, in minutes. Unset, upstream waits
   * 20 minutes per VM and, on Azure Stack Hub, 60 minutes per drain.
   */
  upgrade: z
    .strictObject({
      vmTimeoutMinutes: int(1, 1440).optional(),
      cordonDrainTimeoutMinutes: int(1, 1440).optional(),
    })
    .optional(),
};

// --- delivery: container registry, Azure DevOps organization, self-hosted agent per hub ---

const containerRegistry = z.strictObject({
  /** Defaults to the project name without '-' followed by "registry" (contoso-ha -> contosoharegistry). */
  name: z
    .string()
    .regex(/^[a-zA-Z0-9]{5,50}$/, "must be a container registry name: 5-50 letters and digits, globally unique (e.g. contosoharegistry)")
    .optional(),
  // repository-scoped tokens (the per-hub pull credentials) exist in every tier
  sku: z.enum(["Basic", "Standard", "Premium"]).default("Standard"),
});

const azureDevops = z.strictObject({
  /** e.g. https://dev.azure.com/contoso; the PATs come from the environment (docs/devops.md), never from here. */
  organizationUrl: httpsUrl,
  /** Existing project that gets the devops stack (service connections, queues, environments); unset: no devops stack. */
  project: z
    .string()
    .regex(/^[^\\/:*?"<>|;#$%{}+=\[\]]{1,64}$/, "must be an Azure DevOps project name: 1-64 characters, none of \\ / : * ? \" < > | ; # $ % { } + = [ ] (e.g. ratings)")
    .optional(),
  /**
   * Pipelines (by name, in the project's root folder) allowed to use each hub's service connection, agent queue
   * and environment; nothing else is authorized.
   */
  pipelines: z.array(z.string().min(1).max(255)).default([]),
  /**
   * Ids (GUIDs) of the Azure DevOps users or groups who approve deployments to a hub: each hub's environment
   * gets an Approvals check with them (the requester may not approve) and a Branch control check (main only).
   */
  approvers: z.array(guid).default([]),
});

const pipelinesAgent = z.strictObject({
  enabled: z.boolean().default(false),
  vmSize: z.string().min(1).default("Standard_D2_v2"),
  /** Agent pool the agent joins; defaults to the hub's name. */
  pool: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/, "must be an agent pool name: letters, digits, ' ', '.', '_', '-' (e.g. seattle)")
    .optional(),
  agentVersion: z.string().regex(/^\d+\.\d+\.\d+$/, "must be an Azure Pipelines agent version like 4.260.0").default(AZURE_PIPELINES_AGENT_VERSION),
  /** Where the VM downloads the agent package; point it at a mirror for disconnected hubs. */
  downloadUrl: httpsUrl.optional(),
  /** SHA-256 of the package; checked by the VM before unpacking when set. */
  sha256: z.string().regex(/^[a-f0-9]{64}$/, "must be a SHA-256 hex digest: 64 lowercase hex characters (from the agent's release notes)").optional(),
  /** Also install the Azure CLI (pinned, from Microsoft's signed apt repository): on the runner that builds images. */
  azureCli: z.boolean().default(false),
});

/** The same runner VM (runner-<hub> stack) also registers as a GitHub Actions self-hosted runner labelled hub-<name>. */
const githubRunner = z.strictObject({
  enabled: z.boolean().default(false),
  /** Repository or organization the runner registers with, e.g. https://github.com/contoso/ha-k8s-azurestack. */
  url: httpsUrl
    .refine((s) => /^https:\/\/[^/]+\/[^/\s]+(\/[^/\s]+)?\/?$/.test(s), "must be a GitHub repository or organization URL (e.g. https://github.com/contoso/ha-k8s-azurestack)")
    .optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a GitHub Actions runner version like 2.336.0").default(GITHUB_RUNNER_VERSION),
  /** Where the VM downloads the runner package; a mirror for disconnected hubs. */
  downloadUrl: httpsUrl.optional(),
  /** SHA-256 of the package; required for a version config/catalog.ts pins no checksum for. */
  sha256: z.string().regex(/^[a-f0-9]{64}$/, "must be a SHA-256 hex digest: 64 lowercase hex characters (from the runner's release notes)").optional(),
});

/** contoso-ha -> contosoharegistry */
export function defaultRegistryName(projectName: string): string {
  return `${projectName.replace(/-/g, "")}registry`;
}

export function registryLoginServer(registryName: string): string {
  return `${registryName.toLowerCase()}.azurecr.io`;
}

// --- end delivery ---

const hub = z.strictObject({
  name: dnsLabel(16),
  location: z.string().regex(/^[a-z0-9]+$/, "must be the hub's region name in lowercase letters and digits (e.g. local, seattle)"),
  armEndpoint: httpsUrl,
  portalUrl: httpsUrl,
  /** Domain after `<location>.` in the ARM endpoint's host; derived from armEndpoint when omitted. */
  externalDomain: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "must be a DNS domain (e.g. azurestack.external)")
    .optional(),
  identitySystem: z.enum(["azure_ad", "adfs"]).default("azure_ad"),
  /**
   * PEM file (path from the repository root) with the root CA certificate(s) of the hub's ARM endpoint, for
   * hubs with an enterprise or self-signed CA: installed into the engine and agent VMs' trust stores.
   * config/load.ts reads and checks it.
   */
  trustedRootCaFile: localPath.optional(),
  subscriptionId: guid,
  tenantId: guid,
  clientId: guid,
  trafficManager: z
    .strictObject({
      weight: int(1, 1000).default(1),
      priority: int(1, 1000).optional(),
      endpointLocation: z.string().min(1).optional(),
      /** false: the hub's endpoint stays disabled (maintenance) across deploys and rollouts. */
      enabled: z.boolean().default(true),
    })
    .prefault({}),
  /** Position in `npm run rollout` (lower first); hubs without it follow, in config order. */
  rollout: int(1, 1000).optional(),
  engine: z.strictObject({
    vmSize: z.string().min(1).default("Standard_D2_v2"),
    adminUsername: z
      .string()
      .regex(/^[a-z_][a-z0-9_-]{0,31}$/, "must be a Linux user name (lowercase, e.g. azureuser)")
      .refine((s) => !["root", "admin", "administrator"].includes(s), "is reserved on Azure Stack Hub VMs (use e.g. azureuser)")
      .default("azureuser"),
    sshPublicKey: z
      .string()
      .regex(
        /^ssh-rsa AAAA[A-Za-z0-9+/]+=*( .*)?$/,
        "must be an OpenSSH RSA public key line, the only kind Azure Stack Hub VMs accept (the content of ~/.ssh/id_rsa.pub from ssh-keygen -t rsa -b 4096)",
      ),
    allowedSshCidrs: z.array(sshCidr).min(1, "must list at least one CIDR allowed to reach the engine VM over SSH"),
    aksEngineVersion: z
      .string()
      .refine((v) => v in AKS_ENGINE_RELEASES, `is not a release this product pins (use one of ${Object.keys(AKS_ENGINE_RELEASES).join(", ")})`)
      .default(DEFAULT_AKS_ENGINE_VERSION),
    ...engineExtras,
  }),
  pipelinesAgent: pipelinesAgent.prefault({}),
  githubRunner: githubRunner.prefault({}),
  /** Public IPv4 CIDRs this hub's nodes reach other networks from (app.data; see dataSettings below). */
  egressCidrs: z.array(egressCidr).min(1, "must list at least one CIDR (the public IPv4 addresses this hub's nodes leave from)").optional(),
  /** Retire the hub: its stacks stay, with no resources, so the next deploy destroys what they hold. */
  decommission: z.boolean().default(false),
  cluster: z.strictObject({
    kubernetesVersion: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a full Kubernetes version like 1.34.4"),
    controlPlane: z.strictObject({
      count: z.number().int().refine((n) => [1, 3, 5].includes(n), "aks-engine supports 1, 3 or 5 control plane nodes (use 3 for high availability)"),
      vmSize: z.string().min(1).default("Standard_D2_v2"),
    }),
    nodePools: z.array(nodePool).min(1, "needs at least one node pool"),
    networkPlugin: z.enum(["kubenet", "azure"]).default("kubenet"),
    ...clusterExtras,
  }),
});

const backend = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("local") }),
  z.strictObject({
    type: z.literal("azurerm"),
    resourceGroupName: z.string().min(1),
    storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, "must be a storage account name: 3-24 lowercase letters and digits"),
    containerName: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, "must be a blob container name: 3-63 lowercase letters, digits and '-'"),
  }),
]);

const image = z
  .string()
  .regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9_.-]+|@sha256:[a-f0-9]{64})$/, "must be an image reference with a tag or digest (e.g. myregistry.azurecr.io/ratings-api:v1.0.0)")
  .refine((s) => !/:latest$/.test(s), "uses the mutable tag 'latest' (pin a version tag or a digest)");

// --- apps stack: chart sources and versions, overridable for disconnected hubs ---
const chartRepository = z
  .string()
  .regex(/^(oci|https):\/\/[^\s]+$/, "must be a Helm repository URL starting with oci:// or https:// (e.g. a mirror in your own registry)");
const chartVersion = z.string().regex(/^\d+\.\d+\.\d+$/, "must be an exact chart version like 2.6.4 (pin it; ranges make plans unpredictable)");
const ingressControllerSettings = z.strictObject({
  repository: chartRepository.default("oci://ghcr.io/nginx/charts"),
  version: chartVersion.default("2.6.4"),
  replicas: int(1, 10).default(2),
  className: dnsLabel(63).default("nginx"),
});
// The chart's own index: microsoft/charts publishes azuremonitor-containers under repo/azuremonitor-containers/
// (index.yaml there since 2025-06), while the top-level repo/index.yaml stopped at 3.1.25.
const MONITORING_CHART_REPOSITORY = "https://microsoft.github.io/charts/repo/azuremonitor-containers";
const monitoringSettings = z.strictObject({
  enabled: z.boolean().default(true),
  repository: chartRepository.default(MONITORING_CHART_REPOSITORY),
  version: chartVersion.default("3.1.28"),
});
// --- end apps stack block ---

// --- app.data: where the ratings data lives (docs/data.md) ---
export const DATA_MODES = ["replica-set", "cosmos", "per-hub"] as const;
export type DataMode = (typeof DATA_MODES)[number];
const dataMode = z.enum(DATA_MODES);
/**
 * Percona's chart repository (`helm repo add percona https://percona.github.io/percona-helm-charts/`:
 * https://github.com/percona/percona-helm-charts/blob/8c0e4f1599683b312edbe3b4be47697e6b4866d6/charts/psmdb-operator/README.md#L25).
 */
export const PERCONA_CHART_REPOSITORY = "https://percona.github.io/percona-helm-charts";
const azureRegion = z.string().regex(/^[a-z0-9]+$/, "must be an Azure region name like westeurope");
/** Five-field cron as PBM's scheduled backups (backup.tasks[].schedule) take it, e.g. "0 2 * * *". */
const cron = z
  .string()
  .regex(/^(\S+\s+){4}\S+$/, 'must be a five-field cron schedule like "0 2 * * *" (minute hour day-of-month month day-of-week, UTC)');
const dataSettings = z.strictObject({
  /** replica-set: Percona Operator in every hub; cosmos: Azure Cosmos DB for MongoDB; per-hub: one pod per hub (trials). */
  mode: dataMode.default("replica-set"),
  /** The documented migration flag: the mode the running system has now; lifts the refusal to change modes. */
  migrateFrom: dataMode.optional(),
  /** replica-set only: one replica set spanning the hubs (Percona cross-site replication). */
  acrossHubs: z.boolean().default(false),
  /** acrossHubs only: a voting member in public Azure; default: exactly when the number of hubs is even. */
  arbiter: z.boolean().optional(),
  replicaSet: z
    .strictObject({
      repository: chartRepository.default(PERCONA_CHART_REPOSITORY),
      operatorVersion: chartVersion.default("1.22.0"),
      databaseVersion: chartVersion.default("1.22.2"),
      /** StorageClass of the members' volumes; unset: the cluster's default class. */
      storageClass: dnsLabel(63).optional(),
      storageSizeGi: int(1, 1023).default(8),
      /** VM size of the public Azure voter (acrossHubs with an even number of hubs). */
      arbiterVmSize: z.string().min(1).default("Standard_B2s"),
    })
    .prefault({}),
  backup: z
    .strictObject({
      schedule: cron.default("0 2 * * *"),
      /** Days backups (and the point-in-time window) are kept; the storage lifecycle rule deletes older blobs. */
      retentionDays: z.number().int().min(1, "must be at least 1 day: a retention of 0 keeps no backup (e.g. 30)").max(3650).default(30),
      /** Soft delete of blobs and containers, days (Azure allows 1-365). */
      softDeleteDays: int(1, 365).default(14),
      pointInTimeRecovery: z.boolean().default(true),
    })
    .prefault({}),
  cosmos: z
    .strictObject({
      /** First region is the write region; at least two for failover. */
      regions: z.array(azureRegion).default([]),
    })
    .prefault({}),
});
// --- end app.data ---

export const configSchema = z
  .strictObject({
    name: dnsLabel(16),
    backend: backend.default({ type: "local" }),
    azure: z.strictObject({
      subscriptionId: guid,
      tenantId: guid,
      location: z.string().regex(/^[a-z0-9]+$/, "must be an Azure region name like westeurope"),
      logAnalytics: z.strictObject({ retentionDays: int(30, 730).default(30) }).prefault({}),
      trafficManager: z.strictObject({
        relativeName: dnsLabel(63),
        routingMethod: z.enum(["Priority", "Weighted", "Performance"]).default("Weighted"),
        ttl: int(0, 2147483647).default(60),
        monitor: trafficManagerMonitor.prefault({}),
        /** Seconds `npm run rollout` waits after draining a hub; default: ttl + interval x (tolerated failures + 1) + timeout. */
        drainSeconds: int(0, 86400).optional(),
        /** How long `npm run rollout` waits for a re-enabled endpoint to be Online before it fails. */
        undrainTimeoutSeconds: int(0, 86400).default(900),
      }),
      containerRegistry: containerRegistry.prefault({}),
      devops: azureDevops.optional(),
    }),
    hubs: z.array(hub).min(1, "must describe at least one Azure Stack Hub (two or more for high availability)"),
    app: z.strictObject({
      namespace: dnsLabel(63).default("ratings"),
      // web and api default to the product registry, tagged with the upstream commit `npm run images` builds
      images: z.strictObject({ web: image.optional(), api: image.optional(), mongodb: image }),
      autoscaling: z
        .strictObject({
          minReplicas: int(1, 100).default(1),
          maxReplicas: int(1, 100).default(10),
          cpuUtilization: int(1, 100).default(80),
        })
        .prefault({}),
      ingressController: ingressControllerSettings.prefault({}),
      monitoring: monitoringSettings.prefault({}),
      data: dataSettings.prefault({}),
    }),
  })
  .superRefine((cfg, ctx) => {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    const seen = new Map<string, number>();
    cfg.hubs.forEach((h, i) => {
      if (seen.has(h.name)) add(["hubs", i, "name"], `duplicates hubs[${seen.get(h.name)}].name "${h.name}" (give every hub a unique name)`);
      else seen.set(h.name, i);

      const release = AKS_ENGINE_RELEASES[h.engine.aksEngineVersion];
      if (release && !release.kubernetesVersions.includes(h.cluster.kubernetesVersion)) {
        add(
          ["hubs", i, "cluster", "kubernetesVersion"],
          `${h.cluster.kubernetesVersion} is not supported by aks-engine-azurestack ${h.engine.aksEngineVersion} (use one of ${release.kubernetesVersions.join(", ")})`,
        );
      }

      if (release && !release.linuxAmd64Sha256 && !h.engine.aksEngineSha256) {
        add(
          ["hubs", i, "engine", "aksEngineSha256"],
          `is required: the product pins no checksum for aks-engine-azurestack ${h.engine.aksEngineVersion} (set the sha256sum of aks-engine-azurestack-${h.engine.aksEngineVersion}-linux-amd64.tar.gz, checked against the release page)`,
        );
      }

      if (Boolean(h.engine.jqDownloadUrl) !== Boolean(h.engine.jqSha256)) {
        const [missing, present] = h.engine.jqDownloadUrl ? ["jqSha256", "jqDownloadUrl"] : ["jqDownloadUrl", "jqSha256"];
        add(["hubs", i, "engine", missing], `is required with engine.${present} (set both: the jq binary's mirror URL and its sha256sum)`);
      }

      const poolNames = new Set<string>();
      h.cluster.nodePools.forEach((p, j) => {
        if (poolNames.has(p.name)) add(["hubs", i, "cluster", "nodePools", j, "name"], `duplicates another pool's name (give every node pool a unique name)`);
        poolNames.add(p.name);
      });
      const nodes = h.cluster.controlPlane.count + h.cluster.nodePools.reduce((n, p) => n + p.count, 0);
      if (nodes > MAX_NODES_PER_HUB) {
        add(["hubs", i, "cluster", "nodePools"], `${nodes} nodes in all exceeds Azure Stack Hub's ${MAX_NODES_PER_HUB} nodes per subscription (lower the pool counts)`);
      }

      const derivedDomain = deriveExternalDomain(h.armEndpoint, h.location);
      if (!h.externalDomain && !derivedDomain) {
        add(
          ["hubs", i, "externalDomain"],
          `cannot be derived: the armEndpoint host is not management.${h.location}.<domain> (set externalDomain, e.g. azurestack.external)`,
        );
      }
      // aks-engine derives every hub endpoint from customCloudProfile.portalURL: it requires the prefix
      // https://portal.<location>. and builds ARM as https://management.<location>.<rest of portalURL>
      // (aks-engine-azurestack pkg/api/defaults-custom-cloud-profile.go:24-29,64-69)
      const domain = h.externalDomain ?? derivedDomain;
      if (domain && isHttpsUrl(h.armEndpoint) && !sameUrl(h.armEndpoint, `https://management.${h.location}.${domain}`)) {
        add(
          ["hubs", i, "armEndpoint"],
          `must be https://management.${h.location}.${domain} for location "${h.location}" and domain "${domain}" (aks-engine derives the hub's endpoints from portalUrl; fix the location, the domain or the URL)`,
        );
      }
      if (domain && isHttpsUrl(h.portalUrl) && !sameUrl(h.portalUrl, `https://portal.${h.location}.${domain}`)) {
        add(
          ["hubs", i, "portalUrl"],
          `must be https://portal.${h.location}.${domain}, the portal of the same hub as armEndpoint (aks-engine derives the hub's ARM endpoint from it: https://management.${h.location}.${domain})`,
        );
      }

      if (cfg.azure.trafficManager.routingMethod === "Priority" && h.trafficManager.priority === undefined) {
        add(["hubs", i, "trafficManager", "priority"], "is required with Priority routing (set a unique number 1-1000; 1 receives traffic first)");
      }
      if (cfg.azure.trafficManager.routingMethod === "Performance" && !h.trafficManager.endpointLocation) {
        add(["hubs", i, "trafficManager", "endpointLocation"], "is required with Performance routing (set the Azure region nearest the hub, e.g. West US)");
      }
    });

    if (cfg.azure.trafficManager.routingMethod === "Priority") {
      const byPriority = new Map<number, number>();
      cfg.hubs.forEach((h, i) => {
        const p = h.trafficManager.priority;
        if (p === undefined || h.decommission) return;
        if (byPriority.has(p)) add(["hubs", i, "trafficManager", "priority"], `${p} is also hubs[${byPriority.get(p)}]'s priority (priorities must be unique under Priority routing)`);
        else byPriority.set(p, i);
      });
    }

    const m = cfg.azure.trafficManager.monitor;
    if (m.intervalSeconds === 10 && m.timeoutSeconds > 9) {
      add(["azure", "trafficManager", "monitor", "timeoutSeconds"], "must be 5-9 when intervalSeconds is 10 (lower it or use intervalSeconds 30)");
    }
    if (m.protocol === "TCP" && m.path !== "/") {
      add(["azure", "trafficManager", "monitor", "path"], "is not used with TCP probes (remove it or use HTTP/HTTPS)");
    }

    // the ratings chart's values.schema.json accepts only the official image (or a mirror of it)
    if (!/\/mongo[:@]/.test(cfg.app.images.mongodb)) {
      add(["app", "images", "mongodb"], "must be the official mongo image or a mirror of it (e.g. docker.io/library/mongo:8.0.4)");
    }

    if (cfg.azure.devops?.project && cfg.azure.devops.approvers.length === 0) {
      add(
        ["azure", "devops", "approvers"],
        "is required with azure.devops.project: the hubs' environments gate deployments (list the ids of the users or groups who approve, from Organization settings > Users or `az devops security group list`)",
      );
    }

    const byRollout = new Map<number, number>();
    cfg.hubs.forEach((h, i) => {
      if (h.rollout === undefined) return;
      if (byRollout.has(h.rollout)) add(["hubs", i, "rollout"], `${h.rollout} is also hubs[${byRollout.get(h.rollout)}]'s rollout position (give every hub its own)`);
      else byRollout.set(h.rollout, i);
    });

    cfg.hubs.forEach((h, i) => {
      if (h.githubRunner.enabled && !h.githubRunner.url) {
        add(["hubs", i, "githubRunner", "url"], "is required when githubRunner.enabled is true (the repository or organization, e.g. https://github.com/contoso/ha-k8s-azurestack)");
      }
      if (h.githubRunner.enabled && !h.githubRunner.sha256 && !GITHUB_RUNNER_SHA256[h.githubRunner.version]) {
        add(
          ["hubs", i, "githubRunner", "sha256"],
          `is required: the product pins no checksum for runner ${h.githubRunner.version} (set the SHA-256 of actions-runner-linux-x64-${h.githubRunner.version}.tar.gz from its release notes)`,
        );
      }
      if (h.pipelinesAgent.enabled && !cfg.azure.devops) {
        add(["hubs", i, "pipelinesAgent", "enabled"], "needs azure.devops.organizationUrl (add it, e.g. https://dev.azure.com/contoso)");
      }
    });

    checkData(cfg, add);

    const a = cfg.app.autoscaling;
    if (a.minReplicas > a.maxReplicas) {
      add(["app", "autoscaling", "minReplicas"], `${a.minReplicas} is greater than maxReplicas ${a.maxReplicas} (make minReplicas <= maxReplicas)`);
    }
  })
  .transform((cfg) => {
    const registryName = cfg.azure.containerRegistry.name ?? defaultRegistryName(cfg.name);
    const server = registryLoginServer(registryName);
    return {
      ...cfg,
      hubs: cfg.hubs.map((h) => ({
        ...h,
        pipelinesAgent: {
          ...h.pipelinesAgent,
          pool: h.pipelinesAgent.pool ?? h.name,
          downloadUrl: h.pipelinesAgent.downloadUrl ?? azurePipelinesAgentUrl(h.pipelinesAgent.agentVersion),
        },
        githubRunner: {
          ...h.githubRunner,
          downloadUrl: h.githubRunner.downloadUrl ?? githubRunnerUrl(h.githubRunner.version),
          sha256: h.githubRunner.sha256 ?? GITHUB_RUNNER_SHA256[h.githubRunner.version],
        },
      })),
      azure: { ...cfg.azure, containerRegistry: { ...cfg.azure.containerRegistry, name: registryName } },
      app: {
        ...cfg.app,
        images: {
          ...cfg.app.images,
          api: cfg.app.images.api ?? `${server}/${RATINGS_UPSTREAM.api.image}:${RATINGS_UPSTREAM.api.commit}`,
          web: cfg.app.images.web ?? `${server}/${RATINGS_UPSTREAM.web.image}:${RATINGS_UPSTREAM.web.commit}`,
        },
      },
    };
  });

/** What httpsUrl accepts: URLs it refuses get its message only. */
function isHttpsUrl(s: string): boolean {
  return httpsUrl.safeParse(s).success;
}

/** Same https origin with no path (a trailing slash allowed), host compared case-insensitively. */
function sameUrl(actual: string, expected: string): boolean {
  try {
    const u = new URL(actual);
    return u.origin === new URL(expected).origin && (u.pathname === "/" || u.pathname === "") && !u.search && !u.hash;
  } catch {
    return false;
  }
}

/** `https://management.<location>.<domain>` -> `<domain>`; undefined when the host has another shape. */
export function deriveExternalDomain(armEndpoint: string, location: string): string | undefined {
  try {
    const host = new URL(armEndpoint).hostname;
    const prefix = `management.${location}.`;
    return host.startsWith(prefix) && host.length > prefix.length ? host.slice(prefix.length) : undefined;
  } catch {
    return undefined;
  }
}

type Parsed = z.output<typeof configSchema>;
export type HubConfig = Parsed["hubs"][number] & {
  readonly externalDomain: string;
  /** Content of trustedRootCaFile: PEM certificates only, checked by config/load.ts. */
  readonly trustedRootCaPem?: string;
};
export type Config = Omit<Parsed, "hubs"> & { readonly hubs: readonly HubConfig[] };
export type BackendConfig = Parsed["backend"];

type DataCheckInput = {
  readonly hubs: readonly { readonly name: string; readonly decommission: boolean; readonly rollout?: number; readonly egressCidrs?: readonly string[] }[];
  readonly app: { readonly data: z.output<typeof dataSettings> };
};

/** app.data: combinations the modes cannot run with (docs/data.md). */
function checkData(cfg: DataCheckInput, add: (path: (string | number)[], message: string) => void): void {
  const data = cfg.app.data;
  const active = rolloutOrder(cfg.hubs);
  const needEgress = (why: string) =>
    cfg.hubs.forEach((h, i) => {
      if (!h.decommission && !h.egressCidrs) add(["hubs", i, "egressCidrs"], `is required with app.data.mode ${data.mode}: ${why} (list the public IPv4 CIDRs this hub's nodes leave from, e.g. 198.51.100.0/28)`);
    });
  if (data.acrossHubs && data.mode !== "replica-set") add(["app", "data", "acrossHubs"], `applies to mode replica-set only, not ${data.mode} (remove it or set mode: replica-set)`);
  if (data.arbiter !== undefined && !(data.mode === "replica-set" && data.acrossHubs)) add(["app", "data", "arbiter"], "applies to mode replica-set with acrossHubs: true only (remove it)");
  if (data.mode === "replica-set") {
    needEgress(data.acrossHubs ? "the other hubs' members and the backup storage admit only these addresses" : "the backup storage account admits only these addresses");
  }
  if (data.mode === "replica-set" && data.acrossHubs) {
    if (active.length < 2) add(["app", "data", "acrossHubs"], "needs at least two active hubs (add a hub or set acrossHubs: false)");
    if (active.length > MAX_HUBS_ACROSS) add(["app", "data", "acrossHubs"], `supports at most ${MAX_HUBS_ACROSS} hubs in one replica set (set acrossHubs: false)`);
    if (active.length >= 2 && data.arbiter !== undefined) {
      const votes = totalVotes(layoutOf(cfg));
      if (votes % 2 === 0) {
        add(
          ["app", "data", "arbiter"],
          `${data.arbiter ? "true" : "false"} gives ${votes} voting members with ${active.length} hubs, an even number: a split leaves no majority (remove the line: an arbiter runs exactly when the number of hubs is even)`,
        );
      }
    }
  }
  if (data.mode === "cosmos") {
    needEgress("the Cosmos DB account admits only these addresses");
    const regions = data.cosmos.regions;
    if (regions.length < 2) add(["app", "data", "cosmos", "regions"], `lists ${regions.length} region(s): cosmos needs at least two for automatic failover (e.g. [westeurope, northeurope])`);
    const dup = regions.find((r, i) => regions.indexOf(r) !== i);
    if (dup) add(["app", "data", "cosmos", "regions"], `names ${dup} twice (list each region once)`);
  }
  if (data.migrateFrom === data.mode) add(["app", "data", "migrateFrom"], `is the same as mode ${data.mode} (remove migrateFrom once the migration is deployed)`);
}
