import { NetworkInterface } from "@cdktf/provider-azurestack/lib/network-interface";
import { NetworkSecurityGroup, type NetworkSecurityGroupSecurityRule } from "@cdktf/provider-azurestack/lib/network-security-group";
import { VirtualNetwork } from "@cdktf/provider-azurestack/lib/virtual-network";
import type { Construct } from "constructs";

export interface VmNetworkOptions {
  /** Prefix of the resource names (`<name>-nsg`, `<name>-vnet`, `<name>-nic`). */
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** IPv4 CIDR of the virtual network; its one subnet spans it. */
  readonly addressSpace: string;
  readonly subnetName: string;
  /** The NSG's rules; none leaves only the platform defaults. */
  readonly securityRules?: NetworkSecurityGroupSecurityRule[];
  /** Attach a public IP to the NIC; none for a VM that is never reached from outside. */
  readonly publicIpAddressId?: string;
  readonly tags?: Record<string, string>;
}

export interface VmNetwork {
  readonly networkSecurityGroup: NetworkSecurityGroup;
  readonly networkInterface: NetworkInterface;
}

/**
 * A VM's own network: an NSG, a virtual network whose single subnet carries that NSG, and the VM's NIC.
 * The resources are created in `scope` (ids `nsg`, `vnet`, `nic`), so their Terraform addresses are the VM
 * construct's own.
 */
export function vmNetwork(scope: Construct, o: VmNetworkOptions): VmNetwork {
  const nsg = new NetworkSecurityGroup(scope, "nsg", {
    name: `${o.name}-nsg`,
    location: o.location,
    resourceGroupName: o.resourceGroupName,
    securityRule: o.securityRules,
    tags: o.tags,
  });
  // azurestack 1.0.0 has no subnet/NSG association resource: the NSG is set on the inline subnet.
  const vnet = new VirtualNetwork(scope, "vnet", {
    name: `${o.name}-vnet`,
    location: o.location,
    resourceGroupName: o.resourceGroupName,
    addressSpace: [o.addressSpace],
    subnet: [{ name: o.subnetName, addressPrefix: o.addressSpace, securityGroup: nsg.id }],
    tags: o.tags,
  });
  const nic = new NetworkInterface(scope, "nic", {
    name: `${o.name}-nic`,
    location: o.location,
    resourceGroupName: o.resourceGroupName,
    tags: o.tags,
    ipConfiguration: [
      {
        name: "primary",
        primary: true,
        // ARM ids are deterministic; the inline subnet has no attribute of its own to reference.
        subnetId: `${vnet.id}/subnets/${o.subnetName}`,
        privateIpAddressAllocation: "Dynamic",
        publicIpAddressId: o.publicIpAddressId,
      },
    ],
  });
  return { networkSecurityGroup: nsg, networkInterface: nic };
}
