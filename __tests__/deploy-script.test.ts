import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./helpers";

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
    for (const f of ["deploy.sh", "hub-secrets.sh", "terraform-env.sh"]) cpSync(join(REPO_ROOT, "scripts", f), join(root, "scripts", f));
    mkdirSync(bin, { recursive: true });
    tool("npm", 'if [ "$*" = "run --silent synth" ]; then for s in global hub-seattle; do mkdir -p "cdktf.out/stacks/$s"; done; echo "{}" > cdktf.out/manifest.json; fi');
    tool("npx", 'case " $* " in *" --skip-synth "*) [ -f cdktf.out/manifest.json ] || { echo "no synthesized manifest in cdktf.out" >&2; exit 1; };; esac');
    tool("terraform", "exit 0");
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("synthesizes once, installs providers one stack at a time, then deploys that synth", () => {
    writeFileSync(log, "");
    const r = spawnSync("bash", [join(root, "scripts/deploy.sh"), "hub-*", "global"], {
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, HOME: join(scratch, "home"), CALLS: log, TF_PLUGIN_CACHE_DIR: "" },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      "npm run --silent synth",
      "terraform -chdir=cdktf.out/stacks/global/ init -backend=false -input=false -no-color",
      "terraform -chdir=cdktf.out/stacks/hub-seattle/ init -backend=false -input=false -no-color",
      "npx cdktf deploy --skip-synth --auto-approve hub-* global",
    ]);
  });
});
