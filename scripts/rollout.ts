/**
 * `npm run rollout`: a change reaches one hub at a time, drained from Traffic Manager, verified, then restored
 * (docs/rollout.md).
 *
 *   npm run rollout                          # every hub with changes, in rollout order
 *   npm run rollout -- --from orlando        # resume a failed rollout at that hub
 *   npm run rollout -- --hub orlando         # one hub's steps (what one CI job runs)
 *   npm run rollout -- --dry-run --all       # the steps for every hub, no credentials needed
 *   npm run rollout -- --force               # drain even when no other hub is Online
 *
 * Per hub, when its hub-<name> or apps-<name> stack has changes (`terraform plan -detailed-exitcode`):
 * drain (deploy `traffic` with its endpoint disabled), wait (DNS TTL + Traffic Manager's reaction time), deploy
 * hub-<name> then apps-<name>, verify (through the hub's ingress IP with the Traffic Manager host name), undrain
 * (re-enable, wait until Traffic Manager reports the endpoint Online). `global` goes first, `traffic` and `devops`
 * last. Any failure stops the rollout with that hub drained (the others keep serving) and says how to resume.
 */
import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "../config/load";
import { rolloutOrder } from "../config/rollout";
import type { Config, HubConfig } from "../config/schema";
import { DRAINED_HUBS_VARIABLE, globalResourceNames, STACK_IDS } from "../stacks/naming";

export type Step =
  | { readonly kind: "deploy"; readonly stacks: readonly string[]; readonly hub?: string }
  | { readonly kind: "drain" | "verify" | "undrain"; readonly hub: string }
  | { readonly kind: "wait"; readonly hub: string; readonly seconds: number };

/** One line per step, exactly the form `--dry-run` prints. */
export function formatStep(step: Step): string {
  switch (step.kind) {
    case "deploy":
      return `deploy ${step.stacks.join(" ")}`;
    case "wait":
      return `wait ${step.seconds} ${step.hub}`;
    default:
      return `${step.kind} ${step.hub}`;
  }
}

/** The steps that take one hub through a change; a hub kept drained by config (maintenance) is only deployed and verified. */
export function hubSteps(config: Config, hub: HubConfig): Step[] {
  const deploy: Step = { kind: "deploy", stacks: [STACK_IDS.hub(hub.name), STACK_IDS.apps(hub.name)], hub: hub.name };
  const verify: Step = { kind: "verify", hub: hub.name };
  if (!hub.trafficManager.enabled) return [deploy, verify];
  return [{ kind: "drain", hub: hub.name }, { kind: "wait", hub: hub.name, seconds: config.azure.trafficManager.drainSeconds }, deploy, verify, { kind: "undrain", hub: hub.name }];
}

export interface PlanOptions {
  /** The hubs to take through a change, in rollout order (the rest are skipped). */
  readonly hubs: readonly HubConfig[];
  /** Only these hubs' steps (`--hub`): no global, traffic or devops. */
  readonly hubOnly?: boolean;
}

/** The whole rollout as steps: global first, each hub's steps together, then traffic and devops (when configured). */
export function rolloutSteps(config: Config, options: PlanOptions): Step[] {
  const steps: Step[] = [];
  if (!options.hubOnly) steps.push({ kind: "deploy", stacks: [STACK_IDS.global] });
  for (const hub of options.hubs) steps.push(...hubSteps(config, hub));
  if (!options.hubOnly) {
    // every endpoint back as the config says (a no-op after the last undrain; applies profile changes when no hub changed)
    steps.push({ kind: "deploy", stacks: [STACK_IDS.traffic] });
    if (config.azure.devops?.project) steps.push({ kind: "deploy", stacks: [STACK_IDS.devops] });
  }
  return steps;
}

export interface Args {
  readonly dryRun: boolean;
  readonly all: boolean;
  readonly force: boolean;
  readonly from?: string;
  readonly hub?: string;
  readonly skipSynth: boolean;
}

export class UsageError extends Error {}

const USAGE = "usage: npm run rollout -- [--dry-run] [--all] [--force] [--from <hub> | --hub <hub>]";

