const { rmSync } = require("node:fs");

/** Removes this run's synth cache (__tests__/global-setup.js). */
module.exports = async () => {
  if (process.env.HA_TEST_SYNTH_CACHE) rmSync(process.env.HA_TEST_SYNTH_CACHE, { recursive: true, force: true });
};
