import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { LogAnalytics } from "../../../constructs/global/log-analytics";
import { only } from "../../helpers";
import { synthJson, synthText } from "../synth";

describe("LogAnalytics", () => {
  const options = { name: "ws", location: "westeurope", resourceGroupName: "rg", retentionDays: 90 };
  const text = synthText((s) => new LogAnalytics(s, "logs", { ...options, containerInsights: true }));

  it("creates a PerGB2018 workspace with the configured retention", () => {
    expect(text).toHaveResourceWithProperties(LogAnalyticsWorkspace, { name: "ws", sku: "PerGB2018", retention_in_days: 90 });
  });

  it("adds the ContainerInsights solution that Azure Monitor for containers needs", () => {
    const solution = only(JSON.parse(text), "azurerm_log_analytics_solution");
    expect(solution).toMatchObject({ solution_name: "ContainerInsights", plan: { publisher: "Microsoft", product: "OMSGallery/ContainerInsights" } });
    expect(solution.workspace_resource_id).toMatch(/^\$\{azurerm_log_analytics_workspace\.logs_workspace_[0-9A-F]+\.id\}$/);
  });

  it("keeps the workspace but adds no solution without the agent", () => {
    const json = synthJson((s) => new LogAnalytics(s, "logs", { ...options, containerInsights: false }));
    expect(Object.keys(json.resource)).toEqual(["azurerm_log_analytics_workspace"]);
  });
});
