/**
 * Synth diff: compares two `cdktf.out` folders and writes Markdown for a pull-request comment.
 *
 *   npm run diff -- <base cdktf.out> <head cdktf.out> [--out diff.md]
 *
 * Needs no credentials and no network: it reads the synthesized JSON only. It names what the code would
 * change; `cdktf plan` (which needs credentials) says what Azure will do.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isSecretName } from "../config/secrets";
import { forcingAttributes } from "./force-new";

export type SynthOutput = Record<string, any>;

/** Stack id -> parsed cdk.tf.json of a `cdktf.out` folder. */
export function readSynthOutput(dir: string): SynthOutput {
  const stacksDir = join(dir, "stacks");
  if (!existsSync(stacksDir)) throw new Error(`${dir} has no stacks/ folder (run \`npm run synth\` first)`);
  const out: SynthOutput = {};
  for (const id of readdirSync(stacksDir).sort()) {
    const file = join(stacksDir, id, "cdk.tf.json");
    if (existsSync(file)) out[id] = JSON.parse(readFileSync(file, "utf8"));
  }
  return out;
}

export interface AttributeChange {
  readonly path: string;
  readonly before?: string;
  readonly after?: string;
  /** Values are shown as `(sensitive)`. */
  readonly sensitive: boolean;
}

export type BlockKind = "resource" | "data" | "output" | "variable" | "provider" | "terraform" | "locals" | "module";

export interface BlockChange {
  readonly kind: BlockKind;
  /** `type.name` for resources and data sources, the name for other blocks. */
  readonly address: string;
  readonly type?: string;
  readonly action: "add" | "remove" | "change";
  readonly attributes: readonly AttributeChange[];
  /** For changed resources: arguments that force replacement; undefined when unknown for the type. */
  readonly forcesReplacement?: readonly string[];
}

export interface StackDiff {
  readonly id: string;
  readonly status: "added" | "removed" | "changed";
  readonly blocks: readonly BlockChange[];
}

export interface SynthDiff {
  readonly stacks: readonly StackDiff[];
}

const META_ARGUMENTS = new Set(["depends_on", "lifecycle", "provider", "provisioner", "connection", "count", "for_each"]);
/** Attribute names that carry secrets without saying so (matched per path segment, beside isSecretName). */
const SECRET_CARRIER = /(custom_data|user_data|kubeconfig|sensitive|dockerconfigjson|^key$|_key$)/i;
/** ...except these, which are public by nature. */
const PUBLIC_NAME = /^(public_key|public_key_openssh|public_key_pem|public_key_fingerprint_\w+|ssh_key|admin_ssh_key)$/;
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;
const ASSET_HASH = /assets\/([^/"]+)\/[0-9A-F]{32}/g;

/** Drops cdktf metadata (`//` keys) and normalizes asset hash paths. */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== "//") out[k] = clean(v);
    return out;
  }
  if (typeof value === "string") return value.replace(ASSET_HASH, "assets/$1/<hash>");
  return value;
}

/** Attribute path -> JSON of the leaf value. Lists of scalars are one leaf, so they read as one change. */
function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  const isScalarList = Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
  if (value && typeof value === "object" && !isScalarList && Object.keys(value).length > 0) {
    if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
    else for (const k of Object.keys(value).sort()) flatten((value as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, JSON.stringify(value));
  }
  return out;
}

interface Block {
  readonly kind: BlockKind;
  readonly address: string;
  readonly type?: string;
  readonly body: unknown;
}