export function parseArgs(argv: readonly string[], config: Config): Args {
  const args: { -readonly [K in keyof Args]: Args[K] } = { dryRun: false, all: false, force: false, skipSynth: false };
  const hubs = rolloutOrder(config.hubs).map((h) => h.name);
  const hubArg = (flag: string, value: string | undefined) => {
    if (!value || value.startsWith("-")) throw new UsageError(`${flag} needs a hub name (${hubs.join(", ")}); ${USAGE}`);
    if (!hubs.includes(value)) throw new UsageError(`${flag} ${value}: no such hub in the rollout (hubs: ${hubs.join(", ")})`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dry-run") args.dryRun = true;
    else if (a === "--all") args.all = true;
    else if (a === "--force") args.force = true;
    else if (a === "--skip-synth") args.skipSynth = true;
    else if (a === "--from") args.from = hubArg(a, argv[++i]);
    else if (a === "--hub") args.hub = hubArg(a, argv[++i]);
    else throw new UsageError(`unknown argument ${a}; ${USAGE}`);
  }
  if (args.from && args.hub) throw new UsageError(`--from and --hub exclude each other; ${USAGE}`);
  return args;
}

/** The hubs the arguments select, in rollout order (before the skip of unchanged hubs). */
export function selectedHubs(config: Config, args: Pick<Args, "from" | "hub">): HubConfig[] {
  const order = rolloutOrder(config.hubs);
  if (args.hub) return order.filter((h) => h.name === args.hub);
  if (args.from) return order.slice(order.findIndex((h) => h.name === args.from));
  return order;
}

// --- running the steps ---

export interface CommandResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What the rollout needs from the outside world; the CLI gives the real one, tests give stand-ins. */
export interface Environment {
  /** Repository root: cdktf.out/ is under it. */
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly sleep: (seconds: number) => Promise<void>;
  readonly log: (line: string) => void;
  /** Base URL of Azure Resource Manager (public Azure unless a test points it elsewhere). */
  readonly armEndpoint: string;
  /** Base URL of Microsoft Entra ID's token endpoints (https://login.microsoftonline.com). */
  readonly aadEndpoint: string;
  /** Seconds between two reads of the endpoint status while undraining. */
  readonly pollSeconds: number;
}

export function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd: string, echo?: (line: string) => void): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (echo) for (const l of String(d).split("\n").filter(Boolean)) echo(`  ${l}`);
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (e) => resolve({ status: 127, stdout, stderr: `${cmd}: ${e.message}` }));
    child.on("close", (code) => resolve({ status: code ?? 1, stdout, stderr }));
  });
}

const stackDir = (root: string, stack: string) => join(root, "cdktf.out", "stacks", stack);

/**
 * Whether a stack has changes: `terraform plan -detailed-exitcode` exits 0 when the plan is empty, 1 on an
 * error, 2 when there is a diff (https://github.com/hashicorp/terraform/blob/v1.11.4/internal/command/plan.go#L110-L117,
 * usage text at #L272-L276).
 */
export async function hasChanges(e: Environment, stack: string): Promise<boolean> {
  const dir = stackDir(e.root, stack);
  const init = await run("terraform", [`-chdir=${dir}`, "init", "-input=false", "-no-color"], e.env, e.root);
  if (init.status !== 0) throw new Error(`terraform init of ${stack} failed: ${lastLine(init.stderr)}`);
  const plan = await run("terraform", [`-chdir=${dir}`, "plan", "-detailed-exitcode", "-input=false", "-lock=false", "-no-color"], e.env, e.root);
  if (plan.status === 0) return false;
  if (plan.status === 2) return true;
  throw new Error(`terraform plan of ${stack} failed (exit ${plan.status}): ${lastLine(plan.stderr)}`);
}

const lastLine = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => l.replace(/^[│╷╵\s]+/, ""))
    .filter(Boolean)
    .slice(-1)[0] ?? "";

