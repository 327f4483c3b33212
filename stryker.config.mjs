// @ts-check
import { fileURLToPath } from "node:url";
/**
 * Mutation testing, not part of `npm test`: `npm run test:mutation [config|policy|constructs|stacks ...]`
 * (scripts/mutation.sh runs this once per folder, with MUTATE=<folder>). Why each setting is here:
 * docs/testing.md "Mutation testing".
 */

/**
 * The in-process test files that exercise each folder, as paths under __tests__/ without `.test.ts` (globs
 * allowed); a mutant runs only these (and only those covering it).
 */
const TESTS = {
  config: ["config", "config-engine", "delivery-config"],
  policy: ["policy", "policy-images"],
  constructs: ["constructs/**/*", "engine-disk", "hub-stack", "app"],
  stacks: ["app", "hub-stack", "day2", "engine-disk", "ratings-chart", "synth-diff", "interface", "decommission"],
};
/**
 * constructs/ and stacks/ are exercised by synths that the test files run in describe bodies, where Stryker
 * records coverage as static (outside any test): ignoring static mutants there would ignore nearly all of them.
 */
const IGNORE_STATIC = { config: true, policy: true, constructs: false, stacks: false };
const folder = process.env.MUTATE ?? "config";
// tests run in a sandbox copy of the checkout (.stryker-tmp-*/sandbox-*), where ../shared is not the provider mirror
process.env.HA_PROVIDER_MIRROR ??= fileURLToPath(new URL("../shared/terraform-providers", import.meta.url));
if (!(folder in TESTS)) throw new Error(`MUTATE=${folder}: use one of ${Object.keys(TESTS).join(", ")}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  plugins: ["@stryker-mutator/jest-runner"],
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    config: {
      testMatch: TESTS[/** @type {keyof typeof TESTS} */ (folder)].map((f) => `**/__tests__/${f}.test.ts`),
      // the schemas stay static code in every test file (why: __tests__/mutation/static-config.ts)
      ...(folder === "config" ? { setupFiles: ["<rootDir>/__tests__/mutation/static-config.ts"] } : {}),
    },
    enableFindRelatedTests: false,
  },
  // TypeScript 7 has no compiler API: Stryker's tsconfig rewriting fails unless it finds no tsconfig to rewrite
  tsconfigFile: "tsconfig.stryker-none.json",
  coverageAnalysis: "perTest",
  // zod schemas are module-level: a mutant in one would re-run every test
  ignoreStatic: IGNORE_STATIC[/** @type {keyof typeof TESTS} */ (folder)],
  mutate: [`${folder}/**/*.ts`],
  concurrency: 2,
  // niced workers on a shared machine can wait minutes for a core: a longer wait is not counted as a kill
  timeoutMS: IGNORE_STATIC[/** @type {keyof typeof TESTS} */ (folder)] ? 20000 : 120000,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  tempDirName: `.stryker-tmp-${folder}`,
  // a re-run tests only the mutants whose code or covering tests changed
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${folder}.json`,
  cleanTempDir: true,
};
