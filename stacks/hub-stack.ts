import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurestack/lib/resource-group";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { AssetType, Fn, TerraformAsset, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { join } from "node:path";
import { AKS_ENGINE_RELEASES, aksEngineDownloadUrl, azurePipelinesAgentUrl } from "../config/catalog";
import type { Config, HubConfig } from "../config/schema";
import { AZURE_DEVOPS_PAT_VARIABLE, hubClientSecretVariable } from "../config/secrets";
import { PipelinesAgent } from "../constructs/agent/pipelines-agent";
import { ClusterCredentials } from "../constructs/cluster/cluster-credentials";
import { ClusterDefinition } from "../constructs/cluster/cluster-definition";
import { ClusterLifecycle, engineClusterDir } from "../constructs/cluster/cluster-lifecycle";
import { KubeconfigFile } from "../constructs/cluster/kubeconfig-file";
import { renderEngineCloudConfig } from "../constructs/engine/engine-cloud-config";
import { EngineVm } from "../constructs/engine/engine-vm";
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

/** Explicit outputs for people (engine VM access) and for tools that read the hub's admin credentials. */
export const HUB_ENGINE_OUTPUTS = {
  engineFqdn: "engine_fqdn",
  engineIpAddress: "engine_ip_address",
  engineSsh: "engine_ssh",
  engineLifecycleLog: "engine_lifecycle_log",
  clusterCaCertificate: "cluster_ca_certificate",
  clientCertificate: "client_certificate",
  /** Sensitive. */
  clientKey: "client_key",
  kubeconfigFile: "kubeconfig_file",
} as const;

/** The lifecycle script, shipped to Terraform as an asset (copied into the stack folder at synth). */
export const LIFECYCLE_SCRIPT = join(__dirname, "..", "scripts", "cluster-lifecycle.sh");

/**
 * A path from config as Terraform on the deploying machine sees it: `~/` expanded at apply time, relative
 * paths taken from the repository root (Terraform runs in cdktf.out/stacks/<stack>/), absolute ones as is.
 */
export function terraformLocalPath(path: string): string {
  if (path.startsWith("~/")) return Fn.pathexpand(path);
  if (path.startsWith("/")) return path;
  return `../../../${path.replace(/^\.\//, "")}`;
}

/** Terraform variable (and so `TF_VAR_<name>`) with the SSH private key file of a hub's engine VM. */
export function hubSshIdentityFileVariable(hubName: string): string {
  return `hub_${hubName.replace(/-/g, "_")}_ssh_identity_file`;
}

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

/**
 * One Azure Stack Hub: the AKS engine VM, the cluster (deployed, upgraded and scaled by the lifecycle runner on
 * that VM), the cluster's credentials and the ingress IP.
 */
export class HubStack extends TerraformStack {
  readonly hub: HubConfig;
  readonly kubeApi: KubeApiAccess;
  readonly ingressIp: IngressPublicIp;
  readonly clusterName: string;
  readonly engine: EngineVm;
  readonly definition: ClusterDefinition;
  readonly lifecycle: ClusterLifecycle;
  /** Undefined unless `pipelinesAgent.enabled`. */
  readonly pipelinesAgent?: PipelinesAgent;

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
    const engineGroup = new ResourceGroup(this, "engine-rg", { name: names.engineResourceGroup, location: hub.location, tags });
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

    // --- engine VM and cluster lifecycle (issue 3) ---
    const engine = hub.engine;
    const release = AKS_ENGINE_RELEASES[engine.aksEngineVersion];
    this.engine = new EngineVm(this, "engine", {
      name: names.engineVm,
      location: hub.location,
      resourceGroupName: engineGroup.name,
      addressSpace: engine.addressSpace,
      allowedSshCidrs: engine.allowedSshCidrs,
      adminUsername: engine.adminUsername,
      sshPublicKey: engine.sshPublicKey,
      vmSize: engine.vmSize,
      image: engine.image,
      cloudConfig: renderEngineCloudConfig({
        aksEngineVersion: engine.aksEngineVersion,
        downloadUrl: engine.aksEngineDownloadUrl ?? aksEngineDownloadUrl(engine.aksEngineVersion),
        // config validation guarantees one of them (fail closed: no checksum, no install)
        sha256: engine.aksEngineSha256 ?? release.linuxAmd64Sha256!,
        trustedRootCaPem: hub.trustedRootCaPem,
      }),
      tags,
    });

