import { AssetType, TerraformAsset, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { ClusterCredentials } from "./cluster-credentials";
import { ClusterDefinition, type NodePoolSpec } from "./cluster-definition";
import { ClusterLifecycle, LIFECYCLE_SCRIPT, MOUNT_CLUSTER_DISK_SCRIPT } from "./cluster-lifecycle";
import { KubeconfigFile } from "./kubeconfig-file";

/** What a Kubernetes or Helm provider needs to reach the cluster as admin. */
export interface KubeApiAccess {
  readonly host: string;
  readonly clusterCaCertificate: string;
  readonly clientCertificate: string;
  /** Sensitive. */
  readonly clientKey: string;
}

/** The engine host the runner works on (see constructs/hub/engine-host.ts). */
export interface ClusterEngine {
  readonly host: string;
  readonly adminUsername: string;
  readonly sshPublicKey: string;
  /** Private key file, a reference to a Terraform variable (see ClusterLifecycleOptions); ssh-agent without it. */
  readonly sshIdentityFile?: string;
  readonly vmId: string;
  readonly clusterDiskLun: number;
  /** Disconnected hubs: kubectl mirror in dl.k8s.io's layout, for the runner's node checks (snap store without it). */
  readonly kubectlMirrorUrl?: string;
  /** What must exist before the runner connects (the disk attachment, which needs the VM). */
  readonly ready: ITerraformDependable[];
}

export interface ClusterOptions {
  /** Cluster name, also aks-engine's dnsPrefix. */
  readonly name: string;
  readonly location: string;
  readonly portalUrl: string;
  readonly identitySystem: "azure_ad" | "adfs";
  readonly kubernetesVersion: string;
  readonly networkPlugin: "kubenet" | "azure";
  readonly controlPlane: { readonly count: number; readonly vmSize: string };
  readonly nodePools: readonly NodePoolSpec[];
  readonly upgradeTimeouts?: { readonly vmTimeoutMinutes?: number; readonly cordonDrainTimeoutMinutes?: number };
  /** `https://<dnsPrefix>.<location>.cloudapp.<domain>`. */
  readonly apiServerUrl: string;
  /** The resource group aks-engine deploys into (it must exist first). */
  readonly resourceGroup: { readonly name: string; readonly resource: ITerraformDependable };
  readonly subscriptionId: string;
  readonly clientId: string;
  /** Sensitive Terraform expression of the service principal secret. */
  readonly clientSecret: string;
  readonly engine: ClusterEngine;
  /** Where Terraform writes an admin kubeconfig (already a path Terraform opens), if wanted. */
  readonly kubeconfigFile?: string;
}

/**
 * The Kubernetes cluster of one hub: its CA and admin certificate (Terraform's), the aks-engine definition,
 * and the lifecycle runner that deploys, upgrades, scales and repairs it from the engine host. Use the id
 * "Default": cdktf leaves it out of Terraform addresses, so these resources keep the addresses they had as
 * the hub stack's own (the CA and the runner cannot be re-created by a refactoring).
 */
export class Cluster extends Construct {
  readonly kubeApi: KubeApiAccess;
  readonly definition: ClusterDefinition;
  readonly lifecycle: ClusterLifecycle;
  /** Set when `kubeconfigFile` is. */
  readonly kubeconfigFilename?: string;

  constructor(scope: Construct, id: string, o: ClusterOptions) {
    super(scope, id);
    const credentials = new ClusterCredentials(this, "credentials", { clusterName: o.name });
    this.kubeApi = {
      host: o.apiServerUrl,
      clusterCaCertificate: credentials.caCertificatePem,
      clientCertificate: credentials.clientCertificatePem,
      clientKey: credentials.clientKeyPem,
    };

    this.definition = new ClusterDefinition(this, "definition", {
      location: o.location,
      kubernetesVersion: o.kubernetesVersion,
      networkPlugin: o.networkPlugin,
      portalUrl: o.portalUrl,
      identitySystem: o.identitySystem,
      dnsPrefix: o.name,
      controlPlane: o.controlPlane,
      nodePools: o.nodePools,
      adminUsername: o.engine.adminUsername,
      sshPublicKey: o.engine.sshPublicKey,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      caCertificatePem: credentials.caCertificatePem,
      caPrivateKeyPem: credentials.caPrivateKeyPem,
    });

    const script = new TerraformAsset(this, "lifecycle-script", { path: LIFECYCLE_SCRIPT, type: AssetType.FILE });
    const mountScript = new TerraformAsset(this, "mount-cluster-disk-script", { path: MOUNT_CLUSTER_DISK_SCRIPT, type: AssetType.FILE });
    this.lifecycle = new ClusterLifecycle(this, "lifecycle", {
      host: o.engine.host,
      adminUsername: o.engine.adminUsername,
      sshIdentityFile: o.engine.sshIdentityFile,
      definitionJson: this.definition.json,
      shape: this.definition.shape,
      scriptSource: script.path,
      scriptHash: script.assetHash,
      mountScriptSource: mountScript.path,
      mountScriptHash: mountScript.assetHash,
      clusterDiskLun: o.engine.clusterDiskLun,
      engineVmId: o.engine.vmId,
      resourceGroup: o.resourceGroup.name,
      subscriptionId: o.subscriptionId,
      clientId: o.clientId,
      identitySystem: o.identitySystem,
      upgradeTimeouts: o.upgradeTimeouts,
      kubectlMirrorUrl: o.engine.kubectlMirrorUrl,
      apiServerFqdn: new URL(o.apiServerUrl).hostname,
      dependsOn: [...o.engine.ready, o.resourceGroup.resource],
    });

    if (o.kubeconfigFile) {
      const kubeconfig = new KubeconfigFile(this, "kubeconfig", {
        filename: o.kubeconfigFile,
        clusterName: o.name,
        server: o.apiServerUrl,
        caCertificatePem: credentials.caCertificatePem,
        clientCertificatePem: credentials.clientCertificatePem,
        clientKeyPem: credentials.clientKeyPem,
        // the file is only useful once the cluster answers
        dependsOn: [this.lifecycle.resource],
      });
      this.kubeconfigFilename = kubeconfig.filename;
    }
  }
}
