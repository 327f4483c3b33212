import { z } from "zod";
import { AKS_ENGINE_RELEASES, aksEngineDownloadUrl, azurePipelinesAgentUrl, GITHUB_RUNNER_SHA256, githubRunnerUrl, RATINGS_UPSTREAM } from "./catalog";
import { layoutOf, MAX_HUBS_ACROSS, totalVotes } from "./data";
import { rolloutOrder } from "./rollout";
import { appSection } from "./schema/app";
import { azureSection, defaultDrainSeconds, defaultRegistryName, registryLoginServer } from "./schema/azure";
import { backendSection } from "./schema/backend";
import { deriveExternalDomain, hubsSection } from "./schema/hubs";
import { dnsLabel } from "./schema/fields";

/**
 * The product's user interface: the shape of config/*.yaml. Every message is written for the person editing the
 * file: what is wrong, then in parentheses how to fix it.
 *
 * Each section lives in config/schema/ with the rules that involve only that section; this file composes them,
 * holds the rules that span sections, and resolves every default that depends on other values (resolve below), so
 * that stacks and constructs never default a config value. Pinned versions come from config/catalog.ts.
 */

export { registryLoginServer } from "./schema/azure";

const sections = z.strictObject({
  name: dnsLabel(16),
  backend: backendSection,
  azure: azureSection,
  hubs: hubsSection,
  app: appSection,
});

type Parsed = z.output<typeof sections>;
type ParsedHub = Parsed["hubs"][number];
type Add = (path: (string | number)[], message: string) => void;

/** Rules between hubs and azure (Traffic Manager routing, the Azure DevOps organization) and between hubs and app.data. */
function crossSectionRules(cfg: Parsed, ctx: z.RefinementCtx): void {
  const add: Add = (path, message) => ctx.addIssue({ code: "custom", path, message });
  const routing = cfg.azure.trafficManager.routingMethod;
  const byPriority = new Map<number, number>();
  cfg.hubs.forEach((h, i) => {
    const p = h.trafficManager.priority;
    if (routing === "Priority" && p === undefined) {
      add(["hubs", i, "trafficManager", "priority"], "is required with Priority routing (set a unique number 1-1000; 1 receives traffic first)");
    }
    if (routing === "Performance" && !h.trafficManager.endpointLocation) {
      add(["hubs", i, "trafficManager", "endpointLocation"], "is required with Performance routing (set the Azure region nearest the hub, e.g. West US)");
    }
    if (routing === "Priority" && p !== undefined && !h.decommission) {
      if (byPriority.has(p)) add(["hubs", i, "trafficManager", "priority"], `${p} is also hubs[${byPriority.get(p)}]'s priority (priorities must be unique under Priority routing)`);
      else byPriority.set(p, i);
    }
    if (h.pipelinesAgent.enabled && !cfg.azure.devops) {
      add(["hubs", i, "pipelinesAgent", "enabled"], "needs azure.devops.organizationUrl (add it, e.g. https://dev.azure.com/contoso)");
    }
  });
  checkDataAcrossHubs(cfg, add);
}

/** app.data: what the modes need from the hubs (docs/data.md); the rules within app.data are in schema/app.ts. */
function checkDataAcrossHubs(cfg: Parsed, add: Add): void {
  const data = cfg.app.data;
  const active = rolloutOrder(cfg.hubs);
  const needEgress = (why: string) =>
    cfg.hubs.forEach((h, i) => {
      if (!h.decommission && !h.egressCidrs) add(["hubs", i, "egressCidrs"], `is required with app.data.mode ${data.mode}: ${why} (list the public IPv4 CIDRs this hub's nodes leave from, e.g. 198.51.100.0/28)`);
    });
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
  if (data.mode === "cosmos") needEgress("the Cosmos DB account admits only these addresses");
}

// --- the resolved config: what loadConfig returns ---

/** hubs[].engine with the aks-engine archive's URL and checksum settled (config, else config/catalog.ts). */
export type EngineConfig = Omit<ParsedHub["engine"], "aksEngineDownloadUrl" | "aksEngineSha256"> & {
  readonly aksEngineDownloadUrl: string;
  readonly aksEngineSha256: string;
};

/** hubs[].pipelinesAgent: an enabled agent carries the organization it registers with (azure.devops.organizationUrl). */
export type PipelinesAgentConfig = Omit<ParsedHub["pipelinesAgent"], "enabled" | "pool" | "downloadUrl"> & {
  /** Default: the hub's name. */
  readonly pool: string;
  /** Default: Microsoft's download of agentVersion. */
  readonly downloadUrl: string;
} & ({ readonly enabled: false } | { readonly enabled: true; readonly organizationUrl: string });

/** hubs[].githubRunner: an enabled runner has its URL and a checksum (config, else config/catalog.ts). */
export type GithubRunnerConfig = Omit<ParsedHub["githubRunner"], "enabled" | "url" | "downloadUrl" | "sha256"> & {
  /** Default: the release archive of version on github.com. */
  readonly downloadUrl: string;
} & ({ readonly enabled: false; readonly url?: string; readonly sha256?: string } | { readonly enabled: true; readonly url: string; readonly sha256: string });