    this.definition = new ClusterDefinition(this, "definition", {
      location: hub.location,
      kubernetesVersion: hub.cluster.kubernetesVersion,
      networkPlugin: hub.cluster.networkPlugin,
      portalUrl: hub.portalUrl,
      identitySystem: hub.identitySystem,
      dnsPrefix: names.clusterName,
      controlPlane: hub.cluster.controlPlane,
      nodePools: hub.cluster.nodePools,
      adminUsername: engine.adminUsername,
      sshPublicKey: engine.sshPublicKey,
      clientId: hub.clientId,
      clientSecret: clientSecret.stringValue,
      caCertificatePem: credentials.caCertificatePem,
      caPrivateKeyPem: credentials.caPrivateKeyPem,
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
    const script = new TerraformAsset(this, "lifecycle-script", { path: LIFECYCLE_SCRIPT, type: AssetType.FILE });
    this.lifecycle = new ClusterLifecycle(this, "lifecycle", {
      host: this.engine.publicIpAddress,
      adminUsername: engine.adminUsername,
      sshIdentityFile: identityFile?.stringValue,
      definitionJson: this.definition.json,
      shape: this.definition.shape,
      scriptSource: script.path,
      scriptHash: script.assetHash,
      resourceGroup: clusterGroup.name,
      subscriptionId: hub.subscriptionId,
      clientId: hub.clientId,
      identitySystem: hub.identitySystem,
      apiServerFqdn: new URL(this.kubeApi.host).hostname,
      dependsOn: [this.engine.vm, clusterGroup],
    });

    if (hub.cluster.kubeconfigFile) {
      new LocalProvider(this, "local");
      const kubeconfig = new KubeconfigFile(this, "kubeconfig", {
        filename: terraformLocalPath(hub.cluster.kubeconfigFile),
        clusterName: names.clusterName,
        server: this.kubeApi.host,
        caCertificatePem: credentials.caCertificatePem,
        clientCertificatePem: credentials.clientCertificatePem,
        clientKeyPem: credentials.clientKeyPem,
        // the file is only useful once the cluster answers
        dependsOn: [this.lifecycle.resource],
      });
      new TerraformOutput(this, HUB_ENGINE_OUTPUTS.kubeconfigFile, { value: kubeconfig.filename });
    }

    if (hub.pipelinesAgent.enabled) {
      // the PAT is needed once, to register; Terraform renders it into the VM's custom data at apply time
      const pat = new TerraformVariable(this, AZURE_DEVOPS_PAT_VARIABLE, {
        type: "string",
        sensitive: true,
        nullable: false,
        description: `Azure DevOps PAT (scope Agent Pools: read & manage) that registers the agent on hub ${hub.name}; set TF_VAR_${AZURE_DEVOPS_PAT_VARIABLE}.`,
      });
      const agent = hub.pipelinesAgent;
      this.pipelinesAgent = new PipelinesAgent(this, "pipelines-agent", {
        name: names.pipelinesAgent,
        location: hub.location,
        resourceGroupName: engineGroup.name,
        vmSize: agent.vmSize,
        adminUsername: engine.adminUsername,
        sshPublicKey: engine.sshPublicKey,
        image: engine.image,
        trustedRootCaPem: hub.trustedRootCaPem,
        agent: {
          // config validation requires azure.devops when an agent is enabled
          organizationUrl: config.azure.devops!.organizationUrl,
          pool: agent.pool ?? hub.name,
          agentName: names.pipelinesAgent,
          downloadUrl: agent.downloadUrl ?? azurePipelinesAgentUrl(agent.agentVersion),
          sha256: agent.sha256,
        },
        personalAccessToken: pat.stringValue,
        tags,
      });
    }

    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineFqdn, { value: this.engine.fqdn });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineIpAddress, { value: this.engine.publicIpAddress });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineSsh, { value: `ssh ${engine.adminUsername}@${this.engine.fqdn}` });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.engineLifecycleLog, { value: `${engineClusterDir(engine.adminUsername)}/lifecycle.log` });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.clusterCaCertificate, { value: credentials.caCertificatePem });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.clientCertificate, { value: credentials.clientCertificatePem });
    new TerraformOutput(this, HUB_ENGINE_OUTPUTS.clientKey, { value: credentials.clientKeyPem, sensitive: true });

    new TerraformOutput(this, HUB_OUTPUTS.ingressIpAddress, { value: this.ingressIp.ipAddress });
    new TerraformOutput(this, HUB_OUTPUTS.ingressIpName, { value: this.ingressIp.name });
    new TerraformOutput(this, HUB_OUTPUTS.clusterResourceGroup, { value: clusterGroup.name });
    new TerraformOutput(this, HUB_OUTPUTS.apiServerUrl, { value: this.kubeApi.host });
  }
}
