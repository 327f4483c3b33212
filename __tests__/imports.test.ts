import { execFileSync } from "node:child_process";
import { REPO_ROOT } from "./helpers";

/** Barrel imports of provider packages load thousands of classes: synth and tests become 5-30x slower. */
const BARREL = /(from\s+|require\(\s*|import\(\s*)["']@cdktf\/provider-[a-z0-9-]+["']/;

describe("provider imports", () => {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("node_modules/") && !f.startsWith(".gen/"));

  it("finds the source files", () => {
    expect(files).toEqual(expect.arrayContaining(["main.ts", "stacks/hub-stack.ts"]));
  });

  it("uses deep paths (@cdktf/provider-x/lib/<resource>) everywhere", () => {
    const { readFileSync } = require("node:fs");
    const offenders = files.filter((f) => f !== "__tests__/imports.test.ts" && BARREL.test(readFileSync(`${REPO_ROOT}/${f}`, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("would catch a barrel import", () => {
    // assembled at run time, so this file holds no barrel import for other checks to find
    const pkg = (name: string) => ["@cdktf", `provider-${name}`].join("/");
    expect(BARREL.test(`import { ResourceGroup } from "${pkg("azurerm")}";`)).toBe(true);
    expect(BARREL.test(`const x = require('${pkg("helm")}')`)).toBe(true);
    expect(BARREL.test(`import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";`)).toBe(false);
  });
});
