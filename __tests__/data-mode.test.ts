import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { configFrom, defaultRaw, synthApp } from "./helpers";
import { removeMainRuns, runMain } from "./run-main";
import { recordedDataMode } from "../config/data-mode-guard";

afterAll(removeMainRuns);

/** An apps stack state as Terraform 1.x writes it: terraform_data keeps `input` as a dynamic value. */
const stateWith = (resources: object[]) => JSON.stringify({ version: 4, terraform_version: "1.11.0", resources });
const record = (mode: string) => ({
  mode: "managed",
  type: "terraform_data",
  name: "data_mode",
  instances: [{ attributes: { id: "x", input: { value: { mode }, type: ["object", { mode: "string" }] } } }],
});
const ratingsRelease = { mode: "managed", type: "helm_release", name: "ratings_release_888266E0", instances: [{ attributes: {} }] };

function withState(files: Record<string, string>) {
  return (dir: string) => {
    mkdirSync(join(dir, "state"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "state", name), text);
  };
}

describe("bad app.data input through the real entry point", () => {
  it("is one line, exit 2, and no output folder", () => {
    const raw = defaultRaw();
    raw.hubs[0].egressCidrs = ["0.0.0.0/0"];
    const r = runMain(YAML.stringify(raw));
    expect(r.stderr.trim().split("\n")).toEqual([
      "my.yaml: hubs[0].egressCidrs[0]: is open to the internet or a large part of it (list only the public IPv4 addresses this hub's nodes leave from, e.g. 198.51.100.0/28)",
      "1 problem(s): nothing was synthesized.",
    ]);
    expect(r.status).toBe(2);
    expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
  });
});

describe("changing app.data.mode on a running system", () => {
  it("is refused with one line per hub, exit 2, nothing synthesized, when the state records another mode", () => {
    const r = runMain(YAML.stringify(defaultRaw()), {}, { files: withState({ "apps-seattle.tfstate": stateWith([record("cosmos")]), "apps-orlando.tfstate": stateWith([record("replica-set")]) }) });
    expect(r.stderr.trim().split("\n")).toEqual([
      'my.yaml: app.data.mode: is replica-set, but hub "seattle" runs cosmos (state/apps-seattle.tfstate): changing it would replace the database under the running app (follow docs/data.md "Changing mode", which sets app.data.migrateFrom: cosmos, or set mode back to cosmos)',
      "1 problem(s): nothing was synthesized.",
    ]);
    expect(r.status).toBe(2);
  });

  it("treats a deployment from before data modes (a ratings release, no record) as per-hub", () => {
    expect(recordedDataMode("/nonexistent")).toBeUndefined();
    const r = runMain(YAML.stringify(defaultRaw()), {}, { files: withState({ "apps-seattle.tfstate": stateWith([ratingsRelease]) }) });
    expect(r.stderr).toContain('my.yaml: app.data.mode: is replica-set, but hub "seattle" runs per-hub (state/apps-seattle.tfstate)');
    expect(r.status).toBe(2);
  });

  it("goes ahead with app.data.migrateFrom naming the running mode, and only then lifts prevent_destroy on the record", () => {
    const raw = defaultRaw();
    raw.app.data.migrateFrom = "per-hub";
    const r = runMain(YAML.stringify(raw), {}, { files: withState({ "apps-seattle.tfstate": stateWith([record("per-hub")]) }) });
    expect(r.status).toBe(0);
    const apps = JSON.parse(readFileSync(join(r.dir, "cdktf.out/stacks/apps-seattle/cdk.tf.json"), "utf8"));
    expect(apps.resource.terraform_data.data_mode).toMatchObject({ input: { mode: "replica-set" }, triggers_replace: { mode: "replica-set" }, lifecycle: { prevent_destroy: false } });
    // without the flag a mode change is a replacement of this record, which Terraform refuses at plan time
    const guarded = synthApp(configFrom(defaultRaw())).stacks["apps-seattle"];
    expect(guarded.resource.terraform_data.data_mode.lifecycle).toEqual({ prevent_destroy: true });
  });
});
