import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurestack/lib/resource-group";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { hubClientSecretVariable } from "../config/secrets";
import { ClusterCredentials } from "../constructs/cluster/cluster-credentials";
import { IngressPublicIp } from "../constructs/hub/ingress-public-ip";
import { configureBackend } from "./backend";
import { apiServerUrl, commonTags, hubResourceNames, STACK_IDS } from "./naming";

/** Explicit, non-sensitive outputs other stacks read through remote state (plans show their values). */
export const HUB_OUTPUTS = {
  ingressIpAddress: "ingress_ip_address",
  ingressIpName: "ingress_ip_name",
  clusterResourceGroup: "cluster_resource_group",
  apiServerUrl: "api_server_url",
} as const;

/** What a Kubernetes or Helm provider needs to reach the cluster as admin. */
export interface KubeApiAccess {
  readonly host: string;
  readonly clusterCaCertificate: string;
  readonly clientCertificate: string;
  /** Sensitive. */
  readonly clientKey: string;
}

export interface HubStackProps {
  readonly config: Config;
  readonly hub: HubConfig;
}

/** One Azure Stack Hub: its resource groups, the cluster's credentials and the ingress IP. */
export class HubStack extends TerraformStack {
  readonly hub: HubConfig;
  readonly kubeApi: KubeApiAccess;
  readonly ingressIp: IngressPublicIp;
  readonly clusterName: string;

  constructor(scope: Construct, props: HubStackProps) {
    const { config, hub } = props;
    const stackId = STACK_IDS.hub(hub.name);
    super(scope, stackId);
    this.hub = hub;
    configureBackend(this, config.backend, config.name, stackId);

    const clientSecret = new TerraformVariable(this, hubClientSecretVariable(hub.name), {
      type: "string",
      sensitive: true,
      nullable: false,
      description: `Service principal secret for hub ${hub.name} (client id ${hub.clientId}); set TF_VAR_${hubClientSecretVariable(hub.name)}.`,
    });
    new AzurestackProvider(this, "azurestack", {
      features: {},
      metadataHost: new URL(hub.armEndpoint).hostname,
      subscriptionId: hub.subscriptionId,
      tenantId: hub.tenantId,
      clientId: hub.clientId,
      clientSecret: clientSecret.stringValue,
    });
    new TlsProvider(this, "tls");

    const names = hubResourceNames(config, hub);
    const tags = commonTags(config, hub);
    this.clusterName = names.clusterName;
    new ResourceGroup(this, "engine-rg", { name: names.engineResourceGroup, location: hub.location, tags });
    const clusterGroup = new ResourceGroup(this, "cluster-rg", { name: names.clusterResourceGroup, location: hub.location, tags });

    this.ingressIp = new IngressPublicIp(this, "ingress-ip", {
      name: names.ingressPublicIp,
      location: hub.location,
      resourceGroupName: clusterGroup.name,
      domainNameLabel: `${names.clusterName}-ingress`,
      tags,
    });

    const credentials = new ClusterCredentials(this, "credentials", { clusterName: names.clusterName });
    this.kubeApi = {
      host: apiServerUrl(config, hub),
      clusterCaCertificate: credentials.caCertificatePem,
      clientCertificate: credentials.clientCertificatePem,
      clientKey: credentials.clientKeyPem,
    };

    new TerraformOutput(this, HUB_OUTPUTS.ingressIpAddress, { value: this.ingressIp.ipAddress });
    new TerraformOutput(this, HUB_OUTPUTS.ingressIpName, { value: this.ingressIp.name });
    new TerraformOutput(this, HUB_OUTPUTS.clusterResourceGroup, { value: clusterGroup.name });
    new TerraformOutput(this, HUB_OUTPUTS.apiServerUrl, { value: this.kubeApi.host });
  }
}
