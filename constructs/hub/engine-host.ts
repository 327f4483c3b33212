import { LinuxVirtualMachine } from "@cdktf/provider-azurestack/lib/linux-virtual-machine";
import { ManagedDisk } from "@cdktf/provider-azurestack/lib/managed-disk";
import { VirtualMachineDataDiskAttachment } from "@cdktf/provider-azurestack/lib/virtual-machine-data-disk-attachment";
import { PublicIp } from "@cdktf/provider-azurestack/lib/public-ip";
import { Construct } from "constructs";
import { vmNetwork } from "../shared/vm-network";
import { type EngineCloudConfigOptions, renderEngineCloudConfig } from "./engine-cloud-config";

export interface MarketplaceImage {
  readonly publisher: string;
  readonly offer: string;
  readonly sku: string;
  readonly version: string;
}

export interface EngineHostOptions {
  /** Prefix of every resource name, also the public IP's DNS label. */
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** IPv4 CIDR of the VM's own virtual network; one subnet spans it. */
  readonly addressSpace: string;
  /** The only sources allowed in, on 22/tcp. */
  readonly allowedSshCidrs: readonly string[];
  readonly adminUsername: string;
  /** OpenSSH public key line; the only way to log in. */
  readonly sshPublicKey: string;
  readonly vmSize: string;
  readonly image: MarketplaceImage;
  /** The aks-engine-azurestack release cloud-init installs (and the hub's root CA, if any). */
  readonly aksEngine: EngineCloudConfigOptions;
  /** Size of the data disk that holds the cluster folder; it can grow (in place), never shrink. */
  readonly clusterDiskSizeGb: number;
  readonly tags?: Record<string, string>;
}

/** LUN of the cluster data disk: the VM sees it as /dev/disk/azure/scsi1/lun0. */
export const CLUSTER_DISK_LUN = 0;

/** Priority of the explicit deny-all-inbound rule: after every allow rule, before Azure's default allows. */
const DENY_ALL_INBOUND_PRIORITY = 4096;

/**
 * The AKS engine host of the guide: its network, an Ubuntu 22.04 VM reachable over SSH (key only) from the
 * listed CIDRs, aks-engine-azurestack installed by cloud-init, and the data disk that holds the cluster
 * folder. Nothing about the cluster (version, node counts) is part of it: those changes never replace it.
 */
export class EngineHost extends Construct {
  /** The VM resource, for dependsOn. */
  readonly vm: LinuxVirtualMachine;
  readonly vmId: string;
  readonly publicIpAddress: string;
  readonly fqdn: string;
  readonly adminUsername: string;
  /** `ssh <admin>@<fqdn>`, for people. */
  readonly sshCommand: string;
  /** The managed disk with the cluster folder (aks-engine's _output): outlives every replacement of the VM. */
  readonly clusterDisk: ManagedDisk;
  /** Attaches the disk at CLUSTER_DISK_LUN; replaced with the VM, for dependsOn. */
  readonly clusterDiskAttachment: VirtualMachineDataDiskAttachment;

  constructor(scope: Construct, id: string, o: EngineHostOptions) {
    super(scope, id);
    const ip = new PublicIp(this, "ip", {
      name: `${o.name}-ip`,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      allocationMethod: "Static",
      domainNameLabel: o.name,
      tags: o.tags,
    });

    // Azure Stack Hub NSGs take one source prefix per rule (no augmented rules): one allow rule per CIDR.
    const { networkInterface: nic } = vmNetwork(this, {
      name: o.name,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      addressSpace: o.addressSpace,
      subnetName: "engine",
      publicIpAddressId: ip.id,
      tags: o.tags,
      securityRules: [
        ...o.allowedSshCidrs.map((cidr, i) => ({
          name: `allow-ssh-${i + 1}`,
          priority: 100 + i,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          sourceAddressPrefix: cidr,
          sourcePortRange: "*",
          destinationAddressPrefix: "*",
          destinationPortRange: "22",
        })),
        // Overrides the default AllowVnetInBound / AllowAzureLoadBalancerInBound: nothing else gets in.
        {
          name: "deny-all-inbound",
          priority: DENY_ALL_INBOUND_PRIORITY,
          direction: "Inbound",
          access: "Deny",
          protocol: "*",
          sourceAddressPrefix: "*",
          sourcePortRange: "*",
          destinationAddressPrefix: "*",
          destinationPortRange: "*",
        },
      ],
    });

    const vm = new LinuxVirtualMachine(this, "vm", {
      name: o.name,
      computerName: o.name,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      size: o.vmSize,
      networkInterfaceIds: [nic.id],
      adminUsername: o.adminUsername,
      disablePasswordAuthentication: true,
      adminSshKey: [{ username: o.adminUsername, publicKey: o.sshPublicKey }],
      sourceImageReference: { ...o.image },
      osDisk: { caching: "ReadWrite", storageAccountType: "Standard_LRS", diskSizeGb: 64 },
      customData: Buffer.from(renderEngineCloudConfig(o.aksEngine), "utf8").toString("base64"),
      tags: o.tags,
    });

    // Nothing of the VM is part of the disk, so edits that replace the VM (custom_data, image, admin user,
    // SSH key) leave it alone; prevent_destroy stops any plan that would delete it. managed_disk_id and
    // virtual_machine_id are ForceNew on the attachment
    // (https://github.com/hashicorp/terraform-provider-azurestack/blob/v1.0.0/internal/services/compute/virtual_machine_data_disk_attachment_resource.go#L41-L54): a new VM gets a new
    // attachment of the same disk.
    this.clusterDisk = new ManagedDisk(this, "cluster-disk", {
      name: `${o.name}-cluster`,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      storageAccountType: "Standard_LRS",
      createOption: "Empty",
      diskSizeGb: o.clusterDiskSizeGb,
      tags: o.tags,
      lifecycle: { preventDestroy: true },
    });
    this.clusterDiskAttachment = new VirtualMachineDataDiskAttachment(this, "cluster-disk-attachment", {
      managedDiskId: this.clusterDisk.id,
      virtualMachineId: vm.id,
      lun: CLUSTER_DISK_LUN,
      // no host write cache: the files must be on the disk when aks-engine says it wrote them
      caching: "None",
    });

    this.vm = vm;
    this.vmId = vm.id;
    this.publicIpAddress = ip.ipAddress;
    this.fqdn = ip.fqdn;
    this.adminUsername = o.adminUsername;
    this.sshCommand = `ssh ${o.adminUsername}@${ip.fqdn}`;
  }
}
