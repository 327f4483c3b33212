import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { RUNNER_NODE, RUNNER_TERRAFORM } from "../config/catalog";
import { GITHUB_TOKEN_PLACEHOLDER, githubRunnerInstallScript, runnerToolsScript } from "../constructs/runner/runner-tools";
import { cloudInitSchema, configFrom, defaultRaw, githubRunnerConfig, providerMirror, REPO_ROOT, resources, synthApp, terraformValidate } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "ha-runner-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));


/** The cloud-config the VM gets, with Terraform's replace() of the tokens undone (placeholders kept). */
function cloudConfigOf(vm: any): any {
  const m = /^\$\{base64encode\((?:replace\()+"((?:[^"\\]|\\.)*)"/.exec(vm.custom_data);
  return YAML.parse(JSON.parse(`"${m![1]}"`).replace(/%%\{/g, "%{"));
}

describe("runner-<hub> stack", () => {
  const result = synthApp(githubRunnerConfig());
  const runner = result.stacks["runner-seattle"];
  const [[, vm]] = resources(runner, "azurestack_linux_virtual_machine");

  it("exists for every hub with a runner, with no dependency either way (deployed once, from a workstation)", () => {
    expect(Object.keys(result.manifest.stacks).filter((s) => s.startsWith("runner-")).sort()).toEqual(["runner-orlando", "runner-seattle"]);
    for (const [id, s] of Object.entries(result.manifest.stacks)) {
      if (id.startsWith("runner-")) expect(s.dependencies).toEqual([]);
      else expect(s.dependencies.filter((d) => d.startsWith("runner-"))).toEqual([]);
    }
  });

  it("takes its network from hubs[].pipelinesAgent.addressSpace (default 10.250.0.0/24) and the hub's image from hubs[].engine.image", () => {
    const vnetOf = (stack: any) => resources(stack, "azurestack_virtual_network").map(([, v]) => [v.address_space, v.subnet.map((s: any) => s.address_prefix)]);
    expect(vnetOf(runner)).toEqual([[["10.251.0.0/24"], ["10.251.0.0/24"]]]);
    expect(vnetOf(result.stacks["runner-orlando"])).toEqual([[["10.250.0.0/24"], ["10.250.0.0/24"]]]);
    const [[, engineVm]] = resources(result.stacks["hub-seattle"], "azurestack_linux_virtual_machine");
    expect(vm.source_image_reference).toEqual(engineVm.source_image_reference);
  });

  it("puts the VM in its own resource group, with no public IP and no inbound rule", () => {
    expect(resources(runner, "azurestack_resource_group").map(([, g]) => g.name)).toEqual(["contoso-ha-seattle-runner"]);
    expect(resources(runner, "azurestack_public_ip")).toEqual([]);
    const [[, nsg]] = resources(runner, "azurestack_network_security_group");
    expect(nsg.security_rule ?? []).toEqual([]);
    expect(vm.disable_password_authentication).toBe(true);
  });

  it("takes both registration tokens as sensitive variables, used only in custom_data, which the VM ignores (a new token replaces nothing)", () => {
    for (const v of ["azure_devops_pat", "github_runner_token"]) {
      expect(runner.variable[v]).toMatchObject({ sensitive: true, nullable: false });
      expect(runner.variable[v].default).toBeUndefined();
      expect(JSON.stringify(runner.resource).match(new RegExp(`var\\.${v}`, "g"))).toHaveLength(1);
    }
    expect(vm.custom_data).toContain("var.github_runner_token");
    expect(vm.lifecycle.ignore_changes).toEqual(["custom_data"]);
    const [[, settings]] = resources(runner, "terraform_data");
    expect(Object.keys(settings.triggers_replace)).toEqual(["cloudConfigSha256"]);
    expect(JSON.stringify(settings.triggers_replace)).not.toMatch(/var\./);
  });

  it("installs pinned, checksum-checked Node.js 20 and the Terraform the tests use, and the Azure CLI where asked", () => {
    const config = cloudConfigOf(vm);
    const files = Object.fromEntries(config.write_files.map((f: any) => [f.path, f]));
    const env = files["/opt/runner/tools.env"].content;
    expect(env).toContain(`NODE_SHA256='${RUNNER_NODE.sha256}'`);
    expect(env).toContain(`TERRAFORM_SHA256='${RUNNER_TERRAFORM.sha256}'`);
    expect(env).toMatch(/AZURE_CLI_VERSION='\d+\.\d+\.\d+'/);
    expect(RUNNER_NODE.version).toMatch(/^20\./);
    // the same Terraform as the tests run and the workflows install
    expect(execFileSync("terraform", ["version"], { encoding: "utf8" }).split("\n")[0]).toBe(`Terraform v${RUNNER_TERRAFORM.version}`);
    for (const wf of ["deploy.yml", "pr.yml"]) {
      const text = readFileSync(join(REPO_ROOT, ".github/workflows", wf), "utf8");
      for (const m of text.matchAll(/terraform_version: (\S+)/g)) expect(m[1]).toBe(RUNNER_TERRAFORM.version);
    }
    expect(config.runcmd[0]).toEqual(["/opt/runner/tools.sh"]);
    expect(files["/opt/runner/tools.sh"].permissions).toBe("0700");
    // the GitHub registration (token valid one hour) before the Azure Pipelines one (may wait for its pool)
    expect(config.runcmd.slice(1)).toEqual([["/opt/ghr/install.sh"], ["/opt/azp/install.sh"]]);
    expect(files["/opt/ghr/token"]).toMatchObject({ permissions: "0600", content: `${GITHUB_TOKEN_PLACEHOLDER}\n` });
    expect(files["/opt/ghr/runner.env"].content).toContain("GHR_LABELS='hub-seattle'");
  });

  it("is valid cloud-config for cloud-init's own schema", () => {
    const r = cloudInitSchema(`#cloud-config\n${YAML.stringify(cloudConfigOf(vm))}`);
    expect(r.output).toMatch(/Valid cloud-config/);
    expect(r.status).toBe(0);
  });

  it("has a runner-orlando without GitHub registration or Azure CLI where the config leaves them off", () => {
    const other = cloudConfigOf(resources(result.stacks["runner-orlando"], "azurestack_linux_virtual_machine")[0][1]);
    expect(other.runcmd).toEqual([["/opt/runner/tools.sh"], ["/opt/azp/install.sh"]]);
    expect(other.write_files.find((f: any) => f.path === "/opt/runner/tools.env").content).toContain("AZURE_CLI_VERSION=''");
    expect(result.stacks["runner-orlando"].variable.github_runner_token).toBeUndefined();
  });

  it("is not synthesized for a hub with neither registration", () => {
    const raw = defaultRaw();
    raw.hubs[1].pipelinesAgent.enabled = false;
    expect(Object.keys(synthApp(configFrom(raw)).stacks)).not.toContain("runner-orlando");
  });

  const mirror = providerMirror();
  (mirror ? it : it.skip)("is accepted by real terraform validate with the real azurestack provider (its only provider)", () => {
    const dir = join(scratch, "runner-seattle");
    mkdirSync(dir);
    writeFileSync(join(dir, "cdk.tf.json"), result.texts["runner-seattle"]);
    expect(Object.keys(runner.terraform.required_providers)).toEqual(["azurestack"]);
    expect(terraformValidate(mirror!, dir, scratch)).toEqual({ valid: true, errors: [] });
  });
});

describe("runner scripts", () => {
  it("check each archive's SHA-256 before unpacking it, and the Azure CLI key's fingerprint before trusting it", () => {
    const tools = runnerToolsScript().split("\n");
    const at = (re: RegExp) => tools.findIndex((l) => re.test(l));
    expect(at(/sha256sum --check --strict/)).toBeGreaterThan(0);
    expect(at(/fetch "\$NODE_URL" "\$NODE_SHA256"/)).toBeLessThan(at(/tar -xJf/));
    expect(at(/fetch "\$TERRAFORM_URL" "\$TERRAFORM_SHA256"/)).toBeLessThan(at(/unzip -o -q/));
    expect(at(/AZURE_CLI_KEY_FINGERPRINT" \]/)).toBeLessThan(at(/gpg --dearmor/));
    const gh = githubRunnerInstallScript();
    expect(gh.indexOf("sha256sum --check --strict")).toBeLessThan(gh.indexOf("tar -xzf"));
    expect(gh).toContain('--url "$GHR_URL" \\\n    --name "$GHR_NAME" --labels "$GHR_LABELS" --work _work --replace');
    expect(gh).not.toMatch(/--token/);
    expect(gh.indexOf("scrub-user-data.py /opt/ghr/token")).toBeGreaterThan(gh.indexOf("./svc.sh start"));
  });

  it("tools.sh refuses an archive whose checksum is not the pinned one (real bash, real sha256sum, a fake curl)", () => {
    const dir = mkdtempSync(join(scratch, "tools-"));
    // the script as the VM runs it, with its fixed paths moved into the sandbox
    const script = runnerToolsScript().replace(/\/opt\/runner\/tools\.env/g, join(dir, "tools.env")).replace(/\/opt\/node/g, join(dir, "node"));
    execFileSync("bash", ["-c", `cat > ${dir}/tools.sh`], { input: script });
    execFileSync("bash", ["-c", `printf '%s\\n' '#!/bin/sh' 'while [ $# -gt 0 ]; do [ "$1" = -o ] && echo tampered > "$2"; shift; done' > ${dir}/curl && chmod +x ${dir}/curl`]);
    execFileSync("bash", ["-c", `printf "NODE_VERSION=99.0.0\\nNODE_URL=https://example.invalid/node.tar.xz\\nNODE_SHA256=${"a".repeat(64)}\\n" > ${dir}/tools.env`]);
    const r = spawnSync("bash", [join(dir, "tools.sh")], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` }, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/FAILED/);
    expect(spawnSync("ls", [join(dir, "node")]).status).not.toBe(0);
  });
});

describe("config for the runner", () => {
  it("needs a URL and a checksum for the GitHub runner, with the usual one-line errors", () => {
    const raw = defaultRaw();
    raw.hubs[0].githubRunner = { enabled: true, version: "9.9.9" };
    let lines: string[] = [];
    try {
      configFrom(raw);
    } catch (e: any) {
      lines = e.lines();
    }
    expect(lines.join("\n")).toMatch(/hubs\[0\]\.githubRunner\.url.*is required/);
    expect(lines.join("\n")).toMatch(/hubs\[0\]\.githubRunner\.sha256.*is required.*9\.9\.9/);
  });
});
