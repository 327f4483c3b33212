import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LinuxVirtualMachine } from "@cdktf/provider-azurestack/lib/linux-virtual-machine";
import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";
import YAML from "yaml";
import {
  AKS_ENGINE_INSTALLER,
  JQ_INSTALLER,
  aksEngineInstaller,
  jqInstaller,
  renderEngineCloudConfig,
  type EngineCloudConfigOptions,
} from "../constructs/hub/engine-cloud-config";
import { DENY_ALL_INBOUND_PRIORITY, EngineHost, type EngineHostOptions } from "../constructs/hub/engine-host";
import { cloudInitSchema, defaultConfig, providerMirror, terraformValidate } from "./helpers";

const SHA = "a".repeat(64);
const cloudOptions: EngineCloudConfigOptions = {
  aksEngineVersion: "v0.85.0",
  downloadUrl: "https://github.com/Azure/aks-engine-azurestack/releases/download/v0.85.0/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz",
  sha256: SHA,
};

let scratch: string;
beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), "ha-engine-"))));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
    expect(doc.runcmd).toEqual([[AKS_ENGINE_INSTALLER]]);
  });

  it("writes an installer pinned to the release, the URL and the checksum from config", () => {
    const installer = doc.write_files.find((f: any) => f.path === AKS_ENGINE_INSTALLER);
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
    expect(aksEngineInstaller(cloudOptions)).toContain(`DEST="\${AKS_ENGINE_DEST:-/usr/local/bin/aks-engine-azurestack}"`);
  });

  it("has no ca_certs without a root CA", () => {
    expect(doc.ca_certs).toBeUndefined();
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
    expect(doc.runcmd).toEqual([[JQ_INSTALLER], [AKS_ENGINE_INSTALLER]]);
    const installer = doc.write_files.find((f: any) => f.path === JQ_INSTALLER);
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

describe("EngineHost", () => {
  const options: EngineHostOptions = {
    name: "c1-engine",
    location: "local",
    resourceGroupName: "rg",
    addressSpace: "10.100.0.0/24",
    allowedSshCidrs: ["203.0.113.0/24", "198.51.100.7/32"],
    adminUsername: "azureuser",
    sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2E test",
    vmSize: "Standard_D2_v2",
    image: { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" },
    aksEngine: cloudOptions,
    clusterDiskSizeGb: 32,
  };
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const host = new EngineHost(stack, "engine", options);
  const text = Testing.synth(stack);
  const json = JSON.parse(text);
  const one = (type: string) => Object.values<any>(json.resource[type])[0];

  it("logs in with the SSH key only: password authentication disabled, no password anywhere", () => {
    expect(text).toHaveResourceWithProperties(LinuxVirtualMachine, {
      disable_password_authentication: true,
      admin_username: "azureuser",
      admin_ssh_key: [{ username: "azureuser", public_key: "ssh-rsa AAAAB3NzaC1yc2E test" }],
      size: "Standard_D2_v2",
    });
    expect(one("azurestack_linux_virtual_machine").admin_password).toBeUndefined();
    expect(text).not.toMatch(/password"\s*:\s*"/i);
  });

  it("boots the configured Ubuntu 22.04 image with the cloud-config as base64 custom_data", () => {
    const vm = one("azurestack_linux_virtual_machine");
    expect(vm.source_image_reference).toEqual({ publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" });
    expect(Buffer.from(vm.custom_data, "base64").toString("utf8")).toBe(renderEngineCloudConfig(cloudOptions));
  });

  it("tells people how to reach it", () => {
    expect(host.sshCommand).toMatch(/^ssh azureuser@\$\{TfToken\[TOKEN\.\d+\]\}$/);
  });

  it("allows only 22/tcp from each listed CIDR and denies every other inbound", () => {
    const rules = one("azurestack_network_security_group").security_rule;
    const allows = rules.filter((r: any) => r.access === "Allow");
    expect(allows.map((r: any) => [r.direction, r.protocol, r.destination_port_range, r.source_address_prefix])).toEqual([
      ["Inbound", "Tcp", "22", "203.0.113.0/24"],
      ["Inbound", "Tcp", "22", "198.51.100.7/32"],
    ]);
    // every source port, to any address of the subnet
    for (const r of allows) expect(r).toMatchObject({ source_port_range: "*", destination_address_prefix: "*" });
    const deny = rules.find((r: any) => r.access === "Deny");
    expect(deny).toMatchObject({ direction: "Inbound", protocol: "*", source_address_prefix: "*", source_port_range: "*", destination_address_prefix: "*", destination_port_range: "*", priority: DENY_ALL_INBOUND_PRIORITY });
    expect(Math.max(...allows.map((r: any) => r.priority))).toBeLessThan(DENY_ALL_INBOUND_PRIORITY);
    // Azure refuses two rules of one NSG with the same name or priority
    expect(new Set(rules.map((r: any) => r.name)).size).toBe(rules.length);
    expect(rules.every((r: any) => r.name !== "")).toBe(true);
    expect(new Set(rules.map((r: any) => r.priority)).size).toBe(rules.length);
  });

  const mirror = providerMirror();
  (mirror ? it : it.skip)("is accepted by real Terraform and the real azurestack provider (required attributes, value checks)", () => {
    const outdir = join(scratch, "validate");
    const app = new App({ outdir });
    const validated = new TerraformStack(app, "engine");
    new AzurestackProvider(validated, "azurestack", { features: {}, metadataHost: "management.seattle.example.com" });
    // the provider parses the key: a real one
    new EngineHost(validated, "engine", { ...options, sshPublicKey: defaultConfig().hubs[0].engine.sshPublicKey });
    app.synth();
    expect(terraformValidate(mirror!, join(outdir, "stacks", "engine"), scratch)).toEqual({ valid: true, errors: [] });
  });

  it("attaches its network interface to the VM", () => {
    const nic = Object.keys(json.resource.azurestack_network_interface)[0];
    expect(one("azurestack_linux_virtual_machine").network_interface_ids).toEqual([`\${azurestack_network_interface.${nic}.id}`]);
  });

  it("puts the NSG on the subnet, a static public IP with a DNS label on the NIC", () => {
    const vnet = one("azurestack_virtual_network");
    expect(vnet.address_space).toEqual(["10.100.0.0/24"]);
    expect(vnet.subnet[0].security_group).toMatch(/^\$\{azurestack_network_security_group\.engine_nsg_[0-9A-F]+\.id\}$/);
    expect(one("azurestack_public_ip")).toMatchObject({ allocation_method: "Static", domain_name_label: "c1-engine" });
    const ipConfig = one("azurestack_network_interface").ip_configuration[0];
    expect(ipConfig.subnet_id).toMatch(/^\$\{azurestack_virtual_network\.engine_vnet_[0-9A-F]+\.id\}\/subnets\/engine$/);
    expect(ipConfig.public_ip_address_id).toMatch(/^\$\{azurestack_public_ip\.engine_ip_[0-9A-F]+\.id\}$/);
  });
});
