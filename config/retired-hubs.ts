import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConfigProblem } from "./load";
import type { Config } from "./schema";

/** Stack ids that belong to one hub (stacks/naming.ts STACK_IDS.hub, .apps and .runner). */
const HUB_STACK = /^(hub|apps|runner)-(.+)\.tfstate$/;

/** Resources Terraform manages in a state file (data sources are not left behind by a destroy). */
function managedResources(file: string): number {
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as { resources?: { mode?: string }[] };
    return (state.resources ?? []).filter((r) => r.mode === "managed").length;
  } catch {
    return 0;
  }
}

/**
 * With local state, a hub removed from the config while its stacks' state still holds resources: its stack
 * folders would vanish at this synth and the resources would run on, unmanaged. One problem per state file.
 */
export function removedHubsWithState(config: Config, stateDir: string): ConfigProblem[] {
  if (config.backend.type !== "local" || !existsSync(stateDir)) return [];
  const named = new Set(config.hubs.map((h) => h.name));
  const problems: ConfigProblem[] = [];
  for (const entry of readdirSync(stateDir).sort()) {
    const m = HUB_STACK.exec(entry);
    if (!m) continue;
    const index = config.hubs.findIndex((h) => h.name === m[2]);
    const hub = config.hubs[index];
    // a hub still in the config whose runner was turned off: its runner stack would vanish with the VM running on
    if (hub && m[1] === "runner" && !hub.pipelinesAgent.enabled && !hub.githubRunner.enabled) {
      const count = managedResources(join(stateDir, entry));
      if (count > 0) {
        problems.push({
          path: `hubs[${index}]`,
          message: `has no runner any more (pipelinesAgent and githubRunner off), but state/${entry} still holds ${count} resource(s) that would keep running unmanaged (set decommission: true on the hub, or turn its runner back on and destroy it with npx cdktf destroy runner-${hub.name}, then turn it off)`,
        });
      }
      continue;
    }
    if (named.has(m[2])) continue;
    const count = managedResources(join(stateDir, entry));
    if (count === 0) continue;
    problems.push({
      path: "hubs",
      message: `hub "${m[2]}" was removed, but state/${entry} still holds ${count} resource(s) that would keep running unmanaged (put the hub back with decommission: true and deploy first; remove the entry once its stacks are empty)`,
    });
  }
  return problems;
}