/** Every comparable block of a stack, keyed by `<kind> <address>`. */
function blocksOf(stack: any): Map<string, Block> {
  const out = new Map<string, Block>();
  const add = (b: Block) => out.set(`${b.kind} ${b.address}`, b);
  for (const kind of ["resource", "data"] as const) {
    for (const [type, byName] of Object.entries<Record<string, unknown>>(stack[kind] ?? {})) {
      for (const [name, body] of Object.entries(byName)) add({ kind, type, address: `${kind === "data" ? "data." : ""}${type}.${name}`, body: clean(body) });
    }
  }
  for (const kind of ["output", "variable", "module"] as const) {
    for (const [name, body] of Object.entries(stack[kind] ?? {})) add({ kind, address: name, body: clean(body) });
  }
  for (const [name, body] of Object.entries(stack.provider ?? {})) add({ kind: "provider", address: name, body: clean(body) });
  if (stack.locals) add({ kind: "locals", address: "locals", body: clean(stack.locals) });
  if (stack.terraform) add({ kind: "terraform", address: "terraform", body: clean(stack.terraform) });
  return out;
}

function sensitiveVariables(stack: any): string[] {
  return Object.entries<any>(stack?.variable ?? {})
    .filter(([, v]) => v?.sensitive === true)
    .map(([k]) => k);
}

