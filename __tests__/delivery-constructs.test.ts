import { defaultConfig, only, synthApp } from "./helpers";

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
