import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Fn, Op, TerraformVariable, type TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { TrafficManager } from "../constructs/traffic/traffic-manager";
import { publishOutputs, readHubOutputs, TRAFFIC_CONTRACT } from "./contracts";
import { commonTags, DRAINED_HUBS_VARIABLE, globalResourceNames, STACK_IDS } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";
import { publicAzureProvider, type PublicAzure } from "./public-azure";

export interface TrafficStackProps {
  readonly state: StateSettings;
  readonly azure: PublicAzure & Pick<Config["azure"], "location" | "trafficManager">;
  /** Every active hub, with its endpoint settings. */
  readonly hubs: readonly Pick<HubConfig, "name" | "trafficManager">[];
}

/** Traffic Manager over every hub's ingress IP. */
export class TrafficStack extends ProductStack {
  readonly trafficManager: TrafficManager;

  constructor(scope: Construct, props: TrafficStackProps) {
    super(scope, STACK_IDS.traffic, props.state);
    const { azure } = props;
    publicAzureProvider(this, azure);
    const names = globalResourceNames(props.state.project);
    const tags = commonTags(props.state.project);
    const group = new ResourceGroup(this, "rg", { name: names.trafficResourceGroup, location: azure.location, tags });
    const drained = drainedHubsVariable(this);
    this.trafficManager = new TrafficManager(this, "tm", {
      name: names.trafficManagerProfile,
      routingMethod: azure.trafficManager.routingMethod,
      relativeName: azure.trafficManager.relativeName,
      ttl: azure.trafficManager.ttl,
      monitor: azure.trafficManager.monitor,
      resourceGroupName: group.name,
      endpoints: props.hubs.map((hub) => ({
        name: hub.name,
        // read as an explicit non-sensitive output so the plan shows the target (not "(sensitive value)")
        target: readHubOutputs(this, hub.name).ingressIpAddress,
        weight: hub.trafficManager.weight,
        priority: hub.trafficManager.priority,
        endpointLocation: hub.trafficManager.endpointLocation,
        // maintenance (config) keeps it off; otherwise off only while a rollout drains this hub
        enabled: hub.trafficManager.enabled ? Op.not(Fn.contains(drained.listValue, hub.name)) : false,
      })),
      tags,
    });
    publishOutputs(this, TRAFFIC_CONTRACT, { fqdn: this.trafficManager.fqdn });
  }
}

/** The hubs whose endpoint this deploy disables: how `npm run rollout` drains a hub (stacks/naming.ts). */
function drainedHubsVariable(stack: TerraformStack): TerraformVariable {
  return new TerraformVariable(stack, DRAINED_HUBS_VARIABLE, {
    type: "list(string)",
    default: [],
    nullable: false,
    description: "Hubs whose Traffic Manager endpoint this deploy disables (npm run rollout drains one at a time); set TF_VAR_drained_hubs='[\"<hub>\"]'.",
  });
}

/** The traffic stack's props from the config. */
export function trafficStackProps(config: Config): TrafficStackProps {
  return { state: { project: config.name, backend: config.backend }, azure: config.azure, hubs: config.hubs.filter((hub) => !hub.decommission) };
}