export type HubConfig = Omit<ParsedHub, "externalDomain" | "engine" | "pipelinesAgent" | "githubRunner" | "egressCidrs"> & {
  /** Default: derived from armEndpoint. */
  readonly externalDomain: string;
  readonly engine: EngineConfig;
  readonly pipelinesAgent: PipelinesAgentConfig;
  readonly githubRunner: GithubRunnerConfig;
  /** Empty when not given (app.data per-hub needs none). */
  readonly egressCidrs: readonly string[];
  /** Content of trustedRootCaFile: PEM certificates only, read and checked by config/load.ts. */
  readonly trustedRootCaPem?: string;
};

export type Config = Omit<Parsed, "hubs" | "azure" | "app"> & {
  readonly hubs: readonly HubConfig[];
  readonly azure: Omit<Parsed["azure"], "containerRegistry" | "trafficManager"> & {
    /** name default: the project name without '-' followed by "registry". */
    readonly containerRegistry: Omit<Parsed["azure"]["containerRegistry"], "name"> & { readonly name: string };
    readonly trafficManager: Omit<Parsed["azure"]["trafficManager"], "drainSeconds"> & {
      /** Default: ttl + intervalSeconds x (toleratedFailures + 1) + timeoutSeconds (defaultDrainSeconds). */
      readonly drainSeconds: number;
    };
  };
  readonly app: Omit<Parsed["app"], "images"> & {
    /** web and api default to the product registry, tagged with the upstream commit `npm run images` builds. */
    readonly images: { readonly web: string; readonly api: string; readonly mongodb: string };
  };
};
export type BackendConfig = Parsed["backend"];

/** A value a rule above has already required: missing here is a bug in this file, not in the user's config. */
function validated<T>(value: T | undefined, rule: string): T {
  if (value === undefined) throw new Error(`config/schema.ts: ${rule} should have been refused by validation`);
  return value;
}

/** Every default that depends on other values, in one place: nothing downstream defaults a config value. */
function resolve(cfg: Parsed): Config {
  const registryName = cfg.azure.containerRegistry.name ?? defaultRegistryName(cfg.name);
  const server = registryLoginServer(registryName);
  const tm = cfg.azure.trafficManager;
  const resolveHub = (h: ParsedHub): HubConfig => {
    const { pipelinesAgent: agent, githubRunner: gh, engine } = h;
    const agentCommon = { ...agent, pool: agent.pool ?? h.name, downloadUrl: agent.downloadUrl ?? azurePipelinesAgentUrl(agent.agentVersion) };
    const ghCommon = { ...gh, downloadUrl: gh.downloadUrl ?? githubRunnerUrl(gh.version), sha256: gh.sha256 ?? GITHUB_RUNNER_SHA256[gh.version] };
    return {
      ...h,
      externalDomain: h.externalDomain ?? validated(deriveExternalDomain(h.armEndpoint, h.location), "hubs[].externalDomain"),
      egressCidrs: h.egressCidrs ?? [],
      engine: {
        ...engine,
        aksEngineDownloadUrl: engine.aksEngineDownloadUrl ?? aksEngineDownloadUrl(engine.aksEngineVersion),
        aksEngineSha256: engine.aksEngineSha256 ?? validated(AKS_ENGINE_RELEASES[engine.aksEngineVersion].linuxAmd64Sha256, "hubs[].engine.aksEngineSha256"),
      },
      pipelinesAgent: agent.enabled
        ? { ...agentCommon, enabled: true, organizationUrl: validated(cfg.azure.devops, "hubs[].pipelinesAgent without azure.devops").organizationUrl }
        : { ...agentCommon, enabled: false },
      githubRunner: gh.enabled
        ? { ...ghCommon, enabled: true, url: validated(gh.url, "hubs[].githubRunner.url"), sha256: validated(ghCommon.sha256, "hubs[].githubRunner.sha256") }
        : { ...ghCommon, enabled: false },
    };
  };
  return {
    ...cfg,
    hubs: cfg.hubs.map(resolveHub),
    azure: {
      ...cfg.azure,
      containerRegistry: { ...cfg.azure.containerRegistry, name: registryName },
      trafficManager: { ...tm, drainSeconds: tm.drainSeconds ?? defaultDrainSeconds(tm) },
    },
    app: {
      ...cfg.app,
      images: {
        ...cfg.app.images,
        api: cfg.app.images.api ?? `${server}/${RATINGS_UPSTREAM.api.image}:${RATINGS_UPSTREAM.api.commit}`,
        web: cfg.app.images.web ?? `${server}/${RATINGS_UPSTREAM.web.image}:${RATINGS_UPSTREAM.web.commit}`,
      },
    },
  };
}

export const configSchema = sections.superRefine(crossSectionRules).transform(resolve);