/** `cdktf deploy` of synthesized stacks, one after the other, with the given hubs' endpoints disabled. */
async function deploy(e: Environment, stacks: readonly string[], drained: readonly string[]): Promise<void> {
  const env = { ...e.env, [`TF_VAR_${DRAINED_HUBS_VARIABLE}`]: JSON.stringify(drained) };
  for (const stack of stacks) {
    // one stack per call: with --ignore-missing-stack-dependencies cdktf starts every selected stack at once
    // (scripts/deploy-levels.ts), and apps-<hub> must follow hub-<hub>
    const r = await run("cdktf", ["deploy", "--skip-synth", "--auto-approve", "--ignore-missing-stack-dependencies", stack], env, e.root, e.log);
    if (r.status !== 0) throw new Error(`cdktf deploy ${stack} failed (exit ${r.status}): ${lastLine(r.stderr || r.stdout)}`);
  }
}

// --- Traffic Manager endpoint status, read through Azure Resource Manager ---

/**
 * The API version this product reads Traffic Manager with. Profiles/Get returns the profile with its endpoints,
 * each with `properties.endpointStatus` (Enabled|Disabled) and `properties.endpointMonitorStatus` (CheckingEndpoint,
 * Online, Degraded, Disabled, Inactive, Stopped, Unmonitored): https://github.com/Azure/azure-rest-api-specs/blob/aa704a36a9ac1f42b7aded1ec6d3927b83bf7dc9/specification/trafficmanager/resource-manager/Microsoft.Network/stable/2022-04-01/trafficmanager.json
 * (path `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/trafficmanagerprofiles/{profileName}`),
 * example response https://github.com/Azure/azure-rest-api-specs/blob/029741f2a57be0df0c346983e76f08dc7a69058a/specification/trafficmanager/resource-manager/Microsoft.Network/stable/2022-04-01/examples/Profile-GET-WithEndpoints.json
 */
export const TRAFFIC_MANAGER_API_VERSION = "2022-04-01";

export interface EndpointStatus {
  readonly name: string;
  readonly endpointStatus: string;
  readonly endpointMonitorStatus: string;
}

export function profileUrl(config: Config, armEndpoint: string): string {
  const names = globalResourceNames(config.name);
  return (
    `${armEndpoint.replace(/\/$/, "")}/subscriptions/${config.azure.subscriptionId}/resourceGroups/${names.trafficResourceGroup}` +
    `/providers/Microsoft.Network/trafficmanagerprofiles/${names.trafficManagerProfile}?api-version=${TRAFFIC_MANAGER_API_VERSION}`
  );
}

/**
 * An Azure Resource Manager access token, from the same credentials Terraform's azurerm provider and backend use,
 * without writing anything to disk:
 * - ARM_CLIENT_ID + ARM_CLIENT_SECRET + ARM_TENANT_ID (Azure Pipelines' variable group): the OAuth 2.0 client
 *   credentials grant (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow#get-a-token);
 * - ARM_USE_OIDC + ARM_CLIENT_ID + ARM_TENANT_ID in a GitHub Actions job with `id-token: write`: the job's ID token
 *   (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN, audience api://AzureADTokenExchange:
 *   https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-cloud-providers#requesting-the-jwt-using-environment-variables)
 *   exchanged as a client assertion (same page of the identity platform docs, "Second case: Access token request with a certificate"
 *   / federated credentials);
 * - otherwise the signed-in Azure CLI (`az account get-access-token --resource ... --query accessToken -o tsv`,
 *   https://learn.microsoft.com/cli/azure/account#az-account-get-access-token): a workstation.
 */
