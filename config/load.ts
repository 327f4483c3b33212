import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import leven from "leven";
import YAML, { LineCounter } from "yaml";
import { z } from "zod";
import { configSchema, type Config } from "./schema";
import { PEM_PRIVATE_KEY, secretKeyAdvice } from "./secrets";

/** Relative file paths in the config (e.g. hubs[].trustedRootCaFile) are from here. */
export const REPOSITORY_ROOT = join(__dirname, "..");

/** A broken file can yield one error per line: the first few say where to look. */
const MAX_YAML_ERRORS = 10;

/** The bundled default, used when HA_CONFIG is not set. */
export const DEFAULT_CONFIG_FILE = "config/default.yaml";

export interface ConfigProblem {
  /** Field path, e.g. `hubs[0].engine.allowedSshCidrs[1]`; empty for the whole file. */
  readonly path: string;
  /** What is wrong, then in parentheses how to fix it. */
  readonly message: string;
}

/** A config that cannot be used; `lines()` gives one `<file>: <path>: <message>` line per problem. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(`${problems.length} problem(s) in ${file}`);
  }

  lines(): string[] {
    return this.problems.map((p) => (p.path ? `${this.file}: ${p.path}: ${p.message}` : `${this.file}: ${p.message}`));
  }
}

/** Reads, parses and validates a config file. Throws ConfigError listing every problem found. */
export function loadConfig(file: string): Config {
  return readReferencedFiles(parseConfig(readConfigText(file), file), file);
}

const fileProblem = (file: string, message: string) => new ConfigError(file, [{ path: "", message }]);

/** What each file-system error means for the person running synth (codes from Node's fs, i.e. errno). */
const FS_ERRORS: Record<string, string> = {
  ENOENT: "file not found (check HA_CONFIG, or copy config/default.yaml and edit it)",
  ENOTDIR: "file not found: a part of the path is a file, not a folder (check HA_CONFIG)",
  EACCES: "cannot be read: permission denied (let the user who runs synth read it)",
  EPERM: "cannot be read: operation not permitted (let the user who runs synth read it)",
  ELOOP: "cannot be read: the path loops through symbolic links (point HA_CONFIG at the file itself)",
  ENAMETOOLONG: "cannot be read: the path is too long (use a shorter path)",
};

/** The file's text, or a ConfigError: never an fs exception, a blocked read on a pipe, or replaced bytes. */
function readConfigText(file: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    // a FIFO would block the read forever, a folder fails with EISDIR: say what the path is instead
    if (stat.isDirectory()) throw fileProblem(file, "is a folder, not a file (point HA_CONFIG at a YAML file such as config/default.yaml)");
    if (!stat.isFile()) throw fileProblem(file, "is not a regular file but a pipe, socket or device (copy the config into a file)");
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw fileProblem(file, FS_ERRORS[code] ?? `cannot be read: ${code || String(e)} (check the file and HA_CONFIG)`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileProblem(file, `line ${firstNonUtf8Line(bytes)}: is not UTF-8 text (save the file as UTF-8)`);
  }
}

function firstNonUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/** The YAML parser's messages in the user's terms; its recursion limit and aliases are limits, not syntax. */
function yamlMessage(e: Error): string {
  if (/call stack/i.test(e.message)) return "is nested too deeply for the YAML parser (a config needs a few levels; check the indentation)";
  if (/multiple documents/i.test(e.message)) return "holds more than one YAML document (keep one: remove the '---' line and what follows)";
  if (/alias count/i.test(e.message)) return "expands YAML aliases beyond the parser's limit (write the values out instead of nesting aliases)";
  const unresolved = /Unresolved alias.*: (\S+)$/.exec(e.message.split("\n")[0]);
  if (unresolved) return `uses the alias *${unresolved[1]} with no anchor &${unresolved[1]} before it (define the anchor first)`;
  return `YAML syntax error: ${e.message.split("\n")[0]} (fix the YAML at that line)`;
}

/**
 * Reads the files a valid config names and adds their checked content (`trustedRootCaPem`). Throws
 * ConfigError listing every unusable file; a file's content is never part of a message.
 */
