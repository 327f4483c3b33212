import { TrafficManager, type TrafficManagerOptions } from "../../../constructs/traffic/traffic-manager";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("TrafficManager", () => {
  const base: TrafficManagerOptions = {
    name: "tm",
    resourceGroupName: "rg",
    routingMethod: "Performance",
    relativeName: "contoso",
    ttl: 30,
    monitor: { protocol: "HTTP", port: 80, path: "/", intervalSeconds: 10, timeoutSeconds: 5, toleratedFailures: 2 },
    endpoints: [
      { name: "a", target: "198.51.100.1", weight: 10, priority: 1, endpointLocation: "West US" },
      { name: "b", target: "198.51.100.2", weight: 20, priority: 2, endpointLocation: "East US" },
    ],
  };
  const synth = (over: Partial<TrafficManagerOptions> = {}) => synthJson((s) => new TrafficManager(s, "tm", { ...base, ...over }));

  it("maps routing, DNS and monitor settings", () => {
    expect(only(synth(), "azurerm_traffic_manager_profile")).toMatchObject({
      traffic_routing_method: "Performance",
      dns_config: { relative_name: "contoso", ttl: 30 },
      monitor_config: { protocol: "HTTP", port: 80, path: "/", interval_in_seconds: 10, timeout_in_seconds: 5, tolerated_number_of_failures: 2 },
    });
  });

  it("creates one external endpoint per hub with the location Performance routing needs", () => {
    const eps = Object.values<any>(synth().resource.azurerm_traffic_manager_external_endpoint);
    expect(eps.map((e) => [e.name, e.target, e.endpoint_location, e.weight, e.priority])).toEqual([
      ["a", "198.51.100.1", "West US", undefined, undefined],
      ["b", "198.51.100.2", "East US", undefined, undefined],
    ]);
  });

  it("sends no path and no expected status codes for TCP probes; HTTP(S) probes count every 2xx as healthy", () => {
    const monitorOf = (protocol: "HTTP" | "HTTPS" | "TCP") => only(synth({ monitor: { ...base.monitor, protocol } }), "azurerm_traffic_manager_profile").monitor_config;
    const tcp = monitorOf("TCP");
    expect(tcp.path).toBeUndefined();
    expect(tcp.expected_status_code_ranges).toBeUndefined();
    for (const protocol of ["HTTP", "HTTPS"] as const) expect(monitorOf(protocol)).toMatchObject({ path: "/", expected_status_code_ranges: ["200-299"] });
  });

  it.each([
    ["Weighted", [10, undefined, undefined]],
    ["Priority", [undefined, 1, undefined]],
    ["Performance", [undefined, undefined, "West US"]],
  ] as const)("sends only the %s routing method's own endpoint field", (routingMethod, fields) => {
    const a = Object.values<any>(synth({ routingMethod }).resource.azurerm_traffic_manager_external_endpoint)[0];
    expect([a.weight, a.priority, a.endpoint_location]).toEqual(fields);
  });
});
