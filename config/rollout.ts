import type { Config } from "./schema";

/**
 * The hubs a rollout changes, one at a time, in order: by `hubs[].rollout` (lower first), then the hubs without
 * it in config order. Decommissioned hubs are not rolled out (their stacks only destroy). Everything that needs
 * "the first hub" (the data's main site, docs/data.md) asks here too.
 */
export function rolloutOrder<H extends { readonly decommission: boolean; readonly rollout?: number }>(hubs: readonly H[]): H[] {
  return hubs
    .map((hub, index) => ({ hub, index }))
    .filter(({ hub }) => !hub.decommission)
    .sort((a, b) => (a.hub.rollout ?? Infinity) - (b.hub.rollout ?? Infinity) || a.index - b.index)
    .map(({ hub }) => hub);
}

/**
 * Seconds to wait after a hub's endpoint is disabled until clients have left it: the DNS TTL they may have
 * cached, plus the time Traffic Manager takes to act on a change, interval x (tolerated failures + 1) +
 * timeout (docs/rollout.md). `azure.trafficManager.drainSeconds` overrides it.
 */
export function drainSeconds(config: Pick<Config, "azure">): number {
  const tm = config.azure.trafficManager;
  if (tm.drainSeconds !== undefined) return tm.drainSeconds;
  const m = tm.monitor;
  return tm.ttl + m.intervalSeconds * (m.toleratedFailures + 1) + m.timeoutSeconds;
}
