import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { rolloutOrder } from "../config/rollout";
import type { Config } from "../config/schema";
import { formatStep, HUB_OUTPUT_NAMES, parseArgs, profileUrl, rollout, rolloutSteps, TRAFFIC_MANAGER_API_VERSION, type Environment } from "../scripts/rollout";
import { HUB_CONTRACT } from "../stacks/contracts";
import { Testing } from "cdktf";
import { TrafficManager } from "../constructs/traffic/traffic-manager";
import { configFrom, defaultConfig, defaultRaw, problemsOf, REPO_ROOT, synthApp, TSX_NODE_ARGS } from "./helpers";

/**
 * `npm run rollout` against stand-ins: `cdktf` and `terraform` (__tests__/rollout-stand-ins, on PATH), the Azure
 * CLI's token, Azure Resource Manager's Traffic Manager profile read (an HTTP server below answering as the real
 * API does) and each hub's ingress (an HTTP server on 127.0.0.N). Waits are recorded, never slept.
 */

const STAND_INS = join(__dirname, "rollout-stand-ins");
const scratch = mkdtempSync(join(tmpdir(), "ha-rollout-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The bundled config with a third hub (denver), no Azure DevOps project unless kept. */
function threeHubs(edit: (raw: any) => void = () => {}): any {
  const raw = defaultRaw();
  const denver = structuredClone(raw.hubs[1]);
  Object.assign(denver, {
    name: "denver",
    location: "denver",
    armEndpoint: "https://management.denver.azurestack.example.com",
    portalUrl: "https://portal.denver.azurestack.example.com",
  });
  raw.hubs.push(denver);
  edit(raw);
  return raw;
}

const HUB_IPS: Record<string, string> = { seattle: "127.0.0.2", orlando: "127.0.0.3", denver: "127.0.0.4" };

describe("--dry-run --all", () => {
  it("prints global first, each hub's five steps together in config order, traffic, then devops (the real CLI, no credentials)", () => {
    const file = join(scratch, "three.yaml");
    writeFileSync(file, YAML.stringify(threeHubs()));
    const env = { PATH: process.env.PATH, HOME: scratch, HA_CONFIG: file };
    const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, "scripts/rollout.ts", "--dry-run", "--all"], { cwd: REPO_ROOT, env, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const perHub = (hub: string) => [`drain ${hub}`, `wait 190 ${hub}`, `deploy hub-${hub} apps-${hub}`, `verify ${hub}`, `undrain ${hub}`];
    expect(r.stdout.trimEnd().split("\n")).toEqual(["deploy global", ...perHub("seattle"), ...perHub("orlando"), ...perHub("denver"), "deploy traffic", "deploy devops"]);
  });

  const steps = (raw: any, argv: string[] = ["--dry-run", "--all"]) => {
    const config = configFrom(raw);
    const args = parseArgs(argv, config);
    return rolloutSteps(config, { hubs: rolloutOrder(config.hubs).filter((h) => !args.hub || h.name === args.hub), hubOnly: !!args.hub }).map(formatStep);
  };

  it("follows hubs[].rollout, then config order; has no devops step without a project", () => {
    const lines = steps(
      threeHubs((raw) => {
        raw.hubs[2].rollout = 1; // denver first
        raw.hubs[1].rollout = 2;
        delete raw.azure.devops.project;
      }),
    );
    expect(lines.filter((l) => l.startsWith("drain"))).toEqual(["drain denver", "drain orlando", "drain seattle"]);
    expect(lines[0]).toBe("deploy global");
    expect(lines.at(-1)).toBe("deploy traffic");
  });

  it("deploys and verifies a hub kept drained by config (maintenance) without draining or restoring it", () => {
    const lines = steps(threeHubs((raw) => (raw.hubs[1].trafficManager.enabled = false)));
    expect(lines.filter((l) => l.endsWith(" orlando") || l.includes("-orlando"))).toEqual(["deploy hub-orlando apps-orlando", "verify orlando"]);
  });

  it("--hub runs one hub's steps only (what one CI job runs)", () => {
    expect(steps(threeHubs(), ["--dry-run", "--all", "--hub", "orlando"])).toEqual([
      "drain orlando",
      "wait 190 orlando",
      "deploy hub-orlando apps-orlando",
      "verify orlando",
      "undrain orlando",
    ]);
  });

  it("waits TTL + interval x (tolerated failures + 1) + timeout, or azure.trafficManager.drainSeconds", () => {
    const raw = threeHubs((r) => Object.assign(r.azure.trafficManager, { ttl: 30, monitor: { ...r.azure.trafficManager.monitor, intervalSeconds: 10, timeoutSeconds: 5, toleratedFailures: 2 } }));
    expect(configFrom(raw).azure.trafficManager.drainSeconds).toBe(30 + 10 * 3 + 5);
    raw.azure.trafficManager.drainSeconds = 7;
    expect(steps(raw)).toContain("wait 7 seattle");
  });

  it("refuses bad arguments with one line and exit status 2", () => {
    const config = configFrom(threeHubs());
    const usage = "usage: npm run rollout -- [--dry-run] [--all] [--force] [--from <hub> | --hub <hub>]";
    expect(() => parseArgs(["--from", "seattle", "--hub", "orlando"], config)).toThrow(`--from and --hub exclude each other; ${usage}`);
    expect(() => parseArgs(["--now"], config)).toThrow(`unknown argument --now; ${usage}`);
    expect(() => parseArgs(["--from"], config)).toThrow(`--from needs a hub name (seattle, orlando, denver); ${usage}`);
    // the CLI: one line, status 2, nothing on stdout
    const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, "scripts/rollout.ts", "--hub", "paris"], { cwd: REPO_ROOT, env: { PATH: process.env.PATH, HOME: scratch }, encoding: "utf8" });
    expect([r.status, r.stderr, r.stdout]).toEqual([2, "rollout: --hub paris: no such hub in the rollout (hubs: seattle, orlando)\n", ""]);
  });

  it("rejects two hubs with the same rollout position", () => {
    expect(problemsOf(threeHubs((raw) => ((raw.hubs[0].rollout = 3), (raw.hubs[2].rollout = 3))))).toEqual([
      "test.yaml: hubs[2].rollout: 3 is also hubs[0]'s rollout position (give every hub its own)",
    ]);
  });
});

