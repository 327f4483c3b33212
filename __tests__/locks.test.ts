import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCKS_DIR, lockFileName, lockProblems, parseLockFile, requiredByKindOf, stackKind } from "../scripts/lock";
import { defaultConfig, mirrorEnvironment, providerMirror, synthApp } from "./helpers";

/**
 * The committed provider lock files (stacks/locks/) against what the synthesized stacks require, and against
 * the real providers where they are available here (the filesystem mirror in ../shared/terraform-providers).
 */
const scratch = mkdtempSync(join(tmpdir(), "ha-locks-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const result = synthApp(defaultConfig());
const required = requiredByKindOf(result.stacks);

describe("committed provider lock files", () => {
  it("match every provider and version the stacks require (or list it in unlocked.txt)", () => {
    expect(lockProblems(required)).toEqual([]);
    expect(Object.keys(required).sort()).toEqual(["apps", "devops", "global", "hub", "runner", "traffic"]);
  });

  it("lock every provider that is available here: the runner and devops stacks completely", () => {
    for (const kind of ["runner", "devops"]) {
      const locked = parseLockFile(readFileSync(join(LOCKS_DIR, lockFileName(kind)), "utf8"));
      expect(Object.fromEntries(Object.entries(locked).map(([a, e]) => [a, e.version]))).toEqual(required[kind]);
      for (const e of Object.values(locked)) expect(e.hashes.every((h) => /^(h1|zh):/.test(h))).toBe(true);
    }
  });

  it("fail on a stack that needs another version, naming the file and how to update it", () => {
    const bumped = structuredClone(required);
    bumped.runner["registry.terraform.io/hashicorp/azurestack"] = "1.0.1";
    bumped.global["registry.terraform.io/hashicorp/azurerm"] = "4.56.0";
    const problems = lockProblems(bumped);
    expect(problems[0]).toMatch(/^stacks\/locks\/global\.terraform\.lock\.hcl does not lock registry\.terraform\.io\/hashicorp\/azurerm 4\.56\.0, which the global stacks require: run `npm run lock` .*terraform providers lock -platform=linux_amd64/);
    expect(problems).toContainEqual(expect.stringMatching(/^stacks\/locks\/runner\.terraform\.lock\.hcl locks registry\.terraform\.io\/hashicorp\/azurestack 1\.0\.0, but the runner stacks require 1\.0\.1/));
    expect(problems).toContainEqual(expect.stringMatching(/unlocked\.txt lists "global registry\.terraform\.io\/hashicorp\/azurerm 4\.55\.0", which no stack requires/));
  });

  it("fail on a lock entry no stack needs and on a lock file for no stack kind", () => {
    const dir = join(scratch, "locks");
    cpSync(LOCKS_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "old.terraform.lock.hcl"), "");
    const fewer = structuredClone(required);
    delete fewer.devops;
    expect(lockProblems(fewer, dir)).toEqual([
      "stacks/locks/devops.terraform.lock.hcl is for no stack kind (kinds: apps, global, hub, runner, traffic): remove it",
      "stacks/locks/old.terraform.lock.hcl is for no stack kind (kinds: apps, global, hub, runner, traffic): remove it",
    ]);
  });

  const mirror = providerMirror();
  (mirror ? it : it.skip)("verify against the real providers: terraform init -lockfile=readonly accepts them, and refuses a wrong checksum", () => {
    const env = mirrorEnvironment(mirror!, scratch);
    const init = (dir: string) => spawnSync("terraform", [`-chdir=${dir}`, "init", "-backend=false", "-input=false", "-no-color", "-lockfile=readonly"], { env, encoding: "utf8" });
    for (const stack of ["runner-seattle", "devops"]) {
      const dir = join(scratch, stack);
      mkdirSync(dir);
      writeFileSync(join(dir, "cdk.tf.json"), result.texts[stack]);
      writeFileSync(join(dir, ".terraform.lock.hcl"), readFileSync(join(LOCKS_DIR, lockFileName(stackKind(stack)))));
      const r = init(dir);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }
    const tampered = join(scratch, "tampered");
    mkdirSync(tampered);
    writeFileSync(join(tampered, "cdk.tf.json"), result.texts["runner-seattle"]);
    writeFileSync(join(tampered, ".terraform.lock.hcl"), readFileSync(join(LOCKS_DIR, "runner.terraform.lock.hcl"), "utf8").replace(/"h1:[^"]+"/, '"h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="'));
    const r = init(tampered);
    expect(r.status).not.toBe(0);
    expect(r.stderr.replace(/\s+/g, " ")).toMatch(/doesn't match any of the checksums previously recorded in the dependency lock file/);
  });
});
