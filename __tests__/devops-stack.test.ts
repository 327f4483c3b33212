import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { devopsResourceNames } from "../stacks/naming";
import { configFrom, defaultConfig, defaultRaw, problemsAfter, REPO_ROOT, resources, synthApp } from "./helpers";


const HUBS = ["orlando", "seattle"];
/** The one resource of a type in the devops stack that belongs to a hub (construct path devops/hub-<hub>/...). */
function ofHub(stack: any, type: string, hub: string): any[] {
  return resources(stack, type)
    .filter(([, body]) => body["//"].metadata.path.startsWith(`devops/hub-${hub}/`))
    .map(([, body]) => body);
}

describe("devops stack (bundled default: project ratings, one pipeline)", () => {
  const result = synthApp(defaultConfig());
  const devops = result.stacks.devops;

  it("depends on every apps stack and reads their outputs through remote state, not the hub's admin credentials", () => {
    expect([...result.manifest.stacks.devops.dependencies].sort()).toEqual(["apps-orlando", "apps-seattle"]);
    expect(Object.keys(devops.data.terraform_remote_state).sort()).toEqual(["apps-orlando-state", "apps-seattle-state"]);
    expect(devops.data.terraform_remote_state["apps-seattle-state"].config.path).toBe("../../../state/apps-seattle.tfstate");
    expect(result.texts.devops).not.toMatch(/hub-\w+\.tfstate|client_key|client_certificate/);
  });

  it.each(HUBS)("creates for %s a ServiceAccount service connection with the pipeline identity's token and CA", (hub) => {
    const [connection] = ofHub(devops, "azuredevops_serviceendpoint_kubernetes", hub);
    expect(connection).toMatchObject({
      service_endpoint_name: `ratings-${hub}`,
      apiserver_url: `https://contoso-ha-${hub}.${hub}.cloudapp.azurestack.example.com`,
      authorization_type: "ServiceAccount",
      project_id: "${data.azuredevops_project.project.id}",
      service_account: {
        token: `\${base64encode(data.terraform_remote_state.apps-${hub}-state.outputs.pipeline_token)}`,
        ca_cert: `\${base64encode(data.terraform_remote_state.apps-${hub}-state.outputs.pipeline_ca_certificate)}`,
      },
    });
    expect(connection.kubeconfig).toBeUndefined();
    expect(connection.azure_subscription).toBeUndefined();
  });

  it.each(HUBS)("exports from apps-%s exactly the deployer's token and CA, as sensitive outputs of its token Secret", (hub) => {
    const apps = result.stacks[`apps-${hub}`];
    const [[secretName, secret]] = resources(apps, "kubernetes_secret_v1").filter(([, s]) => s.type === "kubernetes.io/service-account-token");
    expect(secret.metadata.annotations["kubernetes.io/service-account.name"]).toMatch(/kubernetes_service_account_v1\.pipeline_service-account_\w+\.metadata\[0\]\.name/);
    expect(apps.output.pipeline_token).toEqual({ value: `\${kubernetes_secret_v1.${secretName}.data.token}`, sensitive: true, description: expect.any(String) });
    expect(apps.output.pipeline_ca_certificate).toEqual({ value: `\${kubernetes_secret_v1.${secretName}.data["ca.crt"]}`, sensitive: true, description: expect.any(String) });
  });

  it("never hands out cluster-admin: the token's account is bound to a namespaced Role only", () => {
    for (const hub of HUBS) {
      const apps = result.stacks[`apps-${hub}`];
      expect(resources(apps, "kubernetes_cluster_role_binding_v1")).toEqual([]);
      expect(resources(apps, "kubernetes_cluster_role_binding")).toEqual([]);
      const bindings = resources(apps, "kubernetes_role_binding_v1").map(([, b]) => b);
      expect(bindings.map((b) => b.role_ref.kind)).toEqual(["Role"]);
    }
    // the hub stacks alone hold the admin certificate (system:masters), for Terraform's own providers
    const forPipelines = [result.texts.devops, ...HUBS.map((hub) => result.texts[`apps-${hub}`])].join("\n");
    expect(forPipelines).not.toMatch(/cluster-admin|system:masters|"cluster_admin": true/);
  });

  it.each(HUBS)("gives %s an agent pool (not auto-provisioned into other projects), its queue in the project and an environment", (hub) => {
    const [pool] = ofHub(devops, "azuredevops_agent_pool", hub);
    expect(pool).toMatchObject({ name: hub, auto_provision: false });
    const poolName = resources(devops, "azuredevops_agent_pool").find(([, p]) => p === pool)![0];
    expect(ofHub(devops, "azuredevops_agent_queue", hub)).toEqual([
      expect.objectContaining({ project_id: "${data.azuredevops_project.project.id}", agent_pool_id: `\${tonumber(azuredevops_agent_pool.${poolName}.id)}` }),
    ]);
    expect(ofHub(devops, "azuredevops_environment", hub)).toEqual([expect.objectContaining({ name: `ratings-${hub}` })]);
  });

  it.each(HUBS)("gates %s's environment, agent queue and service connection each with an approval (not by the requester) and main only", (hub) => {
    const id = (type: string, name: string) => `\${${type}.${resources(devops, type).find(([n]) => n.startsWith(`hub-${hub}_${name}_`))![0]}.id}`;
    const expected = [
      ["environment", id("azuredevops_environment", "environment")],
      ["queue", id("azuredevops_agent_queue", "agent-queue")],
      ["endpoint", id("azuredevops_serviceendpoint_kubernetes", "service-connection")],
    ];
    const targetsOf = (type: string) => ofHub(devops, type, hub).map((c) => [c.target_resource_type, c.target_resource_id]);
    expect(targetsOf("azuredevops_check_approval").sort()).toEqual(expected.sort());
    expect(targetsOf("azuredevops_check_branch_control").sort()).toEqual(expected.sort());
    for (const c of ofHub(devops, "azuredevops_check_approval", hub)) {
      expect(c).toMatchObject({ project_id: "${data.azuredevops_project.project.id}", approvers: ["55555555-5555-5555-5555-555555555555"], requester_can_approve: false });
    }
    for (const c of ofHub(devops, "azuredevops_check_branch_control", hub)) expect(c.allowed_branches).toBe("refs/heads/main");
  });

  it("authorizes exactly the named pipeline on each hub's connection, queue and environment, never all pipelines", () => {
    expect(devops.data.azuredevops_build_definition).toEqual({
      "pipeline-0": expect.objectContaining({ name: "ha-k8s-azurestack", project_id: "${data.azuredevops_project.project.id}" }),
    });
    const auths = resources(devops, "azuredevops_pipeline_authorization").map(([, a]) => a);
    expect(auths).toHaveLength(HUBS.length * 3);
    for (const a of auths) expect(a.pipeline_id).toBe("${tonumber(data.azuredevops_build_definition.pipeline-0.id)}");
    for (const hub of HUBS) {
      const targets = ofHub(devops, "azuredevops_pipeline_authorization", hub).map((a) => [a.type, a.resource_id.replace(/_[0-9A-F]{8}\.id\}$/, "")]);
      expect(targets.sort()).toEqual([
        ["endpoint", `\${azuredevops_serviceendpoint_kubernetes.hub-${hub}_service-connection`],
        ["environment", `\${azuredevops_environment.hub-${hub}_environment`],
        ["queue", `\${azuredevops_agent_queue.hub-${hub}_agent-queue`],
      ]);
    }
  });

  it("takes the PAT from the provider's environment variable only: no token argument, no variable", () => {
    expect(devops.provider.azuredevops).toEqual([{ org_service_url: "https://dev.azure.com/contoso-example" }]);
    expect(devops.variable).toBeUndefined();
  });
});

