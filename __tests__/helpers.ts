import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { crc32 } from "node:zlib";
import type { Config } from "../config/schema";

/**
 * config/load.ts (zod, the schema, yaml) loaded at first use, as cdktf is below: test files that use only the
 * tools of this module start without it (0.15 s of CPU per file).
 */
const configLoad = () => require("../config/load") as typeof import("../config/load");

export const REPO_ROOT = join(__dirname, "..");
export const DEFAULT_CONFIG = join(REPO_ROOT, "config/default.yaml");
/**
 * node's arguments to run a TypeScript file as cdktf.json runs main.ts (`node --import tsx`), from any working
 * directory: the tsx CLI would start a second node process for each run.
 */
export const TSX_NODE_ARGS = ["--import", pathToFileURL(require.resolve("tsx")).href];

// Read, parsed and validated once per test file; every call returns its own copy, which the test may change.
let defaultLoaded: Config | undefined;
let defaultParsed: unknown;

export function defaultConfig(): Config {
  defaultLoaded ??= configLoad().loadConfig(DEFAULT_CONFIG);
  return structuredClone(defaultLoaded);
}

/** The bundled default as plain data, to mutate in tests before validating. */
export function defaultRaw(): any {
  defaultParsed ??= (require("yaml") as typeof import("yaml")).parse(readFileSync(DEFAULT_CONFIG, "utf8"));
  return structuredClone(defaultParsed);
}

export function configFrom(raw: unknown): Config {
  return configLoad().validateConfig(raw, "test.yaml");
}

/**
 * The bundled config with seattle's runner also registering with GitHub, installing the Azure CLI and on its own
 * address space: one
 * config for every test of the runner stack, so the run synthesizes it once (synthApp's cache).
 */
export function githubRunnerConfig(): Config {
  const raw = defaultRaw();
  raw.hubs[0].githubRunner = { enabled: true, url: "https://github.com/contoso/ha-k8s-azurestack" };
  raw.hubs[0].pipelinesAgent.azureCli = true;
  raw.hubs[0].pipelinesAgent.addressSpace = "10.251.0.0/24";
  return configFrom(raw);
}

/** Validates config data and returns the problem lines; fails the test if the config is accepted. */
export function problemsOf(raw: unknown): string[] {
  try {
    configFrom(raw);
  } catch (e) {
    if (e instanceof configLoad().ConfigError) return e.lines();
    throw e;
  }
  throw new Error("config was accepted");
}

/** The problem lines of the bundled default after `edit`. */
export function problemsAfter(edit: (raw: any) => void): string[] {
  const raw = defaultRaw();
  edit(raw);
  return problemsOf(raw);
}

export interface SynthResult {
  readonly outdir: string;
  readonly manifest: { stacks: Record<string, { dependencies: string[] }> };
  /** Stack id -> parsed cdk.tf.json */
  readonly stacks: Record<string, any>;
  /** Stack id -> raw cdk.tf.json text */
  readonly texts: Record<string, string>;
}

/**
 * Full synth (with cross-stack references resolved) into a temporary folder. Within one `npm test` run the
 * same config is synthesized once: the result's text is shared through the run's cache folder
 * (HA_TEST_SYNTH_CACHE, made by __tests__/global-setup.js), and every call parses its own copy.
 */
export function synthApp(config: Config): SynthResult {
  const cacheDir = process.env.HA_TEST_SYNTH_CACHE;
  const cached = cacheDir && join(cacheDir, `${createHash("sha256").update(JSON.stringify(config)).digest("hex")}.json`);
  if (cached) {
    let text: string | undefined;
    try {
      text = readFileSync(cached, "utf8");
    } catch {
      // not synthesized yet in this run
    }
    if (text !== undefined) return parsedSynth(JSON.parse(text));
  }
  const result = synthInto(config);
  if (cached) {
    const tmp = `${cached}.${process.pid}`;
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, cached); // whole files only: the other jest worker may read it at any time
  }
  return parsedSynth(result);
}

interface SynthTexts {
  readonly outdir: string;
  readonly manifest: string;
  readonly texts: Record<string, string>;
}

function parsedSynth({ outdir, manifest, texts }: SynthTexts): SynthResult {
  const stacks = Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, JSON.parse(text)]));
  return { outdir, manifest: JSON.parse(manifest), stacks, texts: { ...texts } };
}

