import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { crdProblems } from "./crd-schema";
import { configFrom, defaultRaw, REPO_ROOT, TSX_NODE_ARGS } from "./helpers";
import { parseArgs, pickBackup, pitrDate, restoreCommand, restoreTarget } from "../scripts/restore";

/** __tests__/fakes/kubectl: answers the calls the restore script makes as kubectl does. */
const FAKES = join(__dirname, "fakes");
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

const backup = (name: string, state: string, completed?: string) => ({ metadata: { name }, status: { state, ...(completed ? { completed } : {}) } });
const BACKUPS = {
  items: [
    backup("daily-1", "ready", "2026-12-01T02:10:00Z"),
    backup("daily-2", "ready", "2026-12-02T02:10:00Z"),
    backup("daily-3", "error", "2026-12-03T02:10:00Z"),
    backup("daily-4", "running"),
  ],
};

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  readonly calls: string[];
  readonly applied: any;
}

/** A scratch folder for the fake kubectl, and the bundled config (or an edit of it). */
function scene(o: { states?: string[]; unreachable?: boolean; edit?: (raw: any) => void }) {
  const dir = mkdtempSync(join(tmpdir(), "ha-restore-"));
  scratch.push(dir);
  writeFileSync(join(dir, "backups.json"), JSON.stringify(BACKUPS));
  writeFileSync(join(dir, "states"), `${(o.states ?? ["running", "ready"]).join("\n")}\n`);
  writeFileSync(join(dir, "calls.log"), "");
  if (o.unreachable) writeFileSync(join(dir, "unreachable"), "");
  const raw = defaultRaw();
  o.edit?.(raw);
  writeFileSync(join(dir, "config.yaml"), YAML.stringify(raw));
  return { dir, env: { PATH: `${FAKES}:${process.env.PATH}`, HOME: dir, FAKE_KUBECTL_DIR: dir, HA_CONFIG: join(dir, "config.yaml"), HA_RESTORE_POLL_SECONDS: "0" } };
}

function outcome(dir: string, status: number | null, stderr: string): Run {
  const calls = readFileSync(join(dir, "calls.log"), "utf8").trim().split("\n").filter(Boolean);
  let applied: any;
  try {
    applied = JSON.parse(readFileSync(join(dir, "applied.json"), "utf8"));
  } catch {
    applied = undefined;
  }
  return { status, stderr, calls, applied };
}

/** `npm run restore -- <args>` as a process (tsx), against the fake kubectl. */
function restoreProcess(args: string[], o: Parameters<typeof scene>[0] = {}): Run {
  const { dir, env } = scene(o);
  const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, join(REPO_ROOT, "scripts/restore.ts"), ...args], { cwd: REPO_ROOT, encoding: "utf8", env });
  return outcome(dir, r.status, r.stderr);
}

