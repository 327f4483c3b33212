import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";
import { RATINGS_UPSTREAM } from "../config/catalog";
import { ContainerRegistry } from "../constructs/global/container-registry";
import { LogAnalytics } from "../constructs/global/log-analytics";
import { publicAzureProvider } from "./public-azure";
import { configureBackend } from "./backend";
import { commonTags, globalResourceNames, STACK_IDS } from "./naming";

export interface GlobalStackProps {
  readonly config: Config;
}

/** Public Azure resources shared by every hub: Log Analytics and the container registry. */
export class GlobalStack extends TerraformStack {
  readonly logAnalytics: LogAnalytics;
  /** `registry.loginServer`, `registry.pullCredentialFor(hubName)` (password sensitive) for the apps stacks. */
  readonly registry: ContainerRegistry;

  constructor(scope: Construct, props: GlobalStackProps) {
    super(scope, STACK_IDS.global);
    const { config } = props;
    configureBackend(this, config.backend, config.name, STACK_IDS.global);
    publicAzureProvider(this, config);

    const names = globalResourceNames(config);
    const tags = commonTags(config);
    const group = new ResourceGroup(this, "rg", { name: names.resourceGroup, location: config.azure.location, tags });
    this.logAnalytics = new LogAnalytics(this, "logs", {
      name: names.logAnalyticsWorkspace,
      location: config.azure.location,
      resourceGroupName: group.name,
      retentionDays: config.azure.logAnalytics.retentionDays,
      // the workspace stays (e.g. for the Azure Arc extension); the solution only serves the Helm agent
      containerInsights: config.app.monitoring.enabled,
      tags,
    });

    const acr = config.azure.containerRegistry;
    this.registry = new ContainerRegistry(this, "registry", {
      name: acr.name,
      location: config.azure.location,
      resourceGroupName: group.name,
      sku: acr.sku,
      repositories: [RATINGS_UPSTREAM.api.image, RATINGS_UPSTREAM.web.image],
      // a decommissioned hub's pull token goes first (global deploys before its apps stack is emptied)
      pullClients: config.hubs.filter((h) => !h.decommission).map((h) => h.name),
      tags,
    });

    new TerraformOutput(this, "log_analytics_workspace_id", { value: this.logAnalytics.workspaceId });
    new TerraformOutput(this, "log_analytics_workspace_key", { value: this.logAnalytics.workspaceKey, sensitive: true });
    new TerraformOutput(this, "registry_login_server", { value: this.registry.loginServer });
    for (const hub of config.hubs.filter((h) => !h.decommission)) {
      const credential = this.registry.pullCredentialFor(hub.name);
      new TerraformOutput(this, `registry_pull_username_${hub.name.replace(/-/g, "_")}`, { value: credential.username });
      new TerraformOutput(this, `registry_pull_password_${hub.name.replace(/-/g, "_")}`, { value: credential.password, sensitive: true });
    }
  }
}
