import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { synthJson } from "../synth";
import { definitionIn } from "./fixtures";

describe("ClusterDefinition", () => {
  const def = definitionIn(new TerraformStack(Testing.app(), "test"));
  const p = def.model.properties;

  it("is a vlabs model for Azure Stack Hub: cloud controller manager on, instance metadata off, custom cloud profile", () => {
    expect(def.model).toMatchObject({ apiVersion: "vlabs", location: "local" });
    expect(p.orchestratorProfile).toMatchObject({ orchestratorType: "Kubernetes", orchestratorRelease: "1.34", orchestratorVersion: "1.34.4" });
    expect(p.orchestratorProfile.kubernetesConfig).toMatchObject({ networkPlugin: "kubenet", useInstanceMetadata: false, useCloudControllerManager: true });
    expect(p.customCloudProfile).toEqual({ portalURL: "https://portal.local.azurestack.external", identitySystem: "adfs" });
  });

  it("follows its options: version and release, network plugin, identity system, location, pools", () => {
    const other = definitionIn(new TerraformStack(Testing.app(), "other"), {
      location: "denver",
      kubernetesVersion: "1.33.7",
      networkPlugin: "azure",
      identitySystem: "azure_ad",
      nodePools: [
        { name: "linuxpool", count: 3, vmSize: "Standard_D2_v2" },
        { name: "bigpool", count: 2, vmSize: "Standard_D4_v2" },
      ],
    }).model;
    expect(other.location).toBe("denver");
    expect(other.properties.orchestratorProfile).toMatchObject({ orchestratorRelease: "1.33", orchestratorVersion: "1.33.7", kubernetesConfig: { networkPlugin: "azure" } });
    expect(other.properties.customCloudProfile.identitySystem).toBe("azure_ad");
    expect(other.properties.agentPoolProfiles.map((pool) => [pool.name, pool.count, pool.vmSize])).toEqual([
      ["linuxpool", 3, "Standard_D2_v2"],
      ["bigpool", 2, "Standard_D4_v2"],
    ]);
  });

  it("enables the Azure Disk CSI driver so MongoDB can get a persistent volume", () => {
    // aks-engine's own addon name, a public name: pinned as a literal on purpose
    expect(p.orchestratorProfile.kubernetesConfig.addons).toEqual([{ name: "azuredisk-csi-driver", enabled: true }]);
  });

  it("describes the control plane and node pools in availability sets without accelerated networking", () => {
    expect(p.masterProfile).toEqual({ count: 3, dnsPrefix: "c1", vmSize: "Standard_D2_v2", distro: "aks-ubuntu-22.04" });
    expect(p.agentPoolProfiles).toEqual([
      { name: "linuxpool", count: 3, vmSize: "Standard_D2_v2", distro: "aks-ubuntu-22.04", availabilityProfile: "AvailabilitySet", acceleratedNetworkingEnabled: false },
    ]);
    expect(p.linuxProfile).toEqual({ adminUsername: "azureuser", ssh: { publicKeys: [{ keyData: "ssh-rsa AAAAB3NzaC1yc2E test" }] } });
  });

  it("carries its secrets as Terraform references rendered at apply time, never literals", () => {
    const json = synthJson((s) => {
      const d = definitionIn(s);
      new TerraformVariable(s, "out", { default: d.json }); // any place that renders the expression
    });
    const expr: string = json.variable.out.default;
    expect(expr.startsWith("${jsonencode({")).toBe(true);
    expect(expr).toContain('"secret" = var.sp_secret');
    expect(expr).toMatch(/"caCertificate" = tls_self_signed_cert\.creds_ca_[0-9A-F]+\.cert_pem/);
    expect(expr).toMatch(/"caPrivateKey" = tls_private_key\.creds_ca-key_[0-9A-F]+\.private_key_pem/);
    expect(expr).toContain('"azuredisk-csi-driver"');
  });

  it("exposes the non-secret shape the runner triggers on", () => {
    expect(def.shape).toEqual({
      kubernetesVersion: "1.34.4",
      controlPlane: { count: 3, vmSize: "Standard_D2_v2" },
      nodePools: [{ name: "linuxpool", count: 3, vmSize: "Standard_D2_v2" }],
    });
  });
});
