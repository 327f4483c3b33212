import { ResourceGroup } from "@cdktf/provider-azurestack/lib/resource-group";
import { TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { AZURE_DEVOPS_PAT_VARIABLE, GITHUB_RUNNER_TOKEN_VARIABLE } from "../config/secrets";
import { PipelinesAgent, type PipelinesAgentOptions } from "../constructs/runner/pipelines-agent";
import { publishOutputs, RUNNER_CONTRACT } from "./contracts";
import { azurestackProvider, type HubAccess } from "./hub-stack";
import { commonTags, hubResourceNames, STACK_IDS } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";

/** The label a hub's jobs ask for (`runs-on: [self-hosted, hub-<name>]`); the runner registers with it. */
export function githubRunnerLabel(hubName: string): string {
  return `hub-${hubName}`;
}

export interface RunnerStackProps {
  readonly state: StateSettings;
  readonly hub: HubAccess & Pick<HubConfig, "location">;
  readonly resourceGroup: string;
  readonly tags: Record<string, string>;
  /** The VM, without its resource group and registration tokens (sensitive variables of this stack). */
  readonly runner: Omit<PipelinesAgentOptions, "resourceGroupName" | "tags" | "personalAccessToken" | "githubRunnerToken">;
}

/**
 * `runner-<hub>`: the VM that runs the hub's CI jobs inside the hub's network, in its own resource group and its
 * own state. No stack depends on it and it depends on none: it is deployed once from a workstation that
 * reaches the hub (README "Bootstrap"), before anything else, and never by a job running on it, so no deploy
 * can replace the machine that runs it. Registration tokens are sensitive variables used once at creation:
 * a new token changes nothing (constructs/runner/pipelines-agent.ts).
 */
export class RunnerStack extends ProductStack {
  readonly runner: PipelinesAgent;

  constructor(scope: Construct, props: RunnerStackProps) {
    super(scope, STACK_IDS.runner(props.hub.name), props.state);
    const { hub, tags } = props;
    azurestackProvider(this, hub);
    const group = new ResourceGroup(this, "runner-rg", { name: props.resourceGroup, location: hub.location, tags });
    const token = (name: string, what: string) =>
      new TerraformVariable(this, name, { type: "string", sensitive: true, nullable: false, description: `${what} hub ${hub.name}; set TF_VAR_${name}.` }).stringValue;
    // "pipelines-agent": the construct id it had in hub-<name>, so its resources keep their names
    this.runner = new PipelinesAgent(this, "pipelines-agent", {
      ...props.runner,
      resourceGroupName: group.name,
      personalAccessToken: props.runner.agent ? token(AZURE_DEVOPS_PAT_VARIABLE, "Azure DevOps PAT (scope Agent Pools: read & manage) that registers the agent on") : undefined,
      githubRunnerToken: props.runner.githubRunner ? token(GITHUB_RUNNER_TOKEN_VARIABLE, "GitHub Actions runner registration token (valid one hour) for") : undefined,
      tags,
    });
    publishOutputs(this, RUNNER_CONTRACT, { runnerPrivateIp: this.runner.privateIpAddress });
  }
}

/** The runner stack's props from the config. */
export function runnerStackProps(config: Config, hub: HubConfig): RunnerStackProps {
  const names = hubResourceNames(config.name, hub);
  const agent = hub.pipelinesAgent;
  const gh = hub.githubRunner;
  return {
    state: { project: config.name, backend: config.backend },
    hub,
    resourceGroup: names.runnerResourceGroup,
    tags: commonTags(config.name, hub.name),
    runner: {
      name: names.pipelinesAgent,
      location: hub.location,
      vmSize: agent.vmSize,
      addressSpace: agent.addressSpace,
      adminUsername: hub.engine.adminUsername,
      sshPublicKey: hub.engine.sshPublicKey,
      image: hub.engine.image,
      trustedRootCaPem: hub.trustedRootCaPem,
      azureCli: agent.azureCli,
      agent: agent.enabled
        ? {
            organizationUrl: agent.organizationUrl,
            pool: agent.pool,
            agentName: names.pipelinesAgent,
            downloadUrl: agent.downloadUrl,
            sha256: agent.sha256,
          }
        : undefined,
      githubRunner: gh.enabled
        ? { url: gh.url, name: names.pipelinesAgent, labels: [githubRunnerLabel(hub.name)], downloadUrl: gh.downloadUrl, sha256: gh.sha256 }
        : undefined,
    },
  };
}
