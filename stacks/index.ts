import { join } from "node:path";
import type { App } from "cdktf";
import type { Config } from "../config/schema";
import { Policy } from "../policy";
import { AppsStack } from "./apps-stack";
import { DevopsStack } from "./devops-stack";
import { GlobalStack } from "./global-stack";
import { HubStack } from "./hub-stack";
import { RetiredAppsStack, RetiredHubStack, RetiredRunnerStack } from "./retired-stacks";
import { RunnerStack } from "./runner-stack";
import { TrafficStack } from "./traffic-stack";

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

/** Wires every stack of the product from a validated config. Reads no files and no environment. */
export function buildStacks(app: App, config: Config, options: BuildOptions = {}): ProductStacks {
  const global = new GlobalStack(app, { config });
  const hubs = config.hubs.filter((hub) => !hub.decommission).map((hub) => new HubStack(app, { config, hub }));
  const apps = hubs.map((hub) => new AppsStack(app, { config, hub, global, hubs, ratingsChartDir: options.ratingsChartDir ?? RATINGS_CHART_DIR }));
  const traffic = new TrafficStack(app, { config, hubs });
  const devops = config.azure.devops?.project ? new DevopsStack(app, { config, apps }) : undefined;
  // a retired hub's runner keeps an empty stack, so deploying it destroys the VM
  const runners = config.hubs
    .filter((hub) => hub.pipelinesAgent.enabled || hub.githubRunner.enabled)
    .map((hub) => (hub.decommission ? new RetiredRunnerStack(app, { config, hub }) : new RunnerStack(app, { config, hub })));
  // a retired hub is destroyed in the reverse order it was built: its traffic endpoint and service connection,
  // then apps, then hub
  const retired = config.hubs
    .filter((hub) => hub.decommission)
    .map((hub) => {
      const retiredApps = new RetiredAppsStack(app, { config, hub });
      retiredApps.addDependency(traffic);
      if (devops) retiredApps.addDependency(devops);
      const retiredHub = new RetiredHubStack(app, { config, hub });
      retiredHub.addDependency(retiredApps);
      return { hub: retiredHub, apps: retiredApps };
    });
  // keep last: the policy rules (policy/) run on every stack at every synth and fail it on a violation
  Policy.apply(app);
  return { global, hubs, apps, traffic, runners, devops, retired };
}