async function armToken(e: Environment): Promise<string> {
  const { ARM_CLIENT_ID: clientId, ARM_CLIENT_SECRET: secret, ARM_TENANT_ID: tenant, ARM_USE_OIDC: oidc, ACTIONS_ID_TOKEN_REQUEST_URL: idUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken } = e.env;
  const tokenFrom = async (form: Record<string, string>) => {
    const res = await fetch(`${e.aadEndpoint.replace(/\/$/, "")}/${tenant}/oauth2/v2.0/token`, { method: "POST", body: new URLSearchParams({ ...form, client_id: clientId!, scope: `${ARM_RESOURCE}.default` }) });
    const body = (await res.json().catch(() => ({}))) as any;
    if (!res.ok || !body.access_token) throw new Error(`Microsoft Entra ID refused a token for client ${clientId}: HTTP ${res.status} ${body.error ?? ""} ${String(body.error_description ?? "").split("\n")[0]}`.trim());
    return body.access_token as string;
  };
  if (clientId && tenant && secret) return tokenFrom({ grant_type: "client_credentials", client_secret: secret });
  if (clientId && tenant && oidc === "true" && idUrl && idToken) {
    const res = await fetch(`${idUrl}&audience=${encodeURIComponent("api://AzureADTokenExchange")}`, { headers: { Authorization: `Bearer ${idToken}` } });
    const body = (await res.json().catch(() => ({}))) as any;
    if (!res.ok || !body.value) throw new Error(`GitHub refused the job's OIDC token: HTTP ${res.status} (does the job have permissions: id-token: write?)`);
    return tokenFrom({ grant_type: "client_credentials", client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion: body.value });
  }
  const r = await run("az", ["account", "get-access-token", "--resource", ARM_RESOURCE, "--query", "accessToken", "-o", "tsv"], e.env, e.root);
  if (r.status !== 0 || !r.stdout.trim()) throw new Error(`cannot get an Azure Resource Manager token: no ARM_CLIENT_ID/ARM_TENANT_ID with ARM_CLIENT_SECRET or ARM_USE_OIDC, and the Azure CLI answered: ${lastLine(r.stderr)} (sign in with az login)`);
  return r.stdout.trim();
}

const ARM_RESOURCE = "https://management.azure.com/";

export async function endpointStatuses(config: Config, e: Environment): Promise<EndpointStatus[]> {
  const token = await armToken(e);
  const res = await fetch(profileUrl(config, e.armEndpoint), { headers: { Authorization: `Bearer ${token}` } });
  const body = (await res.json().catch(() => ({}))) as any;
  if (!res.ok) throw new Error(`reading Traffic Manager profile ${globalResourceNames(config.name).trafficManagerProfile}: HTTP ${res.status} ${body?.error?.code ?? ""} ${body?.error?.message ?? ""}`.trim());
  return (body.properties?.endpoints ?? []).map((ep: any) => ({
    name: ep.name,
    endpointStatus: ep.properties?.endpointStatus,
    endpointMonitorStatus: ep.properties?.endpointMonitorStatus,
  }));
}

/** Refuses to drain `hub` unless another enabled endpoint is Online (traffic would have nowhere to go). */
async function checkOthersOnline(config: Config, e: Environment, hub: string): Promise<void> {
  const others = (await endpointStatuses(config, e)).filter((s) => s.name !== hub);
  if (others.some((s) => s.endpointStatus === "Enabled" && s.endpointMonitorStatus === "Online")) return;
  const seen = others.map((s) => `${s.name}: ${s.endpointStatus}/${s.endpointMonitorStatus}`).join(", ") || "no other endpoint";
  throw new Error(`refusing to drain ${hub}: no other enabled endpoint is Online (${seen}); fix another hub first, or pass --force to take the service down`);
}

async function waitOnline(config: Config, e: Environment, hub: string): Promise<void> {
  const timeout = config.azure.trafficManager.undrainTimeoutSeconds;
  let waited = 0;
  for (;;) {
    const me = (await endpointStatuses(config, e)).find((s) => s.name === hub);
    const status = me ? `${me.endpointStatus}/${me.endpointMonitorStatus}` : "missing";
    if (me?.endpointStatus === "Enabled" && me.endpointMonitorStatus === "Online") {
      e.log(`  ${hub} is Online after ${waited} s`);
      return;
    }
    if (waited >= timeout) throw new Error(`Traffic Manager reports ${hub} as ${status} after ${waited} s (azure.trafficManager.undrainTimeoutSeconds: ${timeout})`);
    const pause = Math.min(e.pollSeconds, timeout - waited);
    await e.sleep(pause);
    // a zero poll interval (tests) still makes progress towards the bound
    waited += Math.max(pause, e.pollSeconds === 0 ? 1 : 0);
  }
}

// --- verify: the hub directly, before users come back ---

/**
 * Output names of hub-<hub> (HUB_CONTRACT in stacks/contracts.ts, which this script does not load; a test keeps them
 * equal): the ingress IP, and the API server with the admin client certificate Terraform issued.
 */
