import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
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

/** A construct folder names the stack that uses it; shared/ holds what several stacks use. */
const CONSTRUCT_FOLDERS = ["apps", "devops", "global", "hub", "runner", "shared", "traffic"];

/** The construct folders a file in constructs/ imports from, other than its own and shared/. */
function sidewaysImports(file: string, text: string): string[] {
  const own = file.split("/")[1];
  return [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)["'](\.{1,2}\/[^"']+)["']/g)]
    .map((m) => posix.normalize(posix.join(posix.dirname(file), m[1])))
    .filter((target) => target.startsWith("constructs/"))
    .map((target) => target.split("/")[1])
    .filter((folder) => folder !== own && folder !== "shared");
}

describe("construct layout", () => {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "constructs/"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);

  it("has one folder per stack that uses it, plus shared/", () => {
    expect([...new Set(files.map((f) => f.split("/")[1]))].sort()).toEqual(CONSTRUCT_FOLDERS);
  });

  it("imports nothing sideways: a folder imports only from itself and shared/", () => {
    const offenders = files.filter((f) => f.endsWith(".ts")).flatMap((f) => sidewaysImports(f, readFileSync(`${REPO_ROOT}/${f}`, "utf8")).map((to) => `${f} imports from constructs/${to}/`));
    expect(offenders).toEqual([]);
  });

  it("would catch a sideways import", () => {
    expect(sidewaysImports("constructs/global/public-voter.ts", `import { x } from "../runner/pipelines-agent";`)).toEqual(["runner"]);
    expect(sidewaysImports("constructs/global/public-voter.ts", `import { x } from "../shared/cloud-init";\nimport { y } from "./egress";`)).toEqual([]);
    expect(sidewaysImports("constructs/shared/mongo-secrets.ts", `import { x } from "../apps/labels";`)).toEqual(["apps"]);
  });
});