function synthInto(config: Config): SynthTexts {
  // loaded at first use: test files that only validate config start without cdktf and the provider bindings
  const { App } = require("cdktf") as typeof import("cdktf");
  const { buildStacks } = require("../stacks") as typeof import("../stacks");
  const { withoutStackTraces } = require("../stacks/stack-traces") as typeof import("../stacks/stack-traces");
  const outdir = mkdtempSync(join(tmpdir(), "ha-synth-"));
  try {
    const app = new App({ outdir });
    withoutStackTraces(() => {
      buildStacks(app, config);
      app.synth();
    });
    const texts: Record<string, string> = {};
    for (const id of readdirSync(join(outdir, "stacks"))) {
      texts[id] = readFileSync(join(outdir, "stacks", id, "cdk.tf.json"), "utf8");
    }
    return { outdir, manifest: readFileSync(join(outdir, "manifest.json"), "utf8"), texts };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Where the provider mirror is looked for: ../shared/terraform-providers beside the clone, or HA_PROVIDER_MIRROR. */
export const PROVIDER_MIRROR = process.env.HA_PROVIDER_MIRROR || join(REPO_ROOT, "..", "shared", "terraform-providers");

/** The provider mirror, or undefined where there is none. */
export function providerMirror(): string | undefined {
  return existsSync(join(PROVIDER_MIRROR, "terraformrc.sh")) ? PROVIDER_MIRROR : undefined;
}

/**
 * Terraform's environment for installing providers from `mirror` only: the CLI config its terraformrc.sh prints
 * goes to TMPDIR (the mirror itself may be read-only), so each caller's private `scratch` keeps parallel runs apart.
 */
export function mirrorEnvironment(mirror: string, scratch: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: scratch, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  env.TF_CLI_CONFIG_FILE = execFileSync(join(mirror, "terraformrc.sh"), { env, encoding: "utf8" }).trim();
  return env;
}

/**
 * `terraform init` and `validate -json` of a synthesized stack folder with the providers from `mirror` (the
 * real provider schemas and their validation functions): the result of validate.
 */
export function terraformValidate(mirror: string, stackDir: string, scratch: string): { valid: boolean; errors: any[] } {
  const env = mirrorEnvironment(mirror, scratch);
  const init = spawnSync("terraform", [`-chdir=${stackDir}`, "init", "-backend=false", "-input=false", "-no-color"], { env, encoding: "utf8" });
  if (init.status !== 0) throw new Error(`terraform init failed: ${init.stderr}`);
  const r = spawnSync("terraform", [`-chdir=${stackDir}`, "validate", "-json"], { env, encoding: "utf8" });
  const result = JSON.parse(r.stdout);
  return { valid: result.valid, errors: result.diagnostics.filter((d: any) => d.severity === "error") };
}

/** Replaces values that differ between runs or machines (asset hashes, temp paths) before snapshotting. */
export function normalize(text: string, outdir: string): any {
  return JSON.parse(text.split(outdir).join("<outdir>").replace(/assets\/([^/"]+)\/[0-9A-F]{32}/g, "assets/$1/<hash>"));
}

/** All resources of a type in a synthesized stack, as [name, body] pairs. */
export function resources(stack: any, type: string): [string, any][] {
  return Object.entries(stack.resource?.[type] ?? {});
}

/** The one resource of a type in a synthesized stack; fails the test when there is none or more than one. */
export function only(stack: any, type: string): any {
  const all = Object.values<any>(stack.resource?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

/** A fake PEM private key block, assembled at run time so no private-key header is ever committed. */
export function fakePemPrivateKey(kind = "OPENSSH"): string {
  const label = [kind, "PRIVATE", "KEY"].join(" ");
  return `-----BEGIN ${label}-----\nabc\n-----END ${label}-----`;
}

/** A private temporary folder for the calling test file, removed after its tests. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Evaluates a Terraform expression with the real `terraform console` (offline: no provider is needed). */
export function terraformEval(expression: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), "ha-tf-console-"));
  try {
    const out = execFileSync("terraform", ["console"], { cwd: dir, input: expression, encoding: "utf8", env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null" } });
    return JSON.parse(out.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The real validator: cloud-init's own schema check on cloud-config text (written to a temporary file). */
export function cloudInitSchema(text: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "ha-cloud-config-"));
  try {
    const file = join(dir, "cloud-config.yaml");
    writeFileSync(file, text);
    const r = spawnSync("cloud-init", ["schema", "--config-file", file], { encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A zip archive holding one executable file, stored uncompressed (enough for Terraform's installer). */
export function storedZip(name: string, content: string | Buffer): Buffer {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x031e, 4); // made by Unix, so the mode below counts
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE((0o100755 << 16) >>> 0, 38);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}
