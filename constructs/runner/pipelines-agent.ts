import { LinuxVirtualMachine } from "@cdktf/provider-azurestack/lib/linux-virtual-machine";
import { createHash } from "node:crypto";
import { DataResource, Fn } from "cdktf";
import { Construct } from "constructs";
import YAML from "yaml";
import { terraformLiteral, trustedRootCaCloudConfig } from "../shared/cloud-init";
import { vmNetwork } from "../shared/vm-network";
import {
  GITHUB_RUNNER_USER,
  GITHUB_TOKEN_PLACEHOLDER,
  githubRunnerEnv,
  githubRunnerInstallScript,
  runnerToolsEnv,
  runnerToolsScript,
  type GithubRunnerSettings,
} from "./runner-tools";

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
  /**
   * IPv4 CIDR of the VM's own small network (hubs[].pipelinesAgent.addressSpace): azurestack 1.0.0 attaches an NSG
   * only through a VNet's subnet block.
   */
  readonly addressSpace: string;
  readonly vmSize: string;
  readonly adminUsername: string;
  /** OpenSSH RSA public key; password login is disabled. */
  readonly sshPublicKey: string;
  /** Azure Pipelines registration; unset: no Azure Pipelines agent on this VM. */
  readonly agent?: AgentSettings;
  /** Sensitive Terraform reference (e.g. a sensitive variable): the PAT used once to register the agent. */
  readonly personalAccessToken?: string;
  /** GitHub Actions runner registration; unset: no GitHub runner on this VM. */
  readonly githubRunner?: GithubRunnerSettings;
  /** Sensitive Terraform reference: the runner registration token, used once. */
  readonly githubRunnerToken?: string;
  /** Install the pinned Azure CLI too (the runner that builds images). */
  readonly azureCli?: boolean;
  /** Marketplace image (hubs[].engine.image: the hub's VMs share it). */
  readonly image: { readonly publisher: string; readonly offer: string; readonly sku: string; readonly version: string };
  /** PEM root CA certificate(s) of the hub's endpoints, added to the VM's trust store. */
  readonly trustedRootCaPem?: string;
  readonly tags?: Record<string, string>;
}

/** Linux user the agent service runs as (never root). */
const AGENT_USER = "azpagent";
/** Stands for the PAT in the rendered cloud-config; Terraform replaces it at apply time. */
const TOKEN_PLACEHOLDER = "__AZP_TOKEN__";

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** What replaces the PAT in the copies of the user data that stay on the VM. */
const SCRUBBED_MARK = "REDACTED-AFTER-AGENT-REGISTRATION";

/** How long (attempts x 60 s) the VM keeps trying to register: on a first deploy its pool comes later, from the devops stack. */
export const REGISTER_ATTEMPTS = 360;

/**
 * The install script cloud-init runs as root; it registers and starts the agent as AGENT_USER. Its comments
 * name agent v4.260.0's flags (https://github.com/microsoft/azure-pipelines-agent/blob/v4.260.0/src/Microsoft.VisualStudio.Services.Agent/Constants.cs#L213-L238)
 * and the "Agent pool not found" error (https://github.com/microsoft/azure-pipelines-agent/blob/v4.260.0/src/Agent.Listener/Configuration/ConfigurationProvider.cs#L84-L87);
 * they are left as they are because the script is part of the runner VM's custom_data, which replaces the VM when it changes.
 */
