import { ResourceGroup } from "@cdktf/provider-azurestack/lib/resource-group";
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { AZURE_DEVOPS_PAT_VARIABLE, GITHUB_RUNNER_TOKEN_VARIABLE } from "../config/secrets";
import { PipelinesAgent } from "../constructs/runner/pipelines-agent";
import { configureBackend } from "./backend";
import { azurestackProvider } from "./hub-stack";
import { commonTags, hubResourceNames, STACK_IDS } from "./naming";

export interface RunnerStackProps {
  readonly config: Config;
  readonly hub: HubConfig;
}

/** The label a hub's jobs ask for (`runs-on: [self-hosted, hub-<name>]`); the runner registers with it. */
export function githubRunnerLabel(hubName: string): string {
  return `hub-${hubName}`;
}

/**
 * `runner-<hub>`: the VM that runs the hub's CI jobs inside the hub's network, in its own resource group and its
 * own state. No stack depends on it and it depends on none: it is deployed once from a workstation that
 * reaches the hub (README "Bootstrap"), before anything else, and never by a job running on it, so no deploy
 * can replace the machine that runs it. Registration tokens are sensitive variables used once at creation:
 * a new token changes nothing (constructs/runner/pipelines-agent.ts).
 */
export class RunnerStack extends TerraformStack {
  readonly hub: HubConfig;
  readonly runner: PipelinesAgent;

  constructor(scope: Construct, props: RunnerStackProps) {
    const { config, hub } = props;
    const stackId = STACK_IDS.runner(hub.name);
    super(scope, stackId);
    this.hub = hub;
    configureBackend(this, config.backend, config.name, stackId);
    azurestackProvider(this, hub);

    const names = hubResourceNames(config, hub);
    const tags = commonTags(config, hub);
    const group = new ResourceGroup(this, "runner-rg", { name: names.runnerResourceGroup, location: hub.location, tags });

    const agent = hub.pipelinesAgent;
    const pat = agent.enabled
      ? new TerraformVariable(this, AZURE_DEVOPS_PAT_VARIABLE, {
          type: "string",
          sensitive: true,
          nullable: false,
          description: `Azure DevOps PAT (scope Agent Pools: read & manage) that registers the agent on hub ${hub.name}; set TF_VAR_${AZURE_DEVOPS_PAT_VARIABLE}.`,
        })
      : undefined;
    const gh = hub.githubRunner;
    const ghToken = gh.enabled
      ? new TerraformVariable(this, GITHUB_RUNNER_TOKEN_VARIABLE, {
          type: "string",
          sensitive: true,
          nullable: false,
          description: `GitHub Actions runner registration token (valid one hour) for hub ${hub.name}; set TF_VAR_${GITHUB_RUNNER_TOKEN_VARIABLE}.`,
        })
      : undefined;

    // "pipelines-agent": the construct id it had in hub-<name>, so its resources keep their names
    this.runner = new PipelinesAgent(this, "pipelines-agent", {
      name: names.pipelinesAgent,
      location: hub.location,
      resourceGroupName: group.name,
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
      personalAccessToken: pat?.stringValue,
      githubRunner: gh.enabled
        ? { url: gh.url, name: names.pipelinesAgent, labels: [githubRunnerLabel(hub.name)], downloadUrl: gh.downloadUrl, sha256: gh.sha256 }
        : undefined,
      githubRunnerToken: ghToken?.stringValue,
      tags,
    });
    new TerraformOutput(this, "runner_private_ip", { value: this.runner.privateIpAddress, description: "The runner VM's address in its own network (no public IP)." });
  }
}
