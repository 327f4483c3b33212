import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurestack/lib/resource-group";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { Fn, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { hubClientSecretVariable } from "../config/secrets";
import { Cluster, type ClusterOptions } from "../constructs/hub/cluster";
import { engineClusterDir } from "../constructs/hub/cluster-lifecycle";
import { CLUSTER_DISK_LUN, EngineHost, type EngineHostOptions } from "../constructs/hub/engine-host";
import { IngressPublicIp } from "../constructs/hub/ingress-public-ip";
import { HUB_CONTRACT, publishOutputs } from "./contracts";
import { apiServerUrl, commonTags, hubResourceNames, STACK_IDS, type HubResourceNames } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";

/**
 * A path from config as Terraform on the deploying machine sees it: `~/` expanded at apply time, relative
 * paths taken from the repository root (Terraform runs in cdktf.out/stacks/<stack>/), absolute ones as is.
 */
export function terraformLocalPath(path: string): string {
  if (path.startsWith("~/")) return Fn.pathexpand(path);
  if (path.startsWith("/")) return path;
  return `../../../${path.replace(/^\.\//, "")}`;
}

/** What a hub's providers need: the hub's ARM endpoint and service principal (never its secret). */
export type HubAccess = Pick<HubConfig, "name" | "armEndpoint" | "subscriptionId" | "tenantId" | "clientId">;

/**
 * The providers of a hub stack, also declared by a decommissioned one (Terraform needs them to destroy what
 * the state holds). Returns the service principal secret variable.
 */
export function hubProviders(stack: TerraformStack, hub: HubAccess, options: { readonly localFiles: boolean }): TerraformVariable {
  const clientSecret = azurestackProvider(stack, hub);
  new TlsProvider(stack, "tls");
  // the optional admin kubeconfig file (hubs[].cluster.kubeconfigFile)
  if (options.localFiles) new LocalProvider(stack, "local");
  return clientSecret;
}

