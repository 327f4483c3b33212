import { LinuxVirtualMachine } from "@cdktf/provider-azurerm/lib/linux-virtual-machine";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { NetworkInterfaceSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/network-interface-security-group-association";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import YAML from "yaml";
import { PERCONA_MONGODB_IMAGE, PUBLIC_AZURE_VM_IMAGE } from "../../config/catalog";
import { terraformLiteral } from "../shared/cloud-init";
import { replicaSetCertificate, type ReplicaSetSecrets } from "../shared/mongo-secrets";

/** The image the hubs' members run (config/catalog.ts), so the voter speaks the same server version. */
export const VOTER_IMAGE = PERCONA_MONGODB_IMAGE;
const VOTER_DIR = "/etc/mongodb-voter";

export interface PublicVoterOptions {
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly vmSize: string;
  /** IPv4 CIDR of the voter's own virtual network, whose one subnet spans it (app.data.replicaSet.arbiterAddressSpace). */
  readonly addressSpace: string;
  readonly replset: string;
  readonly port: number;
  readonly secrets: ReplicaSetSecrets;
  /** The only sources that reach port 27017: the hubs' egress CIDRs. */
  readonly allowedCidrs: readonly string[];
  readonly tags?: Record<string, string>;
}

/**
 * The seventh vote when the number of hubs is even: one mongod in public Azure, with the replica set's TLS CA
 * and keyfile. The main site lists it as an external node with one vote and priority 0, so it never becomes
 * primary. The Percona operator adds external nodes as ordinary members, never `arbiterOnly`
 * (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/controller/perconaservermongodb/mgo.go#L331-L338): this voter
 * therefore also keeps a copy of the data, which doubles as an off-site copy (docs/data.md).
 * No SSH: its NSG admits port 27017 from the hubs' egress CIDRs and nothing else from outside.
 */
export class PublicVoter extends Construct {
  readonly ipAddress: string;
  readonly securityGroup: NetworkSecurityGroup;
  readonly vm: LinuxVirtualMachine;
  /** The cloud-config with placeholders where Terraform puts the secrets (for the tests' `cloud-init schema`). */
  readonly cloudConfig: string;

  constructor(scope: Construct, id: string, o: PublicVoterOptions) {
    super(scope, id);
    const ip = new PublicIp(this, "ip", {
      name: `${o.name}-ip`,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      allocationMethod: "Static",
      sku: "Standard",
      tags: o.tags,
    });
    this.ipAddress = ip.ipAddress;
    const vnet = new VirtualNetwork(this, "vnet", {
      name: `${o.name}-vnet`,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      addressSpace: [o.addressSpace],
      tags: o.tags,
    });
    const subnet = new Subnet(this, "subnet", {
      name: "voter",
      resourceGroupName: o.resourceGroupName,
      virtualNetworkName: vnet.name,
      addressPrefixes: [o.addressSpace],
    });
    this.securityGroup = new NetworkSecurityGroup(this, "nsg", {
      name: `${o.name}-nsg`,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      securityRule: [
        {
          name: "mongodb-from-hubs",
          priority: 100,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          sourcePortRange: "*",
          destinationPortRange: String(o.port),
          sourceAddressPrefixes: [...o.allowedCidrs],
          destinationAddressPrefix: "*",
        },
        {
          name: "deny-internet",
          priority: 4000,
          direction: "Inbound",
          access: "Deny",
          protocol: "*",
          sourcePortRange: "*",
          destinationPortRange: "*",
          sourceAddressPrefix: "Internet",
          destinationAddressPrefix: "*",
        },
      ],
      tags: o.tags,
    });
    const nic = new NetworkInterface(this, "nic", {
      name: `${o.name}-nic`,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      ipConfiguration: [{ name: "primary", subnetId: subnet.id, privateIpAddressAllocation: "Dynamic", publicIpAddressId: ip.id }],
      tags: o.tags,
    });
    new NetworkInterfaceSecurityGroupAssociation(this, "nic-nsg", { networkInterfaceId: nic.id, networkSecurityGroupId: this.securityGroup.id });

    // the members verify the voter by its IP address (the main site lists it as <ip>:27017)
    const tls = replicaSetCertificate(this, "tls", o.secrets, { commonName: o.name, organization: "ratings-db", ipAddresses: [ip.ipAddress], server: true });
    // an admin key is required by the resource; nothing opens SSH, so it only lives in state
    const adminKey = new PrivateKey(this, "admin-key", { algorithm: "RSA", rsaBits: 4096 });

    // secrets enter at apply time in place of placeholders, as the pipelines agent's PAT does
    this.cloudConfig = voterCloudConfig({ tlsPemBase64: "@@TLS_PEM@@", caBase64: "@@CA@@", keyFileBase64: "@@KEYFILE@@", replset: o.replset, port: o.port });
    let rendered = terraformLiteral(this.cloudConfig);
    for (const [placeholder, value] of [
      ["@@TLS_PEM@@", Fn.base64encode(Fn.join("", [tls.certPem, tls.privateKeyPem]))],
      ["@@CA@@", Fn.base64encode(o.secrets.caCertificatePem)],
      ["@@KEYFILE@@", Fn.base64encode(o.secrets.keyFile)],
    ] as const) {
      rendered = Fn.replace(rendered, placeholder, value);
    }
    this.vm = new LinuxVirtualMachine(this, "vm", {
      name: o.name,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      size: o.vmSize,
      adminUsername: "azureuser",
      disablePasswordAuthentication: true,
      adminSshKey: [{ username: "azureuser", publicKey: adminKey.publicKeyOpenssh }],
      networkInterfaceIds: [nic.id],
      osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS", diskSizeGb: 64 },
      sourceImageReference: { ...PUBLIC_AZURE_VM_IMAGE },
      // the secrets reach the VM only through custom data, which ARM never returns after creation
      customData: Fn.base64encode(rendered),
      tags: o.tags,
    });
  }
}

export interface VoterCloudConfigOptions {
  readonly tlsPemBase64: string;
  readonly caBase64: string;
  readonly keyFileBase64: string;
  readonly replset: string;
  readonly port: number;
}

/** cloud-config: docker, the secrets as root-only files handed to the container's mongod user, one mongod. */
export function voterCloudConfig(o: VoterCloudConfigOptions): string {
  const file = (name: string, content: string) => ({ path: `${VOTER_DIR}/${name}`, encoding: "b64", content, permissions: "0400", owner: "root:root" });
  const config = {
    package_update: true,
    packages: ["docker.io"],
    write_files: [file("tls.pem", o.tlsPemBase64), file("ca.crt", o.caBase64), file("mongodb-key", o.keyFileBase64)],
    runcmd: [
      // mongod in the Percona image runs as uid 1001 (the operator gives its pods fsGroup 1001:
      // https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/psmdb_defaults.go#L761) and refuses a keyfile
      // others can read
      ["chown", "-R", "1001:1001", VOTER_DIR],
      ["install", "-d", "-o", "1001", "-g", "1001", "-m", "0700", "/var/lib/mongodb-voter"],
      [
        "docker", "run", "-d", "--name", "mongodb-voter", "--restart", "always",
        "-p", `${o.port}:${o.port}`,
        "-v", `${VOTER_DIR}:${VOTER_DIR}:ro`, "-v", "/var/lib/mongodb-voter:/data/db",
        VOTER_IMAGE,
        "--replSet", o.replset, "--bind_ip_all", "--port", String(o.port),
        "--keyFile", `${VOTER_DIR}/mongodb-key`, "--clusterAuthMode", "keyFile",
        "--tlsMode", "requireTLS", "--tlsCertificateKeyFile", `${VOTER_DIR}/tls.pem`, "--tlsCAFile", `${VOTER_DIR}/ca.crt`,
        // as the operator runs the members: tls.allowInvalidCertificates defaults to true and becomes this flag
        // (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/psmdb_defaults.go#L131-L133,
        // https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/psmdb/container.go#L240-L242); clients such as the ratings API present no certificate
        "--tlsAllowInvalidCertificates",
      ],
    ],
  };
  return `#cloud-config\n${YAML.stringify(config)}`;
}
