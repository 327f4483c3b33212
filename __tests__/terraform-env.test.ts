import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { REPO_ROOT, storedZip } from "./helpers";

/**
 * scripts/terraform-env.sh with the real Terraform: a provider installed for one stack is reused from the
 * shared plugin cache by the next stack whose lock file lists its checksum, and never otherwise. The origin is a local filesystem
 * mirror holding a provider package (init only installs it, never runs it), so no registry is needed; the
 * origin's copy changes between the two installs, so the second stack's copy tells where it came from.
 */
describe("terraform-env.sh: one plugin cache per machine", () => {
  const scratch = mkdtempSync(join(tmpdir(), "tf-cache-"));
  const mirror = join(scratch, "mirror");
  const platform = `linux_${process.arch === "arm64" ? "arm64" : "amd64"}`;
  const rc = join(scratch, "mirror.tfrc");
  const stack = (name: string) => {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: { noop: { source: "example/noop", version: "1.0.0" } } } }));
    return dir;
  };
  // a packed mirror (a zip per platform): Terraform extracts it as it would a download (an unpacked mirror
  // would only be linked, so the cache would follow the origin's copy)
  const archive = join(mirror, `registry.terraform.io/example/noop/terraform-provider-noop_1.0.0_${platform}.zip`);
  const BINARY = "terraform-provider-noop_v1.0.0";
  const publish = (build: string) => {
    mkdirSync(dirname(archive), { recursive: true });
    writeFileSync(archive, storedZip(BINARY, `#!/bin/sh\n# build ${build}\nexit 1\n`));
  };
  const installed = (dir: string) =>
    readFileSync(join(dir, ".terraform/providers/registry.terraform.io/example/noop/1.0.0", platform, BINARY), "utf8");
  const install = (home: string, dirs: string[], env: Record<string, string> = {}) => {
    const base: NodeJS.ProcessEnv = { ...process.env, HOME: home, TF_CLI_CONFIG_FILE: rc };
    delete base.TF_PLUGIN_CACHE_DIR;
    delete base.TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE;
    return spawnSync("bash", ["-c", `source "${REPO_ROOT}/scripts/terraform-env.sh" && install_providers "$@"`, "install", ...dirs], {
      encoding: "utf8",
      env: { ...base, ...env },
    });
  };

  beforeAll(() => {
    writeFileSync(rc, `provider_installation {\n  filesystem_mirror {\n    path = "${mirror}"\n  }\n}\n`);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const lockOf = (dir: string) => readFileSync(join(dir, ".terraform.lock.hcl"), "utf8");
  const withLock = (name: string, lock: string) => {
    const dir = stack(name);
    writeFileSync(join(dir, ".terraform.lock.hcl"), lock);
    return dir;
  };
  const cached = (home: string) => join(home, ".terraform.d/plugin-cache/registry.terraform.io/example/noop/1.0.0", platform, BINARY);

  it("installs the second stack's provider from the cache when its lock file lists that provider's checksum", () => {
    const home = join(scratch, "home-a");
    publish("one");
    const first = stack("a/global");
    expect(install(home, [first]).status).toBe(0);
    publish("two");
    // main.ts copies the committed lock file into every stack folder
    const hub = withLock("a/hub-seattle", lockOf(first));
    expect(install(home, [hub]).status).toBe(0);
    expect(installed(hub)).toContain("# build one");
    expect(existsSync(cached(home))).toBe(true);
  });

  it("never takes a provider the lock file does not list from the cache: it installs and records the origin's", () => {
    const home = join(scratch, "home-b");
    publish("one");
    expect(install(home, [stack("b/global")]).status).toBe(0);
    publish("two");
    const hub = stack("b/hub-seattle");
    expect(install(home, [hub]).status).toBe(0);
    expect(installed(hub)).toContain("# build two");
  });

  it("refuses a planted provider: a cache entry that does not match the committed checksum is never installed", () => {
    const home = join(scratch, "home-c");
    publish("one");
    const first = stack("c/global");
    expect(install(home, [first]).status).toBe(0);
    // another job (a pull request's plan) replaces the cached binary; the origin moves on too
    writeFileSync(cached(home), "#!/bin/sh\n# planted\nexit 1\n");
    publish("two");
    const hub = withLock("c/hub-seattle", lockOf(first));
    const r = install(home, [hub]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.replace(/\s+/g, " ")).toMatch(/doesn't match any of the checksums previously recorded in the dependency lock file/);
    expect(existsSync(join(hub, ".terraform/providers/registry.terraform.io/example/noop/1.0.0", platform, BINARY))).toBe(false);
  });

  it("refuses to run with TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE set (the cache could then fill a lock file)", () => {
    const r = install(join(scratch, "home-d"), [stack("d/global")], { TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE: "true" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE is set");
  });
});