/**
 * Traffic Manager as Azure Resource Manager shows it (Profiles_Get, api-version 2022-04-01): each endpoint with
 * `endpointStatus` Enabled|Disabled and `endpointMonitorStatus`; a re-enabled endpoint is CheckingEndpoint
 * until its first probe, then Online or Degraded. Disabled endpoints come from what the stand-in cdktf last
 * deployed (world/drained) and from the config (maintenance). Errors are ARM's: 401 AuthenticationFailed
 * without a bearer token, 400 MissingApiVersionParameter, 404 ResourceNotFound for another profile.
 */
function armStandIn(config: Config, world: string, unhealthy: Set<string>): Server {
  const path = `/subscriptions/${config.azure.subscriptionId}/resourceGroups/${config.name}-traffic/providers/Microsoft.Network/trafficmanagerprofiles/${config.name}-tm`;
  // steady state: every endpoint the config enables has been probed (Online, or Degraded when unhealthy)
  const probed = new Set<string>(config.hubs.filter((h) => h.trafficManager.enabled).map((h) => h.name));
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://arm");
    const send = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    // Microsoft Entra ID's token endpoint (client credentials, with a secret or a federated assertion)
    if (url.pathname === `/${config.azure.tenantId}/oauth2/v2.0/token`) {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const form = new URLSearchParams(raw);
      const ok =
        form.get("grant_type") === "client_credentials" &&
        form.get("client_id") === "client-id" &&
        form.get("scope") === "https://management.azure.com/.default" &&
        (form.get("client_secret") === "s3cret" ||
          (form.get("client_assertion") === "github-id-token" && form.get("client_assertion_type") === "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
      if (!ok) return send(401, { error: "invalid_client", error_description: "AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 0" });
      return send(200, { token_type: "Bearer", expires_in: 3599, access_token: "stand-in-arm-token" });
    }
    // GitHub's ID token endpoint for a job with id-token: write
    if (url.pathname === "/github-id-token") {
      if (req.headers.authorization !== "Bearer runtime-request-token" || url.searchParams.get("audience") !== "api://AzureADTokenExchange") return send(403, { message: "denied" });
      return send(200, { count: 1, value: "github-id-token" });
    }
    if (req.headers.authorization !== "Bearer stand-in-arm-token") {
      return send(401, { error: { code: "AuthenticationFailed", message: "Authentication failed. The 'Authorization' header is missing." } });
    }
    if (!url.searchParams.get("api-version")) {
      return send(400, { error: { code: "MissingApiVersionParameter", message: "The api-version query parameter (?api-version=) is required for all requests." } });
    }
    if (req.method !== "GET" || url.pathname !== path || url.searchParams.get("api-version") !== TRAFFIC_MANAGER_API_VERSION) {
      return send(404, { error: { code: "ResourceNotFound", message: `The Resource 'Microsoft.Network/trafficmanagerprofiles/${url.pathname.split("/").pop()}' was not found.` } });
    }
    const drained: string[] = existsSync(join(world, "drained")) ? JSON.parse(readFileSync(join(world, "drained"), "utf8")) : [];
    const endpoints = config.hubs.map((hub) => {
      const enabled = hub.trafficManager.enabled && !drained.includes(hub.name);
      let monitor = "Disabled";
      if (enabled) {
        monitor = !probed.has(hub.name) ? "CheckingEndpoint" : unhealthy.has(hub.name) ? "Degraded" : "Online";
        probed.add(hub.name);
      } else probed.delete(hub.name);
      return {
        id: `${path}/externalEndpoints/${hub.name}`,
        name: hub.name,
        type: "Microsoft.Network/trafficManagerProfiles/externalEndpoints",
        properties: { endpointStatus: enabled ? "Enabled" : "Disabled", endpointMonitorStatus: monitor, target: HUB_IPS[hub.name], weight: hub.trafficManager.weight },
      };
    });
    send(200, {
      id: path,
      name: `${config.name}-tm`,
      type: "Microsoft.Network/trafficManagerProfiles",
      location: "global",
      properties: { profileStatus: "Enabled", trafficRoutingMethod: config.azure.trafficManager.routingMethod, endpoints },
    });
  });
}

