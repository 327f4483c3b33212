import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurestack/lib/resource-group";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { Fn, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { hubClientSecretVariable } from "../config/secrets";
import { Cluster, type KubeApiAccess } from "../constructs/hub/cluster";
import { engineClusterDir } from "../constructs/hub/cluster-lifecycle";
import { CLUSTER_DISK_LUN, EngineHost } from "../constructs/hub/engine-host";
import { IngressPublicIp } from "../constructs/hub/ingress-public-ip";
import { configureBackend } from "./backend";
import { apiServerUrl, commonTags, hubResourceNames, STACK_IDS } from "./naming";

/** Explicit, non-sensitive outputs other stacks read through remote state (plans show their values). */
export const HUB_OUTPUTS = {
  ingressIpAddress: "ingress_ip_address",
  ingressIpName: "ingress_ip_name",
  clusterResourceGroup: "cluster_resource_group",
  apiServerUrl: "api_server_url",
  /** app.data.acrossHubs: the static IPs of this hub's three replica set members (member 0, 1, 2). */
  dbMemberIpAddresses: "db_member_ip_addresses",
} as const;

/** Explicit outputs for people: how to reach the engine host and where the runner logs. */
export const HUB_ENGINE_OUTPUTS = {
  engineFqdn: "engine_fqdn",
  engineIpAddress: "engine_ip_address",
  engineSsh: "engine_ssh",
  engineLifecycleLog: "engine_lifecycle_log",
} as const;

/** Explicit outputs with the cluster's admin credentials, for tools and for a retired hub's apps stack. */
export const HUB_CLUSTER_CREDENTIAL_OUTPUTS = {
  clusterCaCertificate: "cluster_ca_certificate",
  clientCertificate: "client_certificate",
  /** Sensitive. */
  clientKey: "client_key",
  kubeconfigFile: "kubeconfig_file",
} as const;

/**
 * A path from config as Terraform on the deploying machine sees it: `~/` expanded at apply time, relative
 * paths taken from the repository root (Terraform runs in cdktf.out/stacks/<stack>/), absolute ones as is.
 */
export function terraformLocalPath(path: string): string {
  if (path.startsWith("~/")) return Fn.pathexpand(path);
  if (path.startsWith("/")) return path;
  return `../../../${path.replace(/^\.\//, "")}`;
}

/**
 * The providers of a hub stack, also declared by a decommissioned one (Terraform needs them to destroy what
 * the state holds). Returns the service principal secret variable.
 */
export function hubProviders(stack: TerraformStack, hub: HubConfig): TerraformVariable {
  const clientSecret = azurestackProvider(stack, hub);
  new TlsProvider(stack, "tls");
  // the optional admin kubeconfig file (hubs[].cluster.kubeconfigFile)
  if (hub.cluster.kubeconfigFile || hub.decommission) new LocalProvider(stack, "local");
  return clientSecret;
}

/** The hub's azurestack provider with its service principal; returns the secret's sensitive variable. */
export function azurestackProvider(stack: TerraformStack, hub: HubConfig): TerraformVariable {
  const clientSecret = new TerraformVariable(stack, hubClientSecretVariable(hub.name), {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `Service principal secret for hub ${hub.name} (client id ${hub.clientId}); set TF_VAR_${hubClientSecretVariable(hub.name)}.`,
  });
  new AzurestackProvider(stack, "azurestack", {
    features: {},
    metadataHost: new URL(hub.armEndpoint).hostname,
    subscriptionId: hub.subscriptionId,
    tenantId: hub.tenantId,
    clientId: hub.clientId,
    clientSecret: clientSecret.stringValue,
  });
  return clientSecret;
}

/** Terraform variable (and so `TF_VAR_<name>`) with the SSH private key file of a hub's engine VM. */
export function hubSshIdentityFileVariable(hubName: string): string {
  return `hub_${hubName.replace(/-/g, "_")}_ssh_identity_file`;
}

export interface HubStackProps {
  readonly config: Config;
  readonly hub: HubConfig;
}

/**
 * One Azure Stack Hub, as its row of the stack table: the engine host, the cluster (deployed, upgraded and
 * scaled by its lifecycle runner on that host) and the ingress IP. The hub's CI runner VM is not here: it lives
 * in runner-<hub> (stacks/runner-stack.ts), so a job running on it never deploys its own machine.
 * Wiring only: what each part is lives in its construct.
 */
export class HubStack extends TerraformStack {
  readonly hub: HubConfig;
  readonly kubeApi: KubeApiAccess;
  readonly ingressIp: IngressPublicIp;
  /** app.data.acrossHubs only: one static IP per replica set member. */
  readonly dbMemberIps: readonly IngressPublicIp[] = [];
  readonly clusterName: string;
  readonly engine: EngineHost;
  readonly cluster: Cluster;

