import { join } from "node:path";
import { TerraformStack, Testing } from "cdktf";
import YAML from "yaml";
import { crdProblems } from "./crd-schema";
import { helmLint, helmTemplate, type RenderedObject } from "./helm";
import { configFrom, defaultRaw, problemsAfter, REPO_ROOT, resources, synthApp, type SynthResult } from "./helpers";
import { validateKubernetes } from "./k8s-checks";
import { layoutOf, replicaSetLayout, totalVotes } from "../config/data";

const CHARTS = join(__dirname, "..", "..", "shared", "charts");
const RATINGS_CHART_DIR = join(REPO_ROOT, "charts", "ratings");
const KUBE = "1.34.4";

/** The bundled config (two hubs, one replica set across them) with an edit. */
function configWith(edit: (raw: any) => void = () => {}) {
  const raw = defaultRaw();
  edit(raw);
  return configFrom(raw);
}

function thirdHub(raw: any): void {
  raw.hubs.push({
    ...structuredClone(raw.hubs[0]),
    name: "denver",
    location: "denver",
    armEndpoint: "https://management.denver.azurestack.example.com",
    portalUrl: "https://portal.denver.azurestack.example.com",
    egressCidrs: ["198.51.100.32/28"],
  });
}

const twoHubs = synthApp(configWith());
const threeHubs = synthApp(configWith(thirdHub));
const perHubReplicaSet = synthApp(configWith((raw) => (raw.app.data.acrossHubs = false)));
const cosmos = synthApp(configWith((raw) => (raw.app.data = { mode: "cosmos", cosmos: { regions: ["westeurope", "northeurope"] } })));
const single = synthApp(configWith((raw) => (raw.app.data = { mode: "per-hub" })));

const release = (result: SynthResult, stack: string, name: string) => resources(result.stacks[stack], "helm_release").find(([, r]) => r.name === name)?.[1];
const releaseNames = (result: SynthResult, stack: string) => resources(result.stacks[stack], "helm_release").map(([, r]) => r.name).sort();

/**
 * The values a release hands its chart, with each Terraform expression (a member address read from a hub's
 * state, a container name) replaced by a stand-in, the same expression always by the same address.
 */
function chartValues(r: any): any {
  const seen = new Map<string, string>();
  const text = (r.values[0] as string).replace(/\$\{[^}]*\}/g, (expr) => {
    if (!seen.has(expr)) seen.set(expr, `203.0.113.${seen.size + 10}`);
    return seen.get(expr)!;
  });
  return YAML.parse(text);
}

/** Each chart/values combination once per file: Helm is the slow part. */
const renders = new Map<string, RenderedObject[]>();
function renderDb(result: SynthResult, stack: string): RenderedObject[] {
  const key = `${Object.keys(result.stacks).length}-${stack}-${result === perHubReplicaSet}`;
  if (!renders.has(key)) {
    const r = release(result, stack, "ratings-db");
    renders.set(key, helmTemplate(join(CHARTS, "psmdb-db"), chartValues(r), { release: r.name, namespace: "ratings", kubeVersion: KUBE }));
  }
  return renders.get(key)!;
}
const customResource = (objects: RenderedObject[]) => {
  const crs = objects.filter((o) => o.object.kind === "PerconaServerMongoDB").map((o) => o.object);
  expect(crs).toHaveLength(1);
  return crs[0];
};

