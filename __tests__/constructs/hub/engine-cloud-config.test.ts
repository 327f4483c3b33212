import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import YAML from "yaml";
import { aksEngineInstaller, jqInstaller, renderEngineCloudConfig } from "../../../constructs/hub/engine-cloud-config";
import { LIFECYCLE_SCRIPT } from "../../../constructs/hub/cluster-lifecycle";
import { cloudInitSchema, scratchDir } from "../../helpers";
import { cloudOptions, SHA } from "./fixtures";

const scratch = scratchDir("ha-engine-");

/** The file cloud-config writes whose content holds `text` (an installer is found by the URL it downloads). */
const writtenWith = (doc: any, text: string) => {
  const files = doc.write_files.filter((f: any) => f.content.includes(text));
  expect(files).toHaveLength(1);
  return files[0];
};

describe("engine cloud-config", () => {
  const text = renderEngineCloudConfig(cloudOptions);
  const doc = YAML.parse(text);

  it("passes `cloud-init schema` with no error and no deprecation", () => {
    const r = cloudInitSchema(text);
    expect(r.output).toContain("Valid cloud-config");
    expect(r.output).not.toMatch(/error|deprecat|invalid/i);
    expect(r.status).toBe(0);
  });

  it("would fail `cloud-init schema` on a broken config (the check can fail)", () => {
    const r = cloudInitSchema(text.replace("packages:\n", "packages: 5\nunused:\n"));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/packages: 5 is not of type 'array'/);
  });

  it("starts with #cloud-config, disables SSH password login and installs jq", () => {
    expect(text.startsWith("#cloud-config\n")).toBe(true);
    expect(doc.ssh_pwauth).toBe(false);
    expect(doc.packages).toEqual(expect.arrayContaining(["jq", "curl"]));
    // the one command: the installer it writes
    expect(doc.runcmd).toEqual([[writtenWith(doc, cloudOptions.downloadUrl).path]]);
  });

  it("writes an installer pinned to the release, the URL and the checksum from config", () => {
    const installer = writtenWith(doc, cloudOptions.downloadUrl);
    expect(installer.permissions).toBe("0755");
    expect(installer.content).toMatch(/^#!\/usr\/bin\/env bash\n|^#!\/bin\/bash\n/);
    expect(installer.content).toContain("v0.85.0");
    expect(installer.content).toContain(`URL='${cloudOptions.downloadUrl}'`);
    expect(installer.content).toContain(`SHA256='${SHA}'`);
    expect(installer.content).toContain("sha256sum --check");
  });

  it("quotes the pinned values for bash: a quote in the download URL stays data", () => {
    const url = "https://mirror.contoso.example/it's $(echo injected).tar.gz";
    const assignments = aksEngineInstaller({ ...cloudOptions, downloadUrl: url }).split("\n").filter((l) => /^(VERSION|URL|SHA256)=/.test(l));
    const r = spawnSync("bash", ["-c", `${assignments.join("\n")}\nprintf '%s\\n' "$VERSION" "$URL" "$SHA256"`], { encoding: "utf8" });
    expect(r.stdout).toBe(`v0.85.0\n${url}\n${SHA}\n`);
  });

  it("installs aks-engine-azurestack where the lifecycle script finds it by name (on Ubuntu's default PATH)", () => {
    const called = /^aks_engine="\$\{AKS_ENGINE_BIN:-([^}]+)\}"$/m.exec(readFileSync(LIFECYCLE_SCRIPT, "utf8"))![1];
    const dest = /^DEST="\$\{AKS_ENGINE_DEST:-([^}]+)\}"$/m.exec(aksEngineInstaller(cloudOptions))![1];
    expect(basename(dest)).toBe(called);
    // a folder every default PATH holds, the SSH session's of the runner included
    expect(["/usr/local/bin", "/usr/bin"]).toContain(dirname(dest));
  });

  it("has no ca_certs without a root CA, and trusts the hub's root CA when given one", () => {
    expect(doc.ca_certs).toBeUndefined();
    const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    expect(YAML.parse(renderEngineCloudConfig({ ...cloudOptions, trustedRootCaPem: pem })).ca_certs).toEqual({ trusted: [pem] });
  });

  it.each([
    ["aksEngineVersion", "v0.84.2"],
    ["downloadUrl", "https://mirror.contoso.example/aks.tar.gz"],
    ["sha256", "b".repeat(64)],
  ] as const)("carries %s into the installer (a change re-creates the VM's custom data)", (field, value) => {
    const changed = renderEngineCloudConfig({ ...cloudOptions, [field]: value });
    expect(changed).not.toBe(text);
    expect(changed).toContain(value);
  });
});

