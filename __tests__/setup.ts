import type { ExecSyncOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
// the jest adapter alone (toHaveResource and the other matchers): the `cdktf` index would load all of cdktf into
// every test file, also those that only check config or files
import { setupJest } from "cdktf/lib/testing/adapters/jest";

setupJest();

/**
 * No creation stack trace for cdktf's tokens in tests, as main.ts and synthApp already do around their synths
 * (stacks/stack-traces.ts): constructs and stacks built directly in a test otherwise capture a full trace for
 * every token, which jest's source-map support then maps frame by frame (12 % of the CPU of the construct and
 * stack test files, `perf stat -e task-clock`). cdktf keeps those traces only for its own error metadata.
 */
(require("cdktf/lib/tokens/private/stack-trace") as { captureStackTrace: () => string[] }).captureStackTrace = () => [];

/**
 * cdktf checks the Terraform version for every terraform_data (and import or move block) with its own
 * `execSync("terraform version")` (cdktf lib/validations/validate-binary-version.js): five processes per synth
 * of the bundled default. They are answered from one real run: global-setup.js's, kept in the run's folder, or
 * without it (under Stryker) the first one in this test file. A Terraform older than cdktf accepts still fails
 * every synth, and a missing one each check.
 */
// the module object itself (an `import *` is a copy under swc's interop), where cdktf's require finds it
const childProcess = require("node:child_process") as typeof import("node:child_process");
const execSync = childProcess.execSync;
let terraformVersion: Buffer | undefined;
childProcess.execSync = ((command: string, options?: ExecSyncOptions) => {
  if (command !== "terraform version") return execSync(command, options);
  if (terraformVersion === undefined && process.env.HA_TEST_SYNTH_CACHE) {
    try {
      terraformVersion = readFileSync(join(process.env.HA_TEST_SYNTH_CACHE, "terraform-version"));
    } catch {
      // global-setup.js could not run it: run it here, and fail here
    }
  }
  terraformVersion ??= Buffer.from(execSync(command, { ...options, encoding: "buffer" }));
  return options?.encoding && options.encoding !== "buffer" ? terraformVersion.toString(options.encoding) : terraformVersion;
}) as typeof execSync;
