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

