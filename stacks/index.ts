import { join } from "node:path";
import type { App } from "cdktf";
import { layoutOf } from "../config/data";
import { rolloutOrder } from "../config/rollout";
import type { Config } from "../config/schema";
import { Policy } from "../policy";
import { AppsStack, appsStackProps } from "./apps-stack";
import { DevopsStack, devopsStackProps } from "./devops-stack";
import { GlobalStack, globalStackProps } from "./global-stack";
import { HubStack, hubStackProps } from "./hub-stack";
import { RetiredAppsStack, RetiredHubStack, RetiredRunnerStack, retiredStackProps } from "./retired-stacks";
import { RunnerStack, runnerStackProps } from "./runner-stack";
import { TrafficStack, trafficStackProps } from "./traffic-stack";

export interface ProductStacks {
  readonly global: GlobalStack;
  readonly hubs: readonly HubStack[];
  readonly apps: readonly AppsStack[];
  readonly traffic: TrafficStack;
  /** runner-<hub> of every hub with a runner (hubs[].pipelinesAgent / githubRunner); no other stack depends on them. */
  readonly runners: readonly (RunnerStack | RetiredRunnerStack)[];
  /** Stacks of decommissioned hubs: no resources, deployed traffic -> apps -> hub so each destroys its part. */
  readonly retired: readonly { readonly hub: RetiredHubStack; readonly apps: RetiredAppsStack }[];
  /** Only when `azure.devops.project` is set. */
  readonly devops?: DevopsStack;
}

/** The ratings Helm chart shipped with this source tree (copied into each apps stack as an asset). */
export const RATINGS_CHART_DIR = join(__dirname, "..", "charts", "ratings");

export interface BuildOptions {
  /** Folder of the ratings Helm chart; default: the chart in this repository. */
  readonly ratingsChartDir?: string;
}

/**
 * Wires every stack of the product from a validated config: each stack gets its props from the config, and
 * the deploy order (addDependency) follows what it reads from the others (stacks/contracts.ts). Reads no
 * files and no environment.
 */
export function buildStacks(app: App, config: Config, options: BuildOptions = {}): ProductStacks {
  const active = config.hubs.filter((hub) => !hub.decommission);
  const global = new GlobalStack(app, globalStackProps(config));
  const hubs = active.map((hub) => new HubStack(app, hubStackProps(config, hub)));
  const apps = active.map((hub, i) => {
    const stack = new AppsStack(app, appsStackProps(config, hub, options.ratingsChartDir ?? RATINGS_CHART_DIR));
    stack.addDependency(hubs[i]);
    stack.addDependency(global);
    return stack;
  });
  // app.data.acrossHubs: the main site lists every other site's members (the replica set's first hub)
  const data = config.app.data;
  if (data.mode === "replica-set" && data.acrossHubs) {
    const main = active.indexOf(rolloutOrder(config.hubs)[0]);
    for (const site of layoutOf(config).sites.filter((s) => !s.main)) apps[main].addDependency(hubs[active.findIndex((h) => h.name === site.hub)]);
  }
  const traffic = new TrafficStack(app, trafficStackProps(config));
  hubs.forEach((hub) => traffic.addDependency(hub));
  const devopsProps = devopsStackProps(config);
  const devops = devopsProps ? new DevopsStack(app, devopsProps) : undefined;
  apps.forEach((stack) => devops?.addDependency(stack));
  // a retired hub's runner keeps an empty stack, so deploying it destroys the VM
  const runners = config.hubs
    .filter((hub) => hub.pipelinesAgent.enabled || hub.githubRunner.enabled)
    .map((hub) => (hub.decommission ? new RetiredRunnerStack(app, retiredStackProps(config, hub)) : new RunnerStack(app, runnerStackProps(config, hub))));
  // a retired hub is destroyed in the reverse order it was built: its traffic endpoint and service connection,
  // then apps, then hub
  const retired = config.hubs
    .filter((hub) => hub.decommission)
    .map((hub) => {
      const retiredApps = new RetiredAppsStack(app, retiredStackProps(config, hub));
      retiredApps.addDependency(traffic);
      if (devops) retiredApps.addDependency(devops);
      const retiredHub = new RetiredHubStack(app, retiredStackProps(config, hub));
      retiredHub.addDependency(retiredApps);
      return { hub: retiredHub, apps: retiredApps };
    });
  // keep last: the policy rules (policy/) run on every stack at every synth and fail it on a violation
  Policy.apply(app);
  return { global, hubs, apps, traffic, runners, devops, retired };
}