describe("app.data.mode replica-set: the charts render with the values the apps stack passes", () => {
  const operatorRelease = release(twoHubs, "apps-seattle", "psmdb-operator");
  const operator = helmTemplate(join(CHARTS, "psmdb-operator"), chartValues(operatorRelease), { release: operatorRelease.name, namespace: "ratings", kubeVersion: KUBE });

  it("operator chart: a namespace-scoped operator that sends no telemetry, valid Kubernetes objects", () => {
    expect(operator.map((o) => o.object.kind).sort()).toEqual(["Deployment", "Role", "RoleBinding", "ServiceAccount"]);
    for (const { object } of operator) expect(() => validateKubernetes(object)).not.toThrow();
    const env = operator.find((o) => o.object.kind === "Deployment")!.object.spec.template.spec.containers[0].env;
    expect(env).toContainEqual({ name: "DISABLE_TELEMETRY", value: "true" });
    expect(env).toContainEqual({ name: "WATCH_NAMESPACE", value: "ratings" });
    expect(operatorRelease.version).toBe("1.22.0");
  });

  const cases: [string, SynthResult, string][] = [
    ["two hubs, main site", twoHubs, "apps-seattle"],
    ["two hubs, replica site", twoHubs, "apps-orlando"],
    ["three hubs, main site", threeHubs, "apps-seattle"],
    ["three hubs, replica site", threeHubs, "apps-denver"],
    ["one replica set per hub", perHubReplicaSet, "apps-orlando"],
  ];
  it.each(cases)("cluster chart (%s): exactly one PerconaServerMongoDB, valid against the CRD's openAPIV3Schema", (_, result, stack) => {
    const objects = renderDb(result, stack);
    expect(objects.map((o) => o.object.kind)).toEqual(["PerconaServerMongoDB"]);
    expect(crdProblems(customResource(objects))).toEqual([]);
  });

  it("passes helm lint --strict with the main site's values (the chart's own checks)", () => {
    const r = helmLint(join(CHARTS, "psmdb-db"), chartValues(release(twoHubs, "apps-seattle", "ratings-db")), KUBE);
    expect(r.output).toContain("1 chart(s) linted, 0 chart(s) failed");
    expect(r.status).toBe(0);
  });

  it("the schema check fails on a wrong field: one the chart renders but the CRD lacks, a typo, a wrong type", () => {
    const cr = customResource(renderDb(twoHubs, "apps-seattle"));
    // psmdb-db 1.22.2 templates/cluster.yaml renders expose.loadBalancerIP, which the 1.22.0 CRD does not define
    const withIp = structuredClone(cr);
    withIp.spec.replsets[0].expose.loadBalancerIP = "203.0.113.5";
    expect(crdProblems(withIp)).toEqual(["/spec/replsets/0/expose: must NOT have additional properties (loadBalancerIP)"]);
    const typo = structuredClone(cr);
    typo.spec.replsets[0].podDisruptionBudgett = { maxUnavailable: 1 };
    expect(crdProblems(typo)).toEqual(["/spec/replsets/0: must NOT have additional properties (podDisruptionBudgett)"]);
    const wrongType = structuredClone(cr);
    wrongType.spec.replsets[0].externalNodes[0].votes = "1";
    expect(crdProblems(wrongType)).toEqual(["/spec/replsets/0/externalNodes/0/votes: must be integer"]);
    const missing = structuredClone(cr);
    delete missing.spec.replsets[0].externalNodes[0].priority;
    expect(crdProblems(missing)).toEqual(["/spec/replsets/0/externalNodes/0: must have required property 'priority'"]);
  });

  it("runs three members spread over nodes, a PodDisruptionBudget, TLS required, Terraform's secrets, volumes of the set size", () => {
    const spec = customResource(renderDb(twoHubs, "apps-seattle")).spec;
    const rs = spec.replsets[0];
    expect([rs.name, rs.size]).toEqual(["rs0", 3]);
    expect(rs.affinity).toEqual({ antiAffinityTopologyKey: "kubernetes.io/hostname" });
    expect(rs.podDisruptionBudget).toEqual({ maxUnavailable: 1 });
    expect(rs.volumeSpec.persistentVolumeClaim.resources.requests.storage).toBe("8Gi");
    expect(rs.volumeSpec.persistentVolumeClaim.storageClassName).toBeUndefined(); // the cluster's default class
    expect(spec.tls.mode).toBe("requireTLS");
    expect(spec.unsafeFlags).toEqual({ tls: false, replsetSize: false, mongosSize: false, terminationGracePeriod: false, backupIfUnhealthy: false });
    expect(spec.secrets).toEqual({ users: "ratings-db-users", ssl: "ratings-db-ssl", sslInternal: "ratings-db-ssl-internal", keyFile: "ratings-db-mongodb-keyfile" });
    expect(spec.sharding.enabled).toBe(false);
    expect(spec.users).toEqual([{ name: "ratings", db: "admin", passwordSecretRef: { name: "ratings-db-app-user", key: "password" }, roles: [{ name: "readWrite", db: "ratingsdb" }] }]);
  });

  it("backs up with PBM to the hub's Blob container on the configured schedule, point-in-time recovery on", () => {
    const backup = customResource(renderDb(perHubReplicaSet, "apps-orlando")).spec.backup;
    expect(backup.enabled).toBe(true);
    expect(backup.storages).toEqual({ "azure-blob": { type: "azure", azure: { container: "ratings-orlando", prefix: "rs0", credentialsSecret: "ratings-db-backup-azure" } } });
    expect(backup.pitr).toMatchObject({ enabled: true });
    expect(backup.tasks).toEqual([{ name: "scheduled", enabled: true, schedule: "0 2 * * *", storageName: "azure-blob", type: "logical", compressionType: "gzip" }]);
  });
});

