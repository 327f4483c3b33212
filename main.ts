import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "./config/load";
import { removedHubsWithState } from "./config/retired-hubs";
import { dataModeChanges } from "./config/data-mode-guard";
import type { PolicyReport } from "./policy";

// Stack traces are only for crashes, and cdktf captures one for every token it creates: mapping each through
// tsx's source maps costs more than the whole synth of a few hubs (measured with `npm run bench`).
process.setSourceMapsEnabled(false);

// Config is validated completely before `new App()`, which creates the output folder: a bad file
// produces one line per problem, exit status 2, and no output.
// Policy violations (policy/) are reported the same way: synth runs in a scratch folder and only a clean
// result is copied to the output folder (CDKTF_OUTDIR, as the cdktf CLI sets it, or cdktf.out).
function main(): void {
  const file = process.env.HA_CONFIG || DEFAULT_CONFIG_FILE;
  const outdir = process.env.CDKTF_OUTDIR || "cdktf.out";
  let config;
  try {
    config = loadConfig(file);
    // local state sits beside the output folder (stacks/backend.ts localStatePath)
    const stateDir = join(resolve(outdir), "..", "state");
    const refused = [...removedHubsWithState(config, stateDir), ...dataModeChanges(config, stateDir)];
    if (refused.length > 0) throw new ConfigError(file, refused);
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.lines()) console.error(line);
      console.error(`${e.problems.length} problem(s): nothing was synthesized.`);
      process.exit(2);
    }
    throw e;
  }

  // loaded once the config is valid: a bad config is reported without loading cdktf and the providers
  const { App, TerraformStack } = require("cdktf") as typeof import("cdktf");
  const { Policy } = require("./policy") as typeof import("./policy");
  const { buildStacks } = require("./stacks") as typeof import("./stacks");
  const { withoutStackTraces } = require("./stacks/stack-traces") as typeof import("./stacks/stack-traces");

  // cdktf stops at the first stack with an error annotation, after writing the stacks before it; this
  // makes it synthesize every stack so all violations are reported at once (they are checked below).
  process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
  // beside the output folder, so publishing is a rename rather than a copy of every stack and asset
  mkdirSync(dirname(resolve(outdir)), { recursive: true });
  const staging = mkdtempSync(join(dirname(resolve(outdir)), ".cdktf-staging-"));
  let report: PolicyReport;
  let stackCount = 0;
  try {
    // skipValidation: cdktf's construct validations run `terraform version` once per terraform_data (one per
    // hub), which made synth need the binary and grow with the hub count; the tests run them on every stack
    // (__tests__/helpers.ts synthApp), and terraform itself refuses a version without terraform_data.
    const app = new App({ outdir: staging, stackTraces: false, skipValidation: true });
    report = withoutStackTraces(() => {
      buildStacks(app, config);
      // counted from the app, so retired hubs' stacks and the optional devops stack are included
      stackCount = app.node.children.filter((c) => TerraformStack.isStack(c)).length;
      return Policy.synth(app);
    });
    if (report.errors.length === 0) publish(staging, outdir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  for (const line of report.warnings) console.error(`warning: ${line}`);
  if (report.errors.length > 0) {
    for (const line of report.errors) console.error(line);
    console.error(`${report.errors.length} policy violation(s): nothing was synthesized (${outdir} is unchanged).`);
    process.exit(2);
  }
  console.error(`synthesized ${stackCount} stacks from ${file} into ${outdir}`);
}

/**
 * Moves a clean synth into the output folder. Like cdktf's in-place synth it overwrites files and keeps what
 * Terraform added (.terraform/, lock files, plans), replaces each stack's assets and drops stacks that are gone.
 */
function publish(staging: string, outdir: string): void {
  mkdirSync(join(outdir, "stacks"), { recursive: true });
  const stacks = readdirSync(join(staging, "stacks"));
  // the committed provider lock file of each stack's kind (scripts/lock.ts): terraform init then installs, from
  // the registry or the shared plugin cache, only providers with the checksums it lists
  (require("./scripts/lock") as typeof import("./scripts/lock")).copyLockFiles(join(staging, "stacks"));
  // a stack no longer in the config (a removed hub) must not linger: the synth diff and tools read every folder
  for (const old of readdirSync(join(outdir, "stacks"))) {
    if (!stacks.includes(old)) rmSync(join(outdir, "stacks", old), { recursive: true, force: true });
  }
  for (const stack of stacks) {
    const from = join(staging, "stacks", stack);
    const to = join(outdir, "stacks", stack);
    if (!existsSync(to)) {
      move(from, to);
      continue;
    }
    rmSync(join(to, "assets"), { recursive: true, force: true });
    for (const entry of readdirSync(from)) {
      rmSync(join(to, entry), { recursive: true, force: true });
      move(join(from, entry), join(to, entry));
    }
  }
  move(join(staging, "manifest.json"), join(outdir, "manifest.json"));
}

/** rename (the staging folder sits beside the output folder, so usually one file system), else copy. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}

main();
