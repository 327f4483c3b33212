const { execSync } = require("node:child_process");
const { mkdtempSync, statfsSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

/** /dev/shm with room to spare (a run peaks near 10 MB; containers often give /dev/shm only 64 MB). */
function tmpfsHasRoom() {
  try {
    const fs = statfsSync("/dev/shm");
    return fs.bavail * fs.bsize >= 256 * 2 ** 20;
  } catch {
    return false;
  }
}

/**
 * Runs once before the jest workers start; they and every process the tests start inherit the environment set
 * here, and global-teardown.js removes HA_TEST_RUN_DIR.
 *
 * - Scratch files on tmpfs (/dev/shm) when the machine has one with room: the suite writes and removes
 *   thousands of files (bats test folders, synth output, scratch copies of the repository), and on a disk
 *   mounted with `discard`, as here, each removal costs about 2 ms (63 files: 311 ms in /tmp, 5 ms in /dev/shm).
 * - One synth per config and `npm test` run (__tests__/helpers.ts synthApp): a cache folder for this run only.
 * - cdktf's version check of terraform, answered for the whole run from one real run (__tests__/setup.ts).
 *
 * Not under Stryker, whose runs each test a different mutant of the same sources (its worker processes carry
 * STRYKER_MUTATOR_WORKER: @stryker-mutator/core dist/src/child-proxy/child-process-proxy.js).
 */
module.exports = async () => {
  if (process.env.STRYKER_MUTATOR_WORKER) return;
  const runDir = mkdtempSync(tmpfsHasRoom() ? "/dev/shm/ha-test-" : join(tmpdir(), "ha-test-"));
  process.env.HA_TEST_RUN_DIR = runDir;
  process.env.TMPDIR = runDir;
  process.env.HA_TEST_SYNTH_CACHE = mkdtempSync(join(runDir, "synth-cache-"));
  try {
    writeFileSync(join(process.env.HA_TEST_SYNTH_CACHE, "terraform-version"), execSync("terraform version", { stdio: "pipe" }));
  } catch {
    // no usable terraform: every check runs it and reports the failure itself
  }
};
