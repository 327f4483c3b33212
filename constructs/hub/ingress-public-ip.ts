import { PublicIp } from "@cdktf/provider-azurestack/lib/public-ip";
import { Construct } from "constructs";

export interface IngressPublicIpOptions {
  readonly name: string;
  readonly location: string;
  /** The cluster's resource group, so the cloud provider may attach the IP to the ingress load balancer. */
  readonly resourceGroupName: string;
  readonly domainNameLabel: string;
  readonly tags?: Record<string, string>;
}

/**
 * Static public IP in the cluster's resource group, which the cloud provider attaches to a LoadBalancer Service
 * named after it: the ingress controller's (it exists before the controller so Traffic Manager can point at it on
 * the first deploy) and, across hubs, each database member's. It survives cluster upgrades.
 */
export class IngressPublicIp extends Construct {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly ipAddress: string;
  readonly fqdn: string;

  constructor(scope: Construct, id: string, options: IngressPublicIpOptions) {
    super(scope, id);
    const ip = new PublicIp(this, "ip", {
      name: options.name,
      location: options.location,
      resourceGroupName: options.resourceGroupName,
      allocationMethod: "Static",
      domainNameLabel: options.domainNameLabel,
      tags: options.tags,
    });
    this.name = ip.name;
    this.resourceGroupName = ip.resourceGroupName;
    this.ipAddress = ip.ipAddress;
    this.fqdn = ip.fqdn;
  }
}