/** Each hub's ingress: answers for the Traffic Manager host name only (another Host gets the 404 of a default backend). */
function ingressStandIn(fqdn: string, broken: Set<string>): Server {
  return createServer((req, res) => {
    const hub = Object.keys(HUB_IPS).find((h) => HUB_IPS[h] === req.socket.localAddress?.replace(/^::ffff:/, ""));
    if (!hub || req.headers.host !== fqdn) {
      res.writeHead(404);
      res.end("default backend - 404");
    } else if (broken.has(hub)) {
      res.writeHead(503);
      res.end("Service Temporarily Unavailable");
    } else if (req.url === "/api/items") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify([{ name: "banana" }, { name: "coconut" }]));
    } else {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>ratings</html>");
    }
  });
}

/** A cluster CA, an API server certificate for 127.0.0.1 and an admin client certificate, made once with openssl. */
function clusterCertificates(): { ca: string; serverCert: string; serverKey: string; clientCert: string; clientKey: string } {
  const dir = mkdtempSync(join(scratch, "pki-"));
  const ssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  ssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "1", "-subj", "/CN=kubernetes-ca");
  for (const [name, subj, ext] of [
    ["server", "/CN=kube-apiserver", "subjectAltName=IP:127.0.0.1"],
    ["client", "/O=system:masters/CN=admin", "extendedKeyUsage=clientAuth"],
  ]) {
    ssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", subj);
    writeFileSync(join(dir, `${name}.ext`), `${ext}\n`);
    ssl("x509", "-req", "-in", `${name}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${name}.crt`, "-days", "1", "-extfile", `${name}.ext`);
  }
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  return { ca: read("ca.crt"), serverCert: read("server.crt"), serverKey: read("server.key"), clientCert: read("client.crt"), clientKey: read("client.key") };
}
const PKI = clusterCertificates();

/**
 * Each hub's Kubernetes API server (one HTTPS server, a path prefix per hub): `GET /api/v1/nodes` as a NodeList,
 * for a client certificate signed by the cluster CA only (TLS refuses any other, as the API server does).
 */
function kubernetesStandIn(nodes: Map<string, { name: string; ready: string; version: string }[]>): Server {
  return createHttpsServer({ cert: PKI.serverCert, key: PKI.serverKey, ca: PKI.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    const m = /^\/([a-z0-9-]+)\/api\/v1\/nodes$/.exec(req.url ?? "");
    if (!m || !nodes.has(m[1])) {
      res.writeHead(404, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", reason: "NotFound", code: 404 }));
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        kind: "NodeList",
        apiVersion: "v1",
        items: nodes.get(m[1])!.map((n) => ({
          metadata: { name: n.name },
          status: { conditions: [{ type: "MemoryPressure", status: "False" }, { type: "Ready", status: n.ready }], nodeInfo: { kubeletVersion: n.version } },
        })),
      }),
    );
  }) as unknown as Server;
}

