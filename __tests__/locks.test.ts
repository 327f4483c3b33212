import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyLockFiles, LOCKS_DIR, lockProblems, parseLockFile, requiredByKindOf } from "../scripts/lock";
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

  /** A locks folder with the committed files plus a runner lock file for azurestack 1.0.0 (as `npm run lock` writes it). */
  const locksWithRunner = (name: string) => {
    const dir = join(scratch, name);
    cpSync(LOCKS_DIR, dir, { recursive: true });
    const unlocked = join(dir, "unlocked.txt");
    writeFileSync(unlocked, readFileSync(unlocked, "utf8").replace("runner registry.terraform.io/hashicorp/azurestack 1.0.0\n", ""));
    writeFileSync(join(dir, "runner.terraform.lock.hcl"), 'provider "registry.terraform.io/hashicorp/azurestack" {\n  version     = "1.0.0"\n  constraints = "1.0.0"\n  hashes = [\n    "h1:0123456789abcdefghijklmnopqrstuvwxyzABCDEFG=",\n  ]\n}\n');
    return dir;
  };

  it("fail on a stack that needs another version, naming the file and how to update it", () => {
    const dir = locksWithRunner("bumped");
    expect(lockProblems(required, dir)).toEqual([]);
    const bumped = structuredClone(required);
    bumped.runner["registry.terraform.io/hashicorp/azurestack"] = "1.0.1";
    bumped.global["registry.terraform.io/hashicorp/azurerm"] = "4.56.0";
    const problems = lockProblems(bumped, dir);
    expect(problems[0]).toMatch(/^stacks\/locks\/global\.terraform\.lock\.hcl does not lock registry\.terraform\.io\/hashicorp\/azurerm 4\.56\.0, which the global stacks require: run `npm run lock` .*terraform providers lock -platform=linux_amd64/);
    expect(problems).toContainEqual(expect.stringMatching(/^stacks\/locks\/runner\.terraform\.lock\.hcl locks registry\.terraform\.io\/hashicorp\/azurestack 1\.0\.0, but the runner stacks require 1\.0\.1/));
    expect(problems).toContainEqual(expect.stringMatching(/unlocked\.txt lists "global registry\.terraform\.io\/hashicorp\/azurerm 4\.55\.0", which no stack requires/));
  });

  it("fail on a lock entry no stack needs and on a lock file for no stack kind", () => {
    const dir = locksWithRunner("fewer");
    writeFileSync(join(dir, "old.terraform.lock.hcl"), "");
    const fewer = structuredClone(required);
    delete fewer.runner;
    expect(lockProblems(fewer, dir)).toEqual([
      "stacks/locks/old.terraform.lock.hcl is for no stack kind (kinds: apps, devops, global, hub, traffic): remove it",
      "stacks/locks/runner.terraform.lock.hcl is for no stack kind (kinds: apps, devops, global, hub, traffic): remove it",
    ]);
  });

  it("are copied into every stack folder of their kind by the synth, and into no other", () => {
    const locks = locksWithRunner("copied");
    const stacks = join(scratch, "copied-stacks");
    for (const id of ["runner-seattle", "runner-orlando", "hub-seattle", "devops"]) mkdirSync(join(stacks, id), { recursive: true });
    copyLockFiles(stacks, locks);
    const runnerLock = readFileSync(join(locks, "runner.terraform.lock.hcl"), "utf8");
    expect(readFileSync(join(stacks, "runner-seattle", ".terraform.lock.hcl"), "utf8")).toBe(runnerLock);
    expect(readFileSync(join(stacks, "runner-orlando", ".terraform.lock.hcl"), "utf8")).toBe(runnerLock);
    expect(readdirSync(join(stacks, "hub-seattle"))).toEqual([]);
    expect(readdirSync(join(stacks, "devops"))).toEqual([]);
  });

  const mirror = providerMirror();
  (mirror ? it : it.skip)("are what the real Terraform enforces: a lock file written by `terraform providers lock` is accepted by init -lockfile=readonly, a wrong checksum refused", () => {
    const env = mirrorEnvironment(mirror!, scratch);
    const tf = (dir: string, ...args: string[]) => spawnSync("terraform", [`-chdir=${dir}`, ...args], { env, encoding: "utf8" });
    const init = (dir: string) => tf(dir, "init", "-backend=false", "-input=false", "-no-color", "-lockfile=readonly");
    const stackDir = (name: string, lock?: string) => {
      const dir = join(scratch, name);
      mkdirSync(dir);
      writeFileSync(join(dir, "cdk.tf.json"), result.texts["runner-seattle"]);
      if (lock !== undefined) writeFileSync(join(dir, ".terraform.lock.hcl"), lock);
      return dir;
    };
    // what `npm run lock -- --fs-mirror` runs per provider (scripts/lock.ts), here against the mirror's build
    const locked = stackDir("locked");
    const lock = tf(locked, "providers", "lock", `-fs-mirror=${mirror}`, "-platform=linux_amd64", "registry.terraform.io/hashicorp/azurestack");
    expect(lock.status).toBe(0);
    const text = readFileSync(join(locked, ".terraform.lock.hcl"), "utf8");
    expect(parseLockFile(text)["registry.terraform.io/hashicorp/azurestack"].version).toBe(required.runner["registry.terraform.io/hashicorp/azurestack"]);
    const ok = init(locked);
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    const tampered = init(stackDir("tampered", text.replace(/"h1:[^"]+"/, '"h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="')));
    expect(tampered.status).not.toBe(0);
    expect(tampered.stderr.replace(/\s+/g, " ")).toMatch(/doesn't match any of the checksums previously recorded in the dependency lock file/);
    // the mirror holds builds from source, not the registry's packages: a committed lock file with their checksums
    // would make terraform init refuse the registry's azurestack for every user
    const mirrorHash = parseLockFile(text)["registry.terraform.io/hashicorp/azurestack"].hashes[0];
    for (const f of readdirSync(LOCKS_DIR)) expect(`${f}: ${readFileSync(join(LOCKS_DIR, f), "utf8")}`).not.toContain(mirrorHash);
  });
});