/** The hub's azurestack provider with its service principal; returns the secret's sensitive variable. */
export function azurestackProvider(stack: TerraformStack, hub: HubAccess): TerraformVariable {
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

/**
 * The engine VM's SSH key file: a variable, not a literal path, so validate and plan never open the key file
 * (see ClusterLifecycleOptions); its default is the configured file as Terraform opens it.
 */
function sshIdentityFileVariable(stack: TerraformStack, hubName: string, defaultPath: string): TerraformVariable {
  return new TerraformVariable(stack, hubSshIdentityFileVariable(hubName), {
    type: "string",
    nullable: false,
    default: defaultPath,
    description: `SSH private key file for hub ${hubName}'s engine VM, read only by the apply that runs the cluster runner; TF_VAR_${hubSshIdentityFileVariable(hubName)} overrides it.`,
  });
}

/** What the stack takes from the config: the hub's own section, already mapped to its constructs' options. */
export interface HubStackProps {
  readonly state: StateSettings;
  readonly hub: HubAccess & Pick<HubConfig, "location">;
  readonly names: HubResourceNames;
  readonly tags: Record<string, string>;
  /** app.data.acrossHubs: one static IP per replica set member. */
  readonly dbMemberIps: boolean;
  readonly engine: Omit<EngineHostOptions, "resourceGroupName" | "tags">;
  /** hubs[].engine.sshIdentityFile: the default of the identity file variable, as Terraform opens it. */
  readonly sshIdentityFile?: string;
  readonly cluster: Omit<ClusterOptions, "resourceGroup" | "clientSecret" | "engine"> & { readonly kubectlMirrorUrl?: string };
}

/**
 * One Azure Stack Hub, as its row of the stack table: the engine host, the cluster (deployed, upgraded and
 * scaled by its lifecycle runner on that host) and the ingress IP. The hub's CI runner VM is not here: it lives
 * in runner-<hub> (stacks/runner-stack.ts), so a job running on it never deploys its own machine.
 */
export class HubStack extends ProductStack {
  readonly ingressIp: IngressPublicIp;
  /** app.data.acrossHubs only: one static IP per replica set member. */
  readonly dbMemberIps: readonly IngressPublicIp[];
  readonly engine: EngineHost;
  readonly cluster: Cluster;

  constructor(scope: Construct, props: HubStackProps) {
    super(scope, STACK_IDS.hub(props.hub.name), props.state);
    const { hub, names, tags } = props;
    const clientSecret = hubProviders(this, hub, { localFiles: props.cluster.kubeconfigFile !== undefined });
    const engineGroup = new ResourceGroup(this, "engine-rg", { name: names.engineResourceGroup, location: hub.location, tags });
    const clusterGroup = new ResourceGroup(this, "cluster-rg", { name: names.clusterResourceGroup, location: hub.location, tags });
    const publicIp = (id: string, name: string, label: string) =>
      new IngressPublicIp(this, id, { name, location: hub.location, resourceGroupName: clusterGroup.name, domainNameLabel: `${names.clusterName}-${label}`, tags });
    this.ingressIp = publicIp("ingress-ip", names.ingressPublicIp, "ingress");
    // Basic static IPs (the only kind azurestack 1.0.0 offers) in the cluster's resource group, so the cloud
    // provider attaches each to its member's LoadBalancer Service (constructs/apps/percona-mongodb.ts)
    this.dbMemberIps = props.dbMemberIps ? names.dbMemberPublicIps.map((name, i) => publicIp(`db-member-ip-${i}`, name, `db-${i}`)) : [];

    this.engine = new EngineHost(this, "engine", { ...props.engine, resourceGroupName: engineGroup.name, tags });
    const identityFile = props.sshIdentityFile ? sshIdentityFileVariable(this, hub.name, props.sshIdentityFile) : undefined;
    // "Default": the cluster's resources keep the Terraform addresses they had before it was a construct
    this.cluster = new Cluster(this, "Default", {
      ...props.cluster,
      resourceGroup: { name: clusterGroup.name, resource: clusterGroup },
      clientSecret: clientSecret.stringValue,
      engine: {
        host: this.engine.publicIpAddress,
        adminUsername: this.engine.adminUsername,
        sshPublicKey: props.engine.sshPublicKey,
        sshIdentityFile: identityFile?.stringValue,
        kubectlMirrorUrl: props.cluster.kubectlMirrorUrl,
        vmId: this.engine.vmId,
        clusterDiskLun: CLUSTER_DISK_LUN,
        ready: [this.engine.clusterDiskAttachment],
      },
    });

    const api = this.cluster.kubeApi;
    publishOutputs(this, HUB_CONTRACT, {
      engineFqdn: this.engine.fqdn,
      engineIpAddress: this.engine.publicIpAddress,
      engineSsh: this.engine.sshCommand,
      engineLifecycleLog: `${engineClusterDir(this.engine.adminUsername)}/lifecycle.log`,
      clusterCaCertificate: api.clusterCaCertificate,
      clientCertificate: api.clientCertificate,
      clientKey: api.clientKey,
      kubeconfigFile: this.cluster.kubeconfigFilename,
      ingressIpAddress: this.ingressIp.ipAddress,
      ingressIpName: this.ingressIp.name,
      clusterResourceGroup: clusterGroup.name,
      apiServerUrl: api.host,
      dbMemberIpAddresses: this.dbMemberIps.length ? this.dbMemberIps.map((ip) => ip.ipAddress) : undefined,
    });
  }
}

/** The hub stack's props from the config: the hub's section mapped to its constructs' options, in one place. */
export function hubStackProps(config: Config, hub: HubConfig): HubStackProps {
  const names = hubResourceNames(config.name, hub);
  const { engine, cluster } = hub;
  return {
    state: { project: config.name, backend: config.backend },
    hub,
    names,
    tags: commonTags(config.name, hub.name),
    dbMemberIps: config.app.data.mode === "replica-set" && config.app.data.acrossHubs,
    engine: {
      name: names.engineVm,
      location: hub.location,
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
    },
    // the runner's connection expands `~/` itself
    sshIdentityFile: engine.sshIdentityFile && (engine.sshIdentityFile.startsWith("~/") ? engine.sshIdentityFile : terraformLocalPath(engine.sshIdentityFile)),
    cluster: {
      name: names.clusterName,
      location: hub.location,
      portalUrl: hub.portalUrl,
      identitySystem: hub.identitySystem,
      kubernetesVersion: cluster.kubernetesVersion,
      networkPlugin: cluster.networkPlugin,
      controlPlane: cluster.controlPlane,
      nodePools: cluster.nodePools,
      upgradeTimeouts: cluster.upgrade,
      apiServerUrl: apiServerUrl(config.name, hub),
      subscriptionId: hub.subscriptionId,
      clientId: hub.clientId,
      kubectlMirrorUrl: engine.kubectlMirrorUrl,
      kubeconfigFile: cluster.kubeconfigFile ? terraformLocalPath(cluster.kubeconfigFile) : undefined,
    },
  };
}
