import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { PublicIp } from "@cdktf/provider-azurestack/lib/public-ip";
import { TerraformOutput, TerraformStack, Testing } from "cdktf";
import YAML from "yaml";
import { DEPLOYER_RULES, DeployIdentity } from "../constructs/apps/deploy-identity";
import { IngressController } from "../constructs/apps/ingress-controller";
import { MonitoringAgent } from "../constructs/apps/monitoring-agent";
import { RatingsApp } from "../constructs/apps/ratings-app";
import { WebAutoscaler } from "../constructs/apps/web-autoscaler";
import { ClusterCredentials } from "../constructs/hub/cluster-credentials";
import { LogAnalytics } from "../constructs/global/log-analytics";
import { IngressPublicIp } from "../constructs/hub/ingress-public-ip";
import { TrafficManager, type TrafficManagerOptions } from "../constructs/traffic/traffic-manager";
import { RATINGS_CHART_DIR } from "../stacks";

/** Synthesized JSON text of a one-construct stack (what cdktf's jest matchers take). */
function synthOf(build: (stack: TerraformStack) => void): string {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack);
  return Testing.synth(stack);
}

const parse = (text: string): any => JSON.parse(text);

describe("LogAnalytics", () => {
  const options = { name: "ws", location: "westeurope", resourceGroupName: "rg", retentionDays: 90 };
  const text = synthOf((s) => new LogAnalytics(s, "logs", { ...options, containerInsights: true }));

  it("creates a PerGB2018 workspace with the configured retention", () => {
    expect(text).toHaveResourceWithProperties(LogAnalyticsWorkspace, { name: "ws", sku: "PerGB2018", retention_in_days: 90 });
  });

  it("adds the ContainerInsights solution that Azure Monitor for containers needs", () => {
    const solution = Object.values<any>(parse(text).resource.azurerm_log_analytics_solution)[0];
    expect(solution).toMatchObject({ solution_name: "ContainerInsights", plan: { publisher: "Microsoft", product: "OMSGallery/ContainerInsights" } });
    expect(solution.workspace_resource_id).toMatch(/^\$\{azurerm_log_analytics_workspace\.logs_workspace_[0-9A-F]+\.id\}$/);
  });

  it("keeps the workspace but adds no solution without the agent", () => {
    const json = parse(synthOf((s) => new LogAnalytics(s, "logs", { ...options, containerInsights: false })));
    expect(Object.keys(json.resource)).toEqual(["azurerm_log_analytics_workspace"]);
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

  it("sends no path and no expected status codes for TCP probes; HTTP(S) probes count every 2xx as healthy", () => {
    const monitorOf = (protocol: "HTTP" | "HTTPS" | "TCP") =>
      Object.values<any>(parse(synthOf((s) => new TrafficManager(s, "tm", { ...base, monitor: { ...base.monitor, protocol } }))).resource.azurerm_traffic_manager_profile)[0].monitor_config;
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
    const json = parse(synthOf((s) => new TrafficManager(s, "tm", { ...base, routingMethod })));
    const a = Object.values<any>(json.resource.azurerm_traffic_manager_external_endpoint)[0];
    expect([a.weight, a.priority, a.endpoint_location]).toEqual(fields);
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

  it("never lets Terraform destroy the CA key or certificate, while the admin certificate renews freely", () => {
    const key = (part: string) => Object.entries<any>(json.resource.tls_private_key).find(([name]) => name.includes(part))![1];
    expect(key("ca-key").lifecycle).toEqual({ prevent_destroy: true });
    expect(Object.values<any>(json.resource.tls_self_signed_cert)[0].lifecycle).toEqual({ prevent_destroy: true });
    expect(key("admin-key").lifecycle).toBeUndefined();
    expect(Object.values<any>(json.resource.tls_locally_signed_cert)[0].lifecycle).toBeUndefined();
  });

  it("makes RSA keys: aks-engine reads the CA key from certificateProfile as PKCS#1 RSA", () => {
    // https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/helpers/pki.go#L108 and
    // https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/helpers/pki.go#L352-L357 (x509.ParsePKCS1PrivateKey)
    const key = (part: string) => Object.entries<any>(json.resource.tls_private_key).find(([name]) => name.includes(part))![1];
    expect(key("ca-key")).toMatchObject({ algorithm: "RSA", rsa_bits: 4096 });
    expect(key("admin-key")).toMatchObject({ algorithm: "RSA", rsa_bits: 2048 });
  });

  it("keeps the CA 10 years and the admin certificate 1 year by default, each overridable", () => {
    const hours = (j: any) => [Object.values<any>(j.resource.tls_self_signed_cert)[0], Object.values<any>(j.resource.tls_locally_signed_cert)[0]].map((c) => c.validity_period_hours);
    expect(hours(json)).toEqual([10 * 8760, 8760]);
    const custom = parse(synthOf((s) => new ClusterCredentials(s, "creds", { clusterName: "c1", caValidityHours: 200, clientValidityHours: 100 })));
    expect(hours(custom)).toEqual([200, 100]);
  });
});

describe("IngressController", () => {
  const base = { repository: "oci://r.example.com/charts", version: "2.6.4", className: "nginx", publicIpName: "pip", publicIpResourceGroup: "rg" };
  const values = (replicas: number) =>
    YAML.parse(Object.values<any>(parse(synthOf((s) => new IngressController(s, "i", { ...base, replicas }))).resource.helm_release)[0].values[0]).controller;

  it("binds the service to the named IP and resource group", () => {
    expect(values(2).service.annotations).toEqual({
      "service.beta.kubernetes.io/azure-pip-name": "pip",
      "service.beta.kubernetes.io/azure-load-balancer-resource-group": "rg",
    });
  });

  it("keeps one controller up during drains only when there is more than one", () => {
    expect(values(2).podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    expect(values(1).podDisruptionBudget.enabled).toBe(false);
  });
});

describe("MonitoringAgent", () => {
  it("installs into kube-system with the key only in set_sensitive", () => {
    const json = parse(synthOf((s) => new MonitoringAgent(s, "m", { repository: "https://r", version: "3.1.28", workspaceId: "ws", workspaceKey: "k", clusterName: "c" })));
    const r = Object.values<any>(json.resource.helm_release)[0];
    expect(r.namespace).toBe("kube-system");
    expect(r.set).toEqual([
      { name: "amalogs.secret.wsid", value: "ws", type: "string" },
      { name: "amalogs.env.clusterName", value: "c", type: "string" },
    ]);
    expect(r.set_sensitive).toEqual([{ name: "amalogs.secret.key", value: "k", type: "string" }]);
  });
});

describe("RatingsApp", () => {
  const build = (imagePullSecrets?: string[]) =>
    parse(
      synthOf(
        (s) =>
          new RatingsApp(s, "r", {
            chartDir: RATINGS_CHART_DIR,
            namespace: "ns",
            images: { api: "r.example.com/a:1", web: "r.example.com/w:1", mongodb: "docker.io/library/mongo:8.0.4" },
            ingressClassName: "nginx",
            imagePullSecrets,
            database: { kind: "in-cluster" },
          }),
      ),
    );

  it("installs the chart from a relative asset path", () => {
    const r = Object.values<any>(build().resource.helm_release)[0];
    expect(r.chart).toMatch(/^assets\/r_chart_[0-9A-F]+\/[0-9A-F]{32}$/);
  });

  it("turns pull secret names into the chart's imagePullSecrets list", () => {
    const values = (j: any) => YAML.parse(Object.values<any>(j.resource.helm_release)[0].values[0]);
    expect(values(build()).imagePullSecrets).toEqual([]);
    expect(values(build(["acr-pull"])).imagePullSecrets).toEqual([{ name: "acr-pull" }]);
  });
});

describe("WebAutoscaler", () => {
  it("scales the named deployment on average CPU utilization", () => {
    const json = parse(synthOf((s) => new WebAutoscaler(s, "a", { namespace: "ns", deploymentName: "web", minReplicas: 3, maxReplicas: 7, cpuUtilization: 65 })));
    const hpa = Object.values<any>(json.resource.kubernetes_horizontal_pod_autoscaler_v2)[0];
    expect(hpa.spec).toMatchObject({ min_replicas: 3, max_replicas: 7, scale_target_ref: { kind: "Deployment", name: "web" } });
    expect(hpa.spec.metric[0].resource.target).toEqual({ type: "Utilization", average_utilization: 65 });
  });
});

describe("DeployIdentity", () => {
  it("never grants wildcards, cluster-scoped kinds or pod exec", () => {
    const all = DEPLOYER_RULES.flatMap((r) => [...r.resources, ...r.verbs, ...r.apiGroups]);
    expect(all).not.toContain("*");
    expect(all).not.toEqual(expect.arrayContaining(["pods/exec"]));
    expect(DEPLOYER_RULES.flatMap((r) => r.resources)).not.toEqual(expect.arrayContaining(["namespaces"]));
  });

  it("does not mount the token into pods and writes the namespace into the kubeconfig context", () => {
    const json = parse(
      synthOf((s) => {
        const d = new DeployIdentity(s, "d", { namespace: "ns", name: "deployer", clusterName: "c1", server: "https://api" });
        new TerraformOutput(s, "kubeconfig", { value: d.kubeconfig, sensitive: true });
      }),
    );
    expect(Object.values<any>(json.resource.kubernetes_service_account_v1)[0].automount_service_account_token).toBe(false);
    const secret = Object.values<any>(json.resource.kubernetes_secret_v1)[0];
    expect(secret.type).toBe("kubernetes.io/service-account-token");
    expect(json.output.kubeconfig.value).toContain('"contexts" = [{"name" = "c1-deployer", "context" = {"cluster" = "c1", "user" = "deployer", "namespace" = "ns"}}]');
    expect(json.output.kubeconfig.value).toContain('"current-context" = "c1-deployer"');
  });
});