export function agentInstallScript(): string {
  return `#!/bin/bash
# Downloads, registers and starts the Azure Pipelines agent, then removes every copy of the PAT from the VM.
# Safe to re-run: a configured agent is kept.
set -euo pipefail
# shellcheck source=/dev/null
source /opt/azp/agent.env
dir=/opt/azp/agent
if [ ! -f "$dir/.agent" ]; then
  if [ ! -x "$dir/config.sh" ]; then
    curl -fsSL --retry 5 --retry-delay 10 -o /opt/azp/agent.tar.gz "$AZP_DOWNLOAD_URL"
    if [ -n "$AZP_SHA256" ]; then
      echo "$AZP_SHA256  /opt/azp/agent.tar.gz" | sha256sum --check --strict -
    fi
    mkdir -p "$dir"
    tar -xzf /opt/azp/agent.tar.gz -C "$dir"
    rm -f /opt/azp/agent.tar.gz
    "$dir/bin/installdependencies.sh"
    chown -R ${AGENT_USER}:${AGENT_USER} "$dir"
  fi
  cd "$dir"
  # the agent reads VSTS_AGENT_INPUT_<ARG> like --<arg> (https://github.com/microsoft/azure-pipelines-agent/blob/v4.260.0/src/Agent.Listener/CommandSettings.cs#L102;
  # flags --unattended --replace --acceptTeeEula: src/Microsoft.VisualStudio.Services.Agent/Constants.cs#L213-L238): the PAT stays out of every command line
  VSTS_AGENT_INPUT_TOKEN="$(cat /opt/azp/token)"
  export VSTS_AGENT_INPUT_TOKEN
  # on a first deploy the pool does not exist yet ("Agent pool not found", ConfigurationProvider.cs:86):
  # the devops stack creates it after the hub's apps stack, so keep trying
  attempt=1
  until sudo --preserve-env=VSTS_AGENT_INPUT_TOKEN -u ${AGENT_USER} ./config.sh --unattended --url "$AZP_URL" --auth pat \\
    --pool "$AZP_POOL" --agent "$AZP_AGENT_NAME" --work _work --replace --acceptTeeEula; do
    if [ "$attempt" -ge ${REGISTER_ATTEMPTS} ]; then
      echo "agent registration failed ${REGISTER_ATTEMPTS} times; fix the cause (pool, PAT scope or expiry) and run /opt/azp/install.sh again" >&2
      exit 1
    fi
    attempt=$((attempt + 1))
    sleep 60
  done
  unset VSTS_AGENT_INPUT_TOKEN
  ./svc.sh install ${AGENT_USER}
fi
cd "$dir"
./svc.sh start
# the PAT was needed only to register; the agent now authenticates with its own credentials
if [ -f /opt/azp/token ]; then
  /opt/azp/scrub-user-data.py /opt/azp/token /var/lib/cloud /var/lib/waagent
  shred -u /opt/azp/token 2>/dev/null || rm -f /opt/azp/token
fi
`;
}

/**
 * Removes the PAT from what cloud-init and Azure's provisioning left on the VM (argv: token file, cloud-init
 * folder, waagent folder), then fails if any file there still holds it. Facts from cloud-init 22.4
 * (cloudinit/sources/DataSourceAzure.py, cloudinit/stages.py, cloudinit/helpers.py):
 * - the Azure datasource writes the provisioning ovf-env.xml, CustomData included (only the password is
 *   redacted), to /var/lib/waagent (write_files), and reads it from there on later boots without a cache;
 * - every boot rewrites instances/<id>/user-data.txt(.i) from the datasource (Init.update), which comes from
 *   the pickled cache obj.pkl when present: the cache and the derived files are deleted here, and cloud-init
 *   rebuilds them from the scrubbed ovf-env.xml on the next boot (same instance: nothing runs again).
 */