describe("app.data.acrossHubs with two hubs (the bundled config)", () => {
  const main = chartValues(release(twoHubs, "apps-seattle", "ratings-db"));
  const replica = chartValues(release(twoHubs, "apps-orlando", "ratings-db"));
  const mainRaw = release(twoHubs, "apps-seattle", "ratings-db").values[0] as string;

  it("makes the first hub in rollout order the main site and the other an unmanaged replica site", () => {
    expect([main.unmanaged, main.updateStrategy]).toEqual([false, "SmartUpdate"]);
    expect([replica.unmanaged, replica.updateStrategy]).toEqual([true, "RollingUpdate"]);
    expect(replica.replsets.rs0.externalNodes).toBeUndefined();
    // only the main site schedules backups and point-in-time recovery, into its own container
    expect(main.backup.tasks).toHaveLength(1);
    expect(replica.backup.tasks).toEqual([]);
    // one PBM configuration for the replica set, written by every site's operator: the sites must agree on it
    expect(replica.backup.pitr).toEqual(main.backup.pitr);
    expect(replica.backup.storages).toEqual(main.backup.storages);
    expect(replica.backup.storages["azure-blob"].azure.container).toBe("ratings-seattle");
  });

  it("lists the other hub's three members by their static IPs (hub stack outputs) and the public Azure voter as external nodes", () => {
    const hosts = [...mainRaw.matchAll(/- host: (.*)/g)].map((m) => m[1]);
    expect(hosts).toEqual([
      "${element(data.terraform_remote_state.hub-orlando-state.outputs.db_member_ip_addresses, 0)}",
      "${element(data.terraform_remote_state.hub-orlando-state.outputs.db_member_ip_addresses, 1)}",
      "${element(data.terraform_remote_state.hub-orlando-state.outputs.db_member_ip_addresses, 2)}",
      "${data.terraform_remote_state.global-state.outputs.db_voter_ip_address}",
    ]);
    expect(main.replsets.rs0.externalNodes.map((n: any) => [n.votes, n.priority])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
    const orlando = twoHubs.stacks["hub-orlando"];
    expect(orlando.output.db_member_ip_addresses.sensitive).toBeUndefined();
    expect(orlando.output.db_member_ip_addresses.value).toEqual(resources(orlando, "azurestack_public_ip").filter(([id]) => id.startsWith("db-member-ip-")).map(([id]) => `\${azurestack_public_ip.${id}.ip_address}`));
    expect(resources(orlando, "azurestack_public_ip").filter(([id]) => id.startsWith("db-member-ip-")).every(([, ip]) => ip.allocation_method === "Static")).toBe(true);
    // each site's own members are addressed by their own static IPs in the replica set configuration
    expect(Object.keys(main.replsets.rs0.replsetOverrides)).toEqual(["ratings-db-rs0-0", "ratings-db-rs0-1", "ratings-db-rs0-2"]);
    expect(mainRaw).toContain("host: ${element(data.terraform_remote_state.hub-seattle-state.outputs.db_member_ip_addresses, 0)}:27017");
  });

  it("runs the voter in public Azure, reachable on 27017 from the hubs' egress CIDRs only, no SSH", () => {
    const global = twoHubs.stacks.global;
    expect(resources(global, "azurerm_linux_virtual_machine")).toHaveLength(1);
    const [[, nsg]] = resources(global, "azurerm_network_security_group");
    const allows = nsg.security_rule.filter((r: any) => r.direction === "Inbound" && r.access === "Allow");
    expect(allows).toEqual([expect.objectContaining({ destination_port_range: "27017", protocol: "Tcp", source_address_prefixes: ["198.51.100.0/28", "198.51.100.16/28"] })]);
    expect(JSON.stringify(nsg.security_rule)).not.toMatch(/"0\.0\.0\.0\/0"|"\*","source_address_prefixes"|"source_address_prefix":"\*"/);
    expect(global.output.db_voter_ip_address.sensitive).toBeUndefined();
    const [[, vm]] = resources(global, "azurerm_linux_virtual_machine");
    expect(vm.disable_password_authentication).toBe(true);
    // the keyfile and TLS key reach the VM in custom data only, as Terraform references, never as text
    expect(vm.custom_data).toMatch(/^\$\{base64encode\(replace\(replace\(replace\(/);
    expect(vm.custom_data).toContain("random_password.db-secrets_keyfile_");
  });

  it("puts the voter in its own network: app.data.replicaSet.arbiterAddressSpace, default 10.110.0.0/24", () => {
    const global = twoHubs.stacks.global;
    expect(resources(global, "azurerm_virtual_network").map(([, v]) => v.address_space)).toEqual([["10.110.0.0/24"]]);
    expect(resources(global, "azurerm_subnet").map(([, s]) => s.address_prefixes)).toEqual([["10.110.0.0/24"]]);
    // another value (the construct alone: a whole-app synth per setting is too slow for this)
    const { PublicVoter } = require("../constructs/global/public-voter") as typeof import("../constructs/global/public-voter");
    const { MongoSecrets } = require("../constructs/shared/mongo-secrets") as typeof import("../constructs/shared/mongo-secrets");
    const stack = new TerraformStack(Testing.app(), "test");
    const secrets = new MongoSecrets(stack, "s", { name: "ca" });
    new PublicVoter(stack, "v", { name: "v", location: "westeurope", resourceGroupName: "rg", vmSize: "Standard_B2s", addressSpace: "10.111.0.0/24", replset: "rs0", port: 27017, secrets, allowedCidrs: ["198.51.100.0/28"] });
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values<any>(json.resource.azurerm_virtual_network).map((v) => v.address_space)).toEqual([["10.111.0.0/24"]]);
    expect(Object.values<any>(json.resource.azurerm_subnet).map((v) => v.address_prefixes)).toEqual([["10.111.0.0/24"]]);
    expect(problemsAfter((r) => (r.app.data.replicaSet = { arbiterAddressSpace: "10.110.0.0" }))).toEqual([
      "test.yaml: app.data.replicaSet.arbiterAddressSpace: must be an IPv4 CIDR (e.g. 10.110.0.0/24)",
    ]);
  });

  it("exposes each member on its static IP through a LoadBalancer that admits the other hubs, this hub and its cluster, never the internet", () => {
    const services = resources(twoHubs.stacks["apps-orlando"], "kubernetes_service_v1").map(([, s]) => s);
    expect(services.map((s) => s.metadata.name)).toEqual(["ratings-db-rs0-0-external", "ratings-db-rs0-1-external", "ratings-db-rs0-2-external"]);
    for (const [i, s] of services.entries()) {
      expect(s.spec.type).toBe("LoadBalancer");
      expect(s.spec.selector).toEqual({ "statefulset.kubernetes.io/pod-name": `ratings-db-rs0-${i}` });
      expect(s.metadata.annotations["service.beta.kubernetes.io/azure-pip-name"]).toBe(`contoso-ha-orlando-db-${i}`);
      expect(s.spec.load_balancer_source_ranges).toEqual(["198.51.100.0/28", "198.51.100.16/28", "10.240.0.0/16", "10.244.0.0/16"]);
    }
  });

  it("shares one CA, keyfile and passwords generated in the global stack, only through sensitive outputs", () => {
    const global = twoHubs.stacks.global;
    expect(resources(global, "tls_self_signed_cert")).toHaveLength(1);
    const shared = ["db_ca_private_key", "db_keyfile", "db_backup_storage_key", ...["backup", "database_admin", "cluster_admin", "cluster_monitor", "user_admin", "ratings"].map((r) => `db_password_${r}`)];
    for (const name of shared) expect(global.output[name]).toMatchObject({ sensitive: true, value: expect.stringMatching(/^\$\{(random_password|tls_private_key|azurerm_storage_account)\.db-/) });
    for (const id of ["apps-seattle", "apps-orlando"]) {
      expect(resources(twoHubs.stacks[id], "tls_self_signed_cert")).toEqual([]);
      expect(resources(twoHubs.stacks[id], "random_password")).toEqual([]);
      const [, keyfile] = resources(twoHubs.stacks[id], "kubernetes_secret_v1").find(([, s]) => s.metadata.name === "ratings-db-mongodb-keyfile")!;
      expect(keyfile.data["mongodb-key"]).toBe("${data.terraform_remote_state.global-state.outputs.db_keyfile}");
      expect(Object.values(twoHubs.stacks[id].output ?? {}).every((o: any) => o.sensitive === true || !/password|key/i.test(JSON.stringify(o.value)))).toBe(true);
    }
  });

  it("stores backups in one account in public Azure: a container per hub, versioning, soft delete, retention, hubs only", () => {
    const global = twoHubs.stacks.global;
    const [[, account]] = resources(global, "azurerm_storage_account");
    expect(account.blob_properties).toMatchObject({ versioning_enabled: true, delete_retention_policy: { days: 14 }, container_delete_retention_policy: { days: 14 } });
    expect(account.network_rules).toMatchObject({ default_action: "Deny", ip_rules: ["198.51.100.0/28", "198.51.100.16/28"] });
    expect(account.allow_nested_items_to_be_public).toBe(false);
    expect(resources(global, "azurerm_storage_container").map(([, c]) => [c.name, c.container_access_type]).sort()).toEqual([
      ["ratings-orlando", "private"],
      ["ratings-seattle", "private"],
    ]);
    const [[, policy]] = resources(global, "azurerm_storage_management_policy");
    expect(policy.rule[0].actions).toEqual({ base_blob: { delete_after_days_since_modification_greater_than: 30 }, version: { delete_after_days_since_creation: 30 } });
  });
});

describe("app.data.acrossHubs with three hubs", () => {
  const main = chartValues(release(threeHubs, "apps-seattle", "ratings-db"));

  it("has no voter in public Azure; 7 votes: the main site's 3, two of each replica site's members", () => {
    expect(resources(threeHubs.stacks.global, "azurerm_linux_virtual_machine")).toEqual([]);
    expect(threeHubs.stacks.global.output.db_voter_ip_address).toBeUndefined();
    const nodes = main.replsets.rs0.externalNodes;
    expect(nodes).toHaveLength(6);
    expect(nodes.map((n: any) => n.votes)).toEqual([1, 1, 0, 1, 1, 0]);
    expect(nodes.filter((n: any) => n.votes === 0).every((n: any) => n.priority === 0)).toBe(true);
    const raw = release(threeHubs, "apps-seattle", "ratings-db").values[0] as string;
    expect(raw).toContain("hub-orlando-state");
    expect(raw).toContain("hub-denver-state");
    expect(raw).not.toContain("db_voter_ip_address");
    expect(chartValues(release(threeHubs, "apps-denver", "ratings-db")).unmanaged).toBe(true);
  });

  it("takes the main site from the rollout order: hubs[].rollout first, then config order", () => {
    const hubs = [{ name: "seattle", decommission: false }, { name: "orlando", decommission: false, rollout: 1 }, { name: "denver", decommission: false }];
    const layout = layoutOf({ hubs, app: { data: {} } });
    expect(layout.sites.map((s) => [s.hub, s.main])).toEqual([["orlando", true], ["seattle", false], ["denver", false]]);
  });

  it("keeps the vote count odd and at most 7 for every hub count (with the public voter when even)", () => {
    for (let n = 2; n <= 7; n++) {
      const layout = replicaSetLayout(Array.from({ length: n }, (_, i) => `h${i}`));
      expect([n, layout.arbiter, totalVotes(layout)]).toEqual([n, n % 2 === 0, 7]);
      expect(layout.sites[0].votes).toEqual([1, 1, 1]);
    }
  });
});

describe("app.data.mode cosmos", () => {
  it("synthesizes an account with two regions, automatic failover, continuous backup, hubs' egress only, and no database in the hubs", () => {
    const [[, account]] = resources(cosmos.stacks.global, "azurerm_cosmosdb_account");
    expect(account).toMatchObject({
      kind: "MongoDB",
      mongo_server_version: "4.2",
      automatic_failover_enabled: true,
      backup: { type: "Continuous" },
      ip_range_filter: ["198.51.100.0/28", "198.51.100.16/28"],
      geo_location: [
        { location: "westeurope", failover_priority: 0 },
        { location: "northeurope", failover_priority: 1 },
      ],
    });
    expect(account.capabilities).toEqual([{ name: "EnableMongo" }]);
    for (const id of ["apps-seattle", "apps-orlando"]) {
      expect(releaseNames(cosmos, id)).toEqual(["azuremonitor-containers", "nginx-ingress", "ratings"]);
      expect(chartValues(release(cosmos, id, "ratings")).mongodb).toEqual({ credentialsSecret: "ratings-mongodb-credentials", inCluster: false, caSecret: "" });
      const [, secret] = resources(cosmos.stacks[id], "kubernetes_secret_v1").find(([, s]) => s.metadata.name === "ratings-mongodb-credentials")!;
      // the account's connection string with the database put into its path: a sensitive output of global
      expect(secret.data.MONGODB_URI).toBe("${data.terraform_remote_state.global-state.outputs.db_cosmos_connection_string}");
    }
    expect(cosmos.stacks.global.output.db_cosmos_connection_string).toEqual({
      sensitive: true,
      value: expect.stringMatching(/^\$\{replace\(azurerm_cosmosdb_account\.db-cosmos_account_[0-9A-F]{8}\.primary_mongodb_connection_string, "\/\?", "\/ratingsdb\?"\)\}$/),
    });
    expect(resources(cosmos.stacks.global, "azurerm_storage_account")).toEqual([]);
    expect(resources(cosmos.stacks["hub-seattle"], "azurestack_public_ip")).toHaveLength(2);
  });
});

describe("app.data.mode per-hub", () => {
  it("keeps today's single pod: the chart's StatefulSet, no operator, nothing for data in public Azure", () => {
    expect(releaseNames(single, "apps-seattle")).toEqual(["azuremonitor-containers", "nginx-ingress", "ratings"]);
    const values = chartValues(release(single, "apps-seattle", "ratings"));
    expect(values.mongodb).toEqual({ credentialsSecret: "ratings-mongodb-credentials", inCluster: true, caSecret: "" });
    const kinds = helmTemplate(RATINGS_CHART_DIR, values, { release: "ratings", namespace: "ratings", kubeVersion: KUBE }).map((o) => `${o.object.kind}/${o.object.metadata.name}`);
    expect(kinds).toContain("StatefulSet/ratings-mongodb");
    const global = single.stacks.global;
    for (const type of ["azurerm_storage_account", "azurerm_cosmosdb_account", "azurerm_linux_virtual_machine"]) expect(resources(global, type)).toEqual([]);
  });
});

describe("the ratings API with a shared database", () => {
  const values = chartValues(release(twoHubs, "apps-seattle", "ratings"));
  const objects = helmTemplate(RATINGS_CHART_DIR, values, { release: "ratings", namespace: "ratings", kubeVersion: KUBE });
  const api = objects.find((o) => o.object.kind === "Deployment" && o.object.metadata.name === "ratings-api")!.object.spec.template.spec;

  it("reads MONGODB_URI from the Secret, verifies the members with the replica set's CA, runs no MongoDB of its own", () => {
    expect(objects.map((o) => o.object.kind)).not.toContain("StatefulSet");
    const env = api.containers[0].env;
    expect(env).toEqual([{ name: "MONGODB_URI", valueFrom: { secretKeyRef: { name: "ratings-mongodb-credentials", key: "MONGODB_URI" } } }]);
    expect(api.volumes).toEqual([{ name: "mongodb-ca", secret: { secretName: "ratings-db-client-tls" } }]);
    expect(api.containers[0].volumeMounts).toEqual([{ name: "mongodb-ca", mountPath: "/etc/ratings-mongodb-tls", readOnly: true }]);
    // the Secret holds the CA and the API's client certificate (certificate + key in one PEM, as the driver takes it)
    const [, tls] = resources(twoHubs.stacks["apps-seattle"], "kubernetes_secret_v1").find(([, s]) => s.metadata.name === "ratings-db-client-tls")!;
    expect(Object.keys(tls.data)).toEqual(["ca.crt", "client.pem"]);
    expect(tls.data["client.pem"]).toMatch(/^\$\{tls_locally_signed_cert\.db_client-cert_[0-9A-F]{8}\.cert_pem\}\$\{tls_private_key\.db_client-key_[0-9A-F]{8}\.private_key_pem\}$/);
    const [, cert] = resources(twoHubs.stacks["apps-seattle"], "tls_locally_signed_cert").find(([id]) => id.startsWith("db_client-cert_"))!;
    expect(cert.allowed_uses).toEqual(["digital_signature", "key_encipherment", "client_auth"]);
    for (const { object } of objects) expect(() => validateKubernetes(object)).not.toThrow();
  });

  it("creates unique indexes before the API starts, so two hubs seeding at once insert the data once", () => {
    const [init] = api.initContainers;
    expect(init.image).toBe(values.images.mongodb);
    expect(init.command.join(" ")).toContain("db.items.createIndex({uid: 1}, {unique: true}); db.sites.createIndex({shortCode: 1}, {unique: true})");
    expect(init.args).toEqual(["$(MONGODB_URI)"]);
    expect(init.volumeMounts).toEqual(api.containers[0].volumeMounts);
  });
});

describe("app.data: bad input is one clear line", () => {
  it.each([
    ["an egress CIDR open to the internet", (r: any) => (r.hubs[0].egressCidrs = ["0.0.0.0/0"]), "test.yaml: hubs[0].egressCidrs[0]: is open to the internet or a large part of it (list only the public IPv4 addresses this hub's nodes leave from, e.g. 198.51.100.0/28)"],
    ["a private egress CIDR", (r: any) => (r.hubs[1].egressCidrs = ["10.1.0.0/24"]), "test.yaml: hubs[1].egressCidrs[0]: is a private address: other hubs and public Azure see this hub's public egress address (e.g. 198.51.100.0/28)"],
    ["no egress CIDRs across hubs", (r: any) => delete r.hubs[1].egressCidrs, "test.yaml: hubs[1].egressCidrs: is required with app.data.mode replica-set: the other hubs' members and the backup storage admit only these addresses (list the public IPv4 CIDRs this hub's nodes leave from, e.g. 198.51.100.0/28)"],
    ["an even number of voters with no arbiter", (r: any) => (r.app.data.arbiter = false), "test.yaml: app.data.arbiter: false gives 6 voting members with 2 hubs, an even number: a split leaves no majority (remove the line: an arbiter runs exactly when the number of hubs is even)"],
    ["a retention of 0 days", (r: any) => (r.app.data.backup.retentionDays = 0), "test.yaml: app.data.backup.retentionDays: must be at least 1 day: a retention of 0 keeps no backup (e.g. 30)"],
    ["cosmos with one region", (r: any) => (r.app.data = { mode: "cosmos", cosmos: { regions: ["westeurope"] } }), "test.yaml: app.data.cosmos.regions: lists 1 region(s): cosmos needs at least two for automatic failover (e.g. [westeurope, northeurope])"],
    ["acrossHubs with cosmos", (r: any) => (r.app.data = { mode: "cosmos", acrossHubs: true, cosmos: { regions: ["westeurope", "northeurope"] } }), "test.yaml: app.data.acrossHubs: applies to mode replica-set only, not cosmos (remove it or set mode: replica-set)"],
    ["an unknown mode", (r: any) => (r.app.data.mode = "sharded"), 'test.yaml: app.data.mode: must be one of "replica-set", "cosmos", "per-hub", not "sharded" (pick one of those)'],
  ])("%s", (_, edit, line) => {
    expect(problemsAfter(edit)).toEqual([line]);
  });
});
