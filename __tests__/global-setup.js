const { execSync } = require("node:child_process");
const { mkdtempSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

/**
 * One synth per config and `npm test` run (__tests__/helpers.ts synthApp): a cache folder for this run only,
 * which the jest workers inherit through the environment. Not under Stryker, whose runs each test a different
 * mutant of the same sources (its worker processes carry STRYKER_MUTATOR_WORKER: @stryker-mutator/core
 * dist/src/child-proxy/child-process-proxy.js).
 */
module.exports = async () => {
  if (process.env.STRYKER_MUTATOR_WORKER) return;
  process.env.HA_TEST_SYNTH_CACHE = mkdtempSync(join(tmpdir(), "ha-synth-cache-"));
  // cdktf's version check of terraform, answered for the whole run from this one real run (__tests__/setup.ts)
  try {
    writeFileSync(join(process.env.HA_TEST_SYNTH_CACHE, "terraform-version"), execSync("terraform version", { stdio: "pipe" }));
  } catch {
    // no usable terraform: every check runs it and reports the failure itself
  }
};
