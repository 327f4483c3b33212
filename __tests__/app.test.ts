import YAML from "yaml";
import { configFrom, defaultConfig, defaultRaw, normalize, resources, synthApp } from "./helpers";

describe("whole app, bundled default config", () => {
  const result = synthApp(defaultConfig());

  it("adds the ContainerInsights solution while the monitoring agent is on", () => {
    expect(resources(result.stacks.global, "azurerm_log_analytics_solution").map(([, r]) => r.solution_name)).toEqual(["ContainerInsights"]);
  });

  it("writes the nine stacks", () => {
    expect(Object.keys(result.stacks).sort()).toEqual(["apps-orlando", "apps-seattle", "devops", "global", "hub-orlando", "hub-seattle", "runner-orlando", "runner-seattle", "traffic"]);
  });

  it("has the dependency edges of DESIGN.md: hubs and global first, then apps and traffic", () => {
    const deps = Object.fromEntries(Object.entries(result.manifest.stacks).map(([id, s]) => [id, [...s.dependencies].sort()]));
    expect(deps).toEqual({
      global: [],
      "hub-seattle": [],
      "hub-orlando": [],
      // the main site of the replica set across hubs lists the other hubs' member IPs (app.data.acrossHubs)
      "apps-seattle": ["global", "hub-orlando", "hub-seattle"],
      "apps-orlando": ["global", "hub-orlando"],
      traffic: ["hub-orlando", "hub-seattle"],
      devops: ["apps-orlando", "apps-seattle"],
      // deployed from a workstation (bootstrap); nothing depends on them
      "runner-seattle": [],
      "runner-orlando": [],
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

  it("configures the apps stacks' providers from the hub stack's explicit outputs; the client key stays sensitive", () => {
    const apps = result.stacks["apps-seattle"];
    const hub = result.stacks["hub-seattle"];
    const k8s = apps.provider.kubernetes[0];
    const fields = { host: "api_server_url", client_key: "client_key", client_certificate: "client_certificate", cluster_ca_certificate: "cluster_ca_certificate" };
    for (const [field, output] of Object.entries(fields)) {
      expect(k8s[field]).toBe(`\${data.terraform_remote_state.hub-seattle-state.outputs.${output}}`);
      expect(apps.provider.helm[0].kubernetes[field]).toBe(k8s[field]);
    }
    expect(apps.data.terraform_remote_state["hub-seattle-state"].config.path).toBe("../../../state/hub-seattle.tfstate");
    expect(hub.output.api_server_url.value).toBe("https://contoso-ha-seattle.seattle.cloudapp.azurestack.example.com");
    expect(hub.output.client_key).toEqual({ sensitive: true, value: expect.stringMatching(/^\$\{tls_private_key\./) });
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

  describe("apps stack", () => {
    const apps = result.stacks["apps-seattle"];
    const hub = result.stacks["hub-seattle"];
    const releases: Record<string, any> = Object.fromEntries(resources(apps, "helm_release").map(([, r]) => [r.name, r]));
    /** The global stack's output a remote-state reference of this stack reads. */
    const globalOutput = (ref: string) => result.stacks.global.output[/^\$\{data\.terraform_remote_state\.global-state\.outputs\.([^}]+)\}$/.exec(ref)![1]];

    it("creates the namespace as kubernetes_namespace_v1, never the deprecated kubernetes_namespace", () => {
      expect(resources(apps, "kubernetes_namespace_v1").map(([, r]) => r.metadata.name)).toEqual(["ratings"]);
      for (const stack of Object.values(result.stacks)) expect(Object.keys(stack.resource ?? {})).not.toContain("kubernetes_namespace");
    });

    it("installs the Helm releases with pinned chart versions: ingress, monitoring, the Percona operator and cluster, ratings", () => {
      const ns = "${kubernetes_namespace_v1.namespace.metadata[0].name}";
      expect(Object.values(releases).map((r) => [r.name, r.namespace, r.repository, r.chart, r.version])).toEqual([
        ["ratings-db", ns, "https://percona.github.io/percona-helm-charts", "psmdb-db", "1.22.2"],
        ["psmdb-operator", ns, "https://percona.github.io/percona-helm-charts", "psmdb-operator", "1.22.0"],
        ["nginx-ingress", "nginx-ingress", "oci://ghcr.io/nginx/charts", "nginx-ingress", "2.6.4"],
        ["azuremonitor-containers", "kube-system", "https://microsoft.github.io/charts/repo/azuremonitor-containers", "azuremonitor-containers", "3.1.28"],
        ["ratings", "${kubernetes_namespace_v1.namespace.metadata[0].name}", undefined, expect.stringMatching(/^assets\/ratings_chart_[0-9A-F]+\/[0-9A-F]{32}$/), undefined],
      ]);
      expect(releases.ratings.depends_on).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^helm_release\.ingress_release_/),
          expect.stringMatching(/^kubernetes_secret_v1\.ratings_mongodb-credentials_/),
          // the app starts once the replica set's custom resource is in place
          expect.stringMatching(/^helm_release\.db_database_/),
        ]),
      );
    });

    it("runs two default-class ingress controllers on the hub's static IP, named from config like the hub stack names it", () => {
      const values = YAML.parse(releases["nginx-ingress"].values[0]).controller;
      expect(values.replicaCount).toBe(2);
      expect(values.ingressClass).toEqual({ name: "nginx", create: true, setAsDefaultIngress: true });
      expect(values.service.type).toBe("LoadBalancer");
      const [, ip] = resources(hub, "azurestack_public_ip").find(([id]) => id.startsWith("ingress-ip_"))!;
      const [, clusterGroup] = resources(hub, "azurestack_resource_group").find(([id]) => id === "cluster-rg")!;
      expect(values.service.annotations).toEqual({
        "service.beta.kubernetes.io/azure-pip-name": ip.name,
        "service.beta.kubernetes.io/azure-load-balancer-resource-group": clusterGroup.name,
      });
    });

    it("creates the registry pull secret the chart's pods name, from this hub's pull-only token", () => {
      const [[, secret]] = resources(apps, "kubernetes_secret_v1").filter(([, s]) => s.metadata.name === "ratings-registry");
      expect(secret.type).toBe("kubernetes.io/dockerconfigjson");
      const config = secret.data[".dockerconfigjson"];
      expect(config).toContain("contosoharegistry.azurecr.io");
      expect(config).toContain("data.terraform_remote_state.global-state.outputs.registry_pull_password_seattle");
      expect(result.stacks.global.output.registry_pull_password_seattle).toEqual({ sensitive: true, value: expect.stringMatching(/^\$\{azurerm_container_registry_token_password\.registry_token-password-seattle_/) });
      expect(YAML.parse(releases.ratings.values[0]).imagePullSecrets).toEqual([{ name: "ratings-registry" }]);
    });

    it("gives the monitoring agent the workspace id and cluster name, and the key only through set_sensitive", () => {
      const agent = releases["azuremonitor-containers"];
      expect(agent.set.map((s: any) => s.name)).toEqual(["amalogs.secret.wsid", "amalogs.env.clusterName"]);
      expect(agent.set[1].value).toBe("contoso-ha-seattle");
      expect(globalOutput(agent.set[0].value).value).toBe("${azurerm_log_analytics_workspace.logs_workspace_11CB4DC9.workspace_id}");
      expect(agent.set_sensitive).toHaveLength(1);
      expect(agent.set_sensitive[0].name).toBe("amalogs.secret.key");
      const key = globalOutput(agent.set_sensitive[0].value);
      expect(key).toEqual({ sensitive: true, value: "${azurerm_log_analytics_workspace.logs_workspace_11CB4DC9.primary_shared_key}" });
    });

    it("autoscales ratings-web on CPU with the configured numbers", () => {
      const [[, hpa]] = resources(apps, "kubernetes_horizontal_pod_autoscaler_v2");
      expect(hpa.spec).toEqual({
        min_replicas: 1,
        max_replicas: 10,
        metric: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", average_utilization: 80 } } }],
        scale_target_ref: { api_version: "apps/v1", kind: "Deployment", name: "ratings-web" },
      });
      expect(hpa.depends_on).toEqual([expect.stringMatching(/^helm_release\.ratings_release_/)]);
    });

    it("hands the ratings API a TLS connection string to the replica set, the password generated in Terraform (global stack)", () => {
      expect(resources(apps, "random_password")).toEqual([]);
      const [, secret] = resources(apps, "kubernetes_secret_v1").find(([, s]) => s.metadata.name === "ratings-mongodb-credentials")!;
      expect(Object.keys(secret.data)).toEqual(["MONGODB_URI"]);
      const uri = /^mongodb:\/\/ratings:\$\{data\.terraform_remote_state\.global-state\.outputs\.(db_password_ratings)\}@ratings-db-rs0\.\$\{kubernetes_namespace_v1\.namespace\.metadata\[0\]\.name\}\.svc\.cluster\.local:27017\/ratingsdb\?replicaSet=rs0&authSource=admin&tls=true&tlsCAFile=\/etc\/ratings-mongodb-tls\/ca\.crt&tlsCertificateKeyFile=\/etc\/ratings-mongodb-tls\/client\.pem$/.exec(secret.data.MONGODB_URI);
      expect(uri).not.toBeNull();
      expect(result.stacks.global.output[uri![1]].sensitive).toBe(true);
      expect(result.texts["apps-seattle"]).not.toMatch(/PASSWORD":\s*"(?!\$\{)/);
      expect(releases.ratings.values[0]).not.toMatch(/random_password|\$\{/);
    });

    it("gives pipelines a namespace-scoped identity, no cluster-wide rights, and a kubeconfig only as a sensitive output", () => {
      expect(apps.resource.kubernetes_cluster_role_v1).toBeUndefined();
      expect(apps.resource.kubernetes_cluster_role_binding_v1).toBeUndefined();
      const [[saId, sa]] = resources(apps, "kubernetes_service_account_v1");
      const [[roleId, role]] = resources(apps, "kubernetes_role_v1");
      const [[, binding]] = resources(apps, "kubernetes_role_binding_v1");
      expect(sa.metadata.namespace).toBe("${kubernetes_namespace_v1.namespace.metadata[0].name}");
      expect(role.metadata.namespace).toBe(sa.metadata.namespace);
      const rules = role.rule.map((r: any) => `${r.api_groups.join(",")}|${r.resources.join(",")}|${r.verbs.join(",")}`);
      expect(rules).toEqual([
        "|secrets|get,list,watch,create,update,patch,delete",
        "|services|get,list,watch,create,update,patch,delete",
        "apps|deployments,statefulsets|get,list,watch,create,update,patch,delete",
        "networking.k8s.io|ingresses|get,list,watch,create,update,patch,delete",
        "|pods,persistentvolumeclaims|get,list,watch",
        "apps|replicasets|get,list,watch",
      ]);
      expect(JSON.stringify(role.rule)).not.toContain("*");
      expect(binding.role_ref).toEqual({ api_group: "rbac.authorization.k8s.io", kind: "Role", name: `\${kubernetes_role_v1.${roleId}.metadata[0].name}` });
      expect(binding.subject).toEqual([{ kind: "ServiceAccount", name: `\${kubernetes_service_account_v1.${saId}.metadata[0].name}`, namespace: sa.metadata.namespace }]);
      const [tokenId, token] = resources(apps, "kubernetes_secret_v1").find(([, s]) => s.type === "kubernetes.io/service-account-token")!;
      expect(token.metadata.annotations).toEqual({ "kubernetes.io/service-account.name": `\${kubernetes_service_account_v1.${saId}.metadata[0].name}` });
      expect(token.wait_for_service_account_token).toBe(true);
      const out = apps.output.pipeline_kubeconfig;
      expect(out.sensitive).toBe(true);
      expect(out.value).toContain(`"token" = kubernetes_secret_v1.${tokenId}.data.token`);
      expect(out.value).toContain('"server" = "https://contoso-ha-seattle.seattle.cloudapp.azurestack.example.com"');
      expect(out.value).toMatch(/^\$\{yamlencode\(/);
    });
  });

  // one snapshot per stack kind (seattle is the replica set's main site): the other hub's stacks differ only in
  // what the config names, and data.test.ts asserts what differs between a main and a replica site
  it.each(["global", "traffic", "hub-seattle", "apps-seattle", "devops"])("matches the %s snapshot", (id) => {
    expect(normalize(result.texts[id], result.outdir)).toMatchSnapshot();
  });
});

describe("whole app, variations", () => {
  it("adds two stacks and a Traffic Manager endpoint for a copied hub, with no code change", () => {
    const raw = defaultRaw();
    raw.hubs.push({ ...structuredClone(raw.hubs[0]), name: "denver" });
    const result = synthApp(configFrom(raw));
    expect(Object.keys(result.stacks)).toEqual(expect.arrayContaining(["hub-denver", "apps-denver", "runner-denver"]));
    expect(Object.keys(result.stacks)).toHaveLength(12);
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
    // the readers reach the state with Azure AD too, never with a storage account key
    const readers = Object.values<any>(result.stacks).flatMap((stack) => Object.values<any>(stack.data?.terraform_remote_state ?? {}));
    expect(readers.length).toBeGreaterThan(0);
    for (const reader of readers) {
      expect(reader.config).toMatchObject({ resource_group_name: "tfstate-rg", storage_account_name: "contosotfstate", container_name: "tfstate", use_azuread_auth: true });
    }
  });

  it("takes autoscaling numbers, chart sources and the monitoring switch from config", () => {
    const raw = defaultRaw();
    raw.app.autoscaling = { minReplicas: 2, maxReplicas: 5, cpuUtilization: 60 };
    raw.app.ingressController = { repository: "oci://mirror.example.com/charts", version: "2.6.3" };
    raw.app.monitoring = { enabled: false };
    raw.app.data = { mode: "per-hub" };
    const result = synthApp(configFrom(raw));
    const apps = result.stacks["apps-orlando"];
    const [[, hpa]] = resources(apps, "kubernetes_horizontal_pod_autoscaler_v2");
    expect([hpa.spec.min_replicas, hpa.spec.max_replicas, hpa.spec.metric[0].resource.target.average_utilization]).toEqual([2, 5, 60]);
    const releases = resources(apps, "helm_release").map(([, r]) => r);
    expect(releases.map((r) => r.name)).toEqual(["nginx-ingress", "ratings"]);
    expect([releases[0].repository, releases[0].version]).toEqual(["oci://mirror.example.com/charts", "2.6.3"]);
    // no agent: the apps stack reads no Log Analytics value from the global stack's state (only the registry pull token)
    const fromGlobal = [...result.texts["apps-orlando"].matchAll(/terraform_remote_state\.global-state\.outputs\.(\w+)/g)].map((m) => m[1]);
    expect([...new Set(fromGlobal)].sort()).toEqual(["registry_pull_password_orlando", "registry_pull_username_orlando"]);
    // and the global stack creates no ContainerInsights solution (it only serves the Helm agent)
    expect(resources(result.stacks.global, "azurerm_log_analytics_solution")).toEqual([]);
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
