import { z } from "zod";
import {
  AKS_ENGINE_RELEASES,
  AZURE_PIPELINES_AGENT_VERSION,
  DEFAULT_AKS_ENGINE_VERSION,
  GITHUB_RUNNER_SHA256,
  GITHUB_RUNNER_VERSION,
  HUB_VM_IMAGE,
  MAX_NODES_PER_HUB,
} from "../catalog";
import { dnsLabel, egressCidr, guid, httpsUrl, int, ipv4Cidr, localPath, sha256, sshCidr } from "./fields";

/** `hubs`: one entry per Azure Stack Hub instance, with its engine VM, cluster and runner VM. */

type Add = (path: (string | number)[], message: string) => void;
const adder = (ctx: z.RefinementCtx): Add => (path, message) => ctx.addIssue({ code: "custom", path, message });

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
const engine = z.strictObject({
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
  /** Marketplace image of the hub's VMs (engine and runner; must be syndicated on the hub): config/catalog.ts HUB_VM_IMAGE. */
  image: z
    .strictObject({
      publisher: z.string().min(1).default(HUB_VM_IMAGE.publisher),
      offer: z.string().min(1).default(HUB_VM_IMAGE.offer),
      sku: z.string().min(1).default(HUB_VM_IMAGE.sku),
      version: z.string().min(1).default(HUB_VM_IMAGE.version),
    })
    .prefault({}),
  /** Address space of the engine VM's own virtual network (one subnet spans it). */
  addressSpace: ipv4Cidr("must be an IPv4 CIDR (e.g. 10.100.0.0/24)").default("10.100.0.0/24"),
  /** Where cloud-init downloads the release archive; an internal mirror on disconnected hubs. Default: the release page. */
  aksEngineDownloadUrl: httpsUrl.optional(),
  /** SHA-256 of the release archive; required when config/catalog.ts has none for the release. */
  aksEngineSha256: sha256("must be a SHA-256 checksum: 64 lowercase hex digits (from sha256sum of the release archive)").optional(),
  /** Disconnected hubs: a static jq binary (linux amd64) on an internal mirror; the engine VM then uses no apt. */
  jqDownloadUrl: httpsUrl.optional(),
  /** SHA-256 of that jq binary; required with jqDownloadUrl (the install fails closed). */
  jqSha256: sha256("must be a SHA-256 checksum: 64 lowercase hex digits (from sha256sum of the jq binary)").optional(),
  /**
   * Disconnected hubs: base URL of a kubectl mirror in dl.k8s.io's layout (<base>/v<version>/bin/linux/amd64/kubectl
   * and kubectl.sha256, for every Kubernetes version the cluster runs); the runner then does not use the snap store.
   */
  kubectlMirrorUrl: httpsUrl.optional(),
  /** Private key file for the runner's SSH connection; without it Terraform uses ssh-agent. */
  sshIdentityFile: localPath.optional(),
  /** Data disk holding ~/cluster (aks-engine's _output); it can grow, never shrink (Azure refuses). */
  clusterDiskSizeGb: int(8, 1023).default(32),
});

const cluster = z.strictObject({
  kubernetesVersion: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a full Kubernetes version like 1.34.4"),
  controlPlane: z.strictObject({
    count: z.number().int().refine((n) => [1, 3, 5].includes(n), "aks-engine supports 1, 3 or 5 control plane nodes (use 3 for high availability)"),
    vmSize: z.string().min(1).default("Standard_D2_v2"),
  }),
  nodePools: z.array(nodePool).min(1, "needs at least one node pool"),
  networkPlugin: z.enum(["kubenet", "azure"]).default("kubenet"),
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
});

// --- the hub's runner VM (runner-<hub> stack): Azure Pipelines agent and/or GitHub Actions runner ---
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
  sha256: sha256("must be a SHA-256 hex digest: 64 lowercase hex characters (from the agent's release notes)").optional(),
  /** Also install the Azure CLI (pinned, from Microsoft's signed apt repository): on the runner that builds images. */
  azureCli: z.boolean().default(false),
  /** Address space of the runner VM's own virtual network (one subnet spans it). */
  addressSpace: ipv4Cidr("must be an IPv4 CIDR (e.g. 10.250.0.0/24)").default("10.250.0.0/24"),
});

/** The same runner VM (runner-<hub> stack) also registers as a GitHub Actions self-hosted runner labelled hub-<name>. */
const githubRunner = z
  .strictObject({
    enabled: z.boolean().default(false),
    /** Repository or organization the runner registers with, e.g. https://github.com/contoso/ha-k8s-azurestack. */
    url: httpsUrl
      .refine((s) => /^https:\/\/[^/]+\/[^/\s]+(\/[^/\s]+)?\/?$/.test(s), "must be a GitHub repository or organization URL (e.g. https://github.com/contoso/ha-k8s-azurestack)")
      .optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a GitHub Actions runner version like 2.336.0").default(GITHUB_RUNNER_VERSION),
    /** Where the VM downloads the runner package; a mirror for disconnected hubs. */
    downloadUrl: httpsUrl.optional(),
    /** SHA-256 of the package; required for a version config/catalog.ts pins no checksum for. */
    sha256: sha256("must be a SHA-256 hex digest: 64 lowercase hex characters (from the runner's release notes)").optional(),
  })
  .superRefine((gh, ctx) => {
    const add = adder(ctx);
    if (gh.enabled && !gh.url) {
      add(["url"], "is required when githubRunner.enabled is true (the repository or organization, e.g. https://github.com/contoso/ha-k8s-azurestack)");
    }
    if (gh.enabled && !gh.sha256 && !GITHUB_RUNNER_SHA256[gh.version]) {
      add(
        ["sha256"],
        `is required: the product pins no checksum for runner ${gh.version} (set the SHA-256 of actions-runner-linux-x64-${gh.version}.tar.gz from its release notes)`,
      );
    }
  });