  constructor(scope: Construct, props: HubStackProps) {
    const { config, hub } = props;
    const stackId = STACK_IDS.hub(hub.name);
    super(scope, stackId);
    this.hub = hub;
    configureBackend(this, config.backend, config.name, stackId);
    const clientSecret = hubProviders(this, hub);

    const names = hubResourceNames(config, hub);
    const tags = commonTags(config, hub);
    this.clusterName = names.clusterName;
    const engineGroup = new ResourceGroup(this, "engine-rg", { name: names.engineResourceGroup, location: hub.location, tags });
    const clusterGroup = new ResourceGroup(this, "cluster-rg", { name: names.clusterResourceGroup, location: hub.location, tags });

    this.ingressIp = new IngressPublicIp(this, "ingress-ip", {
      name: names.ingressPublicIp,
      location: hub.location,
      resourceGroupName: clusterGroup.name,
      domainNameLabel: `${names.clusterName}-ingress`,
      tags,
    });

    // The replica set members' addresses across hubs: Basic static IPs (the only kind azurestack 1.0.0 offers),
    // in the cluster's resource group so the cloud provider attaches each to its member's LoadBalancer Service
    // (constructs/apps/percona-mongodb.ts), which admits only the other hubs' egress CIDRs.
    if (config.app.data.mode === "replica-set" && config.app.data.acrossHubs) {
      this.dbMemberIps = names.dbMemberPublicIps.map(
        (name, i) =>
          new IngressPublicIp(this, `db-member-ip-${i}`, {
            name,
            location: hub.location,
            resourceGroupName: clusterGroup.name,
            domainNameLabel: `${names.clusterName}-db-${i}`,
            tags,
          }),
      );
      new TerraformOutput(this, HUB_OUTPUTS.dbMemberIpAddresses, { value: this.dbMemberIps.map((ip) => ip.ipAddress) });
    }

    const engine = hub.engine;
    this.engine = new EngineHost(this, "engine", {
      name: names.engineVm,
      location: hub.location,
      resourceGroupName: engineGroup.name,
      addressSpace: engine.addressSpace,
      allowedSshCidrs: engine.allowedSshCidrs,
      adminUsername: engine.adminUsername,
      sshPublicKey: engine.sshPublicKey,
      vmSize: engine.vmSize,
      image: engine.image,
      aksEngine: {
        aksEngineVersion: engine.aksEngineVersion,
        downloadUrl: engine.aksEngineDownloadUrl,
        // settled by config (fail closed: no checksum, no install)
        sha256: engine.aksEngineSha256,
        trustedRootCaPem: hub.trustedRootCaPem,
        jq: engine.jqDownloadUrl && engine.jqSha256 ? { downloadUrl: engine.jqDownloadUrl, sha256: engine.jqSha256 } : undefined,
      },
      clusterDiskSizeGb: engine.clusterDiskSizeGb,
      tags,
    });

    // A variable, not a literal path, so validate and plan never open the key file (see ClusterLifecycleOptions);
    // its default is the configured file, a string literal (the runner's connection expands `~/`).
    const identityFile = engine.sshIdentityFile
      ? new TerraformVariable(this, hubSshIdentityFileVariable(hub.name), {
          type: "string",
          nullable: false,
          default: engine.sshIdentityFile.startsWith("~/") ? engine.sshIdentityFile : terraformLocalPath(engine.sshIdentityFile),
          description: `SSH private key file for hub ${hub.name}'s engine VM, read only by the apply that runs the cluster runner; TF_VAR_${hubSshIdentityFileVariable(hub.name)} overrides it.`,
        })
      : undefined;

    // "Default": the cluster's resources keep the Terraform addresses they had before it was a construct
    this.cluster = new Cluster(this, "Default", {
      name: names.clusterName,
      location: hub.location,
      portalUrl: hub.portalUrl,
      identitySystem: hub.identitySystem,
      kubernetesVersion: hub.cluster.kubernetesVersion,
      networkPlugin: hub.cluster.networkPlugin,
      controlPlane: hub.cluster.controlPlane,
      nodePools: hub.cluster.nodePools,
      upgradeTimeouts: hub.cluster.upgrade,
      apiServerUrl: apiServerUrl(config, hub),
      resourceGroup: { name: clusterGroup.name, resource: clusterGroup },
      subscriptionId: hub.subscriptionId,
      clientId: hub.clientId,
      clientSecret: clientSecret.stringValue,
      engine: {
        host: this.engine.publicIpAddress,
        adminUsername: engine.adminUsername,
        sshPublicKey: engine.sshPublicKey,
        sshIdentityFile: identityFile?.stringValue,
        kubectlMirrorUrl: engine.kubectlMirrorUrl,
        vmId: this.engine.vmId,
        clusterDiskLun: CLUSTER_DISK_LUN,
        ready: [this.engine.clusterDiskAttachment],
      },
      kubeconfigFile: hub.cluster.kubeconfigFile ? terraformLocalPath(hub.cluster.kubeconfigFile) : undefined,
    });
    this.kubeApi = this.cluster.kubeApi;

    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineFqdn, { value: this.engine.fqdn });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineIpAddress, { value: this.engine.publicIpAddress });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineSsh, { value: this.engine.sshCommand });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineLifecycleLog, { value: `${engineClusterDir(engine.adminUsername)}/lifecycle.log` });
    new TerraformOutput(this, HUB_CLUSTER_CREDENTIAL_OUTPUTS.clusterCaCertificate, { value: this.kubeApi.clusterCaCertificate });
    new TerraformOutput(this, HUB_CLUSTER_CREDENTIAL_OUTPUTS.clientCertificate, { value: this.kubeApi.clientCertificate });
    new TerraformOutput(this, HUB_CLUSTER_CREDENTIAL_OUTPUTS.clientKey, { value: this.kubeApi.clientKey, sensitive: true });
    if (this.cluster.kubeconfigFilename) {
      new TerraformOutput(this, HUB_CLUSTER_CREDENTIAL_OUTPUTS.kubeconfigFile, { value: this.cluster.kubeconfigFilename });
    }

    new TerraformOutput(this, HUB_OUTPUTS.ingressIpAddress, { value: this.ingressIp.ipAddress });
    new TerraformOutput(this, HUB_OUTPUTS.ingressIpName, { value: this.ingressIp.name });
    new TerraformOutput(this, HUB_OUTPUTS.clusterResourceGroup, { value: clusterGroup.name });
    new TerraformOutput(this, HUB_OUTPUTS.apiServerUrl, { value: this.kubeApi.host });
  }
}
