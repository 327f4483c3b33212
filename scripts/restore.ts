/**
 * npm run restore -- <hub> [--time <ISO time>] [--yes-overwrite-data]
 *
 * Restores a hub's ratings database from Percona Backup for MongoDB (app.data.mode replica-set): creates a
 * PerconaServerMongoDBRestore for the newest ready backup (before --time, with point-in-time recovery to that
 * moment) and waits for the operator to finish. It overwrites the data, so without --yes-overwrite-data it only
 * says what it would do and exits 2. kubectl reaches the hub's cluster through KUBECONFIG (the hub's
 * cluster.kubeconfigFile, or --kubeconfig). Procedure and limits: docs/data.md "Restore".
 */
import { spawnSync } from "node:child_process";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "../config/load";
import { rolloutOrder } from "../config/rollout";
import type { Config } from "../config/schema";
import { PERCONA } from "../constructs/apps/percona-names";

export const CONFIRM_FLAG = "--yes-overwrite-data";
const USAGE = `usage: npm run restore -- <hub> [--time <ISO time, e.g. 2026-12-01T14:30:00Z>] [--kubeconfig <file>] ${CONFIRM_FLAG}`;

class UsageError extends Error {}

interface Args {
  readonly hub: string;
  readonly time?: Date;
  readonly kubeconfig?: string;
  readonly confirmed: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  let hub: string | undefined;
  let time: Date | undefined;
  let kubeconfig: string | undefined;
  let confirmed = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === CONFIRM_FLAG) confirmed = true;
    else if (a === "--time" || a === "--kubeconfig") {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value (${USAGE})`);
      if (a === "--kubeconfig") kubeconfig = v;
      else {
        // ISO 8601 with a zone: a restore time must not depend on the shell's TZ
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) || Number.isNaN(Date.parse(v))) {
          throw new UsageError(`--time ${v}: is not an ISO time with a zone (write it like 2026-12-01T14:30:00Z)`);
        }
        time = new Date(v);
      }
    } else if (a.startsWith("-")) throw new UsageError(`unknown option ${a} (${USAGE})`);
    else if (hub === undefined) hub = a;
    else throw new UsageError(`one hub at a time, got "${hub}" and "${a}" (${USAGE})`);
  }
  if (!hub) throw new UsageError(`name the hub to restore (${USAGE})`);
  return { hub, time, kubeconfig, confirmed };
}

/** Which replica set a restore of `hub` acts on, or why it cannot. */
export function restoreTarget(config: Config, hub: string): { namespace: string; main: string } {
  const active = rolloutOrder(config.hubs);
  if (!config.hubs.some((h) => h.name === hub)) throw new UsageError(`hub "${hub}" is not in the config (hubs: ${config.hubs.map((h) => h.name).join(", ")})`);
  if (!active.some((h) => h.name === hub)) throw new UsageError(`hub "${hub}" is decommissioned: it has no database to restore`);
  const data = config.app.data;
  if (data.mode === "cosmos") throw new UsageError(`app.data.mode is cosmos: restore with Cosmos DB's point-in-time restore into a new account (docs/data.md "Restore")`);
  if (data.mode === "per-hub") throw new UsageError(`app.data.mode is per-hub: the single pod has no backups (docs/data.md)`);
  // one replica set across hubs: the operator refuses restores on unmanaged (replica) sites
  // (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/controller/perconaservermongodbrestore/validate.go#L21-L23),
  // and a restore on the main site replaces the data everywhere
  if (data.acrossHubs && active[0].name !== hub) {
    throw new UsageError(`hub "${hub}" is a replica site of the replica set across hubs: restore on the main site "${active[0].name}" (the restore replaces the data on every hub)`);
  }
  return { namespace: config.app.namespace, main: hub };
}

interface Backup {
  readonly name: string;
  readonly completed: Date;
}

/**
 * PerconaServerMongoDBBackup status: `state` ready, `completed` time
 * (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/perconaservermongodbbackup_types.go#L35,
 * https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/perconaservermongodbbackup_types.go#L59).
 */
export function pickBackup(list: any, before?: Date): Backup | undefined {
  const ready: Backup[] = (list?.items ?? [])
    .filter((b: any) => b?.status?.state === "ready" && b?.status?.completed)
    .map((b: any) => ({ name: b.metadata.name, completed: new Date(b.status.completed) }))
    .filter((b: Backup) => !before || b.completed.getTime() <= before.getTime());
  return ready.sort((a, b) => b.completed.getTime() - a.completed.getTime())[0];
}

/** PITR date as the CRD requires it: `YYYY-MM-DD HH:MM:SS`, UTC (crd.yaml, PerconaServerMongoDBRestore spec.pitr). */
export function pitrDate(time: Date): string {
  return time.toISOString().replace("T", " ").replace(/\.\d+Z$/, "");
}