export const HUB_OUTPUT_NAMES = {
  ingressIp: "ingress_ip_address",
  apiServerUrl: "api_server_url",
  clusterCa: "cluster_ca_certificate",
  clientCertificate: "client_certificate",
  clientKey: "client_key",
} as const;

/** `terraform output -json` of hub-<hub>: {name: {value, sensitive, type}}; held in memory only. */
async function hubOutputs(e: Environment, hub: string): Promise<Record<string, { value: unknown }>> {
  const r = await run("terraform", [`-chdir=${stackDir(e.root, STACK_IDS.hub(hub))}`, "output", "-json"], e.env, e.root);
  if (r.status !== 0) throw new Error(`cannot read hub-${hub}'s outputs: ${lastLine(r.stderr)}`);
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`hub-${hub}'s outputs are not JSON`);
  }
}

const outputString = (outputs: Record<string, { value: unknown }>, name: string, hub: string): string => {
  const v = outputs[name]?.value;
  if (typeof v !== "string" || !v) throw new Error(`hub-${hub} has no output ${name} (deploy hub-${hub} first)`);
  return v;
};

/**
 * Every node Ready at the configured version, and as many as the config asks for, read from the Kubernetes API
 * (`GET /api/v1/nodes`: status.conditions type Ready, status.nodeInfo.kubeletVersion,
 * https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/node-v1/) with the admin certificate:
 * also after a change of apps-<hub> alone, when the cluster runner did not run.
 */
