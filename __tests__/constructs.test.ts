import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { PublicIp } from "@cdktf/provider-azurestack/lib/public-ip";
import { TerraformStack, Testing } from "cdktf";
import { ClusterCredentials } from "../constructs/cluster/cluster-credentials";
import { LogAnalytics } from "../constructs/global/log-analytics";
import { IngressPublicIp } from "../constructs/hub/ingress-public-ip";
import { TrafficManager, type TrafficManagerOptions } from "../constructs/traffic/traffic-manager";

/** Synthesized JSON text of a one-construct stack (what cdktf's jest matchers take). */
function synthOf(build: (stack: TerraformStack) => void): string {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack);
  return Testing.synth(stack);
}

const parse = (text: string): any => JSON.parse(text);

describe("LogAnalytics", () => {
  const text = synthOf((s) => new LogAnalytics(s, "logs", { name: "ws", location: "westeurope", resourceGroupName: "rg", retentionDays: 90 }));

  it("creates a PerGB2018 workspace with the configured retention", () => {
    expect(text).toHaveResourceWithProperties(LogAnalyticsWorkspace, { name: "ws", sku: "PerGB2018", retention_in_days: 90 });
  });

  it("adds the ContainerInsights solution that Azure Monitor for containers needs", () => {
    const solution = Object.values<any>(parse(text).resource.azurerm_log_analytics_solution)[0];
    expect(solution).toMatchObject({ solution_name: "ContainerInsights", plan: { publisher: "Microsoft", product: "OMSGallery/ContainerInsights" } });
    expect(solution.workspace_resource_id).toMatch(/^\$\{azurerm_log_analytics_workspace\.logs_workspace_[0-9A-F]+\.id\}$/);
  });
});

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

  it("maps routing, DNS and monitor settings", () => {
    const json = parse(synthOf((s) => new TrafficManager(s, "tm", base)));
    const profile = Object.values<any>(json.resource.azurerm_traffic_manager_profile)[0];
    expect(profile).toMatchObject({
      traffic_routing_method: "Performance",
      dns_config: { relative_name: "contoso", ttl: 30 },
      monitor_config: { protocol: "HTTP", port: 80, path: "/", interval_in_seconds: 10, timeout_in_seconds: 5, tolerated_number_of_failures: 2 },
    });
  });

  it("creates one external endpoint per hub with the location Performance routing needs", () => {
    const json = parse(synthOf((s) => new TrafficManager(s, "tm", base)));
    const eps = Object.values<any>(json.resource.azurerm_traffic_manager_external_endpoint);
    expect(eps.map((e) => [e.name, e.target, e.endpoint_location, e.weight, e.priority])).toEqual([
      ["a", "198.51.100.1", "West US", undefined, undefined],
      ["b", "198.51.100.2", "East US", undefined, undefined],
    ]);
  });

  it("sends no path for TCP probes", () => {
    const json = parse(synthOf((s) => new TrafficManager(s, "tm", { ...base, monitor: { ...base.monitor, protocol: "TCP" } })));
    const profile = Object.values<any>(json.resource.azurerm_traffic_manager_profile)[0];
    expect(profile.monitor_config.path).toBeUndefined();
  });
});

describe("IngressPublicIp", () => {
  it("is static, with a DNS label, in the given resource group", () => {
    const text = synthOf((s) => new IngressPublicIp(s, "ip", { name: "pip", location: "local", resourceGroupName: "cluster-rg", domainNameLabel: "x-ingress" }));
    expect(text).toHaveResourceWithProperties(
      PublicIp,
      { name: "pip", allocation_method: "Static", resource_group_name: "cluster-rg", domain_name_label: "x-ingress" },
    );
  });
});

describe("ClusterCredentials", () => {
  const json = parse(synthOf((s) => new ClusterCredentials(s, "creds", { clusterName: "c1" })));

  it("creates a CA that can sign certificates", () => {
    const ca = Object.values<any>(json.resource.tls_self_signed_cert)[0];
    expect(ca.is_ca_certificate).toBe(true);
    expect(ca.allowed_uses).toContain("cert_signing");
    expect(ca.subject).toEqual([{ common_name: "c1-ca" }]);
  });

  it("issues an admin client certificate in system:masters signed by that CA, renewed before expiry", () => {
    const csr = Object.values<any>(json.resource.tls_cert_request)[0];
    expect(csr.subject).toEqual([{ common_name: "cluster-admin", organization: "system:masters" }]);
    const cert = Object.values<any>(json.resource.tls_locally_signed_cert)[0];
    expect(cert.allowed_uses).toEqual(["client_auth", "digital_signature", "key_encipherment"]);
    expect(cert.ca_cert_pem).toMatch(/^\$\{tls_self_signed_cert\.creds_ca_[0-9A-F]+\.cert_pem\}$/);
    expect(cert.early_renewal_hours).toBeGreaterThan(0);
  });
});