const hub = z
  .strictObject({
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
    engine,
    pipelinesAgent: pipelinesAgent.prefault({}),
    githubRunner: githubRunner.prefault({}),
    /** Public IPv4 CIDRs this hub's nodes reach other networks from (app.data; config/schema.ts checks when they are required). */
    egressCidrs: z.array(egressCidr).min(1, "must list at least one CIDR (the public IPv4 addresses this hub's nodes leave from)").optional(),
    /** Retire the hub: its stacks stay, with no resources, so the next deploy destroys what they hold. */
    decommission: z.boolean().default(false),
    cluster,
  })
  .superRefine((h, ctx) => {
    const add = adder(ctx);
    const release = AKS_ENGINE_RELEASES[h.engine.aksEngineVersion];
    if (release && !release.kubernetesVersions.includes(h.cluster.kubernetesVersion)) {
      add(
        ["cluster", "kubernetesVersion"],
        `${h.cluster.kubernetesVersion} is not supported by aks-engine-azurestack ${h.engine.aksEngineVersion} (use one of ${release.kubernetesVersions.join(", ")})`,
      );
    }
    if (release && !release.linuxAmd64Sha256 && !h.engine.aksEngineSha256) {
      add(
        ["engine", "aksEngineSha256"],
        `is required: the product pins no checksum for aks-engine-azurestack ${h.engine.aksEngineVersion} (set the sha256sum of aks-engine-azurestack-${h.engine.aksEngineVersion}-linux-amd64.tar.gz, checked against the release page)`,
      );
    }
    if (Boolean(h.engine.jqDownloadUrl) !== Boolean(h.engine.jqSha256)) {
      const [missing, present] = h.engine.jqDownloadUrl ? ["jqSha256", "jqDownloadUrl"] : ["jqDownloadUrl", "jqSha256"];
      add(["engine", missing], `is required with engine.${present} (set both: the jq binary's mirror URL and its sha256sum)`);
    }

    const poolNames = new Set<string>();
    h.cluster.nodePools.forEach((p, j) => {
      if (poolNames.has(p.name)) add(["cluster", "nodePools", j, "name"], `duplicates another pool's name (give every node pool a unique name)`);
      poolNames.add(p.name);
    });
    const nodes = h.cluster.controlPlane.count + h.cluster.nodePools.reduce((n, p) => n + p.count, 0);
    if (nodes > MAX_NODES_PER_HUB) {
      add(["cluster", "nodePools"], `${nodes} nodes in all exceeds Azure Stack Hub's ${MAX_NODES_PER_HUB} nodes per subscription (lower the pool counts)`);
    }

    const derivedDomain = deriveExternalDomain(h.armEndpoint, h.location);
    if (!h.externalDomain && !derivedDomain) {
      add(["externalDomain"], `cannot be derived: the armEndpoint host is not management.${h.location}.<domain> (set externalDomain, e.g. azurestack.external)`);
    }
    // aks-engine derives every hub endpoint from customCloudProfile.portalURL: it requires the prefix
    // https://portal.<location>. and builds ARM as https://management.<location>.<rest of portalURL>
    // (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/api/defaults-custom-cloud-profile.go#L24-L29
    // and #L64-L69, release-v0.85.0)
    const domain = h.externalDomain ?? derivedDomain;
    if (domain && isHttpsUrl(h.armEndpoint) && !sameUrl(h.armEndpoint, `https://management.${h.location}.${domain}`)) {
      add(
        ["armEndpoint"],
        `must be https://management.${h.location}.${domain} for location "${h.location}" and domain "${domain}" (aks-engine derives the hub's endpoints from portalUrl; fix the location, the domain or the URL)`,
      );
    }
    if (domain && isHttpsUrl(h.portalUrl) && !sameUrl(h.portalUrl, `https://portal.${h.location}.${domain}`)) {
      add(
        ["portalUrl"],
        `must be https://portal.${h.location}.${domain}, the portal of the same hub as armEndpoint (aks-engine derives the hub's ARM endpoint from it: https://management.${h.location}.${domain})`,
      );
    }
  });

export const hubsSection = z
  .array(hub)
  .min(1, "must describe at least one Azure Stack Hub (two or more for high availability)")
  .superRefine((hubs, ctx) => {
    const add = adder(ctx);
    const byName = new Map<string, number>();
    const byRollout = new Map<number, number>();
    hubs.forEach((h, i) => {
      if (byName.has(h.name)) add([i, "name"], `duplicates hubs[${byName.get(h.name)}].name "${h.name}" (give every hub a unique name)`);
      else byName.set(h.name, i);
      if (h.rollout === undefined) return;
      if (byRollout.has(h.rollout)) add([i, "rollout"], `${h.rollout} is also hubs[${byRollout.get(h.rollout)}]'s rollout position (give every hub its own)`);
      else byRollout.set(h.rollout, i);
    });
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