export function scrubUserDataScript(): string {
  return `#!/usr/bin/env python3
import base64, glob, os, re, sys

token_file, cloud_dir, waagent_dir = sys.argv[1:4]
with open(token_file, "rb") as f:
    token = f.read().strip()
if not token:
    sys.exit(0)
mark = b"${SCRUBBED_MARK}"


def rewrite(path, data):
    tmp = path + ".scrub"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def scrub_custom_data(m):
    data = base64.b64decode(m.group(2)).replace(token, mark)
    return m.group(1) + base64.b64encode(data) + m.group(3)


ovf = os.path.join(waagent_dir, "ovf-env.xml")
if os.path.isfile(ovf):
    with open(ovf, "rb") as f:
        xml = f.read()
    rewrite(ovf, re.sub(rb"(<(?:\\w+:)?CustomData>)([^<]*)(</(?:\\w+:)?CustomData>)", scrub_custom_data, xml))

for instance in glob.glob(os.path.join(cloud_dir, "instances", "*")):
    for derived in ("obj.pkl", "user-data.txt.i", "cloud-config.txt"):
        path = os.path.join(instance, derived)
        if os.path.isfile(path):
            os.remove(path)
    user_data = os.path.join(instance, "user-data.txt")
    if os.path.isfile(user_data):
        with open(user_data, "rb") as f:
            rewrite(user_data, f.read().replace(token, mark))

left = []
for root in (cloud_dir, waagent_dir):
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path) or path == token_file:
                continue
            with open(path, "rb") as f:
                if token in f.read():
                    left.append(path)
if left:
    sys.exit("the PAT is still in: " + ", ".join(sorted(left)))
`;
}

/**
 * cloud-config for the agent VM, with TOKEN_PLACEHOLDER where the PAT goes. Plain text: tests validate it
 * with `cloud-init schema`; the construct hands it to Terraform, which puts the PAT in at apply time.
 */
export function renderAgentCloudConfig(
  agent: AgentSettings | undefined,
  trustedRootCaPem?: string,
  options: { readonly githubRunner?: GithubRunnerSettings; readonly azureCli?: boolean } = {},
): string {
  const azp = agent
    ? [
        {
          path: "/opt/azp/agent.env",
          permissions: "0644",
          owner: "root:root",
          content: `${[
            `AZP_URL=${shellQuote(agent.organizationUrl)}`,
            `AZP_POOL=${shellQuote(agent.pool)}`,
            `AZP_AGENT_NAME=${shellQuote(agent.agentName)}`,
            `AZP_DOWNLOAD_URL=${shellQuote(agent.downloadUrl)}`,
            `AZP_SHA256=${shellQuote(agent.sha256 ?? "")}`,
          ].join("\n")}\n`,
        },
        { path: "/opt/azp/token", permissions: "0600", owner: "root:root", content: `${TOKEN_PLACEHOLDER}\n` },
        { path: "/opt/azp/install.sh", permissions: "0700", owner: "root:root", content: agentInstallScript() },
      ]
    : [];
  const gh = options.githubRunner
    ? [
        { path: "/opt/ghr/runner.env", permissions: "0644", owner: "root:root", content: `${githubRunnerEnv(options.githubRunner)}\n` },
        { path: "/opt/ghr/token", permissions: "0600", owner: "root:root", content: `${GITHUB_TOKEN_PLACEHOLDER}\n` },
        { path: "/opt/ghr/install.sh", permissions: "0700", owner: "root:root", content: githubRunnerInstallScript() },
      ]
    : [];
  const users: unknown[] = ["default"];
  if (agent) users.push({ name: AGENT_USER, gecos: "Azure Pipelines agent", shell: "/bin/bash", lock_passwd: true });
  if (options.githubRunner) users.push({ name: GITHUB_RUNNER_USER, gecos: "GitHub Actions runner", shell: "/bin/bash", lock_passwd: true });
  const config = {
    ...trustedRootCaCloudConfig(trustedRootCaPem),
    package_update: true,
    // xz-utils unpacks Node.js, gnupg checks the Azure CLI repository key
    packages: ["curl", "ca-certificates", "git", "jq", "unzip", "xz-utils", "gnupg"],
    users,
    write_files: [
      { path: "/opt/runner/tools.env", permissions: "0644", owner: "root:root", content: `${runnerToolsEnv(options.azureCli ?? false)}\n` },
      { path: "/opt/runner/tools.sh", permissions: "0700", owner: "root:root", content: runnerToolsScript() },
      ...azp,
      ...gh,
      // shared by both registrations: each removes its own token's copies
      { path: "/opt/azp/scrub-user-data.py", permissions: "0700", owner: "root:root", content: scrubUserDataScript() },
    ],
    // tools first (a job needs them the moment a runner is online); the GitHub token expires within the hour,
    // the Azure Pipelines agent may wait hours for its pool (REGISTER_ATTEMPTS), so GitHub registers first
    runcmd: [["/opt/runner/tools.sh"], ...(options.githubRunner ? [["/opt/ghr/install.sh"]] : []), ...(agent ? [["/opt/azp/install.sh"]] : [])],
  };
  return `#cloud-config\n${YAML.stringify(config, { lineWidth: 0 })}`;
}

