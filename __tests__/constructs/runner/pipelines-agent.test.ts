import { spawnSync } from "node:child_process";
import { HUB_VM_IMAGE } from "../../../config/catalog";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import YAML from "yaml";
import { agentInstallScript, PipelinesAgent, type AgentSettings, renderAgentCloudConfig, scrubUserDataScript } from "../../../constructs/runner/pipelines-agent";
import { cloudInitSchema, defaultConfig, only, providerMirror, scratchDir, terraformEval, terraformValidate } from "../../helpers";
import { synthText } from "../synth";

const scratch = scratchDir("ha-agent-");

const agent: AgentSettings = {
  organizationUrl: "https://dev.azure.com/contoso",
  pool: "seattle",
  agentName: "contoso-ha-seattle",
  downloadUrl: "https://download.agent.dev.azure.com/agent/4.260.0/vsts-agent-linux-x64-4.260.0.tar.gz",
};

/** The agent's cloud-config with `pat` where Terraform puts it: in place of the token file's content. */
function withPat(settings: AgentSettings, pat: string): string {
  const text = renderAgentCloudConfig(settings);
  return text.replace(tokenFile(text).content.trim(), pat);
}
const tokenFile = (cloudConfig: string) => YAML.parse(cloudConfig).write_files.find((f: any) => f.path === "/opt/azp/token");

/** The agent VM in `stack`, its PAT from a sensitive variable. */
function agentIn(stack: TerraformStack, sshPublicKey = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 test"): PipelinesAgent {
  const pat = new TerraformVariable(stack, "azure_devops_pat", { type: "string", sensitive: true });
  return new PipelinesAgent(stack, "agent", {
    name: "contoso-ha-seattle-agent",
    location: "seattle",
    resourceGroupName: "rg",
    addressSpace: "10.250.0.0/24",
    vmSize: "Standard_D2_v2",
    adminUsername: "azureuser",
    image: HUB_VM_IMAGE,
    sshPublicKey,
    agent,
    personalAccessToken: pat.stringValue,
  });
}

