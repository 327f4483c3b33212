import { TerraformStack, TerraformVariable } from "cdktf";
import { ClusterCredentials } from "../../../constructs/hub/cluster-credentials";
import { ClusterDefinition, type ClusterDefinitionOptions } from "../../../constructs/hub/cluster-definition";
import type { EngineCloudConfigOptions } from "../../../constructs/hub/engine-cloud-config";

/** The aks-engine release the engine host's cloud-config installs. */
export const SHA = "a".repeat(64);
export const cloudOptions: EngineCloudConfigOptions = {
  aksEngineVersion: "v0.85.0",
  downloadUrl: "https://github.com/Azure/aks-engine-azurestack/releases/download/v0.85.0/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz",
  sha256: SHA,
};

const definitionBase: Omit<ClusterDefinitionOptions, "clientSecret" | "caCertificatePem" | "caPrivateKeyPem"> = {
  location: "local",
  kubernetesVersion: "1.34.4",
  networkPlugin: "kubenet",
  portalUrl: "https://portal.local.azurestack.external",
  identitySystem: "adfs",
  dnsPrefix: "c1",
  controlPlane: { count: 3, vmSize: "Standard_D2_v2" },
  nodePools: [{ name: "linuxpool", count: 3, vmSize: "Standard_D2_v2" }],
  adminUsername: "azureuser",
  sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2E test",
  clientId: "22222222-2222-2222-2222-222222222222",
};

/** A definition wired like the hub stack does: secrets from a sensitive variable and the tls resources. */
export function definitionIn(stack: TerraformStack, over: Partial<ClusterDefinitionOptions> = {}): ClusterDefinition {
  const secret = new TerraformVariable(stack, "sp_secret", { type: "string", sensitive: true });
  const creds = new ClusterCredentials(stack, "creds", { clusterName: "c1" });
  return new ClusterDefinition(stack, "definition", {
    ...definitionBase,
    clientSecret: secret.stringValue,
    caCertificatePem: creds.caCertificatePem,
    caPrivateKeyPem: creds.caPrivateKeyPem,
    ...over,
  });
}
