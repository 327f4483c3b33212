/**
 * The order changes reach the hubs in. Issue 18 adds `hubs[].rollout` to set it; until then it is the order of
 * `hubs` in the config. Everything that needs "the first hub" (the data's main site, docs/data.md) asks here,
 * so extending this one function changes them all.
 */
export function rolloutOrder<H extends { readonly name: string; readonly decommission: boolean }>(hubs: readonly H[]): H[] {
  return hubs.filter((h) => !h.decommission);
}
