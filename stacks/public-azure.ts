import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";

/** What the public Azure provider needs from config (never a credential). */
export type PublicAzure = Pick<Config["azure"], "subscriptionId" | "tenantId">;

/** The azurerm provider of the stacks in public Azure (global, traffic). */
export function publicAzureProvider(scope: Construct, azure: PublicAzure): AzurermProvider {
  // credentials come from `az login` or ARM_* environment variables, never from config
  return new AzurermProvider(scope, "azurerm", {
    features: [{}],
    subscriptionId: azure.subscriptionId,
    tenantId: azure.tenantId,
  });
}