/** The same command in this process (no tsx start-up): its environment set for the call, stderr captured. */
async function restore(args: string[], o: Parameters<typeof scene>[0] = {}): Promise<Run> {
  const { dir, env } = scene(o);
  const saved = { ...process.env };
  const lines: string[] = [];
  const spy = jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void lines.push(a.join(" ")));
  Object.assign(process.env, env);
  try {
    const status = await restoreCommand(args);
    return outcome(dir, status, `${lines.join("\n")}\n`);
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(env)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

describe("npm run restore", () => {
  it("refuses without --yes-overwrite-data: says what it would restore, exit 2, creates nothing (as a process)", () => {
    const r = restoreProcess(["seattle"]);
    expect(r.stderr.trim().split("\n")).toEqual([
      'restore: hub "seattle", namespace ratings, cluster ratings-db: backup daily-2 (completed 2026-12-02T02:10:00.000Z)',
      "restore: the replica set spans every hub: every hub's data is replaced",
      "restore: refusing: this replaces the ratings data, and writes made since are lost. Run again with --yes-overwrite-data to restore.",
    ]);
    expect(r.status).toBe(2);
    expect(r.calls).toEqual(["get perconaservermongodbbackups.psmdb.percona.com --namespace ratings --output json"]);
    expect(r.applied).toBeUndefined();
  });

  it("with the flag: restores the newest ready backup through a PerconaServerMongoDBRestore the CRD accepts, and waits for ready", async () => {
    const r = await restore(["seattle", "--yes-overwrite-data"]);
    expect(r.status).toBe(0);
    expect(r.applied).toMatchObject({ kind: "PerconaServerMongoDBRestore", metadata: { namespace: "ratings" }, spec: { clusterName: "ratings-db", backupName: "daily-2" } });
    expect(r.applied.spec.pitr).toBeUndefined();
    expect(crdProblems(r.applied)).toEqual([]);
    expect(r.calls.filter((c) => c.startsWith("get perconaservermongodbrestores"))).toHaveLength(2);
    expect(r.stderr).toContain(`restore: ${r.applied.metadata.name}: ready`);
  });

  it("--time: the newest ready backup before it, then the oplog up to that moment (UTC, the CRD's date format)", async () => {
    const r = await restore(["seattle", "--time", "2026-12-02T01:00:00+01:00", "--yes-overwrite-data"]);
    expect(r.status).toBe(0);
    expect(r.applied.spec).toEqual({ clusterName: "ratings-db", backupName: "daily-1", pitr: { type: "date", date: "2026-12-02 00:00:00" } });
    expect(crdProblems(r.applied)).toEqual([]);
  });

  it("fails with exit 3 when the operator reports the restore failed, and exit 1 when the cluster does not answer", async () => {
    const failed = await restore(["seattle", "--yes-overwrite-data"], { states: ["running", "error"] });
    expect(failed.status).toBe(3);
    expect(failed.stderr).toMatch(/ended error: kubectl describe psmdb-restore restore-\S+ -n ratings says why/);
    const down = await restore(["seattle", "--yes-overwrite-data"], { unreachable: true });
    expect(down.status).toBe(1);
    expect(down.stderr.trim()).toBe(
      "restore: kubectl get perconaservermongodbbackups.psmdb.percona.com --namespace ratings --output json failed with exit status 1: The connection to the server 203.0.113.1:443 was refused - did you specify the right host or port?",
    );
  });

  it("refuses a replica site with one line, exit 2, before calling kubectl (other refusals: restoreTarget below)", async () => {
    const r = await restore(["orlando", "--yes-overwrite-data"]);
    expect([r.status, r.stderr.trim(), r.calls]).toEqual([2, 'restore: hub "orlando" is a replica site of the replica set across hubs: restore on the main site "seattle" (the restore replaces the data on every hub)', []]);
  });
});

describe("restore helpers", () => {
  it("restores only a replica-set hub that exists and is active", () => {
    const config = (edit: (raw: any) => void = () => {}) => {
      const raw = defaultRaw();
      edit(raw);
      return configFrom(raw);
    };
    expect(restoreTarget(config(), "seattle")).toEqual({ namespace: "ratings", main: "seattle" });
    expect(() => restoreTarget(config(), "denver")).toThrow('hub "denver" is not in the config (hubs: seattle, orlando)');
    expect(() => restoreTarget(config((r) => (r.app.data = { mode: "cosmos", cosmos: { regions: ["westeurope", "northeurope"] } })), "seattle")).toThrow(
      'app.data.mode is cosmos: restore with Cosmos DB\'s point-in-time restore into a new account (docs/data.md "Restore")',
    );
    expect(() => restoreTarget(config((r) => (r.app.data = { mode: "per-hub" })), "seattle")).toThrow("app.data.mode is per-hub: the single pod has no backups (docs/data.md)");
    expect(restoreTarget(config((r) => (r.app.data.acrossHubs = false)), "orlando")).toEqual({ namespace: "ratings", main: "orlando" });
  });

  it("parses arguments and refuses what it does not know", () => {
    expect(parseArgs(["seattle", "--time", "2026-12-01T14:30:00Z", "--yes-overwrite-data"])).toEqual({ hub: "seattle", time: new Date("2026-12-01T14:30:00Z"), kubeconfig: undefined, confirmed: true });
    expect(() => parseArgs([])).toThrow(/name the hub to restore/);
    expect(() => parseArgs(["a", "b"])).toThrow(/one hub at a time/);
    expect(() => parseArgs(["a", "--force"])).toThrow(/unknown option --force/);
    expect(() => parseArgs(["a", "--time", "2026-12-01T14:30:00"])).toThrow(/not an ISO time with a zone/);
    expect(() => parseArgs(["a", "--time", "yesterday"])).toThrow("--time yesterday: is not an ISO time with a zone (write it like 2026-12-01T14:30:00Z)");
    expect(() => parseArgs(["a", "--time"])).toThrow(/--time needs a value/);
  });

  it("picks the newest ready backup, before a time when given, and formats PITR dates", () => {
    expect(pickBackup(BACKUPS)?.name).toBe("daily-2");
    expect(pickBackup(BACKUPS, new Date("2026-12-01T03:00:00Z"))?.name).toBe("daily-1");
    expect(pickBackup(BACKUPS, new Date("2026-11-30T00:00:00Z"))).toBeUndefined();
    expect(pickBackup({})).toBeUndefined();
    expect(pitrDate(new Date("2026-12-01T14:30:05.123Z"))).toBe("2026-12-01 14:30:05");
  });
});
