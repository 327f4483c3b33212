import { Fn } from "cdktf";
import { Construct } from "constructs";

/** The parts of aks-engine's `vlabs` cluster definition (API model) this product sets. */
export interface VlabsApiModel {
  readonly apiVersion: "vlabs";
  readonly location: string;
  readonly properties: {
    readonly orchestratorProfile: {
      readonly orchestratorType: "Kubernetes";
      readonly orchestratorRelease: string;
      readonly orchestratorVersion: string;
      readonly kubernetesConfig: {
        readonly networkPlugin: "kubenet" | "azure";
        readonly useInstanceMetadata: false;
        readonly useCloudControllerManager: true;
        readonly addons: readonly { readonly name: string; readonly enabled: boolean }[];
      };
    };
    readonly customCloudProfile: { readonly portalURL: string; readonly identitySystem: "azure_ad" | "adfs" };
    readonly masterProfile: {
      readonly count: number;
      readonly dnsPrefix: string;
      readonly vmSize: string;
      readonly distro: "aks-ubuntu-22.04";
    };
    readonly agentPoolProfiles: readonly {
      readonly name: string;
      readonly count: number;
      readonly vmSize: string;
      readonly distro: "aks-ubuntu-22.04";
      readonly availabilityProfile: "AvailabilitySet";
      readonly acceleratedNetworkingEnabled: false;
    }[];
    readonly linuxProfile: { readonly adminUsername: string; readonly ssh: { readonly publicKeys: readonly { readonly keyData: string }[] } };
    /** `secret` is a Terraform expression (sensitive variable), resolved at apply time. */
    readonly servicePrincipalProfile: { readonly clientId: string; readonly secret: string };
    /** Both are Terraform expressions (tls resources): aks-engine signs every cluster certificate with this CA. */
    readonly certificateProfile: { readonly caCertificate: string; readonly caPrivateKey: string };
  };
}

export interface NodePoolSpec {
  readonly name: string;
  readonly count: number;
  readonly vmSize: string;
}

export interface ClusterDefinitionOptions {
  readonly location: string;
  readonly kubernetesVersion: string;
  readonly networkPlugin: "kubenet" | "azure";
  readonly portalUrl: string;
  readonly identitySystem: "azure_ad" | "adfs";
  readonly dnsPrefix: string;
  readonly controlPlane: { readonly count: number; readonly vmSize: string };
  readonly nodePools: readonly NodePoolSpec[];
  readonly adminUsername: string;
  readonly sshPublicKey: string;
  readonly clientId: string;
  /** Sensitive Terraform expression, e.g. a sensitive variable's value. */
  readonly clientSecret: string;
  readonly caCertificatePem: string;
  /** Sensitive Terraform expression (tls_private_key). */
  readonly caPrivateKeyPem: string;
}

/** The fields a plan shows readably when the runner re-runs (upgrade, scale). No secret among them. */
export interface ClusterShape {
  readonly kubernetesVersion: string;
  readonly controlPlane: { readonly count: number; readonly vmSize: string };
  readonly nodePools: readonly NodePoolSpec[];
}

export const CLUSTER_ADDONS = [{ name: "azuredisk-csi-driver", enabled: true }] as const;

/**
 * The cluster definition aks-engine-azurestack deploys, as a typed object. Secrets stay Terraform references
 * inside it; `json` renders it with jsonencode() at apply time, so no secret is ever a literal in the JSON.
 */
export class ClusterDefinition extends Construct {
  readonly model: VlabsApiModel;
  /** `jsonencode(...)` expression of `model`: sensitive once applied. */
  readonly json: string;
  readonly shape: ClusterShape;

  constructor(scope: Construct, id: string, o: ClusterDefinitionOptions) {
    super(scope, id);
    const distro = "aks-ubuntu-22.04" as const;
    this.model = {
      apiVersion: "vlabs",
      location: o.location,
      properties: {
        orchestratorProfile: {
          orchestratorType: "Kubernetes",
          orchestratorRelease: o.kubernetesVersion.split(".").slice(0, 2).join("."),
          orchestratorVersion: o.kubernetesVersion,
          kubernetesConfig: {
            networkPlugin: o.networkPlugin,
            useInstanceMetadata: false,
            useCloudControllerManager: true,
            addons: CLUSTER_ADDONS.map((a) => ({ ...a })),
          },
        },
        customCloudProfile: { portalURL: o.portalUrl, identitySystem: o.identitySystem },
        masterProfile: { count: o.controlPlane.count, dnsPrefix: o.dnsPrefix, vmSize: o.controlPlane.vmSize, distro },
        agentPoolProfiles: o.nodePools.map((p) => ({
          name: p.name,
          count: p.count,
          vmSize: p.vmSize,
          distro,
          availabilityProfile: "AvailabilitySet",
          acceleratedNetworkingEnabled: false,
        })),
        linuxProfile: { adminUsername: o.adminUsername, ssh: { publicKeys: [{ keyData: o.sshPublicKey }] } },
        servicePrincipalProfile: { clientId: o.clientId, secret: o.clientSecret },
        certificateProfile: { caCertificate: o.caCertificatePem, caPrivateKey: o.caPrivateKeyPem },
      },
    };
    this.json = Fn.jsonencode(this.model);
    this.shape = {
      kubernetesVersion: o.kubernetesVersion,
      controlPlane: { count: o.controlPlane.count, vmSize: o.controlPlane.vmSize },
      nodePools: o.nodePools.map((p) => ({ name: p.name, count: p.count, vmSize: p.vmSize })),
    };
  }
}
