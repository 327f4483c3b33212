import type { App } from "cdktf";
import type { Config } from "../config/schema";
import { AppsStack } from "./apps-stack";
import { GlobalStack } from "./global-stack";
import { HubStack } from "./hub-stack";
import { TrafficStack } from "./traffic-stack";

export interface ProductStacks {
  readonly global: GlobalStack;
  readonly hubs: readonly HubStack[];
  readonly apps: readonly AppsStack[];
  readonly traffic: TrafficStack;
}

/** Paths main.ts resolves on the synthesizing machine (stacks compute no repository paths). */
export interface BuildOptions {
  /** Folder of the ratings Helm chart, normally <repo>/charts/ratings. */
  readonly ratingsChartDir: string;
}

/** Wires every stack of the product from a validated config. Reads no files and no environment. */
export function buildStacks(app: App, config: Config, options: BuildOptions): ProductStacks {
  const global = new GlobalStack(app, { config });
  const hubs = config.hubs.map((hub) => new HubStack(app, { config, hub }));
  const apps = hubs.map((hub) => new AppsStack(app, { config, hub, global, ratingsChartDir: options.ratingsChartDir }));
  const traffic = new TrafficStack(app, { config, hubs });
  return { global, hubs, apps, traffic };
}
