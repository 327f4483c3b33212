import { ContainerRegistry as AcrRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { TerraformOutput, type TerraformStack } from "cdktf";
import { ContainerRegistry } from "../../../constructs/global/container-registry";
import { defaultConfig, only, synthApp } from "../../helpers";
import { synthText } from "../synth";

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
  const text = synthText(build);
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
    synthText((s) => {
      const r = build(s);
      expect(() => r.pullCredentialFor("denver")).toThrow('no pull credential for "denver" (known: seattle, orlando)');
    });
  });
});

describe("ContainerRegistry in the global stack (whole app)", () => {
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
