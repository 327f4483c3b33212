import { Release } from "@cdktf/provider-helm/lib/release";
import { Construct } from "constructs";
import YAML from "yaml";

export interface IngressControllerOptions {
  /** Helm repository, e.g. oci://ghcr.io/nginx/charts or a mirror for a disconnected hub. */
  readonly repository: string;
  /** Exact chart version of F5's `nginx-ingress` chart. */
  readonly version: string;
  readonly replicas: number;
  /** IngressClass the controller creates and marks as the cluster default. */
  readonly className: string;
  /** Name of the static public IP the hub stack created for ingress. */
  readonly publicIpName: string;
  /** Resource group of that IP (the cluster's), so the Azure cloud provider finds it. */
  readonly publicIpResourceGroup: string;
  readonly namespace?: string;
}

/**
 * F5 NGINX Ingress Controller (ingress-nginx is retired) behind a LoadBalancer service bound to the hub's
 * pre-created static IP, so Traffic Manager knows the address before the controller exists.
 */
export class IngressController extends Construct {
  readonly release: Release;
  readonly className: string;
  readonly namespace: string;

  constructor(scope: Construct, id: string, options: IngressControllerOptions) {
    super(scope, id);
    this.namespace = options.namespace ?? "nginx-ingress";
    this.className = options.className;
    // plain values (config-derived names only) so plans show them in full
    const values = {
      controller: {
        replicaCount: options.replicas,
        ingressClass: { name: options.className, create: true, setAsDefaultIngress: true },
        // keep one controller serving while nodes drain during cluster upgrades
        podDisruptionBudget: { enabled: options.replicas > 1, minAvailable: 1 },
        service: {
          type: "LoadBalancer",
          annotations: {
            "service.beta.kubernetes.io/azure-pip-name": options.publicIpName,
            "service.beta.kubernetes.io/azure-load-balancer-resource-group": options.publicIpResourceGroup,
          },
        },
      },
    };
    this.release = new Release(this, "release", {
      name: "nginx-ingress",
      repository: options.repository,
      chart: "nginx-ingress",
      version: options.version,
      namespace: this.namespace,
      createNamespace: true,
      values: [YAML.stringify(values)],
      wait: true,
      timeout: 600,
    });
  }
}
