import { z } from "zod";
import { dnsLabel, guid, httpsUrl, int } from "./fields";

/** `azure`: public Azure (Log Analytics, Traffic Manager, the container registry, the Azure DevOps organization). */

const trafficManagerMonitor = z
  .strictObject({
    protocol: z.enum(["HTTP", "HTTPS", "TCP"]).default("HTTP"),
    port: int(1, 65535).default(80),
    path: z.string().regex(/^\/[^\s]*$/, "must be a URL path starting with '/' (e.g. /)").default("/"),
    intervalSeconds: z.union([z.literal(10), z.literal(30)]).default(30),
    timeoutSeconds: int(5, 10).default(10),
    toleratedFailures: int(0, 9).default(3),
  })
  .superRefine((m, ctx) => {
    if (m.intervalSeconds === 10 && m.timeoutSeconds > 9) {
      ctx.addIssue({ code: "custom", path: ["timeoutSeconds"], message: "must be 5-9 when intervalSeconds is 10 (lower it or use intervalSeconds 30)" });
    }
    if (m.protocol === "TCP" && m.path !== "/") {
      ctx.addIssue({ code: "custom", path: ["path"], message: "is not used with TCP probes (remove it or use HTTP/HTTPS)" });
    }
  });

const containerRegistry = z.strictObject({
  /** Defaults to the project name without '-' followed by "registry" (contoso-ha -> contosoharegistry). */
  name: z
    .string()
    .regex(/^[a-zA-Z0-9]{5,50}$/, "must be a container registry name: 5-50 letters and digits, globally unique (e.g. contosoharegistry)")
    .optional(),
  // repository-scoped tokens (the per-hub pull credentials) exist in every tier
  sku: z.enum(["Basic", "Standard", "Premium"]).default("Standard"),
});

const azureDevops = z
  .strictObject({
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
  })
  .superRefine((d, ctx) => {
    if (d.project && d.approvers.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["approvers"],
        message:
          "is required with azure.devops.project: the hubs' environments gate deployments (list the ids of the users or groups who approve, from Organization settings > Users or `az devops security group list`)",
      });
    }
  });

export const azureSection = z.strictObject({
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
});

/**
 * Seconds `npm run rollout` waits after a hub's endpoint is disabled until clients have left it: the DNS TTL they
 * may have cached, plus the time Traffic Manager takes to act on a change, interval x (tolerated failures + 1) +
 * timeout (docs/rollout.md). `azure.trafficManager.drainSeconds` overrides it.
 */
export function defaultDrainSeconds(tm: {
  readonly ttl: number;
  readonly monitor: { readonly intervalSeconds: number; readonly toleratedFailures: number; readonly timeoutSeconds: number };
}): number {
  return tm.ttl + tm.monitor.intervalSeconds * (tm.monitor.toleratedFailures + 1) + tm.monitor.timeoutSeconds;
}

/** contoso-ha -> contosoharegistry */
export function defaultRegistryName(projectName: string): string {
  return `${projectName.replace(/-/g, "")}registry`;
}

export function registryLoginServer(registryName: string): string {
  return `${registryName.toLowerCase()}.azurecr.io`;
}
