import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT, TSX_NODE_ARGS } from "./helpers";

const scratchDirs: string[] = [];

/** Removes the scratch folders made by runMain in this test file (call from afterAll). */
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

export interface RunMainOptions {
  /** Files to put into the scratch folder (the working directory) before the run: output, state. */
  readonly files?: (dir: string) => void;
  /** A code change: main.ts then runs from a scratch copy of the sources, which this function edits. */
  readonly patchSources?: (dir: string) => void;
}

/**
 * Runs the real entry point as cdktf.json does (`node --import tsx main.ts`) in a scratch working directory
 * holding config/ (the default config's path is relative to it) and, if given, the config text as my.yaml.
 * The repository's main.ts runs unless the test changes code; tsx's compile cache then serves every run.
 */
export function runMain(configText: string | undefined, env: Record<string, string> = {}, options: RunMainOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), "ha-main-"));
  scratchDirs.push(dir);
  let main = join(REPO_ROOT, "main.ts");
  if (options.patchSources) {
    for (const d of ["config", "stacks", "constructs", "charts", "scripts", "policy"]) {
      if (existsSync(join(REPO_ROOT, d))) cpSync(join(REPO_ROOT, d), join(dir, d), { recursive: true });
    }
    cpSync(main, join(dir, "main.ts"));
    // generated provider bindings (3 MB) and packages: linked, not copied
    symlinkSync(join(REPO_ROOT, ".gen"), join(dir, ".gen"));
    symlinkSync(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"));
    options.patchSources(dir);
    main = join(dir, "main.ts");
  } else {
    cpSync(join(REPO_ROOT, "config"), join(dir, "config"), { recursive: true });
  }
  if (configText !== undefined) writeFileSync(join(dir, "my.yaml"), configText);
  options.files?.(dir);
  const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, main], {
    cwd: dir,
    encoding: "utf8",
    env: { ...baseEnvironment(), ...(configText !== undefined ? { HA_CONFIG: "my.yaml" } : {}), ...env },
  });
  return { ...r, dir };
}