async function checkNodes(hub: HubConfig, outputs: Record<string, { value: unknown }>): Promise<string> {
  const api = new URL(`${outputString(outputs, HUB_OUTPUT_NAMES.apiServerUrl, hub.name).replace(/\/$/, "")}/api/v1/nodes`);
  const body = await new Promise<string>((resolve, reject) => {
    const req = httpsRequest(
      {
        host: api.hostname,
        port: api.port || 443,
        path: api.pathname,
        method: "GET",
        ca: outputString(outputs, HUB_OUTPUT_NAMES.clusterCa, hub.name),
        cert: outputString(outputs, HUB_OUTPUT_NAMES.clientCertificate, hub.name),
        key: outputString(outputs, HUB_OUTPUT_NAMES.clientKey, hub.name),
        headers: { Accept: "application/json" },
        timeout: 30_000,
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => (res.statusCode === 200 ? resolve(text) : reject(new Error(`GET /api/v1/nodes answered ${res.statusCode}`))));
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer within 30 s")));
    req.on("error", reject);
    req.end();
  }).catch((err) => {
    throw new Error(`Kubernetes API of ${hub.name} (${api.origin}): ${err.message}`);
  });
  const want = `v${hub.cluster.kubernetesVersion}`;
  const nodes = ((JSON.parse(body) as any).items ?? []) as any[];
  const problems: string[] = [];
  for (const n of nodes) {
    const ready = (n.status?.conditions ?? []).find((c: any) => c.type === "Ready")?.status;
    const version = n.status?.nodeInfo?.kubeletVersion;
    if (ready !== "True") problems.push(`node ${n.metadata?.name} is NotReady`);
    else if (version !== want) problems.push(`node ${n.metadata?.name} runs ${version}, not ${want}`);
  }
  const expected = hub.cluster.controlPlane.count + hub.cluster.nodePools.reduce((sum, p) => sum + p.count, 0);
  if (nodes.length !== expected) problems.push(`${nodes.length} nodes, the config asks for ${expected}`);
  if (problems.length > 0) throw new Error(problems.join("; "));
  return `${nodes.length} nodes Ready at ${want}`;
}

/** GET through the ingress IP with the Traffic Manager host name, as users' requests arrive. */
function get(url: { protocol: "HTTP" | "HTTPS"; ip: string; port: number; path: string; host: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const options = { host: url.ip, port: url.port, path: url.path, method: "GET", headers: { Host: url.host }, timeout: 10_000 };
    // HTTPS: the certificate is for the Traffic Manager name (SNI), not for the IP we connect to
    const req = url.protocol === "HTTPS" ? httpsRequest({ ...options, servername: url.host }) : httpRequest(options);
    req.on("response", (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy(new Error("no answer within 10 s")));
    req.on("error", reject);
    req.end();
  });
}

/**
 * The ratings API through the same ingress: the web tier proxies /api to it
 * (https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-web/blob/6af69758e2cba30bbc8f2e9efadfc54c48574379/webpack.config.js#L104-L107),
 * which serves GET /api/items from MongoDB (https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api/blob/a0af402ca607433d116f1226dac32e7618bd92bb/app.js#L104,
 * https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api/blob/a0af402ca607433d116f1226dac32e7618bd92bb/routes/items.js#L17).
 */
export const RATINGS_API_PATH = "/api/items";

async function verify(config: Config, e: Environment, hub: string): Promise<void> {
  const tm = config.azure.trafficManager;
  const host = `${tm.relativeName}.trafficmanager.net`;
  const outputs = await hubOutputs(e, hub);
  e.log(`  ${await checkNodes(config.hubs.find((h) => h.name === hub)!, outputs)}`);
  const ip = outputString(outputs, HUB_OUTPUT_NAMES.ingressIp, hub);
  const protocol = tm.monitor.protocol === "HTTPS" ? "HTTPS" : "HTTP";
  // the profile's expected status codes (constructs/traffic/traffic-manager.ts: 200-299)
  const page = await get({ protocol, ip, port: tm.monitor.port, path: tm.monitor.protocol === "TCP" ? "/" : tm.monitor.path, host }).catch((err) => {
    throw new Error(`no answer from ${ip}:${tm.monitor.port} (Host: ${host}): ${err.message}`);
  });
  if (page.status < 200 || page.status > 299) throw new Error(`GET ${tm.monitor.path} through ${ip} (Host: ${host}) answered ${page.status}, expected 200-299`);
  e.log(`  ${host} through ${ip}: ${page.status}`);
  const api = await get({ protocol, ip, port: tm.monitor.port, path: RATINGS_API_PATH, host }).catch((err) => {
    throw new Error(`ratings API: no answer from ${ip}: ${err.message}`);
  });
  let items: unknown;
  try {
    items = JSON.parse(api.body);
  } catch {
    items = undefined;
  }
  if (api.status !== 200 || !Array.isArray(items)) throw new Error(`ratings API: GET ${RATINGS_API_PATH} answered ${api.status}${Array.isArray(items) ? "" : ", not a JSON list of items"}`);
  e.log(`  ratings API: ${items.length} items`);
}

// --- the rollout ---

export interface RolloutResult {
  readonly status: number;
  readonly executed: readonly string[];
}

/** Runs (or with dryRun prints) the rollout. Never throws for a failed step: it reports and returns status 1. */
export async function rollout(config: Config, args: Args, e: Environment, out: (line: string) => void): Promise<RolloutResult> {
  const executed: string[] = [];
  let hubs = selectedHubs(config, args);
  // what runs now, for the failure message: a step, or the plan that decides whether a hub changes
  let current: { readonly label: string; readonly hub?: string } | undefined;
  try {
    if (!args.all) {
      // skip hubs whose stacks have no changes: they are never drained. A hub an earlier rollout left drained
      // (its endpoint disabled though the config enables it: a failed verify, say) is not skipped: its change is
      // applied already, but it must be verified before users come back
      const changed: HubConfig[] = [];
      let disabled: Set<string> | undefined;
      for (const hub of hubs) {
        current = { label: `plan ${STACK_IDS.hub(hub.name)} ${STACK_IDS.apps(hub.name)}`, hub: hub.name };
        if ((await hasChanges(e, STACK_IDS.hub(hub.name))) || (await hasChanges(e, STACK_IDS.apps(hub.name)))) {
          changed.push(hub);
          continue;
        }
        if (hub.trafficManager.enabled) {
          current = { label: "read Traffic Manager endpoint status", hub: hub.name };
          disabled ??= new Set((await endpointStatuses(config, e)).filter((s) => s.endpointStatus === "Disabled").map((s) => s.name));
          if (disabled.has(hub.name)) {
            e.log(`${hub.name}: no changes, but its endpoint is still disabled by an earlier rollout: verify it, then restore it`);
            changed.push(hub);
            continue;
          }
        }
        e.log(`skip ${hub.name}: no changes in ${STACK_IDS.hub(hub.name)} or ${STACK_IDS.apps(hub.name)}`);
      }
      hubs = changed;
    }
    const steps = rolloutSteps(config, { hubs, hubOnly: !!args.hub });
    if (args.dryRun) {
      for (const s of steps) out(formatStep(s));
      return { status: 0, executed };
    }
    for (const step of steps) {
      current = { label: formatStep(step), hub: "hub" in step ? step.hub : undefined };
      out(`${new Date().toISOString().slice(11, 19)} ${formatStep(step)}`);
      await runStep(config, args, e, step);
      executed.push(formatStep(step));
    }
    out(`rollout: done (${hubs.length} hub(s) changed: ${hubs.map((h) => h.name).join(", ") || "none"})`);
    return { status: 0, executed };
  } catch (err) {
    const hub = current?.hub;
    const what = current?.label ?? "start";
    out(`rollout: FAILED at '${what}': ${(err as Error).message}`);
    if (hub) {
      const drained = executed.includes(`drain ${hub}`) && !executed.includes(`undrain ${hub}`);
      if (drained) out(`rollout: ${hub} stays drained (its endpoint is disabled); the other hubs keep serving.`);
      out(`rollout: fix the cause, then resume with: npm run rollout -- --from ${hub}`);
    } else {
      out("rollout: fix the cause, then run it again: npm run rollout");
    }
    return { status: 1, executed };
  }
}

async function runStep(config: Config, args: Args, e: Environment, step: Step): Promise<void> {
  switch (step.kind) {
    case "drain":
      if (!args.force) await checkOthersOnline(config, e, step.hub);
      return deploy(e, [STACK_IDS.traffic], [step.hub]);
    case "wait":
      e.log(`  clients leave ${step.hub}: DNS TTL ${config.azure.trafficManager.ttl} s + Traffic Manager's reaction time => ${step.seconds} s`);
      return e.sleep(step.seconds);
    case "deploy":
      // only the traffic stack reads drained_hubs: the final `deploy traffic` re-enables every endpoint the config keeps on
      return deploy(e, step.stacks, []);
    case "verify":
      return verify(config, e, step.hub);
    case "undrain":
      await deploy(e, [STACK_IDS.traffic], []);
      return waitOnline(config, e, step.hub);
  }
}

async function main(argv: string[]): Promise<number> {
  const file = process.env.HA_CONFIG || DEFAULT_CONFIG_FILE;
  const root = join(__dirname, "..");
  let config: Config;
  let args: Args;
  try {
    config = loadConfig(file);
    args = parseArgs(argv, config);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of err.lines()) console.error(line);
      return 2;
    }
    if (err instanceof UsageError) {
      console.error(`rollout: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const env = { ...process.env, PATH: `${process.env.PATH}:${join(root, "node_modules", ".bin")}` };
  // `--dry-run --all` needs nothing but the config; everything else works on a fresh synth of it
  if (!(args.dryRun && args.all) && !args.skipSynth) {
    const synth = await run(process.execPath, ["--import", "tsx", "main.ts"], env, root);
    if (synth.status !== 0) {
      process.stderr.write(synth.stderr);
      return synth.status;
    }
  }
  const poll = Number(process.env.HA_ROLLOUT_POLL_SECONDS ?? config.azure.trafficManager.monitor.intervalSeconds);
  const result = await rollout(
    config,
    args,
    {
      root,
      env,
      sleep: (s) => new Promise((r) => setTimeout(r, s * 1000)),
      log: (l) => console.error(l),
      armEndpoint: process.env.HA_ARM_ENDPOINT || "https://management.azure.com",
      aadEndpoint: process.env.HA_AAD_ENDPOINT || "https://login.microsoftonline.com",
      pollSeconds: Number.isFinite(poll) && poll >= 0 ? poll : 10,
    },
    (l) => console.log(l),
  );
  return result.status;
}

if (require.main === module) main(process.argv.slice(2)).then((code) => process.exit(code));