describe("devops stack variations", () => {
  it("is not synthesized without azure.devops.project", () => {
    const raw = defaultRaw();
    delete raw.azure.devops.project;
    expect(Object.keys(synthApp(configFrom(raw)).stacks)).not.toContain("devops");
  });

  it("authorizes nothing when no pipeline is named, and every named one otherwise", () => {
    const raw = defaultRaw();
    raw.azure.devops.pipelines = [];
    expect(resources(synthApp(configFrom(raw)).stacks.devops, "azuredevops_pipeline_authorization")).toEqual([]);
    raw.azure.devops.pipelines = ["deploy", "verify"];
    const auths = resources(synthApp(configFrom(raw)).stacks.devops, "azuredevops_pipeline_authorization");
    expect(auths).toHaveLength(2 * 2 * 3);
  });

  it("names connection and environment after app.namespace and the pool after hubs[].pipelinesAgent.pool", () => {
    const raw = defaultRaw();
    raw.app.namespace = "shop";
    raw.hubs[0].pipelinesAgent.pool = "seattle-agents";
    const config = configFrom(raw);
    expect(devopsResourceNames(config.app.namespace, config.hubs[0])).toEqual({ serviceConnection: "shop-seattle", environment: "shop-seattle", agentPool: "seattle-agents" });
  });
});

