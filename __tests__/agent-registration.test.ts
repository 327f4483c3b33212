import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { App, TerraformStack, TerraformVariable } from "cdktf";
import YAML from "yaml";
import { agentInstallScript, PipelinesAgent, renderAgentCloudConfig, SCRUBBED_MARK, scrubUserDataScript, TOKEN_PLACEHOLDER, type AgentSettings } from "../constructs/runner/pipelines-agent";
import { diffSynth, readSynthOutput, renderMarkdown } from "../scripts/synth-diff";
import { withoutStackTraces } from "../stacks/stack-traces";
import { configFrom, defaultConfig, defaultRaw, githubRunnerConfig, providerMirror, resources, synthApp, terraformValidate } from "./helpers";
import { HUB_VM_IMAGE } from "../config/catalog";

const scratch = mkdtempSync(join(tmpdir(), "ha-agent-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const agent: AgentSettings = {
  organizationUrl: "https://dev.azure.com/contoso",
  pool: "seattle",
  agentName: "contoso-ha-seattle-agent",
  downloadUrl: "https://download.agent.dev.azure.com/agent/4.260.0/vsts-agent-linux-x64-4.260.0.tar.gz",
};

describe("agent VM and the PAT: what a new PAT changes", () => {
  const hub = synthApp(defaultConfig()).stacks["runner-seattle"];
  const [[vmName, vm]] = resources(hub, "azurestack_linux_virtual_machine").filter(([n]) => n.startsWith("pipelines-agent_vm"));
  const [[settingsName, settings]] = resources(hub, "terraform_data").filter(([n]) => n.startsWith("pipelines-agent_cloud-config"));

  it("keeps custom_data (the only place the PAT goes) out of the VM's replace decision", () => {
    expect(vm.lifecycle.ignore_changes).toEqual(["custom_data"]);
    const withPat = Object.entries(vm).filter(([, v]) => JSON.stringify(v).includes("var.azure_devops_pat"));
    expect(withPat.map(([k]) => k)).toEqual(["custom_data"]);
    expect(JSON.stringify(hub.resource).match(/var\.azure_devops_pat/g)).toHaveLength(1);
    expect(vmName).toMatch(/^pipelines-agent_vm_/);
  });

  it("replaces the VM when anything else of its cloud-config changes, through a PAT-free hash", () => {
    expect(vm.lifecycle.replace_triggered_by).toEqual([`terraform_data.${settingsName}`]);
    const c = defaultConfig();
    const seattle = c.hubs.find((h) => h.name === "seattle")!.pipelinesAgent;
    const cloudConfig = renderAgentCloudConfig({
      organizationUrl: c.azure.devops!.organizationUrl,
      pool: seattle.pool!,
      agentName: "contoso-ha-seattle-agent",
      downloadUrl: seattle.downloadUrl!,
      sha256: seattle.sha256,
    });
    expect(settings.triggers_replace.cloudConfigSha256).toBe(createHash("sha256").update(cloudConfig).digest("hex"));
    expect(JSON.stringify(settings)).not.toMatch(/azure_devops_pat/);
  });

  it("shows in the synth diff: a new agent version replaces the VM (through the hash), a new PAT changes no file at all", () => {
    const write = (config: ReturnType<typeof defaultConfig>, name: string) => {
      const outdir = join(scratch, name);
      withoutStackTraces(() => {
        const app = new App({ outdir, skipValidation: true });
        require("../stacks").buildStacks(app, config);
        app.synth();
      });
      return readSynthOutput(outdir);
    };
    const base = write(defaultConfig(), "base");
    // the PAT is an input at plan time: the synthesized configuration cannot differ
    expect(diffSynth(base, write(defaultConfig(), "same")).stacks).toEqual([]);
    const raw = defaultRaw();
    raw.hubs[0].pipelinesAgent.agentVersion = "4.261.0";
    const md = renderMarkdown(diffSynth(base, write(configFrom(raw), "version")));
    expect(md).toMatch(/terraform_data\.pipelines-agent_cloud-config_[0-9A-F]{8}` \*\*forces replacement\*\* \(`triggers_replace\.cloudConfigSha256`\)/);
    // custom_data changed too, but the VM ignores it: it is replaced because the hash was
    expect(md).toMatch(/azurestack_linux_virtual_machine\.pipelines-agent_vm_[0-9A-F]{8}` \*\*forces replacement\*\* \(`replace_triggered_by terraform_data\.pipelines-agent_cloud-config_[0-9A-F]{8}`\)/);
    expect(md).not.toMatch(/\(`custom_data`\)/);
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
    const pat = new TerraformVariable(stack, "azure_devops_pat", { type: "string", sensitive: true });
    new PipelinesAgent(stack, "agent", {
      name: "agent",
      location: "seattle",
      resourceGroupName: "rg",
      addressSpace: "10.250.0.0/24",
      vmSize: "Standard_D2_v2",
      adminUsername: "azureuser",
      image: HUB_VM_IMAGE,
      // the provider parses the key: a real one
      sshPublicKey: defaultConfig().hubs[0].engine.sshPublicKey,
      agent,
      personalAccessToken: pat.stringValue,
    });
    app.synth();
    // the provider's own deprecation warning (arm_endpoint) is the only diagnostic it may print
    expect(terraformValidate(mirror!, join(outdir, "stacks", "agent"), scratch)).toEqual({ valid: true, errors: [] });
  });
});

describe("registration scrubs every copy of the PAT cloud-init and Azure's provisioning leave on the VM", () => {
  const pat = "patfortestabcdefghijklmnopqrstuvwxyz0123456789abcdef";
  const userData = renderAgentCloudConfig(agent).replace(TOKEN_PLACEHOLDER, pat);

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
    const scrubbed = userData.replace(pat, SCRUBBED_MARK);
    expect(readFileSync(join(instance, "user-data.txt"), "utf8")).toBe(scrubbed);
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

describe("PAT rotation in a real Terraform plan (stand-in for the VM, same expressions and lifecycle)", () => {
  /**
   * The azurestack provider needs the hub to plan, so the VM is stood in for by a terraform_data resource
   * (built into Terraform) whose `input` is the VM's synthesized custom_data expression and whose lifecycle is
   * the VM's, with `custom_data` read as `input`; the cloud-config hash resource is the synthesized one.
   */
  function standIn(hub: any, keepIgnoreChanges = true): object {
    const [[, vm]] = resources(hub, "azurestack_linux_virtual_machine").filter(([n]) => n.startsWith("pipelines-agent_vm"));
    const [[settingsName, settings]] = resources(hub, "terraform_data").filter(([n]) => n.startsWith("pipelines-agent_cloud-config"));
    const lifecycle = {
      ...(keepIgnoreChanges ? { ignore_changes: vm.lifecycle.ignore_changes.map((a: string) => (a === "custom_data" ? "input" : a)) } : {}),
      replace_triggered_by: vm.lifecycle.replace_triggered_by,
    };
    return {
      variable: { azure_devops_pat: { type: "string", sensitive: true }, github_runner_token: { type: "string", sensitive: true, default: "first-token" } },
      resource: { terraform_data: { [settingsName]: { triggers_replace: settings.triggers_replace }, "pipelines-agent_vm": { input: vm.custom_data, lifecycle } } },
    };
  }
  const tf = (dir: string, ...args: string[]) =>
    spawnSync("terraform", [`-chdir=${dir}`, ...args], { encoding: "utf8", env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" } });
  const hubOf = (config: ReturnType<typeof defaultConfig>) => synthApp(config).stacks["runner-seattle"];

  function deployed(config: object): string {
    const dir = mkdtempSync(join(scratch, "plan-"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config));
    expect(tf(dir, "init", "-input=false", "-no-color").status).toBe(0);
    const apply = tf(dir, "apply", "-auto-approve", "-input=false", "-no-color", "-var", "azure_devops_pat=first-pat");
    expect(apply.stderr).toBe("");
    expect(apply.status).toBe(0);
    return dir;
  }
  const plan = (dir: string, pat: string) => tf(dir, "plan", "-detailed-exitcode", "-input=false", "-no-color", "-var", `azure_devops_pat=${pat}`);

  it("plans no change to the VM when only the PAT and the GitHub runner's registration token change", () => {
    const runner = hubOf(githubRunnerConfig());
    const [vm] = Object.values<any>(runner.resource.azurestack_linux_virtual_machine);
    expect(vm.custom_data).toContain("var.github_runner_token");
    const dir = deployed(standIn(runner));
    const r = tf(dir, "plan", "-detailed-exitcode", "-input=false", "-no-color", "-var", "azure_devops_pat=rotated-pat", "-var", "github_runner_token=rotated-token");
    expect(r.stdout).toContain("No changes.");
    expect(r.status).toBe(0);
  });

  it("would plan a change without ignore_changes (the check can fail)", () => {
    const dir = deployed(standIn(hubOf(defaultConfig()), false));
    const r = plan(dir, "rotated-pat");
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/terraform_data\.pipelines-agent_vm will be updated in-place/);
  });

  it("plans the VM's replacement when the agent's settings change", () => {
    const dir = deployed(standIn(hubOf(defaultConfig())));
    const raw = defaultRaw();
    raw.hubs[0].pipelinesAgent.agentVersion = "4.261.0";
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(standIn(hubOf(configFrom(raw)))));
    const r = plan(dir, "first-pat");
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/terraform_data\.pipelines-agent_vm will be replaced due to changes in replace_triggered_by/);
  });
});
