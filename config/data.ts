import { rolloutOrder } from "./rollout";

/**
 * How one replica set spans the hubs (app.data.acrossHubs). Every hub runs three data-bearing members; the main
 * site (first hub in rollout order) owns the replica set configuration, the others are replica sites whose
 * members the main site lists as external nodes.
 *
 * MongoDB allows at most 7 voting members, and an odd number of votes means a majority survives the loss of
 * any one hub: the main site's three members vote, the others' votes are handed out one member per hub in turn
 * until 7 (odd hub count) or 6 + the public Azure voter (even hub count).
 * https://www.mongodb.com/docs/manual/reference/limits/#mongodb-limit-Number-of-Voting-Members-of-a-Replica-Set
 */
export const MEMBERS_PER_HUB = 3;
export const MAX_VOTING_MEMBERS = 7;
/**
 * The operator refuses external nodes past MongoDB's 50 members
 * (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/controller/perconaservermongodb/mgo.go#L406-L411).
 */
export const MAX_HUBS_ACROSS = 7;

export interface SiteVotes {
  readonly hub: string;
  readonly main: boolean;
  /** votes of member 0, 1, 2 (1 or 0) */
  readonly votes: readonly number[];
}

export interface ReplicaSetLayout {
  readonly sites: readonly SiteVotes[];
  /** A voting member in public Azure (global stack). */
  readonly arbiter: boolean;
}

/** Hubs in rollout order -> votes per member. `arbiter` overrides the default (even number of hubs). */
export function replicaSetLayout(hubNames: readonly string[], arbiter?: boolean): ReplicaSetLayout {
  const withArbiter = arbiter ?? hubNames.length % 2 === 0;
  const votes = hubNames.map((_, i) => [0, 0, 0].map(() => (i === 0 ? 1 : 0)));
  let budget = MAX_VOTING_MEMBERS - (withArbiter ? 1 : 0) - (hubNames.length > 0 ? MEMBERS_PER_HUB : 0);
  // round-robin over the replica sites, one member at a time
  for (let member = 0; member < MEMBERS_PER_HUB && budget > 0; member++) {
    for (let i = 1; i < hubNames.length && budget > 0; i++) {
      votes[i][member] = 1;
      budget--;
    }
  }
  return { sites: hubNames.map((hub, i) => ({ hub, main: i === 0, votes: votes[i] })), arbiter: withArbiter };
}

/** Total votes of a layout (members + the public Azure voter). */
export function totalVotes(layout: ReplicaSetLayout): number {
  return layout.sites.reduce((n, s) => n + s.votes.reduce((a, b) => a + b, 0), 0) + (layout.arbiter ? 1 : 0);
}

/** Layout for a config's active hubs in rollout order. */
export function layoutOf(config: { readonly hubs: readonly { readonly name: string; readonly decommission: boolean; readonly rollout?: number }[]; readonly app: { readonly data: { readonly arbiter?: boolean } } }): ReplicaSetLayout {
  return replicaSetLayout(
    rolloutOrder(config.hubs).map((h) => h.name),
    config.app.data.arbiter,
  );
}
