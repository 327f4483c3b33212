import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stackKind } from "../scripts/lock";
import { REPO_ROOT } from "./helpers";
import { removeMainRuns, runMain } from "./run-main";

describe("main.ts", () => {
  afterAll(removeMainRuns);

  // as the deploy workflow runs the tests: main.ts must not see the runner's own configuration
  const outer = { HA_CONFIG: process.env.HA_CONFIG, CDKTF_OUTDIR: process.env.CDKTF_OUTDIR };
  beforeAll(() => {
    process.env.HA_CONFIG = "config/does-not-exist.yaml";
    process.env.CDKTF_OUTDIR = "elsewhere";
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(outer)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("exits 2 on a bad config, prints one line per problem, no stack trace, and writes nothing", () => {
    const r = runMain("name: Bad_Name\nfoo: 1\n");
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      "my.yaml: name: must be a DNS label: lowercase letters, digits and '-', starting with a letter, at most 16 characters (e.g. \"seattle\")",
      "my.yaml: foo: unknown key (remove it; allowed here: name, backend, azure, hubs, app)",
      "my.yaml: azure: is missing (add it; config/default.yaml shows an example)",
      "my.yaml: hubs: is missing (add it; config/default.yaml shows an example)",
      "my.yaml: app: is missing (add it; config/default.yaml shows an example)",
      "5 problem(s): nothing was synthesized.",
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
  });

  it("exits 2 on a missing HA_CONFIG file", () => {
    const r = runMain(undefined, { HA_CONFIG: "nope.yaml" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("nope.yaml: file not found");
    expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
  });

  it("synthesizes the bundled default with no environment variables, whatever the test runner's are", () => {
    const r = runMain(undefined);
    expect(r.stderr).toContain("synthesized 9 stacks from config/default.yaml");
    expect(r.status).toBe(0);
    expect(readdirSync(join(r.dir, "cdktf.out/stacks")).sort()).toEqual(["apps-orlando", "apps-seattle", "devops", "global", "hub-orlando", "hub-seattle", "runner-orlando", "runner-seattle", "traffic"]);
    // a stack folder holds the committed lock file of its kind, and none where stacks/locks/ has none (lock.test.ts)
    for (const stack of readdirSync(join(r.dir, "cdktf.out/stacks"))) {
      const committed = join(REPO_ROOT, "stacks/locks", `${stackKind(stack)}.terraform.lock.hcl`);
      const copied = join(r.dir, "cdktf.out/stacks", stack, ".terraform.lock.hcl");
      expect(existsSync(copied) ? readFileSync(copied, "utf8") : null).toBe(existsSync(committed) ? readFileSync(committed, "utf8") : null);
    }
  });
});
