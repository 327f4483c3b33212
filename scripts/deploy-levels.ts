import { readFileSync } from "node:fs";
import minimatch from "minimatch";

/**
 * Orders the stacks a `npm run deploy` selects into levels that deploy one after the other.
 *
 * `cdktf deploy` refuses a selection whose stacks depend on stacks outside it ("apps-*" without "hub-*"),
 * and its `--ignore-missing-stack-dependencies` starts every selected stack at once, ignoring the
 * dependencies inside the selection too (cdktf-cli 0.21.0:
 * https://github.com/hashicorp/terraform-cdk/blob/v0.21.0/packages/@cdktf/cli-core/src/lib/cdktf-project.ts#L513-L533).
 * So deploy.sh runs one `cdktf deploy --ignore-missing-stack-dependencies` per level: stacks of one level run
 * in parallel, a stack runs after every selected stack it depends on.
 */
export type StackDependencies = Readonly<Record<string, readonly string[]>>;

/** `skipMissing`: a pattern that matches no stack is left out instead of refused (optional stacks, e.g. devops). */
export function deployLevels(stacks: StackDependencies, patterns: readonly string[], skipMissing = false): string[][] {
  const names = Object.keys(stacks);
  const selected = new Set<string>();
  for (const pattern of patterns) {
    // a pattern selects what `cdktf deploy <pattern>` would: cdktf-cli 0.21.0 matches stack names with
    // `minimatch(stack.name, pattern)`, minimatch 5.1.6, the version package.json pins as cdktf-cli does
    // (https://github.com/hashicorp/terraform-cdk/blob/v0.21.0/packages/@cdktf/cli-core/src/lib/helpers/stack-helpers.ts#L60-L63);
    // a runner VM is deployed only when named as one (`runner-seattle`, `runner-*`), never by a wider glob such
    // as '*': CI runs on those VMs, and a runner stack needs its registration tokens (docs/rollout.md)
    const hits = names.filter((n) => minimatch(n, pattern) && (!n.startsWith("runner-") || pattern.startsWith("runner-")));
    if (hits.length === 0 && !skipMissing) throw new Error(`no synthesized stack matches '${pattern}' (stacks: ${names.join(", ")})`);
    hits.forEach((n) => selected.add(n));
  }
  const level = new Map<string, number>();
  const levelOf = (name: string): number => {
    const known = level.get(name);
    if (known !== undefined) return known;
    const deps = (stacks[name] ?? []).filter((d) => selected.has(d));
    const l = deps.length === 0 ? 0 : 1 + Math.max(...deps.map(levelOf));
    level.set(name, l);
    return l;
  };
  const levels: string[][] = [];
  for (const name of names.filter((n) => selected.has(n))) (levels[levelOf(name)] ??= []).push(name);
  return levels.filter((l) => l !== undefined);
}

/** `deploy-levels.ts [--skip-missing] <manifest.json> <pattern>...`: one line per level, names separated by spaces. */
function cli(argv: string[]): number {
  const skipMissing = argv[0] === "--skip-missing";
  const [manifestFile, ...patterns] = skipMissing ? argv.slice(1) : argv;
  if (!manifestFile || patterns.length === 0) {
    console.error("usage: deploy-levels.ts [--skip-missing] <cdktf.out/manifest.json> <stack pattern>...");
    return 2;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { stacks: Record<string, { dependencies?: string[] }> };
  const stacks = Object.fromEntries(Object.entries(manifest.stacks).map(([n, s]) => [n, s.dependencies ?? []]));
  try {
    for (const l of deployLevels(stacks, patterns, skipMissing)) console.log(l.join(" "));
    return 0;
  } catch (e) {
    console.error(`deploy: ${(e as Error).message}`);
    return 2;
  }
}

if (require.main === module) process.exit(cli(process.argv.slice(2)));