describe("engine cloud-config on a disconnected hub (jq from a mirror)", () => {
  const jq = { downloadUrl: "https://mirror.contoso.example/tools/jq-linux-amd64", sha256: "e".repeat(64) };
  const text = renderEngineCloudConfig({ ...cloudOptions, jq });
  const doc = YAML.parse(text);

  it("passes `cloud-init schema`, uses no package repository and installs jq from the mirror before aks-engine", () => {
    const r = cloudInitSchema(text);
    expect(r.output).toContain("Valid cloud-config");
    expect(r.status).toBe(0);
    expect(doc.packages).toBeUndefined();
    expect(doc.package_update).toBeUndefined();
    const installer = writtenWith(doc, jq.downloadUrl);
    expect(doc.runcmd).toEqual([[installer.path], [writtenWith(doc, cloudOptions.downloadUrl).path]]);
    // a list item of runcmd is "executed as if passed to execve(3) (with the first arg as the command)" (cloud-init
    // docs, examples "Run commands on first boot"): two files at one path, or an empty path, leave an installer unrun
    const paths = doc.write_files.map((f: any) => f.path);
    for (const p of paths) expect(p).toMatch(/^\/opt\/aks-engine\/[a-z-]+\.sh$/);
    expect(new Set(paths).size).toBe(paths.length);
    expect(installer).toMatchObject({ permissions: "0755", owner: "root:root" });
    expect(installer.content).toContain(`URL='${jq.downloadUrl}'`);
    expect(installer.content).toContain(`SHA256='${jq.sha256}'`);
  });

  it("writes a shellcheck-clean installer", () => {
    const file = join(scratch, "install-jq.sh");
    writeFileSync(file, jqInstaller(jq));
    const r = spawnSync("shellcheck", [file], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("installs jq when its checksum matches and refuses it (fail closed) when it differs", () => {
    const binary = join(scratch, "jq-linux-amd64");
    writeFileSync(binary, "#!/bin/sh\necho jq-1.7.1\n", { mode: 0o755 });
    const sha256 = createHash("sha256").update(readFileSync(binary)).digest("hex");
    const run = (sum: string) => {
      const script = join(scratch, "install-jq-run.sh");
      writeFileSync(script, jqInstaller({ downloadUrl: `file://${binary}`, sha256: sum }), { mode: 0o755 });
      const dest = join(scratch, `jq-${Math.random().toString(36).slice(2)}`);
      return { ...spawnSync("bash", [script], { encoding: "utf8", env: { ...process.env, JQ_DEST: dest } }), dest };
    };
    const ok = run(sha256);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe("jq-1.7.1\n");
    const bad = run("0".repeat(64));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`jq: checksum mismatch for file://${binary} (expected ${"0".repeat(64)}, got ${sha256}); refusing to install`);
    expect(existsSync(bad.dest)).toBe(false);
  });
});

describe("aks-engine installer (run for real against a local archive)", () => {
  /** Builds aks-engine-azurestack-<tag>-linux-amd64.tar.gz holding a stub binary, like the release asset. */
  function archive(): { url: string; sha256: string } {
    const src = join(scratch, "release", "aks-engine-azurestack-v0.85.0-linux-amd64");
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, "aks-engine-azurestack"), "#!/bin/sh\necho 'Version: v0.85.0'\n");
    chmodSync(join(src, "aks-engine-azurestack"), 0o755);
    const tgz = join(scratch, "release.tar.gz");
    const tar = spawnSync("tar", ["-czf", tgz, "-C", join(scratch, "release"), "aks-engine-azurestack-v0.85.0-linux-amd64"]);
    expect(tar.status).toBe(0);
    return { url: `file://${tgz}`, sha256: createHash("sha256").update(readFileSync(tgz)).digest("hex") };
  }

  function runInstaller(url: string, sha256: string) {
    const script = join(scratch, "install.sh");
    writeFileSync(script, aksEngineInstaller({ aksEngineVersion: "v0.85.0", downloadUrl: url, sha256 }), { mode: 0o755 });
    const dest = join(scratch, `bin-${Math.random().toString(36).slice(2)}`);
    const r = spawnSync("bash", [script], {
      encoding: "utf8",
      env: { ...process.env, AKS_ENGINE_DEST: dest, AKS_ENGINE_VERSION_FILE: `${dest}.version` },
    });
    return { ...r, dest };
  }

  it("installs the binary when the checksum matches", () => {
    const a = archive();
    const r = runInstaller(a.url, a.sha256);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(r.dest)).toBe(true);
    expect(r.stdout).toContain("Version: v0.85.0");
    expect(readFileSync(`${r.dest}.version`, "utf8")).toBe("v0.85.0\n");
  });

  it("refuses (fails closed) when the checksum differs, and installs nothing", () => {
    const a = archive();
    const r = runInstaller(a.url, "0".repeat(64));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`checksum mismatch for ${a.url} (expected ${"0".repeat(64)}, got ${a.sha256}); refusing to install`);
    expect(existsSync(r.dest)).toBe(false);
  });
});
