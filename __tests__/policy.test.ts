import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NetworkSecurityGroup as AzurermNsg } from "@cdktf/provider-azurerm/lib/network-security-group";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { TrafficManagerProfile } from "@cdktf/provider-azurerm/lib/traffic-manager-profile";
import { LinuxVirtualMachine } from "@cdktf/provider-azurestack/lib/linux-virtual-machine";
import { NetworkSecurityGroup } from "@cdktf/provider-azurestack/lib/network-security-group";
import { NetworkSecurityRule } from "@cdktf/provider-azurestack/lib/network-security-rule";
import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { VirtualMachine } from "@cdktf/provider-azurestack/lib/virtual-machine";
import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { Release } from "@cdktf/provider-helm/lib/release";
import { DeploymentV1 } from "@cdktf/provider-kubernetes/lib/deployment-v1";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { ServiceV1 } from "@cdktf/provider-kubernetes/lib/service-v1";
import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { App, AssetType, TerraformAsset, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { Policy, type PolicyReport } from "../policy";
import { isInternetSource } from "../policy/rules/no-internet-inbound";
import { imageProblem } from "../policy/rules/pinned-images";
import { secretReference } from "../policy/rules/sensitive-outputs";
import { buildStacks } from "../stacks";
import { configFrom, defaultConfig, defaultRaw } from "./helpers";

/** A one-stack app ("test") with every provider the rules look at, built by `build`, synthesized with the policies. */
function check(build: (stack: TerraformStack) => void): PolicyReport {
  const outdir = mkdtempSync(join(tmpdir(), "ha-policy-"));
  try {
    const app = new App({ outdir, stackTraces: false });
    const stack = new TerraformStack(app, "test");
    new AzurestackProvider(stack, "azurestack", { features: {} });
    new AzurermProvider(stack, "azurerm", { features: [{}] });
    new KubernetesProvider(stack, "kubernetes", {});
    new HelmProvider(stack, "helm", {});
    new TlsProvider(stack, "tls");
    new RandomProvider(stack, "random");
    build(stack);
    Policy.apply(app);
    return Policy.synth(app);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const errorsOf = (build: (stack: TerraformStack) => void) => check(build).errors;

const NSG_FIX = "set source_address_prefix(es) to the CIDRs that need access, e.g. hubs[].engine.allowedSshCidrs for SSH, or remove the rule";
const VM_FIX = "remove admin_password and set disable_password_authentication = true; sign in with the admin_ssh_key (hubs[].engine.sshPublicKey)";
const IMAGE_FIX = "pin a version tag or a digest, e.g. myregistry.azurecr.io/ratings-api:v1.0.0 or @sha256:<digest>";
const rule = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourcePortRange: "*",
  destinationPortRange: "22",
  sourceAddressPrefix: "203.0.113.0/24",
  destinationAddressPrefix: "*",
  ...over,
});

describe("policy: the shipped stacks", () => {
  it("pass every rule with no violation and no exemption (bundled default, 2 hubs)", () => {
    const outdir = mkdtempSync(join(tmpdir(), "ha-policy-"));
    try {
      const app = new App({ outdir, stackTraces: false });
      buildStacks(app, defaultConfig());
      expect(Policy.synth(app)).toEqual({ errors: [], warnings: [] });
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("are checked by buildStacks itself: a plain app.synth() (tests, cdktf CLI) fails on a violation", () => {
    const raw = defaultRaw();
    raw.azure.trafficManager.monitor.path = "/healthz";
    const outdir = mkdtempSync(join(tmpdir(), "ha-policy-"));
    try {
      const app = new App({ outdir, stackTraces: false });
      buildStacks(app, configFrom(raw));
      expect(() => app.synth()).toThrow(
        'traffic: tm/profile: [traffic-manager-probe-path] monitor_config probes HTTP path "/healthz", which the ingress does not serve for requests without a Host header (use one of "/" (azure.trafficManager.monitor.path in the config))',
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe("rule no-internet-inbound", () => {
  it("rejects an inline NSG rule that opens SSH to the internet", () => {
    expect(
      errorsOf((s) => new NetworkSecurityGroup(s, "nsg", { name: "nsg", location: "local", resourceGroupName: "rg", securityRule: [rule("ssh", { sourceAddressPrefix: "*" })] })),
    ).toEqual([`test: nsg: [no-internet-inbound] security rule "ssh" allows inbound traffic from the internet (*) to port 22 (${NSG_FIX})`]);
  });

  it("rejects a standalone rule with an internet prefix among its source prefixes, naming the ports", () => {
    const errors = errorsOf((s) => {
      const c = new Construct(s, "engine");
      new NetworkSecurityRule(c, "web", {
        ...rule("web", { sourceAddressPrefix: undefined, destinationPortRange: undefined }),
        sourceAddressPrefixes: ["10.0.0.0/8", "0.0.0.0/0"],
        destinationPortRanges: ["80", "443"],
        networkSecurityGroupName: "nsg",
        resourceGroupName: "rg",
      });
    });
    expect(errors).toEqual([`test: engine/web: [no-internet-inbound] security rule "web" allows inbound traffic from the internet (0.0.0.0/0) to port 80, 443 (${NSG_FIX})`]);
  });

  it("checks the azurerm NSG too, and every port", () => {
    expect(
      errorsOf((s) => new AzurermNsg(s, "nsg", { name: "n", location: "westeurope", resourceGroupName: "rg", securityRule: [rule("any", { sourceAddressPrefix: "Internet", destinationPortRange: "*" })] })),
    ).toEqual([`test: nsg: [no-internet-inbound] security rule "any" allows inbound traffic from the internet (Internet) to every port (${NSG_FIX})`]);
  });

  it("rejects a LoadBalancer Service with no source ranges or an internet range, accepts listed CIDRs and ClusterIP", () => {
    const service = (name: string, type: string, loadBalancerSourceRanges?: string[]) => (s: TerraformStack) =>
      new ServiceV1(s, name, { metadata: { name }, spec: { type, port: [{ port: 27017 }], loadBalancerSourceRanges } });
    expect(errorsOf(service("open", "LoadBalancer"))).toEqual([
      'test: open: [no-internet-inbound] LoadBalancer Service "open" admits the internet (no loadBalancerSourceRanges) (list the CIDRs that need access in load_balancer_source_ranges, e.g. the other hubs\' hubs[].egressCidrs)',
    ]);
    expect(errorsOf(service("world", "LoadBalancer", ["198.51.100.0/28", "0.0.0.0/0"]))).toEqual([
      'test: world: [no-internet-inbound] LoadBalancer Service "world" admits the internet (0.0.0.0/0) (list the CIDRs that need access in load_balancer_source_ranges, e.g. the other hubs\' hubs[].egressCidrs)',
    ]);
    expect(errorsOf(service("hubs", "LoadBalancer", ["198.51.100.0/28"]))).toEqual([]);
    expect(errorsOf(service("inside", "ClusterIP"))).toEqual([]);
  });

  it("accepts admin CIDRs, outbound rules and deny rules from anywhere", () => {
    expect(
      errorsOf(
        (s) =>
          new NetworkSecurityGroup(s, "nsg", {
            name: "nsg",
            location: "local",
            resourceGroupName: "rg",
            securityRule: [rule("ssh"), rule("out", { direction: "Outbound", sourceAddressPrefix: "*" }), rule("deny", { access: "Deny", sourceAddressPrefix: "*" })],
          }),
      ),
    ).toEqual([]);
  });

  it.each([
    ["*", true],
    ["Internet", true],
    ["Any", true],
    ["0.0.0.0/0", true],
    ["::/0", true],
    ["0.0.0.0", true],
    ["203.0.113.0/24", false],
    ["VirtualNetwork", false],
    ["${var.admin_cidr}", false],
  ])("treats %s as the internet: %s", (prefix, internet) => {
    expect(isInternetSource(prefix)).toBe(internet);
  });
});

describe("rule linux-vm-no-password", () => {
  const vm = { name: "vm", location: "local", resourceGroupName: "rg", size: "Standard_D2_v2", adminUsername: "azureuser", networkInterfaceIds: ["nic"], osDisk: { caching: "ReadWrite", storageAccountType: "Standard_LRS" } };

  it("rejects a Linux VM with a password and password authentication on", () => {
    expect(errorsOf((s) => new LinuxVirtualMachine(s, "vm", { ...vm, adminPassword: "Example-only-1", disablePasswordAuthentication: false }))).toEqual([
      `test: vm: [linux-vm-no-password] enables SSH password authentication (disable_password_authentication = false) (${VM_FIX})`,
      `test: vm: [linux-vm-no-password] sets admin_password (${VM_FIX})`,
    ]);
  });

  it("rejects the older azurestack_virtual_machine with password authentication in os_profile_linux_config", () => {
    expect(
      errorsOf(
        (s) =>
          new VirtualMachine(s, "old", {
            name: "old",
            location: "local",
            resourceGroupName: "rg",
            vmSize: "Standard_D2_v2",
            networkInterfaceIds: ["nic"],
            storageOsDisk: { name: "os", createOption: "FromImage" },
            osProfile: { computerName: "old", adminUsername: "azureuser", adminPassword: "Example-only-1" },
            osProfileLinuxConfig: { disablePasswordAuthentication: false },
          }),
      ),
    ).toEqual([
      `test: old: [linux-vm-no-password] does not set os_profile_linux_config.disable_password_authentication = true (${VM_FIX})`,
      `test: old: [linux-vm-no-password] sets os_profile.admin_password (${VM_FIX})`,
    ]);
  });

  it("accepts SSH keys only", () => {
    expect(errorsOf((s) => new LinuxVirtualMachine(s, "vm", { ...vm, disablePasswordAuthentication: true, adminSshKey: [{ username: "azureuser", publicKey: "ssh-rsa AAAA" }] }))).toEqual([]);
  });
});

describe("rule helm-pinned-chart", () => {
  it("rejects a chart with no repository and no version", () => {
    expect(errorsOf((s) => new Release(s, "ingress", { name: "ingress", chart: "nginx-ingress" }))).toEqual([
      'test: ingress: [helm-pinned-chart] chart "nginx-ingress" has no repository (set repository to the chart\'s Helm or oci:// repository, e.g. oci://ghcr.io/nginx/charts)',
      'test: ingress: [helm-pinned-chart] chart "nginx-ingress" has no version, so every apply may install a different chart (set version to an exact chart version, e.g. 2.6.4)',
    ]);
  });

  it.each(["~2.6.4", "^2.6", "2.6", ">=2.6.4", "2.6.x", "latest", "*"])("rejects the version range %s", (version) => {
    expect(errorsOf((s) => new Release(s, "ingress", { name: "ingress", repository: "oci://ghcr.io/nginx/charts", chart: "nginx-ingress", version }))).toEqual([
      `test: ingress: [helm-pinned-chart] chart "nginx-ingress" version "${version}" is not an exact version (set version to an exact chart version such as 2.6.4, not a range)`,
    ]);
  });

  it("rejects a version only known at plan time and a local path that is not an asset", () => {
    expect(
      errorsOf((s) => {
        const v = new TerraformVariable(s, "chart_version", { type: "string" });
        new Release(s, "monitor", { name: "m", repository: "https://microsoft.github.io/charts/repo", chart: "azuremonitor-containers", version: v.stringValue });
        new Release(s, "app", { name: "app", chart: "./charts/ratings" });
      }),
    ).toEqual([
      'test: monitor: [helm-pinned-chart] chart "azuremonitor-containers" version "${var.chart_version}" is only known at plan time, so it cannot be checked (set version to a literal exact chart version, e.g. 2.6.4)',
      'test: app: [helm-pinned-chart] chart "./charts/ratings" is a local path that is not shipped with the stack (wrap the chart folder in a TerraformAsset and set chart = asset.path)',
      'test: app: [helm-pinned-chart] chart "./charts/ratings" has no version, so every apply may install a different chart (set version to an exact chart version, e.g. 2.6.4)',
    ]);
  });

  it("accepts a pinned repository chart, a pinned oci:// chart and a local chart from a TerraformAsset", () => {
    const chartDir = mkdtempSync(join(tmpdir(), "ha-chart-"));
    writeFileSync(join(chartDir, "Chart.yaml"), "apiVersion: v2\nname: ratings\nversion: 0.1.0\n");
    try {
      expect(
        errorsOf((s) => {
          new Release(s, "ingress", { name: "ingress", repository: "oci://ghcr.io/nginx/charts", chart: "nginx-ingress", version: "2.6.4" });
          new Release(s, "oci", { name: "oci", chart: "oci://ghcr.io/nginx/charts/nginx-ingress", version: "v2.6.4" });
          const asset = new TerraformAsset(s, "chart", { path: chartDir, type: AssetType.DIRECTORY });
          new Release(s, "ratings", { name: "ratings", chart: asset.path });
        }),
      ).toEqual([]);
    } finally {
      rmSync(chartDir, { recursive: true, force: true });
    }
  });
});

describe("rule pinned-images", () => {
  const deployment = (s: TerraformStack, image: string, initImage?: string) =>
    new DeploymentV1(s, "web", {
      metadata: { name: "web" },
      spec: {
        selector: { matchLabels: { app: "web" } },
        template: {
          metadata: { labels: { app: "web" } },
          spec: { container: [{ name: "web", image }], initContainer: initImage ? [{ name: "init", image: initImage }] : undefined },
        },
      },
    });

  it("rejects a Kubernetes container image without a tag and an init container on latest", () => {
    expect(errorsOf((s) => deployment(s, "contoso.azurecr.io/ratings-web", "busybox:latest"))).toEqual([
      `test: web: [pinned-images] image "contoso.azurecr.io/ratings-web" has no tag, so it means :latest (${IMAGE_FIX})`,
      `test: web: [pinned-images] image "busybox:latest" uses the mutable tag latest (${IMAGE_FIX})`,
    ]);
  });

  it("rejects latest in Helm set values and values YAML", () => {
    expect(
      errorsOf(
        (s) =>
          new Release(s, "ingress", {
            name: "ingress",
            repository: "oci://ghcr.io/nginx/charts",
            chart: "nginx-ingress",
            version: "2.6.4",
            set: [
              { name: "controller.image.tag", value: "latest" },
              { name: "sidecar.image", value: "docker.io/library/busybox" },
              { name: "controller.replicaCount", value: "2" },
              { name: "images.mongodb", value: "docker.io/library/mongo:latest" },
            ],
            values: [
              "controller:\n  image:\n    repository: ghcr.io/nginx/nginx-ingress\n    tag: latest\n",
              "exporter:\n  image: quay.io/x/exporter:1.2.3\nimages:\n  api: contoso.azurecr.io/ratings-api\n  web: contoso.azurecr.io/ratings-web:v1\nimagePullSecrets: [{ name: acr-pull }]\n",
            ],
          }),
      ),
    ).toEqual([
      `test: ingress: [pinned-images] set "controller.image.tag" = "latest" is the mutable tag latest (${IMAGE_FIX})`,
      `test: ingress: [pinned-images] set "sidecar.image": image "docker.io/library/busybox" has no tag, so it means :latest (${IMAGE_FIX})`,
      `test: ingress: [pinned-images] set "images.mongodb": image "docker.io/library/mongo:latest" uses the mutable tag latest (${IMAGE_FIX})`,
      `test: ingress: [pinned-images] values[0]: image ghcr.io/nginx/nginx-ingress tag is latest (${IMAGE_FIX})`,
      `test: ingress: [pinned-images] values[1]: image "contoso.azurecr.io/ratings-api" has no tag, so it means :latest (${IMAGE_FIX})`,
    ]);
  });

  it("accepts version tags, digests and tags after a registry expression", () => {
    expect(errorsOf((s) => deployment(s, "${var.registry}/ratings-web:v1.0.0", `mongo@sha256:${"a".repeat(64)}`))).toEqual([]);
  });

  it.each([
    ["nginx", 'image "nginx" has no tag, so it means :latest'],
    ["localhost:5000/app", 'image "localhost:5000/app" has no tag, so it means :latest'],
    ["localhost:5000/app:1.0", undefined],
    ["repo:${var.tag}", undefined],
    ["app:LATEST", 'image "app:LATEST" uses the mutable tag latest'],
  ])("judges %s", (image, problem) => {
    expect(imageProblem(image)).toBe(problem);
  });
});

describe("rule sensitive-outputs", () => {
  const FIX = "set sensitive: true on the TerraformOutput, or do not output the secret";

  it("rejects non-sensitive outputs of a private key, a generated password and a sensitive variable", () => {
    expect(
      errorsOf((s) => {
        const key = new PrivateKey(s, "key", { algorithm: "RSA" });
        const pw = new Password(s, "pw", { length: 24 });
        const pat = new TerraformVariable(s, "agent_registration", { type: "string", sensitive: true });
        new TerraformOutput(s, "key_pem", { value: key.privateKeyPem });
        new TerraformOutput(s, "password", { value: pw.result });
        new TerraformOutput(s, "registration", { value: pat.stringValue });
        new TerraformOutput(s, "ok_public", { value: key.publicKeyOpenssh });
        new TerraformOutput(s, "ok_sensitive", { value: key.privateKeyPem, sensitive: true });
      }),
    ).toEqual([
      `test: key_pem: [sensitive-outputs] output "key_pem" exposes tls_private_key.key.private_key_pem but is not sensitive (${FIX})`,
      `test: password: [sensitive-outputs] output "password" exposes random_password.pw.result but is not sensitive (${FIX})`,
      `test: registration: [sensitive-outputs] output "registration" exposes var.agent_registration but is not sensitive (${FIX})`,
    ]);
  });

  it("rejects a workspace key, a registry token password and a secret-named variable inside an expression", () => {
    expect(
      errorsOf((s) => {
        new TerraformOutput(s, "ws", { value: "${azurerm_log_analytics_workspace.logs.primary_shared_key}" });
        new TerraformOutput(s, "acr", { value: { pull: "${azurerm_container_registry_token_password.pull.password1[0].value}" } });
        new TerraformOutput(s, "agent", { value: "pat=${var.azp_token}" });
      }),
    ).toEqual([
      `test: ws: [sensitive-outputs] output "ws" exposes .primary_shared_key but is not sensitive (${FIX})`,
      `test: acr: [sensitive-outputs] output "acr" exposes azurerm_container_registry_token_password.pull.password1 but is not sensitive (${FIX})`,
      `test: agent: [sensitive-outputs] output "agent" exposes var.azp_token but is not sensitive (${FIX})`,
    ]);
  });
});

describe("secretReference", () => {
  it.each([
    ["${var.azp_pat}", "var.azp_pat"],
    ["${var.pipelines-token}", "var.pipelines-token"],
    ["${kubernetes_secret_v1.deploy.data}", "kubernetes_secret_v1.deploy.data"],
    ["${tls_private_key.k.public_key_openssh}", undefined],
    ["${var.compat_mode}", undefined],
    ["${var.path_prefix}", undefined],
    ["${azurerm_container_registry.acr.login_server}", undefined],
  ])("%s -> %s", (value, ref) => {
    expect(secretReference(value)).toBe(ref);
  });
});

describe("rule traffic-manager-probe-path", () => {
  const profile = (s: TerraformStack, protocol: string, path?: string) =>
    new TrafficManagerProfile(s, "tm", {
      name: "tm",
      resourceGroupName: "rg",
      trafficRoutingMethod: "Weighted",
      dnsConfig: { relativeName: "x", ttl: 60 },
      monitorConfig: { protocol, port: protocol === "HTTPS" ? 443 : 80, path },
    });

  it("rejects a probe path the ingress does not serve", () => {
    expect(errorsOf((s) => profile(s, "HTTPS", "/healthz"))).toEqual([
      'test: tm: [traffic-manager-probe-path] monitor_config probes HTTPS path "/healthz", which the ingress does not serve for requests without a Host header (use one of "/" (azure.trafficManager.monitor.path in the config))',
    ]);
  });

  it("accepts / and TCP probes", () => {
    expect(errorsOf((s) => profile(s, "HTTP", "/"))).toEqual([]);
    expect(errorsOf((s) => profile(s, "TCP"))).toEqual([]);
  });
});

describe("Policy.exempt", () => {
  const openNsg = (scope: Construct) =>
    new NetworkSecurityGroup(scope, "nsg", { name: "nsg", location: "local", resourceGroupName: "rg", securityRule: [rule("https", { sourceAddressPrefix: "*", destinationPortRange: "443" })] });

  it("turns one construct's violation into a warning that carries the reason", () => {
    const report = check((s) => {
      const demo = new Construct(s, "demo");
      Policy.exempt(openNsg(demo), "no-internet-inbound", "public HTTPS endpoint of the demo, reviewed in PR 42");
      openNsg(new Construct(s, "other")); // not exempted: still an error
    });
    expect(report.warnings).toEqual([
      'test: demo/nsg: [no-internet-inbound] exempted: security rule "https" allows inbound traffic from the internet (*) to port 443 (reason: public HTTPS endpoint of the demo, reviewed in PR 42; exempted at test/demo/nsg)',
    ]);
    expect(report.errors).toEqual([`test: other/nsg: [no-internet-inbound] security rule "https" allows inbound traffic from the internet (*) to port 443 (${NSG_FIX})`]);
  });

  it("covers the constructs inside the exempted one, and only for the named rule", () => {
    const report = check((s) => {
      const demo = new Construct(s, "demo");
      openNsg(demo);
      new Release(demo, "chart", { name: "c", chart: "x" });
      Policy.exempt(demo, "no-internet-inbound", "demo network, torn down nightly");
    });
    expect(report.warnings).toHaveLength(1);
    expect(report.errors.map((e) => e.split(" [")[1].split("]")[0])).toEqual(["helm-pinned-chart", "helm-pinned-chart"]);
  });

  it("requires a reason, a known rule and a construct smaller than a stack", () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), "ha-policy-")) });
    const stack = new TerraformStack(app, "s");
    const c = new Construct(stack, "c");
    expect(() => Policy.exempt(c, "no-internet-inbound", " ")).toThrow("Policy.exempt: s/c: [no-internet-inbound] needs a reason of at least 10 characters");
    expect(() => Policy.exempt(c, "no-such-rule", "because it is fine")).toThrow('Policy.exempt: unknown rule "no-such-rule"');
    expect(() => Policy.exempt(stack, "no-internet-inbound", "because it is fine")).toThrow("is a stack or the app");
    rmSync(app.outdir, { recursive: true, force: true });
  });
});