export function readReferencedFiles(cfg: Config, file: string, root: string = REPOSITORY_ROOT): Config {
  const problems: ConfigProblem[] = [];
  const hubs = cfg.hubs.map((h, i) => {
    if (!h.trustedRootCaFile) return h;
    const path = `hubs[${i}].trustedRootCaFile`;
    const result = readRootCaFile(isAbsolute(h.trustedRootCaFile) ? h.trustedRootCaFile : join(root, h.trustedRootCaFile));
    if ("problem" in result) {
      problems.push({ path, message: result.problem });
      return h;
    }
    return { ...h, trustedRootCaPem: result.pem };
  });
  if (problems.length > 0) throw new ConfigError(file, problems);
  return { ...cfg, hubs };
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----\r?\n[\s\S]*?-----END CERTIFICATE-----/g;

/** The certificates of a root CA file, re-joined as PEM; a private key or an unparsable block is refused. */
function readRootCaFile(path: string): { pem: string } | { problem: string } {
  if (!existsSync(path)) return { problem: `file not found: ${path} (give a PEM file with the hub's root CA certificate; relative paths are from the repository root)` };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    // a folder (EISDIR), no permission...: one problem line, as for the config file itself
    return { problem: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)} (give a readable PEM file with the hub's root CA certificate)` };
  }
  if (PEM_PRIVATE_KEY.test(text)) {
    return { problem: "holds a private key (the file must hold only the root CA certificate(s); remove the key from it and keep the key secret)" };
  }
  const blocks = text.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) {
    return { problem: "holds no PEM certificate (export the hub's root CA as Base-64 PEM: -----BEGIN CERTIFICATE----- ...)" };
  }
  for (const [n, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      return { problem: `certificate ${n + 1} of ${blocks.length} does not parse as X.509 (export it again as Base-64 PEM)` };
    }
  }
  return { pem: `${blocks.map((b) => b.replace(/\r\n/g, "\n")).join("\n")}\n` };
}

export function parseConfig(text: string, file: string): Config {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({ line: lines.linePos(e.pos[0]).line, message: yamlMessage(e), tooDeep: /call stack/i.test(e.message) }));
    // the parser fails once per open level when nesting overflows its stack: the first line says it
    const deep = errors.filter((e) => e.tooDeep).sort((a, b) => a.line - b.line);
    const shown = deep.length > 0 ? deep.slice(0, 1) : errors.slice(0, MAX_YAML_ERRORS);
    throw new ConfigError(file, dedupe(shown.map((e) => ({ path: "", message: `line ${e.line}: ${e.message}` }))));
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // aliases are resolved here, not while parsing: ReferenceError for a missing anchor or too many expansions
    if (!(e instanceof ReferenceError || e instanceof RangeError)) throw e;
    throw fileProblem(file, yamlMessage(e));
  }
  try {
    return validateConfig(data, file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // report problems in the order they appear in the file
    const offset = (p: ConfigProblem) => {
      const segs = p.path.match(/[^.[\]]+/g) ?? [];
      const keys = segs.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      for (let n = keys.length; n > 0; n--) {
        const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return node.range[0];
      }
      return Number.MAX_SAFE_INTEGER; // a missing top-level key: after what the file has
    };
    const ordered = e.problems.map((p, i) => ({ p, i, at: offset(p) })).sort((a, b) => a.at - b.at || a.i - b.i);
    throw new ConfigError(file, ordered.map((o) => o.p));
  }
}

