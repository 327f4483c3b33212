import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./helpers";

const scratchDirs: string[] = [];

/** Removes the scratch copies made by runMain in this test file (call from afterAll). */
export function removeMainRuns(): void {
  for (const d of scratchDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * What a fresh shell gives main.ts: nothing of the test runner's own environment (HA_CONFIG, CDKTF_OUTDIR,
 * TF_VAR_* of a deploy job) reaches it unless a test passes it.
 */
function baseEnvironment(): Record<string, string> {
  const keep = ["PATH", "HOME", "TMPDIR", "LANG", "SYSTEMROOT"];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
}

/** Runs the real entry point (`tsx main.ts`) in a scratch copy of the repo's sources. */
export function runMain(configText: string | undefined, env: Record<string, string> = {}, patch?: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "ha-main-"));
  scratchDirs.push(dir);
  for (const d of ["config", "stacks", "constructs", "charts", "scripts", "policy"]) {
    if (existsSync(join(REPO_ROOT, d))) cpSync(join(REPO_ROOT, d), join(dir, d), { recursive: true });
  }
  cpSync(join(REPO_ROOT, "main.ts"), join(dir, "main.ts"));
  // generated provider bindings (3 MB): linked, not copied
  symlinkSync(join(REPO_ROOT, ".gen"), join(dir, ".gen"));
  if (configText !== undefined) writeFileSync(join(dir, "my.yaml"), configText);
  patch?.(dir);
  const tsx = join(REPO_ROOT, "node_modules/.bin/tsx");
  const r = spawnSync(tsx, ["main.ts"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...baseEnvironment(), NODE_PATH: join(REPO_ROOT, "node_modules"), ...(configText !== undefined ? { HA_CONFIG: "my.yaml" } : {}), ...env },
  });
  return { ...r, dir };
}

