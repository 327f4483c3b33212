const { rmSync } = require("node:fs");

/** Removes this run's scratch folder and synth cache (__tests__/global-setup.js). */
module.exports = async () => {
  if (process.env.HA_TEST_RUN_DIR) rmSync(process.env.HA_TEST_RUN_DIR, { recursive: true, force: true });
};