const listen = (server: Server, host?: string) => new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));

interface World {
  readonly dir: string;
  readonly config: Config;
  /** Base URL of the ARM stand-in. */
  readonly arm: string;
  readonly unhealthy: Set<string>;
  readonly broken: Set<string>;
  /** Each hub's nodes as its API server lists them; all Ready at the configured version to start with. */
  readonly nodes: Map<string, { name: string; ready: string; version: string }[]>;
  readonly waits: number[];
  readonly out: string[];
  calls(): string[];
  run(argv: string[]): Promise<{ status: number; executed: readonly string[] }>;
  close(): Promise<void>;
}

/** A repository checkout with a synthesized cdktf.out (manifest and stack folders), the stand-ins on PATH, and the two servers. */
async function world(edit: (raw: any) => void = () => {}, changes: string[] = [], extraEnv: (arm: string) => Record<string, string> = () => ({})): Promise<World> {
  const dir = mkdtempSync(join(scratch, "world-"));
  const state = join(dir, "world");
  mkdirSync(state);
  const unhealthy = new Set<string>();
  const broken = new Set<string>();
  const ingress = ingressStandIn("contoso-ha-ratings-example.trafficmanager.net", broken);
  const port = await listen(ingress);
  const config = configFrom(
    threeHubs((raw) => {
      raw.azure.trafficManager.monitor.port = port;
      raw.azure.trafficManager.undrainTimeoutSeconds = 5;
      edit(raw);
    }),
  );
  const arm = armStandIn(config, state, unhealthy);
  const armPort = await listen(arm, "127.0.0.1");
  const nodes = new Map(
    config.hubs.map((h) => [
      h.name,
      [...Array(h.cluster.controlPlane.count + h.cluster.nodePools.reduce((n, p) => n + p.count, 0)).keys()].map((i) => ({ name: `k8s-${h.name}-${i}`, ready: "True", version: `v${h.cluster.kubernetesVersion}` })),
    ]),
  );
  const kube = kubernetesStandIn(nodes);
  const kubePort = await listen(kube, "127.0.0.1");
  const stacks: Record<string, { dependencies: string[] }> = { global: { dependencies: [] }, traffic: { dependencies: [] }, devops: { dependencies: [] } };
  for (const hub of config.hubs) {
    stacks[`hub-${hub.name}`] = { dependencies: [] };
    stacks[`apps-${hub.name}`] = { dependencies: ["global", `hub-${hub.name}`] };
    const output = (value: string, sensitive = false) => ({ sensitive, type: "string", value });
    writeFileSync(
      join(state, `outputs-hub-${hub.name}.json`),
      JSON.stringify({
        ingress_ip_address: output(HUB_IPS[hub.name]),
        api_server_url: output(`https://127.0.0.1:${kubePort}/${hub.name}`),
        cluster_ca_certificate: output(PKI.ca),
        client_certificate: output(PKI.clientCert),
        client_key: output(PKI.clientKey, true),
      }),
    );
  }
  stacks.traffic.dependencies = config.hubs.map((h) => `hub-${h.name}`);
  stacks.devops.dependencies = config.hubs.map((h) => `apps-${h.name}`);
  for (const id of Object.keys(stacks)) {
    mkdirSync(join(dir, "cdktf.out", "stacks", id), { recursive: true });
    writeFileSync(join(dir, "cdktf.out", "stacks", id, "cdk.tf.json"), "{}");
  }
  writeFileSync(join(dir, "cdktf.out", "manifest.json"), JSON.stringify({ stacks }));
  writeFileSync(join(state, "changes"), changes.map((c) => `${c}\n`).join(""));
  writeFileSync(join(state, "calls"), "");
  const waits: number[] = [];
  const out: string[] = [];
  const env: Environment = {
    root: dir,
    env: { PATH: `${STAND_INS}:${process.env.PATH}`, ROLLOUT_WORLD: state, HOME: dir, ...extraEnv(`http://127.0.0.1:${armPort}`) },
    sleep: async (s) => void waits.push(s),
    log: () => {},
    armEndpoint: `http://127.0.0.1:${armPort}`,
    aadEndpoint: `http://127.0.0.1:${armPort}`,
    pollSeconds: 0,
  };
  return {
    dir: state,
    config,
    arm: env.armEndpoint,
    unhealthy,
    broken,
    nodes,
    waits,
    out,
    calls: () => readFileSync(join(state, "calls"), "utf8").trim().split("\n").filter(Boolean),
    run: (argv) => rollout(config, parseArgs(argv, config), env, (l) => out.push(l.replace(/^\d\d:\d\d:\d\d /, ""))),
    close: async () => {
      await new Promise((r) => ingress.close(r));
      await new Promise((r) => arm.close(r));
      await new Promise((r) => kube.close(r));
    },
  };
}

