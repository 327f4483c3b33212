import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";

/** The azurerm provider of the stacks in public Azure (global, traffic). */
export function publicAzureProvider(scope: Construct, config: Config): AzurermProvider {
  // credentials come from `az login` or ARM_* environment variables, never from config
  return new AzurermProvider(scope, "azurerm", {
    features: [{}],
    subscriptionId: config.azure.subscriptionId,
    tenantId: config.azure.tenantId,
  });
}
