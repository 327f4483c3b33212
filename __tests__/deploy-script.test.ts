import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deployLevels } from "../scripts/deploy-levels";
import { REPO_ROOT } from "./helpers";

/** The default config's stack graph, as cdktf.out/manifest.json lists it. */
const STACKS = {
  global: [],
  "hub-seattle": [],
  "hub-orlando": [],
  "apps-seattle": ["hub-seattle", "global"],
  "apps-orlando": ["hub-orlando", "global"],
  traffic: ["hub-seattle", "hub-orlando"],
  devops: ["apps-seattle", "apps-orlando"],
};

describe("deploy levels", () => {
  it("deploys a stack after every selected stack it depends on, independent stacks together", () => {
    expect(deployLevels(STACKS, ["*"])).toEqual([
      ["global", "hub-seattle", "hub-orlando"],
      ["apps-seattle", "apps-orlando", "traffic"],
      ["devops"],
    ]);
  });

  it("leaves out dependencies that are not selected (already deployed)", () => {
    expect(deployLevels(STACKS, ["apps-*", "traffic"])).toEqual([["apps-seattle", "apps-orlando", "traffic"]]);
    expect(deployLevels(STACKS, ["apps-seattle", "devops"])).toEqual([["apps-seattle"], ["devops"]]);
  });

  it("deploys a runner stack only when a pattern names runners: never through '*'", () => {
    const withRunners = { ...STACKS, "runner-seattle": [], "runner-orlando": [] };
    expect(deployLevels(withRunners, ["*"]).flat()).not.toContain("runner-seattle");
    expect(deployLevels(withRunners, ["*-seattle"]).flat()).toEqual(["hub-seattle", "apps-seattle"]);
    expect(deployLevels(withRunners, ["runner-*"])).toEqual([["runner-seattle", "runner-orlando"]]);
    expect(deployLevels(withRunners, ["runner-seattle", "traffic"])).toEqual([["traffic", "runner-seattle"]]);
  });

  it("matches like cdktf's globs and refuses a pattern that matches nothing", () => {
    expect(deployLevels(STACKS, ["hub-s?????e"])).toEqual([["hub-seattle"]]);
    expect(() => deployLevels(STACKS, ["hub-denver"])).toThrow("no synthesized stack matches 'hub-denver'");
    expect(deployLevels(STACKS, ["hub-denver", "global"], true)).toEqual([["global"]]);
  });

  it("takes minimatch's braces and classes as cdktf does (the former hand-written matcher took them literally)", () => {
    expect(deployLevels(STACKS, ["apps-{seattle,orlando}"])).toEqual([["apps-seattle", "apps-orlando"]]);
    expect(deployLevels(STACKS, ["hub-[s]*"])).toEqual([["hub-seattle"]]);
  });
});

/**
 * scripts/deploy.sh with stand-ins for npm, npx and terraform that record their calls: it synthesizes once,
 * installs providers stack by stack, and lets the cdktf CLI deploy that synth (--skip-synth). Like the
 * real CLI, the npx stand-in refuses --skip-synth when there is no synthesized manifest.
 */
describe("deploy.sh", () => {
  const scratch = mkdtempSync(join(tmpdir(), "deploy-sh-"));
  const root = join(scratch, "repo");
  const bin = join(scratch, "bin");
  const log = join(scratch, "calls.log");
  const tool = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> "$CALLS"\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };

  beforeAll(() => {
    mkdirSync(join(root, "scripts"), { recursive: true });
    for (const f of ["deploy.sh", "deploy-levels.ts", "hub-secrets.sh", "terraform-env.sh"]) cpSync(join(REPO_ROOT, "scripts", f), join(root, "scripts", f));
    symlinkSync(join(REPO_ROOT, "node_modules"), join(root, "node_modules"));
    mkdirSync(bin, { recursive: true });
    const manifest = JSON.stringify({ stacks: Object.fromEntries(Object.entries(STACKS).map(([n, d]) => [n, { dependencies: d }])) });
    tool("npm", `if [ "$*" = "run --silent synth" ]; then for s in ${Object.keys(STACKS).join(" ")}; do mkdir -p "cdktf.out/stacks/$s"; done; echo '${manifest}' > cdktf.out/manifest.json; fi`);
    tool("npx", 'case " $* " in *" --skip-synth "*) [ -f cdktf.out/manifest.json ] || { echo "no synthesized manifest in cdktf.out" >&2; exit 1; };; esac');
    tool("terraform", "exit 0");
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const deploy = (...args: string[]) => {
    writeFileSync(log, "");
    return spawnSync("bash", [join(root, "scripts/deploy.sh"), ...args], {
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: join(scratch, "home"), CALLS: log, TF_PLUGIN_CACHE_DIR: "" },
    });
  };
  const calls = () => readFileSync(log, "utf8").trim().split("\n");
  const installs = Object.keys(STACKS)
    .sort()
    .map((s) => `terraform -chdir=cdktf.out/stacks/${s}/ init -backend=false -input=false -no-color`);

  it("synthesizes once, installs providers one stack at a time, then deploys that synth level by level", () => {
    const r = deploy("--parallelism=4", "devops", "apps-*");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(calls()).toEqual([
      "npm run --silent synth",
      ...installs,
      "npx cdktf deploy --skip-synth --auto-approve --ignore-missing-stack-dependencies --parallelism=4 apps-seattle apps-orlando",
      "npx cdktf deploy --skip-synth --auto-approve --ignore-missing-stack-dependencies --parallelism=4 devops",
    ]);
  });

  it("refuses a stack name that matches nothing before deploying anything", () => {
    const r = deploy("hub-denver");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("deploy: no synthesized stack matches 'hub-denver'");
    expect(calls()).toEqual(["npm run --silent synth"]);
  });

  it("with --skip-missing, deploys nothing and succeeds when an optional stack is not synthesized", () => {
    const r = deploy("--skip-missing", "azdo");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("deploy: no stack to deploy (azdo matched none)");
    expect(calls()).toEqual(["npm run --silent synth"]);
  });
});