describe("a rollout against stand-ins", () => {
  let w: World | undefined;
  afterEach(async () => {
    await w?.close();
    w = undefined;
  });

  it("skips unchanged hubs (never drained) and takes the changed one through drain, wait, deploy, verify, undrain", async () => {
    w = await world(() => {}, ["apps-orlando"]);
    const r = await w.run([]);
    expect(w.out.filter((l) => l.startsWith("rollout: FAILED"))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.executed).toEqual(["deploy global", "drain orlando", "wait 190 orlando", "deploy hub-orlando apps-orlando", "verify orlando", "undrain orlando", "deploy traffic", "deploy devops"]);
    // plans with -detailed-exitcode decided it: seattle and denver planned, never deployed
    const calls = w.calls();
    expect(calls.filter((c) => c.startsWith("terraform plan"))).toEqual([
      "terraform plan hub-seattle",
      "terraform plan apps-seattle",
      "terraform plan hub-orlando",
      "terraform plan apps-orlando",
      "terraform plan hub-denver",
      "terraform plan apps-denver",
    ]);
    expect(calls.filter((c) => c.startsWith("deploy "))).toEqual([
      "deploy global drained=[]",
      "deploy traffic drained=[\"orlando\"]",
      "deploy hub-orlando drained=[]",
      "deploy apps-orlando drained=[]",
      "deploy traffic drained=[]",
      "deploy traffic drained=[]",
      "deploy devops drained=[]",
    ]);
    expect(w.waits[0]).toBe(190);
    expect(w.out.at(-1)).toBe("rollout: done (1 hub(s) changed: orlando)");
  });

  it("changes hubs strictly one after the other, in rollout order", async () => {
    w = await world((raw) => (raw.hubs[0].rollout = 2), ["hub-seattle", "hub-orlando", "apps-denver"]);
    const r = await w.run([]);
    expect(r.status).toBe(0);
    const hubOf = (line: string) => /(?:drain|undrain|verify|wait \d+) (\w+)$|deploy hub-(\w+)/.exec(line)?.slice(1).find(Boolean);
    const sequence = r.executed.map(hubOf).filter(Boolean);
    // seattle has a rollout position, so it goes first; the others follow in config order
    expect(sequence).toEqual([...Array(5).fill("seattle"), ...Array(5).fill("orlando"), ...Array(5).fill("denver")]);
  });

  it("refuses to drain the last healthy hub, before changing anything, unless --force", async () => {
    w = await world((raw) => (raw.hubs = raw.hubs.slice(0, 2)), ["hub-seattle"]);
    w.unhealthy.add("orlando");
    const r = await w.run([]);
    expect(r.status).toBe(1);
    expect(w.out).toContain("rollout: FAILED at 'drain seattle': refusing to drain seattle: no other enabled endpoint is Online (orlando: Enabled/Degraded); fix another hub first, or pass --force to take the service down");
    expect(w.calls().filter((c) => c.startsWith("deploy traffic"))).toEqual([]);
    expect(w.out).toContain("rollout: fix the cause, then resume with: npm run rollout -- --from seattle");
    // a hub kept drained by config does not count as serving either
    w.unhealthy.delete("orlando");
    expect((await w.run([])).status).toBe(0);
    w.unhealthy.add("orlando");
    writeFileSync(join(w.dir, "changes"), "hub-seattle\n"); // the last run converged: a new change
    const forced = await w.run(["--force"]);
    expect(forced.status).toBe(0);
    expect(forced.executed).toContain("drain seattle");
  });

  it("halts on a failed verify with that hub drained, the next hub untouched, and resumes with --from", async () => {
    w = await world(() => {}, ["hub-seattle", "hub-orlando", "hub-denver"]);
    w.broken.add("orlando");
    const r = await w.run([]);
    expect(r.status).toBe(1);
    expect(r.executed.at(-1)).toBe("deploy hub-orlando apps-orlando");
    expect(w.out).toContain(
      "rollout: FAILED at 'verify orlando': GET / through 127.0.0.3 (Host: contoso-ha-ratings-example.trafficmanager.net) answered 503, expected 200-299",
    );
    expect(w.out).toContain("rollout: orlando stays drained (its endpoint is disabled); the other hubs keep serving.");
    expect(w.out.at(-1)).toBe("rollout: fix the cause, then resume with: npm run rollout -- --from orlando");
    expect(JSON.parse(readFileSync(join(w.dir, "drained"), "utf8"))).toEqual(["orlando"]);
    expect(w.calls().some((c) => c.includes("denver") && c.startsWith("deploy"))).toBe(false);

    w.broken.delete("orlando");
    writeFileSync(join(w.dir, "calls"), "");
    const resumed = await w.run(["--from", "orlando"]);
    expect(resumed.status).toBe(0);
    expect(w.calls().filter((c) => c.startsWith("terraform plan hub-"))).toEqual(["terraform plan hub-orlando", "terraform plan hub-denver"]);
    expect(resumed.executed.filter((s) => s.startsWith("drain"))).toEqual(["drain orlando", "drain denver"]);
    // orlando's change was applied before its verify failed: no changes now, but still drained, so it goes through
    // its steps again and is verified before it is restored, not skipped (a skipped hub would be re-enabled,
    // unverified, by the final traffic deploy)
    expect(resumed.executed.slice(1, 6)).toEqual(["drain orlando", "wait 190 orlando", "deploy hub-orlando apps-orlando", "verify orlando", "undrain orlando"]);
    expect(JSON.parse(readFileSync(join(w.dir, "drained"), "utf8"))).toEqual([]);
  });

  it("halts on a node that is NotReady or at another version, and on a missing node, read from the Kubernetes API", async () => {
    w = await world(() => {}, ["apps-seattle"]);
    const seattle = w.nodes.get("seattle")!;
    seattle[1].ready = "False";
    seattle[2].version = "v1.33.10";
    seattle.pop();
    expect((await w.run([])).status).toBe(1);
    expect(w.out.find((l) => l.startsWith("rollout: FAILED"))).toBe(
      "rollout: FAILED at 'verify seattle': node k8s-seattle-1 is NotReady; node k8s-seattle-2 runs v1.33.10, not v1.34.4; 5 nodes, the config asks for 6",
    );
    expect(w.out).toContain("rollout: seattle stays drained (its endpoint is disabled); the other hubs keep serving.");
  });

  it("fails undrain after azure.trafficManager.undrainTimeoutSeconds when the endpoint never comes Online", async () => {
    w = await world(() => {}, ["apps-seattle"]);
    w.unhealthy.add("seattle");
    const r = await w.run([]);
    expect(r.status).toBe(1);
    expect(w.out).toContain("rollout: FAILED at 'undrain seattle': Traffic Manager reports seattle as Enabled/Degraded after 5 s (azure.trafficManager.undrainTimeoutSeconds: 5)");
    expect(w.out.at(-1)).toBe("rollout: fix the cause, then resume with: npm run rollout -- --from seattle");
  });

  it("stops at the failed deploy and names the step; a failed plan stops before anything is drained", async () => {
    w = await world(() => {}, ["hub-seattle"]);
    writeFileSync(join(w.dir, "deploy-errors"), "hub-seattle\n");
    expect((await w.run([])).status).toBe(1);
    expect(w.out.find((l) => l.startsWith("rollout: FAILED"))).toBe("rollout: FAILED at 'deploy hub-seattle apps-seattle': cdktf deploy hub-seattle failed (exit 1): hub-seattle  Error: stand-in apply failure");
    writeFileSync(join(w.dir, "plan-errors"), "apps-denver\n");
    writeFileSync(join(w.dir, "calls"), "");
    w.out.length = 0;
    expect((await w.run([])).status).toBe(1);
    expect(w.out[0]).toBe("rollout: FAILED at 'plan hub-denver apps-denver': terraform plan of apps-denver failed (exit 1): Error: stand-in plan failure for apps-denver");
    expect(w.calls().filter((c) => c.startsWith("deploy"))).toEqual([]);
  });

  it("--hub deploys one hub's stacks only; --all deploys a hub without changes", async () => {
    w = await world();
    const r = await w.run(["--hub", "denver", "--all"]);
    expect(r.executed).toEqual(["drain denver", "wait 190 denver", "deploy hub-denver apps-denver", "verify denver", "undrain denver"]);
    expect(w.calls().filter((c) => c.startsWith("terraform plan"))).toEqual([]);
  });

  it("reads endpoint status only with a token: a signed-out Azure CLI fails the drain with a clear message", async () => {
    w = await world(() => {}, ["hub-seattle"]);
    writeFileSync(join(w.dir, "signed-out"), "");
    expect((await w.run([])).status).toBe(1);
    expect(w.out.find((l) => l.startsWith("rollout: FAILED"))).toMatch(
      /^rollout: FAILED at '(drain seattle|read Traffic Manager endpoint status)': cannot get an Azure Resource Manager token: no ARM_CLIENT_ID\/ARM_TENANT_ID with ARM_CLIENT_SECRET or ARM_USE_OIDC, and the Azure CLI answered: ERROR: Please run 'az login'/,
    );
  });

  it("takes the token from Terraform's own credentials when CI sets them, without the Azure CLI", async () => {
    const tenant = (raw: any) => raw.azure.tenantId;
    // a service principal secret (Azure Pipelines)
    w = await world(() => {}, ["hub-seattle"], () => ({ ARM_CLIENT_ID: "client-id", ARM_CLIENT_SECRET: "s3cret", ARM_TENANT_ID: configFrom(defaultRaw()).azure.tenantId }));
    writeFileSync(join(w.dir, "signed-out"), "");
    expect((await w.run([])).status).toBe(0);
    await w.close();
    // the job's OIDC token (GitHub Actions)
    w = await world(() => {}, ["hub-seattle"], (arm) => ({
      ARM_CLIENT_ID: "client-id",
      ARM_USE_OIDC: "true",
      ARM_TENANT_ID: tenant(defaultRaw()),
      ACTIONS_ID_TOKEN_REQUEST_URL: `${arm}/github-id-token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "runtime-request-token",
    }));
    writeFileSync(join(w.dir, "signed-out"), "");
    expect((await w.run([])).status).toBe(0);
    await w.close();
    // a wrong secret fails with Entra ID's own error
    w = await world(() => {}, ["hub-seattle"], () => ({ ARM_CLIENT_ID: "client-id", ARM_CLIENT_SECRET: "wrong", ARM_TENANT_ID: tenant(defaultRaw()) }));
    expect((await w.run([])).status).toBe(1);
    expect(w.out.find((l) => l.startsWith("rollout: FAILED"))).toMatch(
      /^rollout: FAILED at '[^']+': Microsoft Entra ID refused a token for client client-id: HTTP 401 invalid_client AADSTS7000215: Invalid client secret provided\.$/,
    );
  });
});

describe("the traffic stack disables exactly the drained hubs' endpoints (real terraform console)", () => {
  it("evaluates each endpoint's `enabled` with drained_hubs as a rollout sets it, and keeps a maintenance hub off", () => {
    // the bundled config's synth (shared by the run); a maintenance hub through the construct itself
    const traffic = synthApp(defaultConfig()).stacks.traffic;
    const enabled = Object.fromEntries(Object.values<any>(traffic.resource.azurerm_traffic_manager_external_endpoint).map((e) => [e.name, e.enabled]));
    const maintenance = JSON.parse(
      Testing.synthScope((scope) => {
        new TrafficManager(scope, "tm", { name: "p", resourceGroupName: "rg", routingMethod: "Weighted", relativeName: "x", ttl: 60, monitor: defaultConfig().azure.trafficManager.monitor, endpoints: [{ name: "off", target: "1.2.3.4", enabled: false }] });
      }),
    );
    expect(Object.values<any>(maintenance.resource.azurerm_traffic_manager_external_endpoint)[0].enabled).toBe(false);
    // and the traffic stack passes hubs[].trafficManager.enabled: false as a literal false, whatever drained_hubs says
    const raw = defaultRaw();
    raw.hubs[1].trafficManager.enabled = false;
    const off = synthApp(configFrom(raw)).stacks.traffic.resource.azurerm_traffic_manager_external_endpoint;
    expect(Object.values<any>(off).map((e) => [e.name, e.enabled])).toEqual([
      ["orlando", false],
      ["seattle", enabled.seattle],
    ]);
    expect(traffic.variable.drained_hubs).toMatchObject({ type: "list(string)", default: [], nullable: false });
    const dir = mkdtempSync(join(scratch, "tf-console-"));
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ variable: { drained_hubs: traffic.variable.drained_hubs } }));
    const evaluate = (drained: string[]) =>
      JSON.parse(
        execFileSync("terraform", ["console", `-var=drained_hubs=${JSON.stringify(drained)}`], {
          cwd: dir,
          input: `jsonencode([${["seattle", "orlando"].map((h) => enabled[h].slice(2, -1)).join(", ")}])`,
          encoding: "utf8",
          env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" },
        }).trim(),
      ) as string;
    expect(JSON.parse(evaluate([]))).toEqual([true, true]);
    expect(JSON.parse(evaluate(["orlando"]))).toEqual([true, false]);
    expect(JSON.parse(evaluate(["seattle"]))).toEqual([false, true]);
  });
});

describe("what verify reads", () => {
  it("uses the hub stack's own output names", () => {
    expect(HUB_OUTPUT_NAMES).toEqual({
      ingressIp: HUB_CONTRACT.ingressIpAddress.name,
      apiServerUrl: HUB_CONTRACT.apiServerUrl.name,
      clusterCa: HUB_CONTRACT.clusterCaCertificate.name,
      clientCertificate: HUB_CONTRACT.clientCertificate.name,
      clientKey: HUB_CONTRACT.clientKey.name,
    });
  });
});

describe("the stand-ins answer like the real tools", () => {
  it("ARM: 401 without a token, 400 without api-version, 404 for another profile, the profile with its endpoints otherwise", async () => {
    const w = await world();
    try {
      const url = profileUrl(w.config, w.arm);
      expect(url).toBe(
        `${w.arm}/subscriptions/${w.config.azure.subscriptionId}/resourceGroups/contoso-ha-traffic/providers/Microsoft.Network/trafficmanagerprofiles/contoso-ha-tm?api-version=2022-04-01`,
      );
      const auth = { headers: { Authorization: "Bearer stand-in-arm-token" } };
      const codeOf = async (u: string, init?: RequestInit) => {
        const r = await fetch(u, init);
        return [r.status, ((await r.json()) as any).error?.code];
      };
      expect(await codeOf(url)).toEqual([401, "AuthenticationFailed"]);
      expect(await codeOf(url.replace(/\?api-version=.*$/, ""), auth)).toEqual([400, "MissingApiVersionParameter"]);
      expect(await codeOf(url.replace("contoso-ha-tm", "other-tm"), auth)).toEqual([404, "ResourceNotFound"]);
      const profile = (await (await fetch(url, auth)).json()) as any;
      expect(profile.properties.endpoints.map((e: any) => [e.name, e.properties.endpointStatus, e.properties.endpointMonitorStatus])).toEqual([
        ["seattle", "Enabled", "Online"],
        ["orlando", "Enabled", "Online"],
        ["denver", "Enabled", "Online"],
      ]);
    } finally {
      await w.close();
    }
  });

  it("terraform plan without -detailed-exitcode exits 0 even with changes (why the rollout passes the flag)", () => {
    const dir = mkdtempSync(join(scratch, "tf-"));
    mkdirSync(join(dir, "hub-x"));
    writeFileSync(join(dir, "changes"), "hub-x\n");
    const tf = (...args: string[]) => spawnSync(join(STAND_INS, "terraform"), [`-chdir=${join(dir, "hub-x")}`, ...args], { env: { ...process.env, ROLLOUT_WORLD: dir }, encoding: "utf8" });
    expect(tf("plan").status).toBe(0);
    expect(tf("plan", "-detailed-exitcode").status).toBe(2);
    const out = tf("output", "-raw", "nope");
    expect([out.status, out.stderr]).toEqual([1, 'Error: Output "nope" not found\n']);
  });

  it("cdktf refuses a stack that was not synthesized", () => {
    const dir = mkdtempSync(join(scratch, "cdktf-"));
    mkdirSync(join(dir, "cdktf.out"));
    writeFileSync(join(dir, "cdktf.out", "manifest.json"), JSON.stringify({ stacks: { global: { dependencies: [] }, "apps-x": { dependencies: ["global"] } } }));
    const cdktf = (...args: string[]) => spawnSync(join(STAND_INS, "cdktf"), ["deploy", ...args], { cwd: dir, env: { ...process.env, ROLLOUT_WORLD: dir }, encoding: "utf8" });
    expect(cdktf("hub-x").stderr).toBe("Could not find stack for pattern 'hub-x'\n");
    expect(cdktf("apps-x").stderr).toBe("The following dependencies are not included in the stacks to run: global.\n");
    expect(cdktf("--ignore-missing-stack-dependencies", "apps-x").status).toBe(0);
  });
});