describe("PipelinesAgent", () => {
  const text = synthText((s) => agentIn(s));
  const json = JSON.parse(text);

  it("has no inbound exposure: no public IP, an NSG without any rule, attached to the agent's subnet", () => {
    expect(json.resource.azurestack_public_ip).toBeUndefined();
    const nsg = only(json, "azurestack_network_security_group");
    expect(nsg.security_rule).toBeUndefined();
    const vnet = only(json, "azurestack_virtual_network");
    expect(vnet.subnet).toEqual([
      expect.objectContaining({ name: "agent", address_prefix: "10.250.0.0/24", security_group: expect.stringMatching(/^\$\{azurestack_network_security_group\.agent_nsg_[0-9A-F]+\.id\}$/) }),
    ]);
    const nic = only(json, "azurestack_network_interface");
    expect(nic.ip_configuration).toHaveLength(1);
    expect(nic.ip_configuration[0].public_ip_address_id).toBeUndefined();
    expect(nic.ip_configuration[0].subnet_id).toMatch(/^\$\{azurestack_virtual_network\.agent_vnet_[0-9A-F]+\.id\}\/subnets\/agent$/);
    expect(json.resource.azurestack_network_security_rule).toBeUndefined();
  });

  it("is an Ubuntu 22.04 VM with SSH-key login only", () => {
    const vm = only(json, "azurestack_linux_virtual_machine");
    expect(vm).toMatchObject({
      size: "Standard_D2_v2",
      admin_username: "azureuser",
      disable_password_authentication: true,
      admin_ssh_key: [{ username: "azureuser", public_key: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 test" }],
      source_image_reference: { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    });
    expect(vm.admin_password).toBeUndefined();
  });

  it("puts the PAT into custom_data only inside Terraform, from the sensitive variable, as the token file's content", () => {
    const vm = only(json, "azurestack_linux_virtual_machine");
    const [, placeholder] = /^\$\{base64encode\(replace\(".*", "([^"]+)", var\.azure_devops_pat\)\)\}$/s.exec(vm.custom_data)!;
    const cloudConfig = renderAgentCloudConfig(agent);
    expect(tokenFile(cloudConfig).content).toBe(`${placeholder}\n`);
    expect(cloudConfig.split(placeholder)).toHaveLength(2); // nowhere else
    expect(json.variable.azure_devops_pat).toMatchObject({ sensitive: true });
    expect(json.variable.azure_devops_pat.default).toBeUndefined();
  });

  it("is replaced when the PAT-free cloud-config changes, never for a new PAT: custom_data ignored, a hash of the rest triggers", () => {
    const vm = only(json, "azurestack_linux_virtual_machine");
    const [[settingsId, settings]] = Object.entries<any>(json.resource.terraform_data);
    expect(settings.triggers_replace).toEqual({ cloudConfigSha256: createHash("sha256").update(renderAgentCloudConfig(agent)).digest("hex") });
    expect(vm.lifecycle).toEqual({ ignore_changes: ["custom_data"], replace_triggered_by: [`terraform_data.${settingsId}`] });
    const [nic] = Object.keys(json.resource.azurestack_network_interface);
    expect(vm.network_interface_ids).toEqual([`\${azurestack_network_interface.${nic}.id}`]);
  });

  it("renders (real terraform console) to a cloud-config that cloud-init's own schema accepts, with the PAT in place", () => {
    const vm = only(json, "azurestack_linux_virtual_machine");
    const body = vm.custom_data.slice(2, -1).replace("var.azure_devops_pat", '"placeholder-pat-for-test"');
    const rendered = Buffer.from(terraformEval(body) as string, "base64").toString("utf8");
    expect(rendered).toBe(withPat(agent, "placeholder-pat-for-test"));
    expect(tokenFile(rendered).content).toBe("placeholder-pat-for-test\n");
    const r = cloudInitSchema(rendered);
    expect(r.output).toContain("Valid cloud-config");
    expect(r.status).toBe(0);
  });

  it("would catch an invalid cloud-config (the validator can fail)", () => {
    const broken = renderAgentCloudConfig(agent).replace(/runcmd:\n(  - - .*\n)+/, "runcmd: /opt/azp/install.sh\n");
    expect(broken).toContain("runcmd: /opt/azp/install.sh");
    const r = cloudInitSchema(broken);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/runcmd/);
  });

  it("registers unattended into the hub's pool and runs the agent as a service under a non-root user", () => {
    const config = YAML.parse(renderAgentCloudConfig({ ...agent, sha256: "b".repeat(64) }));
    expect(config.users).toEqual(["default", expect.objectContaining({ lock_passwd: true })]);
    const user = config.users[1].name;
    const files = Object.fromEntries(config.write_files.map((f: any) => [f.path, f]));
    expect(files["/opt/azp/token"].permissions).toBe("0600");
    // runcmd executes the scripts directly: executable, by root (cloud-init writes them) alone
    for (const path of ["/opt/azp/install.sh", "/opt/azp/scrub-user-data.py"]) expect(files[path].permissions).toBe("0700");
    expect(files["/opt/azp/agent.env"].content).toBe(
      [
        "AZP_URL='https://dev.azure.com/contoso'",
        "AZP_POOL='seattle'",
        "AZP_AGENT_NAME='contoso-ha-seattle'",
        "AZP_DOWNLOAD_URL='https://download.agent.dev.azure.com/agent/4.260.0/vsts-agent-linux-x64-4.260.0.tar.gz'",
        `AZP_SHA256='${"b".repeat(64)}'`,
        "",
      ].join("\n"),
    );
    const script = files["/opt/azp/install.sh"].content;
    expect(script).toContain(`sudo --preserve-env=VSTS_AGENT_INPUT_TOKEN -u ${user} ./config.sh --unattended --url "$AZP_URL" --auth pat`);
    expect(script).toContain('--pool "$AZP_POOL" --agent "$AZP_AGENT_NAME"');
    expect(script).toContain("--acceptTeeEula");
    expect(script).toContain(`./svc.sh install ${user}`);
    expect(script).toContain("./svc.sh start");
    expect(script).toContain("sha256sum --check --strict");
    // the pinned tools first, then the registration
    expect(config.runcmd).toEqual([["/opt/runner/tools.sh"], ["/opt/azp/install.sh"]]);
  });

  it("quotes every agent.env value for the shell that sources it: a quote in a value stays data", () => {
    const odd = { ...agent, pool: "it's $(echo injected)", agentName: "a'b" };
    const env = YAML.parse(renderAgentCloudConfig(odd)).write_files.find((f: any) => f.path === "/opt/azp/agent.env").content;
    const r = spawnSync("bash", ["-c", `${env}\nprintf '%s\\n' "$AZP_POOL" "$AZP_AGENT_NAME"`], { encoding: "utf8" });
    expect(r.stdout).toBe("it's $(echo injected)\na'b\n");
    // without a checksum AZP_SHA256 is empty, and install.sh skips the check
    const plain = YAML.parse(renderAgentCloudConfig(agent)).write_files.find((f: any) => f.path === "/opt/azp/agent.env").content;
    expect(spawnSync("bash", ["-c", `${plain}\nprintf '[%s]' "$AZP_SHA256"`], { encoding: "utf8" }).stdout).toBe("[]");
    // the agent never runs as root
    const user = YAML.parse(renderAgentCloudConfig(agent)).users[1].name;
    expect(user).toMatch(/^[a-z_][a-z0-9_-]*$/);
    expect(user).not.toBe("root");
  });

  it("has an install script that passes shellcheck", () => {
    const file = join(scratch, "install.sh");
    writeFileSync(file, agentInstallScript());
    const r = spawnSync("shellcheck", ["-s", "bash", file], { encoding: "utf8" });
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("agent VM configuration accepted by real Terraform and the real azurestack provider", () => {
  const mirror = providerMirror();
  const run = mirror ? it : it.skip;
  run("validates ignore_changes + replace_triggered_by (azurestack 1.0.0 from ../shared/terraform-providers)", () => {
    const outdir = join(scratch, "validate");
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "agent");
    new AzurestackProvider(stack, "azurestack", { features: {}, metadataHost: "management.seattle.example.com" });
    // the provider parses the key: a real one
    agentIn(stack, defaultConfig().hubs[0].engine.sshPublicKey);
    app.synth();
    // the provider's own deprecation warning (arm_endpoint) is the only diagnostic it may print
    expect(terraformValidate(mirror!, join(outdir, "stacks", "agent"), scratch)).toEqual({ valid: true, errors: [] });
  });
});

describe("registration scrubs every copy of the PAT cloud-init and Azure's provisioning leave on the VM", () => {
  const pat = "patfortestabcdefghijklmnopqrstuvwxyz0123456789abcdef";
  const userData = withPat(agent, pat);

  /** The files cloud-init 22.4 and the Azure datasource write on a provisioned VM (paths under a fake root). */
  function fakeVm(): { root: string; cloud: string; waagent: string; tokenFile: string } {
    const root = mkdtempSync(join(scratch, "vm-"));
    const cloud = join(root, "var/lib/cloud");
    const instance = join(cloud, "instances", "0a1b2c3d-iid");
    const waagent = join(root, "var/lib/waagent");
    mkdirSync(join(instance, "scripts"), { recursive: true });
    mkdirSync(waagent, { recursive: true });
    mkdirSync(join(cloud, "data"), { recursive: true });
    symlinkSync(instance, join(cloud, "instance"));
    writeFileSync(join(instance, "user-data.txt"), userData);
    writeFileSync(join(instance, "user-data.txt.i"), `Content-Type: multipart/mixed\n\n${userData}`);
    writeFileSync(join(instance, "cloud-config.txt"), userData);
    writeFileSync(join(instance, "obj.pkl"), Buffer.concat([Buffer.from("\x80\x04pickle"), Buffer.from(userData)]));
    writeFileSync(join(instance, "scripts", "runcmd"), "#!/bin/sh\n'/opt/azp/install.sh'\n");
    writeFileSync(join(cloud, "data", "instance-id"), "0a1b2c3d-iid\n");
    const custom = Buffer.from(userData).toString("base64");
    writeFileSync(
      join(waagent, "ovf-env.xml"),
      `<ns0:Environment xmlns:ns0="http://schemas.dmtf.org/ovf/environment/1"><ns1:ProvisioningSection xmlns:ns1="http://schemas.microsoft.com/windowsazure"><ns1:LinuxProvisioningConfigurationSet><ns1:UserName>azureuser</ns1:UserName><ns1:CustomData>${custom}</ns1:CustomData></ns1:LinuxProvisioningConfigurationSet></ns1:ProvisioningSection></ns0:Environment>`,
    );
    const tokenFile = join(root, "token");
    writeFileSync(tokenFile, `${pat}\n`);
    return { root, cloud, waagent, tokenFile };
  }
  const script = join(scratch, "scrub-user-data.py");
  writeFileSync(script, scrubUserDataScript());
  const scrub = (vm: ReturnType<typeof fakeVm>) => spawnSync("python3", [script, vm.tokenFile, vm.cloud, vm.waagent], { encoding: "utf8" });
  const filesWith = (dir: string, text: string) =>
    readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      .filter((f) => statSync(f).isFile() && readFileSync(f, "latin1").includes(text));

  it("leaves no copy of the PAT, raw or as the base64 CustomData, and keeps the user data otherwise intact", () => {
    const vm = fakeVm();
    expect(filesWith(vm.root, pat).length).toBeGreaterThan(3);
    const r = scrub(vm);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(filesWith(vm.root, pat).map((f) => f.slice(vm.root.length))).toEqual(["/token"]);
    const instance = join(vm.cloud, "instances", "0a1b2c3d-iid");
    // the cache and the derived copies are gone (cloud-init rebuilds them from ovf-env.xml on the next boot)
    expect(readdirSync(instance).sort()).toEqual(["scripts", "user-data.txt"]);
    // the PAT's place holds a mark, the rest is as it was
    const scrubbed = readFileSync(join(instance, "user-data.txt"), "utf8");
    const [before, after] = userData.split(pat);
    expect([scrubbed.startsWith(before), scrubbed.endsWith(after), scrubbed.length > before.length + after.length]).toEqual([true, true, true]);
    const ovf = readFileSync(join(vm.waagent, "ovf-env.xml"), "utf8");
    expect(Buffer.from(/<ns1:CustomData>([^<]*)</.exec(ovf)![1], "base64").toString("utf8")).toBe(scrubbed);
    expect(ovf).toContain("<ns1:UserName>azureuser</ns1:UserName>");
    expect((statSync(join(vm.waagent, "ovf-env.xml")).mode & 0o777).toString(8)).toBe("600");
  });

  it("fails, naming the file, when a copy it does not know of still holds the PAT", () => {
    const vm = fakeVm();
    writeFileSync(join(vm.cloud, "instances", "0a1b2c3d-iid", "vendor-data.txt"), `token: ${pat}\n`);
    const r = scrub(vm);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("the PAT is still in:");
    expect(r.stderr).toContain("vendor-data.txt");
  });

  it("runs from the install script only after the agent is registered and started, before the token file is shredded", () => {
    const lines = agentInstallScript().split("\n");
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    expect(at(/\.\/config\.sh --unattended/)).toBeGreaterThan(0);
    expect(at(/^\.\/svc\.sh start$/)).toBeGreaterThan(at(/\.\/config\.sh --unattended/));
    expect(at(/scrub-user-data\.py \/opt\/azp\/token \/var\/lib\/cloud \/var\/lib\/waagent/)).toBeGreaterThan(at(/^\.\/svc\.sh start$/));
    expect(at(/shred -u \/opt\/azp\/token/)).toBeGreaterThan(at(/scrub-user-data\.py/));
    expect(agentInstallScript()).not.toMatch(/--token/);
    const files = YAML.parse(renderAgentCloudConfig(agent)).write_files.map((f: any) => [f.path, f.permissions]);
    expect(files).toEqual(expect.arrayContaining([["/opt/azp/scrub-user-data.py", "0700"]]));
  });
});
