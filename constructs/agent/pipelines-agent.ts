import { LinuxVirtualMachine } from "@cdktf/provider-azurestack/lib/linux-virtual-machine";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import YAML from "yaml";
import { trustedRootCaCloudConfig } from "../engine/engine-cloud-config";
import { vmNetwork } from "../network/vm-network";

/** What the agent needs to register; none of it is secret (the PAT is separate). */
export interface AgentSettings {
  /** https://dev.azure.com/<org> */
  readonly organizationUrl: string;
  readonly pool: string;
  readonly agentName: string;
  /** Agent package (tar.gz); a mirror for disconnected hubs. */
  readonly downloadUrl: string;
  /** SHA-256 of the package, checked before unpacking when set. */
  readonly sha256?: string;
}

export interface PipelinesAgentOptions {
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** The agent gets its own small network: azurestack 1.0.0 attaches an NSG only through a VNet's subnet block. */
  readonly addressSpace?: string;
  readonly vmSize: string;
  readonly adminUsername: string;
  /** OpenSSH RSA public key; password login is disabled. */
  readonly sshPublicKey: string;
  readonly agent: AgentSettings;
  /** Sensitive Terraform reference (e.g. a sensitive variable): the PAT used once to register the agent. */
  readonly personalAccessToken: string;
  readonly image?: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  /** PEM root CA certificate(s) of the hub's endpoints, added to the VM's trust store. */
  readonly trustedRootCaPem?: string;
  readonly tags?: Record<string, string>;
}

/** Linux user the agent service runs as (never root). */
export const AGENT_USER = "azpagent";
/** Stands for the PAT in the rendered cloud-config; Terraform replaces it at apply time. */
export const TOKEN_PLACEHOLDER = "__AZP_TOKEN__";

const UBUNTU_2204 = { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" } as const;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The install script cloud-init runs as root; it registers and starts the agent as AGENT_USER. */
export function agentInstallScript(): string {
  return `#!/bin/bash
# Downloads, registers and starts the Azure Pipelines agent. Safe to re-run: a configured agent is kept.
set -euo pipefail
# shellcheck source=/dev/null
source /opt/azp/agent.env
dir=/opt/azp/agent
if [ ! -f "$dir/.agent" ]; then
  curl -fsSL --retry 5 --retry-delay 10 -o /opt/azp/agent.tar.gz "$AZP_DOWNLOAD_URL"
  if [ -n "$AZP_SHA256" ]; then
    echo "$AZP_SHA256  /opt/azp/agent.tar.gz" | sha256sum --check --strict -
  fi
  mkdir -p "$dir"
  tar -xzf /opt/azp/agent.tar.gz -C "$dir"
  rm -f /opt/azp/agent.tar.gz
  "$dir/bin/installdependencies.sh"
  chown -R ${AGENT_USER}:${AGENT_USER} "$dir"
  token="$(cat /opt/azp/token)"
  cd "$dir"
  sudo -u ${AGENT_USER} ./config.sh --unattended --url "$AZP_URL" --auth pat --token "$token" \\
    --pool "$AZP_POOL" --agent "$AZP_AGENT_NAME" --work _work --replace --acceptTeeEula
  ./svc.sh install ${AGENT_USER}
fi
cd "$dir"
./svc.sh start
# the PAT was needed only to register; the agent now authenticates with its own credentials
shred -u /opt/azp/token 2>/dev/null || rm -f /opt/azp/token
`;
}

/**
 * cloud-config for the agent VM, with TOKEN_PLACEHOLDER where the PAT goes. Plain text: tests validate it
 * with `cloud-init schema`; the construct hands it to Terraform, which puts the PAT in at apply time.
 */
export function renderAgentCloudConfig(agent: AgentSettings, trustedRootCaPem?: string): string {
  const env = [
    `AZP_URL=${shellQuote(agent.organizationUrl)}`,
    `AZP_POOL=${shellQuote(agent.pool)}`,
    `AZP_AGENT_NAME=${shellQuote(agent.agentName)}`,
    `AZP_DOWNLOAD_URL=${shellQuote(agent.downloadUrl)}`,
    `AZP_SHA256=${shellQuote(agent.sha256 ?? "")}`,
  ].join("\n");
  const config = {
    ...trustedRootCaCloudConfig(trustedRootCaPem),
    package_update: true,
    packages: ["curl", "ca-certificates", "git", "jq", "unzip"],
    users: ["default", { name: AGENT_USER, gecos: "Azure Pipelines agent", shell: "/bin/bash", lock_passwd: true }],
    write_files: [
      { path: "/opt/azp/agent.env", permissions: "0644", owner: "root:root", content: `${env}\n` },
      { path: "/opt/azp/token", permissions: "0600", owner: "root:root", content: `${TOKEN_PLACEHOLDER}\n` },
      { path: "/opt/azp/install.sh", permissions: "0700", owner: "root:root", content: agentInstallScript() },
    ],
    runcmd: [["/opt/azp/install.sh"]],
  };
  return `#cloud-config\n${YAML.stringify(config, { lineWidth: 0 })}`;
}

/**
 * Literal text as a Terraform string expression. Fn.rawString escapes quotes, newlines and `${` but not
 * backslashes or `%{` (a template directive), so those are escaped here first.
 */
export function terraformLiteral(text: string): string {
  return Fn.rawString(text.replace(/\\/g, "\\\\").replace(/%\{/g, "%%{"));
}

/**
 * Self-hosted Azure Pipelines agent for one hub: an Ubuntu 22.04 VM with no public IP and an NSG with no
 * inbound rule (it needs outbound 443 only), SSH-key login only, registered into the hub's pool at first
 * boot. The PAT reaches the VM only through custom_data rendered at apply time; the JSON holds a reference.
 */
export class PipelinesAgent extends Construct {
  readonly vmId: string;
  readonly privateIpAddress: string;
  readonly networkSecurityGroupId: string;

  constructor(scope: Construct, id: string, options: PipelinesAgentOptions) {
    super(scope, id);
    const addressSpace = options.addressSpace ?? "10.250.0.0/24";
    // no security rule at all: only the platform defaults apply (VNet-internal and load balancer probes
    // in, everything else denied); the VM has no public IP either
    const { networkSecurityGroup: nsg, networkInterface: nic } = vmNetwork(this, {
      name: options.name,
      location: options.location,
      resourceGroupName: options.resourceGroupName,
      addressSpace,
      subnetName: "agent",
      tags: options.tags,
    });
    const cloudConfig = renderAgentCloudConfig(options.agent, options.trustedRootCaPem);
    const vm = new LinuxVirtualMachine(this, "vm", {
      name: options.name,
      location: options.location,
      resourceGroupName: options.resourceGroupName,
      size: options.vmSize,
      networkInterfaceIds: [nic.id],
      adminUsername: options.adminUsername,
      disablePasswordAuthentication: true,
      adminSshKey: [{ username: options.adminUsername, publicKey: options.sshPublicKey }],
      osDisk: { caching: "ReadWrite", storageAccountType: "Standard_LRS" },
      sourceImageReference: options.image ?? UBUNTU_2204,
      // replace() runs in Terraform: the PAT stays a sensitive value, never a literal in cdk.tf.json
      customData: Fn.base64encode(Fn.replace(terraformLiteral(cloudConfig), TOKEN_PLACEHOLDER, options.personalAccessToken)),
      tags: options.tags,
    });
    this.vmId = vm.id;
    this.privateIpAddress = vm.privateIpAddress;
    this.networkSecurityGroupId = nsg.id;
  }
}