function isSensitive(block: Block, path: string, json: string | undefined, sensitiveVars: readonly string[], otherBody: unknown): boolean {
  if (block.kind === "output") {
    // an output marked sensitive on either side keeps its value hidden
    if ((block.body as any)?.sensitive === true || (otherBody as any)?.sensitive === true) return path === "value" || path.startsWith("value.") || path.startsWith("value[");
  }
  if (block.kind !== "terraform") {
    const segments = path.split(/[.[\]]+/).filter(Boolean);
    if (segments.some((s) => (isSecretName(s) || SECRET_CARRIER.test(s)) && !PUBLIC_NAME.test(s))) return true;
    if (block.type && /secret/.test(block.type) && /^(data|binary_data)(\.|$)/.test(path)) return true;
  }
  if (json === undefined) return false;
  if (sensitiveVars.some((v) => new RegExp(`\\bvar\\.${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(json))) return true;
  return /-----BEGIN [A-Z0-9 ]+-----/.test(json);
}

function compareBlock(before: Block | undefined, after: Block | undefined, sensBefore: readonly string[], sensAfter: readonly string[]): BlockChange | undefined {
  const block = (after ?? before)!;
  const a = before ? flatten(before.body) : new Map<string, string>();
  const b = after ? flatten(after.body) : new Map<string, string>();
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const sens = [...new Set([...sensBefore, ...sensAfter])];
  const attributes: AttributeChange[] = [];
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    const sensitive =
      (before !== undefined && isSensitive(before, path, x, sens, after?.body)) || (after !== undefined && isSensitive(after, path, y, sens, before?.body));
    attributes.push({ path, before: x, after: y, sensitive });
  }
  if (before && after && attributes.length === 0) return undefined;
  const action = !before ? "add" : !after ? "remove" : "change";
  let forcesReplacement: string[] | undefined;
  if (action === "change" && block.kind === "resource") {
    // Terraform plans no change for arguments in lifecycle.ignore_changes, so they force nothing
    const ignored: string[] = (after!.body as any)?.lifecycle?.ignore_changes ?? [];
    const relevant = attributes
      .map((c) => c.path)
      .filter((p) => !META_ARGUMENTS.has(p.split(/[.[]/)[0]) && !ignored.some((i) => p === i || p.startsWith(`${i}.`) || p.startsWith(`${i}[`)));
    forcesReplacement = forcingAttributes(block.type!, relevant);
  }
  return { kind: block.kind, address: block.address, type: block.type, action, attributes, forcesReplacement };
}

/** Locale-independent order, so the report is the same on every machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const KIND_ORDER: BlockKind[] = ["resource", "data", "module", "output", "variable", "provider", "locals", "terraform"];

/** A resource whose lifecycle.replace_triggered_by names a resource that is replaced is replaced too. */
function markTriggeredReplacements(blocks: BlockChange[], head: Map<string, Block>): void {
  const replaced = new Set(blocks.filter((b) => b.kind === "resource" && b.forcesReplacement?.length).map((b) => b.address));
  blocks.forEach((change, i) => {
    if (change.kind !== "resource" || change.action !== "change") return;
    const triggers: string[] = (head.get(`resource ${change.address}`)?.body as any)?.lifecycle?.replace_triggered_by ?? [];
    const by = triggers.map((t) => t.replace(/^\$\{(.*)\}$/, "$1")).filter((t) => replaced.has(t));
    if (by.length > 0) blocks[i] = { ...change, forcesReplacement: [...(change.forcesReplacement ?? []), ...by.map((t) => `replace_triggered_by ${t}`)] };
  });
}

export function diffSynth(base: SynthOutput, head: SynthOutput): SynthDiff {
  const ids = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const stacks: StackDiff[] = [];
  for (const id of ids) {
    const x = base[id] ? blocksOf(base[id]) : new Map<string, Block>();
    const y = head[id] ? blocksOf(head[id]) : new Map<string, Block>();
    const sx = sensitiveVariables(base[id]);
    const sy = sensitiveVariables(head[id]);
    const blocks: BlockChange[] = [];
    for (const key of [...new Set([...x.keys(), ...y.keys()])]) {
      const change = compareBlock(x.get(key), y.get(key), sx, sy);
      if (change) blocks.push(change);
    }
    blocks.sort((p, q) => KIND_ORDER.indexOf(p.kind) - KIND_ORDER.indexOf(q.kind) || byCodePoint(p.address, q.address));
    markTriggeredReplacements(blocks, y);
    if (!base[id]) stacks.push({ id, status: "added", blocks });
    else if (!head[id]) stacks.push({ id, status: "removed", blocks });
    else if (blocks.length > 0) stacks.push({ id, status: "changed", blocks });
  }
  return { stacks };
}

// ---------------------------------------------------------------- Markdown

/** Lists longer than this go into a collapsed <details> block. */
const COLLAPSE_OVER = 8;
const MAX_VALUE = 100;

function code(s: string): string {
  const t = s.replace(/\r?\n/g, "\\n");
  const fence = t.includes("`") ? "``" : "`";
  return `${fence}${t.includes("`") ? ` ${t} ` : t}${fence}`;
}

function showValue(json: string | undefined, sensitive: boolean): string {
  if (json === undefined) return "_(none)_";
  if (sensitive) return "_(sensitive)_";
  let v = json.replace(PEM_BLOCK, "<PEM block>");
  if (v.length > MAX_VALUE) v = `${v.slice(0, MAX_VALUE - 1)}…`;
  return code(v).replace(/\|/g, "\\|");
}

function countResources(stacks: readonly StackDiff[]) {
  const all = stacks.flatMap((s) => s.blocks.filter((b) => b.kind === "resource"));
  return {
    add: all.filter((b) => b.action === "add").length,
    change: all.filter((b) => b.action === "change").length,
    remove: all.filter((b) => b.action === "remove").length,
    replace: all.filter((b) => b.forcesReplacement && b.forcesReplacement.length > 0).length,
    unknown: all.filter((b) => b.action === "change" && b.forcesReplacement === undefined).length,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** One line: what changed, for the top of a pull-request comment. */
export function summaryLine(diff: SynthDiff): string {
  if (diff.stacks.length === 0) return "**Synth diff:** no changes: the synthesized Terraform of every stack is identical.";
  const c = countResources(diff.stacks);
  const names = diff.stacks.map((s) => (s.status === "changed" ? s.id : `${s.id} (${s.status === "added" ? "new" : "removed"})`)).join(", ");
  const replace = c.replace > 0 ? `, **${c.replace} forced ${c.replace === 1 ? "replacement" : "replacements"}**` : "";
  return `**Synth diff:** ${plural(diff.stacks.length, "stack")} changed (${names}): resources ${c.add} to add, ${c.change} to change${replace}, ${c.remove} to remove.`;
}

function collapsible(title: string, lines: string[]): string[] {
  if (lines.length <= COLLAPSE_OVER) return [title, "", ...lines, ""];
  return [`<details><summary>${title.replace(/\*\*/g, "")}</summary>`, "", ...lines, "", "</details>", ""];
}

function replacementNote(b: BlockChange): string {
  if (b.kind !== "resource" || b.action !== "change") return "";
  if (b.forcesReplacement === undefined) return " (in place or replacement: unknown for this type, see the plan)";
  if (b.forcesReplacement.length === 0) return " (in place)";
  return ` **forces replacement** (${b.forcesReplacement.map(code).join(", ")})`;
}

function attributeTable(b: BlockChange): string[] {
  return [
    "| attribute | before | after |",
    "|---|---|---|",
    ...b.attributes.map((a) => `| ${code(a.path || "(value)")} | ${showValue(a.before, a.sensitive)} | ${showValue(a.after, a.sensitive)} |`),
  ];
}

const KIND_TITLE: Record<BlockKind, string> = {
  resource: "resource",
  data: "data source",
  module: "module",
  output: "output",
  variable: "variable",
  provider: "provider",
  locals: "locals",
  terraform: "terraform settings",
};

export function renderMarkdown(diff: SynthDiff): string {
  const lines: string[] = [summaryLine(diff), ""];
  if (diff.stacks.length === 0) return lines.join("\n");
  lines.push("Compared synthesized JSON (no credentials needed); the per-stack `cdktf plan` jobs show what Azure will do.", "");
  for (const s of diff.stacks) {
    const res = s.blocks.filter((b) => b.kind === "resource");
    const headline = s.status === "added" ? "new stack" : s.status === "removed" ? "stack removed" : "changed";
    lines.push(`### \`${s.id}\`: ${headline}`, "");
    if (s.status !== "changed") {
      lines.push(
        ...collapsible(
          `**${s.status === "added" ? "Resources to add" : "Resources to remove"}** (${res.length})`,
          res.map((b) => `- ${code(b.address)}`),
        ),
      );
      continue;
    }
    const added = res.filter((b) => b.action === "add");
    const removed = res.filter((b) => b.action === "remove");
    const changed = res.filter((b) => b.action === "change");
    if (added.length) lines.push(...collapsible(`**Added** (${added.length})`, added.map((b) => `- ${code(b.address)}`)));
    if (removed.length) lines.push(...collapsible(`**Removed** (${removed.length})`, removed.map((b) => `- ${code(b.address)}`)));
    if (changed.length) {
      lines.push(`**Changed** (${changed.length})`, "");
      for (const b of changed) {
        lines.push(`- ${code(b.address)}${replacementNote(b)}`, "");
        const table = attributeTable(b).map((l) => `  ${l}`);
        if (b.attributes.length > COLLAPSE_OVER) lines.push(`  <details><summary>${b.attributes.length} attributes</summary>`, "", ...table, "", "  </details>", "");
        else lines.push(...table, "");
      }
    }
    const other = s.blocks.filter((b) => b.kind !== "resource");
    if (other.length) {
      const items: string[] = [];
      for (const b of other) {
        const verb = b.action === "add" ? "added" : b.action === "remove" ? "removed" : "changed";
        items.push(`- ${KIND_TITLE[b.kind]} ${code(b.address)} ${verb}`);
        if (b.action === "change") items.push(...attributeTable(b).map((l) => `  ${l}`));
      }
      lines.push(...collapsible(`**Other changes** (${other.length}: outputs, variables, providers, data sources, settings)`, items));
    }
  }
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function main(argv: string[]): number {
  const args = [...argv];
  let outFile: string | undefined;
  const o = args.indexOf("--out");
  if (o >= 0) {
    outFile = args[o + 1];
    args.splice(o, 2);
  }
  if (args.length !== 2 || (o >= 0 && !outFile)) {
    console.error("usage: npm run diff -- <base cdktf.out> <head cdktf.out> [--out diff.md]");
    return 2;
  }
  let md: string;
  try {
    md = renderMarkdown(diffSynth(readSynthOutput(args[0]), readSynthOutput(args[1])));
  } catch (e) {
    console.error(`synth diff: ${(e as Error).message}`);
    return 2;
  }
  if (outFile) writeFileSync(outFile, md);
  else process.stdout.write(md);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
