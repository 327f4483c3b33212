import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { renderAgentCloudConfig } from "../constructs/runner/pipelines-agent";
import { diffSynth, readSynthOutput, renderMarkdown } from "../scripts/synth-diff";
import { withoutStackTraces } from "../stacks/stack-traces";
import { configFrom, defaultConfig, defaultRaw, githubRunnerConfig, resources, synthApp } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "ha-agent-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
