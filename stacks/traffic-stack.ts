import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Fn, Op, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";
import { TrafficManager } from "../constructs/traffic/traffic-manager";
import { publicAzureProvider } from "./public-azure";
import { configureBackend, remoteStateOf } from "./backend";
import { HUB_OUTPUTS, type HubStack } from "./hub-stack";
import { commonTags, DRAINED_HUBS_VARIABLE, globalResourceNames, STACK_IDS } from "./naming";


export interface TrafficStackProps {
  readonly config: Config;
  readonly hubs: readonly HubStack[];
}

/** Traffic Manager over every hub's ingress IP. */
export class TrafficStack extends TerraformStack {
  readonly trafficManager: TrafficManager;

  constructor(scope: Construct, props: TrafficStackProps) {
    super(scope, STACK_IDS.traffic);
    const { config } = props;
    configureBackend(this, config.backend, config.name, STACK_IDS.traffic);
    publicAzureProvider(this, config);

    const names = globalResourceNames(config);
    const tags = commonTags(config);
    const group = new ResourceGroup(this, "rg", { name: names.trafficResourceGroup, location: config.azure.location, tags });

    const drained = new TerraformVariable(this, DRAINED_HUBS_VARIABLE, {
      type: "list(string)",
      default: [],
      nullable: false,
      description: "Hubs whose Traffic Manager endpoint this deploy disables (npm run rollout drains one at a time); set TF_VAR_drained_hubs='[\"<hub>\"]'.",
    });
    // IPs are read as explicit non-sensitive outputs so the plan shows the targets (not "(sensitive value)")
    const endpoints = props.hubs.map((hubStack) => {
      this.addDependency(hubStack);
      const hub = hubStack.hub;
      const state = remoteStateOf(this, `hub-${hub.name}-state`, config.backend, config.name, STACK_IDS.hub(hub.name));
      return {
        name: hub.name,
        target: state.getString(HUB_OUTPUTS.ingressIpAddress),
        weight: hub.trafficManager.weight,
        priority: hub.trafficManager.priority,
        endpointLocation: hub.trafficManager.endpointLocation,
        // maintenance (config) keeps it off; otherwise off only while a rollout drains this hub
        enabled: hub.trafficManager.enabled ? Op.not(Fn.contains(drained.listValue, hub.name)) : false,
      };
    });

    const tm = config.azure.trafficManager;
    this.trafficManager = new TrafficManager(this, "tm", {
      name: names.trafficManagerProfile,
      resourceGroupName: group.name,
      routingMethod: tm.routingMethod,
      relativeName: tm.relativeName,
      ttl: tm.ttl,
      monitor: tm.monitor,
      endpoints,
      tags,
    });
    new TerraformOutput(this, "fqdn", { value: this.trafficManager.fqdn, description: "Browse here: Traffic Manager sends you to a healthy hub." });
  }
}
