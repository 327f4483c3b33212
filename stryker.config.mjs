// @ts-check
/**
 * Mutation testing (`npm run test:mutation -- --mutate 'config/**\/*.ts'`), not part of `npm test`.
 * What breaks on this project and why each setting is here: docs/testing.md "Mutation testing".
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: "npm",
  testRunner: "jest",
  plugins: ["@stryker-mutator/jest-runner"],
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    // the in-process tests only: files that spawn tsx per case, run bats or read `git ls-files` cost seconds
    // per mutant (and git finds no repository in Stryker's sandbox)
    config: {
      testPathIgnorePatterns: [
        "/node_modules/",
        "__tests__/(imports|main|main-policy|pipelines|scripts|secret-scan)\\.test\\.ts$",
      ],
    },
    enableFindRelatedTests: true,
  },
  // TypeScript 7 has no compiler API: Stryker's tsconfig rewriting fails unless it finds no tsconfig to rewrite
  tsconfigFile: "tsconfig.stryker-none.json",
  coverageAnalysis: "perTest",
  // zod schemas are module-level: a mutant in one would re-run the whole suite
  ignoreStatic: true,
  mutate: ["config/**/*.ts", "policy/**/*.ts", "constructs/**/*.ts", "stacks/**/*.ts"],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
