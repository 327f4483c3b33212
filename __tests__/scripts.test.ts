import { execFile, execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { githubRunnerInstallScript, runnerToolsScript } from "../constructs/runner/runner-tools";
import { aksEngineInstaller } from "../constructs/hub/engine-cloud-config";
import { REPO_ROOT } from "./helpers";

/** Every shell script in the repository (tracked or new), found by extension or shebang. */
function shellScripts(): string[] {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("node_modules/"));
  return files.filter((f) => {
    if (f.endsWith(".sh") || f.endsWith(".bash")) return true;
    if (f.endsWith(".bats") || /\.[a-z]+$/.test(f.split("/").pop()!)) return false;
    const head = spawnSync("head", ["-c", "64", join(REPO_ROOT, f)], { encoding: "utf8" }).stdout ?? "";
    return /^#!.*\b(bash|sh)\b/.test(head);
  });
}

function runBats(files: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // the lifecycle tests mostly wait on the detached worker: four at a time (GNU parallel, from scripts/setup.sh)
    execFile("bats", ["--tap", "--jobs", "6", ...files], { cwd: REPO_ROOT, encoding: "utf8" }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("shell scripts", () => {
  const scripts = shellScripts();

  it("finds the lifecycle script, the setup script and the stand-ins the bats tests put on PATH", () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        "constructs/hub/cluster-lifecycle.sh",
        "constructs/hub/mount-cluster-disk.sh",
        "scripts/setup.sh",
        "scripts/plan.sh",
        "scripts/synth-ref.sh",
        "scripts/hub-secrets.sh",
        "__tests__/bats/fake-aks-engine-azurestack",
        "__tests__/bats/fake-kubectl",
        "__tests__/bats/fake-systemd-run",
        "__tests__/bats/fake-sudo",
        "__tests__/bats/fake-snap",
        "__tests__/bats/fake-curl",
      ]),
    );
  });

  it("are shellcheck-clean", () => {
    const r = spawnSync("shellcheck", ["--external-sources", ...scripts], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("include the engine VM's aks-engine installer, which is shellcheck-clean too", () => {
    const dir = mkdtempSync(join(tmpdir(), "ha-sc-"));
    try {
      const file = join(dir, "install-aks-engine.sh");
      writeFileSync(file, aksEngineInstaller({ aksEngineVersion: "v0.85.0", downloadUrl: "https://example.com/x.tar.gz", sha256: "a".repeat(64) }));
      const r = spawnSync("shellcheck", [file], { encoding: "utf8" });
      expect(r.stdout + r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("include the runner VM's tool installer and GitHub runner registration, which are shellcheck-clean too", () => {
    const dir = mkdtempSync(join(tmpdir(), "ha-sc-"));
    try {
      const files = [join(dir, "tools.sh"), join(dir, "ghr-install.sh")];
      writeFileSync(files[0], runnerToolsScript());
      writeFileSync(files[1], githubRunnerInstallScript());
      const r = spawnSync("shellcheck", files, { encoding: "utf8" });
      expect(r.stdout + r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shellcheck would catch a problem (the check can fail)", () => {
    const r = spawnSync("shellcheck", ["-s", "bash", "-"], { input: "#!/bin/bash\nrm -rf $1/*\n", encoding: "utf8" });
    expect(r.status).not.toBe(0);
  });
});

describe("cluster lifecycle script (bats, fake aks-engine-azurestack on PATH)", () => {
  it("passes every bats test", async () => {
    const files = readdirSync(join(REPO_ROOT, "__tests__/bats")).filter((f) => f.endsWith(".bats"));
    expect(files.sort()).toEqual(["cluster-day2-ops.bats", "cluster-day2.bats", "cluster-deploy.bats", "cluster-disk.bats", "cluster-recovery.bats"]);
    const r = await runBats(files.map((f) => join(REPO_ROOT, "__tests__/bats", f)));
    const failed = r.stdout.split("\n").filter((l) => l.startsWith("not ok"));
    expect({ failed, stderr: r.stderr }).toEqual({ failed: [], stderr: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1\.\.(\d+)/);
    expect(Number(/^1\.\.(\d+)/.exec(r.stdout)![1])).toBeGreaterThanOrEqual(59);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("ok "))).toHaveLength(Number(/^1\.\.(\d+)/.exec(r.stdout)![1]));
  }, 180_000);
});
