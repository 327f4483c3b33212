import { configFrom, defaultConfig, defaultRaw, normalize, resources, synthApp } from "./helpers";

describe("whole app, bundled default config", () => {
  const result = synthApp(defaultConfig());

  it("writes the six stacks", () => {
    expect(Object.keys(result.stacks).sort()).toEqual(["apps-orlando", "apps-seattle", "global", "hub-orlando", "hub-seattle", "traffic"]);
  });

  it("has the dependency edges of DESIGN.md: hubs and global first, then apps and traffic", () => {
    const deps = Object.fromEntries(Object.entries(result.manifest.stacks).map(([id, s]) => [id, [...s.dependencies].sort()]));
    expect(deps).toEqual({
      global: [],
      "hub-seattle": [],
      "hub-orlando": [],
      "apps-seattle": ["global", "hub-seattle"],
      "apps-orlando": ["global", "hub-orlando"],
      traffic: ["hub-orlando", "hub-seattle"],
    });
  });

  it("points each Traffic Manager endpoint at its hub's ingress IP through a non-sensitive output", () => {
    const traffic = result.stacks.traffic;
    const endpoints = resources(traffic, "azurerm_traffic_manager_external_endpoint").map(([, e]) => e);
    expect(endpoints.map((e) => [e.name, e.weight, e.target])).toEqual([
      ["orlando", 50, "${data.terraform_remote_state.hub-orlando-state.outputs.ingress_ip_address}"],
      ["seattle", 50, "${data.terraform_remote_state.hub-seattle-state.outputs.ingress_ip_address}"],
    ]);
    for (const hub of ["seattle", "orlando"]) {
      const out = result.stacks[`hub-${hub}`].output.ingress_ip_address;
      expect(out.value).toMatch(/^\$\{azurestack_public_ip\.ingress-ip_[0-9A-F]+\.ip_address\}$/);
      expect(out.sensitive).toBeUndefined();
      expect(traffic.data.terraform_remote_state[`hub-${hub}-state`].config.path).toBe(`../../../state/hub-${hub}.tfstate`);
    }
  });

  it("configures the apps stacks' providers from the hub stack's credentials, which stay sensitive", () => {
    const apps = result.stacks["apps-seattle"];
    const hub = result.stacks["hub-seattle"];
    const k8s = apps.provider.kubernetes[0];
    expect(k8s.host).toBe("https://contoso-ha-seattle.seattle.cloudapp.azurestack.example.com");
    for (const field of ["client_key", "client_certificate", "cluster_ca_certificate"]) {
      const ref = /outputs\.([^}]+)\}$/.exec(k8s[field])![1];
      expect(k8s[field]).toContain("data.terraform_remote_state.cross-stack-reference-input-hub-seattle");
      expect(hub.output[ref].sensitive).toBe(true);
      expect(apps.provider.helm[0].kubernetes[field]).toBe(k8s[field]);
    }
    expect(hub.output[/outputs\.([^}]+)\}$/.exec(k8s.client_key)![1]].value).toMatch(/^\$\{tls_private_key\./);
  });

  it("configures the azurestack provider from the hub's config with the secret only from a sensitive variable", () => {
    const hub = result.stacks["hub-orlando"];
    const p = hub.provider.azurestack[0];
    expect(p).toMatchObject({
      metadata_host: "management.orlando.azurestack.example.com",
      subscription_id: "33333333-3333-3333-3333-333333333333",
      client_id: "44444444-4444-4444-4444-444444444444",
      client_secret: "${var.hub_orlando_client_secret}",
    });
    expect(hub.variable.hub_orlando_client_secret).toMatchObject({ sensitive: true, type: "string" });
    expect(hub.variable.hub_orlando_client_secret.default).toBeUndefined();
  });

  it("keeps the ingress IP in the cluster's resource group", () => {
    const hub = result.stacks["hub-seattle"];
    // the hub stack also holds the engine VM's public IP: pick the ingress one by name
    const [, ip] = resources(hub, "azurestack_public_ip").find(([, p]) => p.name === "contoso-ha-seattle-ingress")!;
    expect(ip).toMatchObject({ allocation_method: "Static", name: "contoso-ha-seattle-ingress" });
    expect(ip.resource_group_name).toMatch(/^\$\{azurestack_resource_group\.cluster-rg\.name\}$/);
  });

  it("exposes the Log Analytics key only as a sensitive output", () => {
    const g = result.stacks.global;
    expect(g.output.log_analytics_workspace_key).toMatchObject({ sensitive: true });
    const [[, ws]] = resources(g, "azurerm_log_analytics_workspace");
    expect(ws.retention_in_days).toBe(30);
  });

  it("uses relative local state paths, one per stack", () => {
    for (const [id, stack] of Object.entries(result.stacks)) {
      expect(stack.terraform.backend).toEqual({ local: { path: `../../../state/${id}.tfstate` } });
    }
  });

  it("contains no absolute path of this machine and no private key", () => {
    for (const text of Object.values(result.texts)) {
      expect(text).not.toContain(result.outdir);
      expect(text).not.toContain(process.cwd());
      expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    }
  });

  it.each(["global", "traffic", "hub-seattle", "hub-orlando", "apps-seattle", "apps-orlando"])("matches the %s snapshot", (id) => {
    expect(normalize(result.texts[id], result.outdir)).toMatchSnapshot();
  });
});

describe("whole app, variations", () => {
  it("adds two stacks and a Traffic Manager endpoint for a copied hub, with no code change", () => {
    const raw = defaultRaw();
    raw.hubs.push({ ...structuredClone(raw.hubs[0]), name: "denver" });
    const result = synthApp(configFrom(raw));
    expect(Object.keys(result.stacks)).toEqual(expect.arrayContaining(["hub-denver", "apps-denver"]));
    expect(Object.keys(result.stacks)).toHaveLength(8);
    const names = resources(result.stacks.traffic, "azurerm_traffic_manager_external_endpoint").map(([, e]) => e.name);
    expect(names.sort()).toEqual(["denver", "orlando", "seattle"]);
    expect(result.manifest.stacks["apps-denver"].dependencies.sort()).toEqual(["global", "hub-denver"]);
  });

  it("uses one azurerm state key per stack, for the stacks and their remote state readers", () => {
    const raw = defaultRaw();
    raw.backend = { type: "azurerm", resourceGroupName: "tfstate-rg", storageAccountName: "contosotfstate", containerName: "tfstate" };
    const result = synthApp(configFrom(raw));
    for (const [id, stack] of Object.entries(result.stacks)) {
      expect(stack.terraform.backend.azurerm).toEqual({
        resource_group_name: "tfstate-rg",
        storage_account_name: "contosotfstate",
        container_name: "tfstate",
        key: `contoso-ha/${id}.tfstate`,
        use_azuread_auth: true,
      });
    }
    expect(result.stacks.traffic.data.terraform_remote_state["hub-seattle-state"].config.key).toBe("contoso-ha/hub-seattle.tfstate");
  });

  it("sends only the routing method's own field to each endpoint", () => {
    const raw = defaultRaw();
    raw.azure.trafficManager.routingMethod = "Priority";
    const endpoints = resources(synthApp(configFrom(raw)).stacks.traffic, "azurerm_traffic_manager_external_endpoint").map(([, e]) => e);
    expect(endpoints.map((e) => [e.name, e.priority, e.weight])).toEqual([
      ["orlando", 2, undefined],
      ["seattle", 1, undefined],
    ]);
  });
});
