import { blocks, eqi, type PolicyRule } from "../rule";

/**
 * Paths the product's ingress answers with 2xx for a request without a Host header (Traffic Manager probes
 * an IP target, so the Host header is the IP): the ingress rule has no host and sends `/` to ratings-web,
 * which serves `/` (it has no health endpoint of its own).
 */
export const INGRESS_SERVED_PATHS: readonly string[] = ["/"];

/** Traffic Manager must probe a path the ingress serves, or every endpoint is Degraded and no user is routed. */
export function trafficManagerProbePath(servedPaths: readonly string[] = INGRESS_SERVED_PATHS): PolicyRule {
  return {
    id: "traffic-manager-probe-path",
    summary: `Traffic Manager HTTP(S) probes use a path the ingress serves without a Host header (${servedPaths.join(", ")})`,
    appliesTo: (v) => v.kind === "resource" && v.type === "azurerm_traffic_manager_profile",
    check: (v) =>
      blocks(v.body.monitor_config)
        .filter((m) => eqi(m.protocol, "HTTP") || eqi(m.protocol, "HTTPS"))
        .filter((m) => !servedPaths.includes(m.path))
        .map((m) => ({
          problem: `monitor_config probes ${m.protocol} path "${m.path ?? ""}", which the ingress does not serve for requests without a Host header`,
          fix: `use one of ${servedPaths.map((p) => `"${p}"`).join(", ")} (azure.trafficManager.monitor.path in the config)`,
        })),
  };
}