/**
 * A hub's runner VM: an Ubuntu 22.04 VM with no public IP and an NSG with no inbound rule (it needs outbound
 * 443 only), SSH-key login only, with the pinned tools every hub job needs (Node.js, Terraform, optionally the
 * Azure CLI), registered at first boot into the hub's Azure Pipelines pool and/or as the hub's GitHub Actions
 * runner. The tokens reach the VM only through custom_data rendered at apply time (the JSON holds references);
 * a new token does not replace the VM, and the VM removes every copy of each once registered (docs/devops.md).
 */
export class PipelinesAgent extends Construct {
  /** `terraform_data` whose replacement (a PAT-free cloud-config change) replaces the VM. */
  readonly settings: DataResource;
  readonly vmId: string;
  readonly privateIpAddress: string;
  readonly networkSecurityGroupId: string;

  constructor(scope: Construct, id: string, options: PipelinesAgentOptions) {
    super(scope, id);
    // no security rule at all: only the platform defaults apply (VNet-internal and load balancer probes
    // in, everything else denied); the VM has no public IP either
    const { networkSecurityGroup: nsg, networkInterface: nic } = vmNetwork(this, {
      name: options.name,
      location: options.location,
      resourceGroupName: options.resourceGroupName,
      addressSpace: options.addressSpace,
      subnetName: "agent",
      tags: options.tags,
    });
    const cloudConfig = renderAgentCloudConfig(options.agent, options.trustedRootCaPem, { githubRunner: options.githubRunner, azureCli: options.azureCli });
    if (options.agent && !options.personalAccessToken) throw new Error("PipelinesAgent: an Azure Pipelines agent needs personalAccessToken");
    if (options.githubRunner && !options.githubRunnerToken) throw new Error("PipelinesAgent: a GitHub runner needs githubRunnerToken");
    // replace() runs in Terraform: the tokens stay sensitive values, never literals in cdk.tf.json
    let customData = terraformLiteral(cloudConfig);
    if (options.agent) customData = Fn.replace(customData, TOKEN_PLACEHOLDER, options.personalAccessToken!);
    if (options.githubRunner) customData = Fn.replace(customData, GITHUB_TOKEN_PLACEHOLDER, options.githubRunnerToken!);
    // custom_data replaces the VM when it changes (azurestack 1.0.0 marks it ForceNew, scripts/force-new.ts) and
    // carries the short-lived PAT: the VM ignores custom_data changes and is replaced through this instead, which
    // changes with everything of the cloud-config except the PAT (agent version, pool, URL, checksum, CA...)
    this.settings = new DataResource(this, "cloud-config", {
      triggersReplace: { cloudConfigSha256: createHash("sha256").update(cloudConfig).digest("hex") },
    });
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
      sourceImageReference: options.image,
      customData: Fn.base64encode(customData),
      tags: options.tags,
      // a bare address: Terraform refuses an interpolation ("${...}") in replace_triggered_by
      lifecycle: { ignoreChanges: ["custom_data"], replaceTriggeredBy: [`${this.settings.terraformResourceType}.${this.settings.friendlyUniqueId}`] },
    });
    this.vmId = vm.id;
    this.privateIpAddress = vm.privateIpAddress;
    this.networkSecurityGroupId = nsg.id;
  }
}
