import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ContainerRegistry as AcrRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { Fn, TerraformOutput, TerraformStack, TerraformVariable, Testing } from "cdktf";
import YAML from "yaml";
import { AGENT_USER, agentInstallScript, PipelinesAgent, type AgentSettings, renderAgentCloudConfig, TOKEN_PLACEHOLDER } from "../constructs/runner/pipelines-agent";
import { terraformLiteral } from "../constructs/shared/cloud-init";
import { ImagePullSecret } from "../constructs/apps/image-pull-secret";
import { ContainerRegistry } from "../constructs/global/container-registry";
import { defaultConfig, synthApp, cloudInitSchema } from "./helpers";
import { HUB_VM_IMAGE } from "../config/catalog";

const scratch = mkdtempSync(join(tmpdir(), "ha-delivery-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function synthOf(build: (stack: TerraformStack) => void): string {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack);
  return Testing.synth(stack);
}

const only = (json: any, type: string): any => {
  const all = Object.values<any>(json.resource?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
};

/** Evaluates a Terraform expression with the real `terraform console` (offline: no provider is needed). */
function terraformEval(expression: string): unknown {
  const dir = mkdtempSync(join(scratch, "tf-"));
  const out = execFileSync("terraform", ["console"], { cwd: dir, input: expression, encoding: "utf8", env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null" } });
  return JSON.parse(out.trim());
}

describe("ContainerRegistry", () => {
  const build = (s: TerraformStack) => {
    const registry = new ContainerRegistry(s, "registry", {
      name: "contosoharegistry",
      location: "westeurope",
      resourceGroupName: "rg",
      sku: "Standard",
      repositories: ["ratings-api", "ratings-web"],
      pullClients: ["seattle", "orlando"],
    });
    const c = registry.pullCredentialFor("orlando");
    new TerraformOutput(s, "password", { value: c.password, sensitive: true });
    new TerraformOutput(s, "username", { value: c.username });
    new TerraformOutput(s, "server", { value: registry.loginServer });
    return registry;
  };
  const text = synthOf(build);
  const json = JSON.parse(text);

  it("creates the registry with the admin user disabled", () => {
    expect(text).toHaveResourceWithProperties(AcrRegistry, { name: "contosoharegistry", sku: "Standard", admin_enabled: false });
  });

  it("grants pull only (content/read) on the app repositories, through one token per hub", () => {
    const scope = only(json, "azurerm_container_registry_scope_map");
    expect(scope.actions).toEqual(["repositories/ratings-api/content/read", "repositories/ratings-web/content/read"]);
    const tokens = Object.values<any>(json.resource.azurerm_container_registry_token);
    expect(tokens.map((t) => t.name).sort()).toEqual(["pull-orlando", "pull-seattle"]);
    for (const t of tokens) expect(t.scope_map_id).toMatch(/^\$\{azurerm_container_registry_scope_map\.registry_pull-scope_[0-9A-F]+\.id\}$/);
    expect(Object.keys(json.resource.azurerm_container_registry_token_password)).toHaveLength(2);
  });

  it("exposes each hub's password as a reference to the generated password, never a value", () => {
    expect(json.output.password.value).toMatch(/^\$\{azurerm_container_registry_token_password\.registry_token-password-orlando_[0-9A-F]+\.password1\[0\]\.value\}$/);
    expect(json.output.username.value).toMatch(/^\$\{azurerm_container_registry_token\.registry_token-orlando_[0-9A-F]+\.name\}$/);
    expect(json.output.server.value).toMatch(/\.login_server\}$/);
  });

  it("refuses a credential for a hub it was not built with", () => {
    synthOf((s) => {
      const r = build(s);
      expect(() => r.pullCredentialFor("denver")).toThrow('no pull credential for "denver" (known: seattle, orlando)');
    });
  });
});

describe("ImagePullSecret", () => {
  const text = synthOf((s) => {
    const pw = new TerraformVariable(s, "registry_password", { type: "string", sensitive: true });
    const server = new TerraformVariable(s, "registry_server", { type: "string" });
    new ImagePullSecret(s, "pull", { name: "acr-pull", namespace: "ratings", server: server.stringValue, username: "pull-seattle", password: pw.stringValue });
  });
  const secret = only(JSON.parse(text), "kubernetes_secret_v1");

  it("is a kubernetes.io/dockerconfigjson secret in the app namespace", () => {
    expect(text).toHaveResourceWithProperties(SecretV1, { type: "kubernetes.io/dockerconfigjson", metadata: { name: "acr-pull", namespace: "ratings" } });
  });

  it("builds the docker config in Terraform from references, with no literal secret", () => {
    const expr: string = secret.data[".dockerconfigjson"];
    expect(expr).toMatch(/^\$\{jsonencode\(.*\)\}$/);
    expect(expr).toContain("var.registry_password");
    expect(expr).toContain("var.registry_server");
  });

  it("evaluates (real terraform console) to the JSON the kubelet expects", () => {
    const expr: string = secret.data[".dockerconfigjson"];
    const body = expr.slice(2, -1).replace(/var\.registry_password/g, '"s3cret-for-test"').replace(/var\.registry_server/g, '"contosoharegistry.azurecr.io"');
    const config = JSON.parse(terraformEval(body) as string);
    expect(config).toEqual({
      auths: {
        "contosoharegistry.azurecr.io": {
          username: "pull-seattle",
          password: "s3cret-for-test",
          auth: Buffer.from("pull-seattle:s3cret-for-test").toString("base64"),
        },
      },
    });
  });
});

describe("PipelinesAgent", () => {
  const agent: AgentSettings = {
    organizationUrl: "https://dev.azure.com/contoso",
    pool: "seattle",
    agentName: "contoso-ha-seattle",
    downloadUrl: "https://download.agent.dev.azure.com/agent/4.260.0/vsts-agent-linux-x64-4.260.0.tar.gz",
  };
  const text = synthOf((s) => {
    const pat = new TerraformVariable(s, "azure_devops_pat", { type: "string", sensitive: true });
    new PipelinesAgent(s, "agent", {
      name: "contoso-ha-seattle-agent",
      location: "seattle",
      resourceGroupName: "rg",
      addressSpace: "10.250.0.0/24",
      vmSize: "Standard_D2_v2",
      adminUsername: "azureuser",
      image: HUB_VM_IMAGE,
      sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 test",
      agent,
      personalAccessToken: pat.stringValue,
    });
  });
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

  it("puts the PAT into custom_data only inside Terraform, from the sensitive variable", () => {
    const vm = only(json, "azurestack_linux_virtual_machine");
    expect(vm.custom_data).toMatch(/^\$\{base64encode\(replace\(".*", "__AZP_TOKEN__", var\.azure_devops_pat\)\)\}$/s);
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
    expect(rendered).toBe(renderAgentCloudConfig(agent).replace(TOKEN_PLACEHOLDER, "placeholder-pat-for-test"));
    const r = cloudInitSchema(rendered);
    expect(r.output).toContain("Valid cloud-config");
    expect(r.status).toBe(0);
  });

  it("hands text to Terraform literally: backslashes, ${ and %{ are not interpolated (real terraform console)", () => {
    const text = 'a\\b ${var.x} %{ if true }y%{ endif } "q"\n';
    const json = JSON.parse(synthOf((s) => new TerraformOutput(s, "literal", { value: Fn.base64encode(terraformLiteral(text)) })));
    const body = json.output.literal.value.slice(2, -1);
    expect(Buffer.from(terraformEval(body) as string, "base64").toString("utf8")).toBe(text);
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
    expect(config.users).toEqual(["default", expect.objectContaining({ name: AGENT_USER, lock_passwd: true })]);
    const files = Object.fromEntries(config.write_files.map((f: any) => [f.path, f]));
    expect(files["/opt/azp/token"]).toMatchObject({ permissions: "0600", content: `${TOKEN_PLACEHOLDER}\n` });
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
    expect(script).toContain(`sudo --preserve-env=VSTS_AGENT_INPUT_TOKEN -u ${AGENT_USER} ./config.sh --unattended --url "$AZP_URL" --auth pat`);
    expect(script).toContain('--pool "$AZP_POOL" --agent "$AZP_AGENT_NAME"');
    expect(script).toContain("--acceptTeeEula");
    expect(script).toContain(`./svc.sh install ${AGENT_USER}`);
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
    expect(AGENT_USER).toMatch(/^[a-z_][a-z0-9_-]*$/);
    expect(AGENT_USER).not.toBe("root");
  });

  it("has an install script that passes shellcheck", () => {
    const file = join(scratch, "install.sh");
    writeFileSync(file, agentInstallScript());
    const r = spawnSync("shellcheck", ["-s", "bash", file], { encoding: "utf8" });
    expect(r.stdout).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("registry in the global stack (whole app)", () => {
  it("exposes the login server and per-hub usernames, and each pull password only as a sensitive output", () => {
    const global = synthApp(defaultConfig()).stacks.global;
    expect(global.output.registry_login_server.sensitive).toBeUndefined();
    for (const hub of ["seattle", "orlando"]) {
      expect(global.output[`registry_pull_username_${hub}`].sensitive).toBeUndefined();
      expect(global.output[`registry_pull_password_${hub}`]).toEqual({
        sensitive: true,
        value: expect.stringMatching(new RegExp(`^\\$\\{azurerm_container_registry_token_password\\.registry_token-password-${hub}_[0-9A-F]+\\.password1\\[0\\]\\.value\\}$`)),
      });
    }
    expect(only(global, "azurerm_container_registry")).toMatchObject({ name: "contosoharegistry", admin_enabled: false, sku: "Standard" });
  });
});
