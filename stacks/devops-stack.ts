import { DataAzuredevopsBuildDefinition } from "../.gen/providers/azuredevops/data-azuredevops-build-definition";
import { DataAzuredevopsProject } from "../.gen/providers/azuredevops/data-azuredevops-project";
import { AzuredevopsProvider } from "../.gen/providers/azuredevops/provider";
import { Fn, TerraformStack, Token } from "cdktf";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";
import { HubDevops } from "../constructs/devops/hub-devops";
import { APPS_OUTPUTS, type AppsStack } from "./apps-stack";
import { configureBackend, remoteStateOf } from "./backend";
import { apiServerUrl, devopsResourceNames, STACK_IDS } from "./naming";

/**
 * The PAT of the identity that deploys this stack: read by the provider itself from its environment variable
 * (microsoft/terraform-provider-azuredevops v1.1.1 azuredevops/provider.go:165, `personal_access_token`
 * defaults to AZDO_PERSONAL_ACCESS_TOKEN), so no variable, no JSON and no plan ever holds it.
 */
export const AZURE_DEVOPS_PAT_ENV = "AZDO_PERSONAL_ACCESS_TOKEN";

export interface DevopsStackProps {
  readonly config: Config;
  /** Every apps-<hub> stack: the pipeline identity of each hub. */
  readonly apps: readonly AppsStack[];
}

/** Azure DevOps as code for every hub (service connection, agent pool and queue, environment, pipeline access). */
export class DevopsStack extends TerraformStack {
  readonly hubs: readonly HubDevops[];

  constructor(scope: Construct, props: DevopsStackProps) {
    const { config } = props;
    const devops = config.azure.devops;
    if (!devops?.project) throw new Error("DevopsStack needs azure.devops.project");
    super(scope, STACK_IDS.devops);
    configureBackend(this, config.backend, config.name, STACK_IDS.devops);

    // org_service_url is not secret: from config (provider.go:159 would read AZDO_ORG_SERVICE_URL otherwise)
    new AzuredevopsProvider(this, "azuredevops", { orgServiceUrl: devops.organizationUrl });
    const project = new DataAzuredevopsProject(this, "project", { name: devops.project });
    // pipelines by name in the root folder (provider v1.1.1 azuredevops/internal/service/build/data_build_definition.go:66: path defaults to `\`)
    const pipelineIds = devops.pipelines.map((name, i) =>
      Token.asNumber(Fn.tonumber(new DataAzuredevopsBuildDefinition(this, `pipeline-${i}`, { projectId: project.id, name }).id)),
    );

    this.hubs = props.apps.map((apps) => {
      this.addDependency(apps);
      const hub = apps.hub;
      // explicit outputs of apps-<hub> (sensitive there), read through remote state
      const identity = remoteStateOf(this, `apps-${hub.name}`, config.backend, config.name, apps.node.id);
      const names = devopsResourceNames(config, hub);
      return new HubDevops(this, `hub-${hub.name}`, {
        projectId: project.id,
        serviceConnectionName: names.serviceConnection,
        environmentName: names.environment,
        agentPoolName: names.agentPool,
        apiServerUrl: apiServerUrl(config, hub),
        serviceAccountToken: identity.getString(APPS_OUTPUTS.pipelineToken),
        clusterCaCertificate: identity.getString(APPS_OUTPUTS.pipelineCaCertificate),
        pipelineIds,
        approverIds: devops.approvers,
      });
    });
  }
}
