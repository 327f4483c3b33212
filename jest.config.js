/** Tests run through @swc/jest: no type checking here (that is `tsc --noEmit`), so they start fast. */
module.exports = {
  testEnvironment: "node",
  // jest defaults to cores - 1 workers (one, on the 2-core machines this runs on); many tests wait on child
  // processes (tsx, bats, cloud-init, yamllint), so every core pays off
  maxWorkers: "100%",
  roots: ["<rootDir>/__tests__"],
  testSequencer: "<rootDir>/__tests__/sequencer.js",
  globalSetup: "<rootDir>/__tests__/global-setup.js",
  globalTeardown: "<rootDir>/__tests__/global-teardown.js",
  testMatch: ["**/*.test.ts"],
  // a timeout catches a hang, it does not measure speed (that is `npm run bench`): jest's 5 s default failed a
  // rollout test that runs several processes on a 2-core machine under load
  testTimeout: 60_000,
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
};
