import { LogAnalyticsSolution } from "@cdktf/provider-azurerm/lib/log-analytics-solution";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { Construct } from "constructs";

export interface LogAnalyticsOptions {
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly retentionDays: number;
  /** Adds the ContainerInsights solution the Helm-installed monitoring agent writes to; off when no agent is installed. */
  readonly containerInsights: boolean;
  readonly tags?: Record<string, string>;
}

/** Log Analytics workspace, with the ContainerInsights solution when Azure Monitor for containers writes to it. */
export class LogAnalytics extends Construct {
  /** Workspace (customer) id: the agent's `amalogs.secret.wsid`. */
  readonly workspaceId: string;
  /** Primary shared key: the agent's `amalogs.secret.key`. Sensitive. */
  readonly workspaceKey: string;
  readonly workspaceResourceId: string;

  constructor(scope: Construct, id: string, options: LogAnalyticsOptions) {
    super(scope, id);
    const workspace = new LogAnalyticsWorkspace(this, "workspace", {
      name: options.name,
      location: options.location,
      resourceGroupName: options.resourceGroupName,
      sku: "PerGB2018",
      retentionInDays: options.retentionDays,
      tags: options.tags,
    });
    if (options.containerInsights) {
      new LogAnalyticsSolution(this, "container-insights", {
        solutionName: "ContainerInsights",
        location: options.location,
        resourceGroupName: options.resourceGroupName,
        workspaceName: workspace.name,
        workspaceResourceId: workspace.id,
        plan: { publisher: "Microsoft", product: "OMSGallery/ContainerInsights" },
        tags: options.tags,
      });
    }
    this.workspaceId = workspace.workspaceId;
    this.workspaceKey = workspace.primarySharedKey;
    this.workspaceResourceId = workspace.id;
  }
}
