import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { CHECKSUM_FORM, copyLockFiles, DEFAULT_PLATFORMS, LOCKS_DIR, lockProblems, parseLockFile, requiredByKindOf } from "../scripts/lock";
import { defaultConfig, mirrorEnvironment, providerMirror, storedZip, synthApp } from "./helpers";

/**
 * The committed provider lock files (stacks/locks/) against what the synthesized stacks require, and against
 * the real Terraform: the providers in ../shared/terraform-providers are builds from source, not the registry's
 * packages, so the committed registry checksums must refuse them.
 */
const scratch = mkdtempSync(join(tmpdir(), "ha-locks-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const result = synthApp(defaultConfig());
const required = requiredByKindOf(result.stacks);
const committed = readdirSync(LOCKS_DIR).filter((f) => f.endsWith(".terraform.lock.hcl"));

describe("committed provider lock files", () => {
  it("match every provider and version the stacks require (or list it in unlocked.txt)", () => {
    expect(lockProblems(required)).toEqual([]);
    expect(Object.keys(required).sort()).toEqual(["apps", "devops", "global", "hub", "runner", "traffic"]);
  });

  it("hold a registry release's checksums: zh: or h1: only, several platforms, one set per provider version, pinned as the stacks pin it", () => {
    expect(committed.length).toBeGreaterThan(0);
    const sets: Record<string, string> = {};
    for (const f of committed) {
      const text = readFileSync(join(LOCKS_DIR, f), "utf8");
      const entries = parseLockFile(text);
      // every provider block parsed (the format terraform writes: internal/depsfile/locks_file.go)
      expect(Object.keys(entries).length).toBe(text.match(/^provider "/gm)?.length);
      for (const [address, entry] of Object.entries(entries)) {
        for (const hash of entry.hashes) expect(`${f} ${address} ${hash}`).toMatch(new RegExp(` ${CHECKSUM_FORM.source.slice(1)}`));
        const zh = entry.hashes.filter((h) => h.startsWith("zh:")).sort();
        // the registry's SHA256SUMS lists a zip per platform it publishes; one platform's package is not enough
        expect(zh.length).toBeGreaterThanOrEqual(DEFAULT_PLATFORMS.length);
        // what Terraform writes for cdktf's exact pin (`terraform providers lock` with the mirror writes "1.1.1")
        expect(`${f} ${address} ${entry.constraints}`).toBe(`${f} ${address} ${entry.version}`);
        const key = `${address} ${entry.version}`;
        expect(`${f}: ${key}: ${zh.join(" ")}`).toBe(`${f}: ${key}: ${(sets[key] ??= zh.join(" "))}`);
      }
    }
  });

  it("fail on a checksum of an unknown form, naming the file and how to update it", () => {
    const dir = join(scratch, "mangled");
    cpSync(LOCKS_DIR, dir, { recursive: true });
    const devops = join(dir, "devops.terraform.lock.hcl");
    writeFileSync(devops, readFileSync(devops, "utf8").replace(/"zh:[0-9a-f]{64}"/, '"zh:0123"'));
    expect(lockProblems(required, dir)).toEqual([
      expect.stringMatching(/^stacks\/locks\/devops\.terraform\.lock\.hcl lists "zh:0123" for registry\.terraform\.io\/microsoft\/azuredevops, which is no zh: or h1: checksum: run `npm run lock`/),
    ]);
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
    bumped.hub["registry.terraform.io/hashicorp/azurestack"] = "1.0.1";
    const problems = lockProblems(bumped, dir);
    expect(problems[0]).toMatch(/^stacks\/locks\/global\.terraform\.lock\.hcl locks registry\.terraform\.io\/hashicorp\/azurerm 4\.55\.0, but the global stacks require 4\.56\.0: run `npm run lock` .*terraform providers lock -platform=linux_amd64/);
    expect(problems).toContainEqual(expect.stringMatching(/^stacks\/locks\/runner\.terraform\.lock\.hcl locks registry\.terraform\.io\/hashicorp\/azurestack 1\.0\.0, but the runner stacks require 1\.0\.1/));
    expect(problems).toContainEqual(expect.stringMatching(/^stacks\/locks\/hub\.terraform\.lock\.hcl does not lock registry\.terraform\.io\/hashicorp\/azurestack 1\.0\.1, which the hub stacks require/));
    expect(problems).toContainEqual(expect.stringMatching(/unlocked\.txt lists "hub registry\.terraform\.io\/hashicorp\/azurestack 1\.0\.0", which no stack requires/));
  });

  it("fail on a lock entry no stack needs and on a lock file for no stack kind", () => {
    const dir = locksWithRunner("fewer");
    writeFileSync(join(dir, "old.terraform.lock.hcl"), "");
    const fewer = structuredClone(required);
    delete fewer.runner;
    delete fewer.traffic["registry.terraform.io/hashicorp/azurerm"];
    expect(lockProblems(fewer, dir)).toEqual([
      expect.stringMatching(/^stacks\/locks\/traffic\.terraform\.lock\.hcl locks registry\.terraform\.io\/hashicorp\/azurerm, which no traffic stack requires any more/),
      "stacks/locks/old.terraform.lock.hcl is for no stack kind (kinds: apps, devops, global, hub, traffic): remove it",
      "stacks/locks/runner.terraform.lock.hcl is for no stack kind (kinds: apps, devops, global, hub, traffic): remove it",
    ]);
  });

  it("are copied into every stack folder of their kind by the synth, and into no other", () => {
    const locks = locksWithRunner("copied");
    rmSync(join(locks, "hub.terraform.lock.hcl"));
    const stacks = join(scratch, "copied-stacks");
    for (const id of ["runner-seattle", "runner-orlando", "hub-seattle", "devops"]) mkdirSync(join(stacks, id), { recursive: true });
    copyLockFiles(stacks, locks);
    const runnerLock = readFileSync(join(locks, "runner.terraform.lock.hcl"), "utf8");
    expect(readFileSync(join(stacks, "runner-seattle", ".terraform.lock.hcl"), "utf8")).toBe(runnerLock);
    expect(readFileSync(join(stacks, "runner-orlando", ".terraform.lock.hcl"), "utf8")).toBe(runnerLock);
    expect(readFileSync(join(stacks, "devops", ".terraform.lock.hcl"), "utf8")).toBe(readFileSync(join(locks, "devops.terraform.lock.hcl"), "utf8"));
    expect(readdirSync(join(stacks, "hub-seattle"))).toEqual([]);
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

  /**
   * The committed registry checksums with the real Terraform. The registry serves a zip per platform, checked
   * against the lock's zh: list before it is unpacked (installFromHTTPURL downloads, then installFromLocalArchive,
   * https://github.com/hashicorp/terraform/blob/v1.11.4/internal/providercache/package_install.go#L92-L113).
   * A packed filesystem mirror is installed the same way, so a zip of the local azuredevops build stands in for a
   * package that is not the registry's.
   */
  describe("with the real Terraform", () => {
    const platform = `linux_${process.arch === "arm64" ? "arm64" : "amd64"}`;
    const AZUREDEVOPS = "registry.terraform.io/microsoft/azuredevops";
    const BINARY = "terraform-provider-azuredevops_v1.1.1";
    const packed = join(scratch, "packed");
    const rc = join(scratch, "packed.tfrc");
    let zipHash = "";
    let build: Buffer;
    beforeAll(() => {
      if (!mirror) return;
      build = readFileSync(join(mirror, AZUREDEVOPS, "1.1.1/linux_amd64", BINARY));
      const zip = storedZip(BINARY, build);
      const archive = join(packed, `${AZUREDEVOPS}/terraform-provider-azuredevops_1.1.1_${platform}.zip`);
      mkdirSync(dirname(archive), { recursive: true });
      writeFileSync(archive, zip);
      zipHash = `zh:${createHash("sha256").update(zip).digest("hex")}`;
      writeFileSync(rc, `provider_installation {\n  filesystem_mirror {\n    path = "${packed}"\n  }\n}\n`);
    });
    /** The synthesized devops stack with the committed lock file, as main.ts writes it. */
    const devopsStack = (name: string) => {
      const stacks = join(scratch, name);
      mkdirSync(join(stacks, "devops"), { recursive: true });
      writeFileSync(join(stacks, "devops", "cdk.tf.json"), result.texts.devops);
      copyLockFiles(stacks);
      return join(stacks, "devops");
    };
    // as scripts/terraform-env.sh runs it (no -lockfile=readonly: the first install adds this platform's h1:)
    const init = (dir: string, env: Record<string, string> = {}) =>
      spawnSync("terraform", [`-chdir=${dir}`, "init", "-backend=false", "-input=false", "-no-color"], {
        encoding: "utf8",
        env: { ...process.env, TMPDIR: scratch, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1", TF_CLI_CONFIG_FILE: rc, TF_PLUGIN_CACHE_DIR: "", ...env },
      });
    const installed = (dir: string) => join(dir, ".terraform/providers", AZUREDEVOPS, "1.1.1", platform, BINARY);
    const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

    (mirror ? it : it.skip)("parses the committed devops lock file and refuses a package that is not the registry's", () => {
      const dir = devopsStack("refused");
      const before = readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
      expect(before).not.toContain(zipHash);
      const r = init(dir);
      expect(r.status).not.toBe(0);
      expect(r.stderr.replace(/\s+/g, " ")).toContain(
        `the current package for ${AZUREDEVOPS} 1.1.1 doesn't match any of the checksums previously recorded in the dependency lock file`,
      );
      expect(existsSync(installed(dir))).toBe(false);
      expect(readFileSync(join(dir, ".terraform.lock.hcl"), "utf8")).toBe(before);
    });

    (mirror ? it : it.skip)("installs a package whose zip the lock lists, adds its h1:, and never takes a zh:-only entry from the plugin cache", () => {
      const dir = devopsStack("accepted");
      const lockFile = join(dir, ".terraform.lock.hcl");
      // the committed entry, but listing this zip's checksum (as it lists the registry's zips): scratch only
      writeFileSync(lockFile, readFileSync(lockFile, "utf8").replace(/( {4}"zh:[0-9a-f]{64}",\n)+/, `    "${zipHash}",\n`));
      // another job planted a binary in the machine's plugin cache
      const cache = join(scratch, "plugin-cache");
      const planted = join(cache, AZUREDEVOPS, "1.1.1", platform, BINARY);
      mkdirSync(dirname(planted), { recursive: true });
      writeFileSync(planted, "#!/bin/sh\n# planted\n", { mode: 0o755 });
      const r = init(dir, { TF_PLUGIN_CACHE_DIR: cache });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      // a zh: checksum can never match an unpacked cache entry, so Terraform fetched and checked the zip instead
      // (https://github.com/hashicorp/terraform/blob/v1.11.4/internal/providercache/installer.go#L369-L400,
      // https://github.com/hashicorp/terraform/blob/v1.11.4/internal/getproviders/hash.go#L166-L171)
      expect(sha256(readFileSync(installed(dir)))).toBe(sha256(build));
      expect(sha256(readFileSync(planted))).toBe(sha256(build));
      const after = parseLockFile(readFileSync(lockFile, "utf8"))[AZUREDEVOPS];
      expect(after.hashes).toContain(zipHash);
      expect(after.hashes.filter((h) => h.startsWith("h1:"))).toHaveLength(1);
    });

    (mirror ? it : it.skip)("does not check an unpacked mirror against zh:-only entries (Terraform treats them as no checksums for a local folder)", () => {
      // https://github.com/hashicorp/terraform/blob/v1.11.4/internal/providercache/package_install.go#L170-L203:
      // only an operator's own unpacked mirror is trusted so; downloads and the plugin cache are checked (above)
      const dir = devopsStack("unpacked");
      const r = spawnSync("terraform", [`-chdir=${dir}`, "init", "-backend=false", "-input=false", "-no-color"], { env: mirrorEnvironment(mirror!, scratch), encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(sha256(readFileSync(installed(dir)))).toBe(sha256(build));
    });
  });
});