export function restoreObject(name: string, namespace: string, backup: Backup, time?: Date): Record<string, unknown> {
  return {
    apiVersion: "psmdb.percona.com/v1",
    kind: "PerconaServerMongoDBRestore",
    metadata: { name, namespace },
    spec: {
      clusterName: PERCONA.cluster,
      backupName: backup.name,
      ...(time ? { pitr: { type: "date", date: pitrDate(time) } } : {}),
    },
  };
}

function kubectl(args: string[], kubeconfig: string | undefined, input?: string): string {
  const r = spawnSync("kubectl", [...(kubeconfig ? ["--kubeconfig", kubeconfig] : []), ...args], { encoding: "utf8", input, env: process.env });
  if (r.error) throw new Error(`cannot run kubectl: ${r.error.message} (install kubectl and put it on PATH)`);
  if (r.status !== 0) throw new Error(`kubectl ${args.join(" ")} failed with exit status ${r.status}: ${r.stderr.trim()}`);
  return r.stdout;
}

const sleep = (seconds: number) => new Promise((done) => setTimeout(done, seconds * 1000));

/** The whole command; resolves to its exit status. Reads HA_CONFIG, HA_RESTORE_POLL_SECONDS, HA_RESTORE_TIMEOUT_SECONDS. */
export async function restoreCommand(argv: string[]): Promise<number> {
  let args: Args;
  let config: Config;
  try {
    args = parseArgs(argv);
    config = loadConfig(process.env.HA_CONFIG || DEFAULT_CONFIG_FILE);
    restoreTarget(config, args.hub);
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.lines()) console.error(line);
      return 2;
    }
    if (e instanceof UsageError) {
      console.error(`restore: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const ns = config.app.namespace;
  const kubeconfig = args.kubeconfig;
  const pollSeconds = Number(process.env.HA_RESTORE_POLL_SECONDS ?? "10");
  const timeoutSeconds = Number(process.env.HA_RESTORE_TIMEOUT_SECONDS ?? "7200");
  try {
    const backups = JSON.parse(kubectl(["get", "perconaservermongodbbackups.psmdb.percona.com", "--namespace", ns, "--output", "json"], kubeconfig));
    const backup = pickBackup(backups, args.time);
    if (!backup) {
      console.error(`restore: no ready backup of hub "${args.hub}"${args.time ? ` completed before ${args.time.toISOString()}` : ""} (kubectl get psmdb-backup -n ${ns}; the first scheduled backup runs at app.data.backup.schedule)`);
      return 2;
    }
    const name = `restore-${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-").toLowerCase()}`;
    const object = restoreObject(name, ns, backup, args.time);
    const what = args.time ? `backup ${backup.name} (completed ${backup.completed.toISOString()}) plus the oplog up to ${args.time.toISOString()}` : `backup ${backup.name} (completed ${backup.completed.toISOString()})`;
    console.error(`restore: hub "${args.hub}", namespace ${ns}, cluster ${PERCONA.cluster}: ${what}`);
    if (config.app.data.acrossHubs) console.error("restore: the replica set spans every hub: every hub's data is replaced");
    if (!args.confirmed) {
      console.error(`restore: refusing: this replaces the ratings data, and writes made since are lost. Run again with ${CONFIRM_FLAG} to restore.`);
      return 2;
    }
    kubectl(["apply", "--namespace", ns, "--filename", "-"], kubeconfig, JSON.stringify(object));
    console.error(`restore: created PerconaServerMongoDBRestore ${name}; waiting for the operator`);
    const deadline = Date.now() + timeoutSeconds * 1000;
    let last = "";
    for (;;) {
      const state = kubectl(["get", "perconaservermongodbrestores.psmdb.percona.com", name, "--namespace", ns, "--output", "jsonpath={.status.state}"], kubeconfig).trim();
      if (state !== last) console.error(`restore: ${name}: ${state || "new"}`);
      last = state;
      if (state === "ready") {
        console.error(`restore: done. Take a new backup now: point-in-time recovery starts again from it (docs/data.md "Restore").`);
        return 0;
      }
      if (state === "error" || state === "rejected") {
        console.error(`restore: ${name} ended ${state}: kubectl describe psmdb-restore ${name} -n ${ns} says why`);
        return 3;
      }
      if (Date.now() > deadline) {
        console.error(`restore: ${name} still ${state || "new"} after ${timeoutSeconds} s; it goes on in the cluster (kubectl get psmdb-restore ${name} -n ${ns})`);
        return 4;
      }
      await sleep(pollSeconds);
    }
  } catch (e) {
    console.error(`restore: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  restoreCommand(process.argv.slice(2)).then((code) => process.exit(code));
}