/** Validates already-parsed config data (what tests use). */
export function validateConfig(raw: unknown, file: string): Config {
  const problems: ConfigProblem[] = [...findSecrets(raw)];
  const secretPaths = new Set(problems.map((p) => p.path));

  const result = configSchema.safeParse(raw, { error: (iss) => describeIssue(iss) });
  if (!result.success) {
    for (const iss of result.error.issues) {
      if (iss.code === "unrecognized_keys") {
        for (const key of iss.keys) {
          const path = formatPath([...iss.path, key]);
          if (secretPaths.has(path)) continue;
          problems.push({ path, message: `unknown key${suggest(key, allowedKeysAt(iss.path, raw))}` });
        }
      } else {
        problems.push({ path: formatPath(iss.path), message: iss.message });
      }
    }
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(file, dedupe(problems));

  // config/schema.ts has resolved every default: nothing downstream defaults a config value
  return result.data;
}

type Issue = Parameters<NonNullable<z.core.ParseContext<z.core.$ZodIssue>["error"]>>[0];

/** Messages for zod's built-in checks; checks with their own message in schema.ts keep it. */
function describeIssue(iss: Issue): string {
  const input = iss.input;
  switch (iss.code) {
    case "invalid_type":
      return input === undefined
        ? `is missing (add it; config/default.yaml shows an example)`
        : `must be ${article(iss.expected)}, not ${describe(input)} (change the value's type)`;
    case "invalid_value":
      return `must be one of ${iss.values.map((v) => JSON.stringify(v)).join(", ")}, not ${describe(input)} (pick one of those)`;
    case "too_small":
      return iss.origin === "array" || iss.origin === "string"
        ? `must have at least ${iss.minimum} ${iss.origin === "array" ? "entries" : "characters"} (add some)`
        : `${describe(input)} is below the minimum ${iss.minimum} (use a value >= ${iss.minimum})`;
    case "too_big":
      return iss.origin === "array" || iss.origin === "string"
        ? `must have at most ${iss.maximum} ${iss.origin === "array" ? "entries" : "characters"} (remove some)`
        : `${describe(input)} is above the maximum ${iss.maximum} (use a value <= ${iss.maximum})`;
    case "invalid_union":
      // the backend is the only discriminated union: its issue names the discriminator (`type`)
      return "discriminator" in iss ? `has no valid type (set type: local or type: azurerm)` : `${describe(input)} is not valid here (see config/default.yaml)`;
    default:
      return `${describe(input)} is not valid here (see config/default.yaml)`;
  }
}

function findSecrets(raw: unknown): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const walk = (node: unknown, path: (string | number)[], hubName?: string) => {
    if (typeof node === "string" && PEM_PRIVATE_KEY.test(node)) {
      out.push({ path: formatPath(path), message: "holds a private key (remove it; keys are generated in Terraform or read from the environment)" });
    } else if (Array.isArray(node)) {
      node.forEach((v, i) => walk(v, [...path, i], hubName));
    } else if (node && typeof node === "object") {
      const obj = node as Record<string, unknown>;
      const hub = path.length === 2 && path[0] === "hubs" && typeof obj.name === "string" ? obj.name : hubName;
      for (const [k, v] of Object.entries(obj)) {
        const advice = secretKeyAdvice(path, k, hub);
        if (advice) out.push({ path: formatPath([...path, k]), message: advice });
        else walk(v, [...path, k], hub);
      }
    }
  };
  walk(raw, []);
  return out;
}

/** Keys the schema allows at a path, for "did you mean" hints. */
function allowedKeysAt(path: readonly PropertyKey[], raw: unknown): string[] {
  let node: z.core.$ZodType | undefined = configSchema;
  let value: unknown = raw;
  const unwrap = (t: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    const def = t?._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
    if (def && (def.type === "default" || def.type === "optional" || def.type === "prefault")) return unwrap(def.innerType);
    if (def && def.type === "pipe") return unwrap(def.in);
    return t;
  };
  for (const seg of path) {
    node = unwrap(node);
    value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[seg] : undefined;
    const def = node?._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
    node = def?.type === "array" ? def.element : def?.shape?.[String(seg)];
  }
  node = unwrap(node);
  const def = node?._zod.def as unknown as { type: string; shape?: Record<string, unknown>; options?: z.core.$ZodType[] };
  if (def?.type === "object") return Object.keys(def.shape ?? {});
  if (def?.type === "union" && def.options) {
    // discriminated union (backend): the keys of the branch whose `type` the data names, else every branch's
    const shapes = def.options.map((o) => (unwrap(o)?._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape);
    const t = (value as { type?: unknown } | undefined)?.type;
    const chosen = shapes.find((s) => (s.type?._zod.def as unknown as { values?: unknown[] })?.values?.includes(t));
    return chosen ? Object.keys(chosen) : [...new Set(shapes.flatMap((s) => Object.keys(s)))];
  }
  return [];
}

function suggest(key: string, allowed: string[]): string {
  if (allowed.length === 0) return " (remove it)";
  const best = allowed
    .map((a) => ({ a, d: leven(key.toLowerCase(), a.toLowerCase()) }))
    .sort((x, y) => x.d - y.d)[0];
  if (best.d <= Math.max(2, Math.floor(key.length / 3))) return ` (did you mean "${best.a}"?)`;
  return ` (remove it; allowed here: ${allowed.join(", ")})`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, seg) => (typeof seg === "number" ? `${s}[${seg}]` : s ? `${s}.${String(seg)}` : String(seg)), "");
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return JSON.stringify(v);
}

function article(t: string): string {
  const word = t === "object" ? "mapping" : t === "array" ? "list" : t;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}\u0000${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
