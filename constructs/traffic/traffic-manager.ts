import { TrafficManagerExternalEndpoint } from "@cdktf/provider-azurerm/lib/traffic-manager-external-endpoint";
import { TrafficManagerProfile } from "@cdktf/provider-azurerm/lib/traffic-manager-profile";
import type { IResolvable } from "cdktf";
import { Construct } from "constructs";

export interface TrafficManagerEndpoint {
  readonly name: string;
  /** IPv4 address of the hub's ingress. */
  readonly target: string;
  readonly weight?: number;
  readonly priority?: number;
  readonly endpointLocation?: string;
  /**
   * Endpoint status (azurerm `enabled`, default true): a disabled endpoint is never in a DNS answer. Draining
   * uses this, never `always_serve_enabled` (which turns health checks off).
   */
  readonly enabled?: boolean | IResolvable;
}

export interface TrafficManagerOptions {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly routingMethod: "Priority" | "Weighted" | "Performance";
  readonly relativeName: string;
  readonly ttl: number;
  readonly monitor: {
    readonly protocol: "HTTP" | "HTTPS" | "TCP";
    readonly port: number;
    readonly path: string;
    readonly intervalSeconds: number;
    readonly timeoutSeconds: number;
    readonly toleratedFailures: number;
  };
  readonly endpoints: readonly TrafficManagerEndpoint[];
  readonly tags?: Record<string, string>;
}

/** One Traffic Manager profile spreading users over every hub's ingress IP. */
export class TrafficManager extends Construct {
  readonly profileId: string;
  /** `<relativeName>.trafficmanager.net`: the name users browse to. */
  readonly fqdn: string;

  constructor(scope: Construct, id: string, options: TrafficManagerOptions) {
    super(scope, id);
    const m = options.monitor;
    const profile = new TrafficManagerProfile(this, "profile", {
      name: options.name,
      resourceGroupName: options.resourceGroupName,
      trafficRoutingMethod: options.routingMethod,
      dnsConfig: { relativeName: options.relativeName, ttl: options.ttl },
      monitorConfig: {
        protocol: m.protocol,
        port: m.port,
        // TCP probes take no path
        path: m.protocol === "TCP" ? undefined : m.path,
        intervalInSeconds: m.intervalSeconds,
        timeoutInSeconds: m.timeoutSeconds,
        toleratedNumberOfFailures: m.toleratedFailures,
        expectedStatusCodeRanges: m.protocol === "TCP" ? undefined : ["200-299"],
      },
      tags: options.tags,
    });
    for (const e of options.endpoints) {
      new TrafficManagerExternalEndpoint(this, `endpoint-${e.name}`, {
        name: e.name,
        profileId: profile.id,
        target: e.target,
        // only the routing method's own field is sent, so a plan shows no meaningless changes
        weight: options.routingMethod === "Weighted" ? e.weight : undefined,
        priority: options.routingMethod === "Priority" ? e.priority : undefined,
        endpointLocation: options.routingMethod === "Performance" ? e.endpointLocation : undefined,
        enabled: e.enabled,
      });
    }
    this.profileId = profile.id;
    this.fqdn = profile.fqdn;
  }
}