describe("config for the devops stack", () => {
  it("rejects a project name Azure DevOps would refuse, and a pipeline that is not a name, with the usual line", () => {
    expect(
      problemsAfter((raw) => {
        raw.azure.devops.project = "rat/ings";
        raw.azure.devops.pipelines = [""];
      }),
    ).toEqual([
      'test.yaml: azure.devops.project: must be an Azure DevOps project name: 1-64 characters, none of \\ / : * ? " < > | ; # $ % { } + = [ ] (e.g. ratings)',
      expect.stringMatching(/^test\.yaml: azure\.devops\.pipelines\[0\]: /),
    ]);
  });

  it("needs approvers for the hubs' environments once a project is named", () => {
    expect(problemsAfter((raw) => delete raw.azure.devops.approvers)).toEqual([
      expect.stringMatching(/^test\.yaml: azure\.devops\.approvers: is required with azure\.devops\.project: .* \(list the ids of the users or groups who approve/),
    ]);
    expect(problemsAfter((raw) => (raw.azure.devops.approvers = ["alice"]))).toEqual([expect.stringMatching(/^test\.yaml: azure\.devops\.approvers\[0\]: must be a GUID/)]);
  });

  it("defaults to no pipeline access", () => {
    const raw = defaultRaw();
    delete raw.azure.devops.pipelines;
    expect(configFrom(raw).azure.devops!.pipelines).toEqual([]);
  });
});

describe("azure-pipelines.yml uses the names the devops stack creates", () => {
  const ado = YAML.parse(readFileSync(join(REPO_ROOT, "azure-pipelines.yml"), "utf8"));
  const deployments = (stages: any[]) => stages.flatMap((stage: any) => stage.jobs.filter((j: any) => j.deployment));

  it("gates every hub's rollout job on that hub's environment (plans keep the shared `plan` environment)", () => {
    const config = defaultConfig();
    for (const hub of config.hubs) {
      const jobs = deployments(ado.stages).filter((j: any) => j.deployment === `rollout_${hub.name}`);
      expect(jobs.map((j: any) => j.environment)).toEqual([devopsResourceNames(config.app.namespace, hub).environment]);
      // and on the hub's agent pool (its queue carries the same checks)
      expect(jobs.map((j: any) => j.pool.name)).toEqual([devopsResourceNames(config.app.namespace, hub).agentPool]);
    }
    const plans = deployments(ado.stages.filter((st: any) => st.stage === "plan"));
    expect(new Set(plans.map((j: any) => j.environment))).toEqual(new Set(["plan"]));
  });

  it("names only service connections the stack creates (kubernetesServiceEndpoint inputs)", () => {
    const created = new Set(defaultConfig().hubs.map((h) => devopsResourceNames(defaultConfig().app.namespace, h).serviceConnection));
    const used = JSON.stringify(ado.stages).match(/"kubernetesServiceEndpoint":"[^"]*"/g) ?? [];
    for (const u of used) expect(created.has(JSON.parse(`{${u}}`).kubernetesServiceEndpoint)).toBe(true);
  });

  it("would notice an environment the stack does not create", () => {
    const config = defaultConfig();
    const edited = YAML.parse(readFileSync(join(REPO_ROOT, "azure-pipelines.yml"), "utf8").replace(/environment: ratings-seattle/, "environment: production"));
    const envs = deployments(edited.stages).filter((j: any) => j.deployment.startsWith("rollout_")).map((j: any) => j.environment);
    expect(envs).toContain("production");
    expect(envs).not.toContain(devopsResourceNames(config.app.namespace, config.hubs[0]).environment);
  });
});

describe("bindings in .gen", () => {
  it("are committed, generated for the provider cdktf.json names", () => {
    const cdktf = JSON.parse(readFileSync(join(REPO_ROOT, "cdktf.json"), "utf8"));
    expect(cdktf.terraformProviders).toEqual(["microsoft/azuredevops@~> 1.1"]);
    const versions = JSON.parse(readFileSync(join(REPO_ROOT, ".gen/versions.json"), "utf8"));
    expect(versions["registry.terraform.io/microsoft/azuredevops"]).toMatch(/^1\.\d+\.\d+$/);
    const tracked = execFileSync("git", ["ls-files", ".gen/providers/azuredevops"], { cwd: REPO_ROOT, encoding: "utf8" }).split("\n");
    for (const r of ["provider", "agent-pool", "agent-queue", "environment", "pipeline-authorization", "serviceendpoint-kubernetes"]) {
      expect(tracked).toContain(`.gen/providers/azuredevops/${r}/index.ts`);
    }
  });

  it("are imported by deep path only (never the .gen barrel)", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts"], { cwd: REPO_ROOT, encoding: "utf8" })
      .split("\n")
      .filter((f) => f && !f.startsWith(".gen/") && !f.startsWith("node_modules/") && f !== "__tests__/devops-stack.test.ts");
    const barrel = /from\s+["'][./]*\.gen\/providers\/azuredevops(\/index)?["']/;
    const deep = /from\s+["'][./]*\.gen\/providers\/azuredevops\/[a-z-]+["']/;
    expect(files.filter((f) => barrel.test(readFileSync(join(REPO_ROOT, f), "utf8")))).toEqual([]);
    expect(files.filter((f) => deep.test(readFileSync(join(REPO_ROOT, f), "utf8"))).sort()).toEqual(["constructs/devops/hub-devops.ts", "stacks/devops-stack.ts"]);
    expect(barrel.test(`import { AgentPool } from "../.gen/providers/azuredevops";`)).toBe(true);
  });
});

