import { DataAzuredevopsBuildDefinition } from "../.gen/providers/azuredevops/data-azuredevops-build-definition";
import { DataAzuredevopsProject } from "../.gen/providers/azuredevops/data-azuredevops-project";
import { AzuredevopsProvider } from "../.gen/providers/azuredevops/provider";
import { Fn, Token } from "cdktf";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";
import { HubDevops } from "../constructs/devops/hub-devops";
import { readAppsOutputs } from "./contracts";
import { apiServerUrl, devopsResourceNames, STACK_IDS } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";

/**
 * The PAT of the identity that deploys this stack: read by the provider itself from its environment variable
 * (https://github.com/microsoft/terraform-provider-azuredevops/blob/v1.1.1/azuredevops/provider.go#L162-L168: `personal_access_token`
 * defaults to AZDO_PERSONAL_ACCESS_TOKEN), so no variable, no JSON and no plan ever holds it.
 */
export const AZURE_DEVOPS_PAT_ENV = "AZDO_PERSONAL_ACCESS_TOKEN";

/** One hub's Azure DevOps objects, named from the config. */
export interface DevopsHub {
  readonly name: string;
  readonly apiServerUrl: string;
  readonly names: ReturnType<typeof devopsResourceNames>;
}

export interface DevopsStackProps {
  readonly state: StateSettings;
  readonly organizationUrl: string;
  readonly project: string;
  readonly pipelines: readonly string[];
  readonly approvers: readonly string[];
  /** Every active hub: its service connection reads the pipeline identity apps-<hub> publishes. */
  readonly hubs: readonly DevopsHub[];
}

/** Azure DevOps as code for every hub (service connection, agent pool and queue, environment, pipeline access). */
export class DevopsStack extends ProductStack {
  readonly hubs: readonly HubDevops[];

  constructor(scope: Construct, props: DevopsStackProps) {
    super(scope, STACK_IDS.devops, props.state);
    // org_service_url is not secret: from config (otherwise the provider reads AZDO_ORG_SERVICE_URL:
    // https://github.com/microsoft/terraform-provider-azuredevops/blob/v1.1.1/azuredevops/provider.go#L156-L161)
    new AzuredevopsProvider(this, "azuredevops", { orgServiceUrl: props.organizationUrl });
    const project = new DataAzuredevopsProject(this, "project", { name: props.project });
    // pipelines by name in the root folder (`path` defaults to `\`:
    // https://github.com/microsoft/terraform-provider-azuredevops/blob/v1.1.1/azuredevops/internal/service/build/data_build_definition.go#L63-L68)
    const pipelineIds = props.pipelines.map((name, i) =>
      Token.asNumber(Fn.tonumber(new DataAzuredevopsBuildDefinition(this, `pipeline-${i}`, { projectId: project.id, name }).id)),
    );
    this.hubs = props.hubs.map((hub) => {
      // explicit outputs of apps-<hub> (sensitive there), read through remote state
      const identity = readAppsOutputs(this, hub.name);
      return new HubDevops(this, `hub-${hub.name}`, {
        projectId: project.id,
        serviceConnectionName: hub.names.serviceConnection,
        environmentName: hub.names.environment,
        agentPoolName: hub.names.agentPool,
        apiServerUrl: hub.apiServerUrl,
        serviceAccountToken: identity.pipelineToken,
        clusterCaCertificate: identity.pipelineCaCertificate,
        pipelineIds,
        approverIds: props.approvers,
      });
    });
  }
}

/** The devops stack's props from the config, or undefined without `azure.devops.project`. */
export function devopsStackProps(config: Config): DevopsStackProps | undefined {
  const devops = config.azure.devops;
  if (!devops?.project) return undefined;
  return {
    state: { project: config.name, backend: config.backend },
    organizationUrl: devops.organizationUrl,
    project: devops.project,
    pipelines: devops.pipelines,
    approvers: devops.approvers,
    hubs: config.hubs
      .filter((hub) => !hub.decommission)
      .map((hub) => ({ name: hub.name, apiServerUrl: apiServerUrl(config.name, hub), names: devopsResourceNames(config.app.namespace, hub) })),
  };
}
