/** Tests run through @swc/jest: no type checking here (that is `tsc --noEmit`), so they start fast. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
};
