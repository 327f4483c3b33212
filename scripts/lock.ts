/**
 * Provider lock files, committed per stack kind in stacks/locks/ and copied into every synthesized stack folder
 * by main.ts, so `terraform init` (run by cdktf, deploy.sh, plan.sh, rollout) installs only providers whose
 * checksums they list: the shared plugin cache can never feed an unverified provider (scripts/terraform-env.sh).
 *
 *   npm run lock                                    # NEEDS A PROVIDER REGISTRY: locks every provider of every stack kind
 *   npm run lock -- --fs-mirror DIR --platform linux_amd64   # from a `terraform providers mirror` of the registry's packages
 *
 * Each provider is locked with `terraform providers lock [-fs-mirror=DIR] -platform=P... <provider>`
 * (https://github.com/hashicorp/terraform/blob/v1.11.4/internal/command/providers_lock.go#L43-L49). From the
 * registry every file is written afresh; from a mirror the hashes already in the file are kept. A provider that cannot be locked (no
 * registry, not in the mirror) is listed in stacks/locks/unlocked.txt; __tests__/locks.test.ts checks both files
 * against what the stacks require.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const LOCKS_DIR = join(__dirname, "..", "stacks", "locks");
export const UNLOCKED_FILE = "unlocked.txt";
/** Platforms of the runners (Linux x64 VMs and hosted runners) and of the workstations that bootstrap them. */
export const DEFAULT_PLATFORMS = ["linux_amd64", "darwin_arm64", "darwin_amd64", "windows_amd64"];
export const UPDATE_HINT =
  "run `npm run lock` with a provider registry reachable (it runs `terraform providers lock -platform=linux_amd64 -platform=darwin_arm64 -platform=darwin_amd64 -platform=windows_amd64 <provider>` per stack kind) and commit stacks/locks/";

/** hub-seattle -> hub; global -> global. Stacks of one kind require the same providers. */
export function stackKind(stackId: string): string {
  const m = /^(hub|apps|runner)-/.exec(stackId);
  return m ? m[1] : stackId;
}

export const lockFileName = (kind: string) => `${kind}.terraform.lock.hcl`;

/** `source` as Terraform spells the provider address: "azurestack" -> registry.terraform.io/hashicorp/azurestack. */
export function providerAddress(source: string): string {
  const parts = source.split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${source}`;
  if (parts.length === 2) return `registry.terraform.io/${source}`;
  return source;
}

/** address -> exact version, for every provider of a synthesized cdk.tf.json (cdktf pins exact versions). */
export function requiredProviders(tfJson: any): Record<string, string> {
  const req = tfJson?.terraform?.required_providers ?? {};
  return Object.fromEntries(Object.values<any>(req).map((p) => [providerAddress(p.source), p.version]));
}

/** kind -> address -> version, over every stack of a synth output folder. */
export function requiredByKind(outdir: string): Record<string, Record<string, string>> {
  const stacks = readdirSync(join(outdir, "stacks")).map((id) => [id, JSON.parse(readFileSync(join(outdir, "stacks", id, "cdk.tf.json"), "utf8"))]);
  return requiredByKindOf(Object.fromEntries(stacks));
}

/** The same, from stack id -> parsed cdk.tf.json. */
export function requiredByKindOf(stacks: Record<string, any>): Record<string, Record<string, string>> {
  const byKind: Record<string, Record<string, string>> = {};
  for (const [id, json] of Object.entries(stacks)) Object.assign((byKind[stackKind(id)] ??= {}), requiredProviders(json));
  return byKind;
}

/** Puts the committed lock file of each stack's kind, where there is one, into that stack's folder. */
export function copyLockFiles(stacksDir: string, locksDir = LOCKS_DIR): void {
  for (const stack of readdirSync(stacksDir)) {
    const lock = join(locksDir, lockFileName(stackKind(stack)));
    if (existsSync(lock)) cpSync(lock, join(stacksDir, stack, ".terraform.lock.hcl"));
  }
}

export interface LockEntry {
  readonly version: string;
  /** What Terraform writes for the configuration's constraint: "3.7.2" for cdktf's exact pin. */
  readonly constraints?: string;
  readonly hashes: readonly string[];
}

/**
 * The two checksum schemes Terraform 1.11 knows: `zh:` the SHA-256 of a release zip (one per platform, as listed
 * in the release's signed SHA256SUMS), `h1:` the base64 SHA-256 "dirhash" of a package's contents
 * (https://github.com/hashicorp/terraform/blob/v1.11.4/internal/getproviders/providerreqs/hash.go#L124-L137).
 */
export const CHECKSUM_FORM = /^(zh:[0-9a-f]{64}|h1:[A-Za-z0-9+/]{43}=)$/;

/** The provider blocks of a .terraform.lock.hcl (the format terraform writes: internal/depsfile/locks_file.go). */
export function parseLockFile(text: string): Record<string, LockEntry> {
  const entries: Record<string, LockEntry> = {};
  for (const m of text.matchAll(/^provider "([^"]+)" \{\n([\s\S]*?)^\}/gm)) {
    const body = m[2];
    const version = /^\s*version\s*=\s*"([^"]+)"/m.exec(body)?.[1] ?? "";
    const constraints = /^\s*constraints\s*=\s*"([^"]*)"/m.exec(body)?.[1];
    const hashes = [.../hashes\s*=\s*\[([\s\S]*?)\]/.exec(body)?.[1].matchAll(/"([^"]+)"/g) ?? []].map((h) => h[1]);
    entries[m[1]] = { version, constraints, hashes };
  }
  return entries;
}

/** `<kind> <address> <version>` lines of unlocked.txt (comments and blank lines ignored). */
export function parseUnlocked(text: string): Set<string> {
  return new Set(
    text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#")),
  );
}

/** Everything wrong between the committed locks and what the stacks require, one line each (empty: all good). */
export function lockProblems(required: Record<string, Record<string, string>>, locksDir = LOCKS_DIR): string[] {
  const problems: string[] = [];
  const unlockedPath = join(locksDir, UNLOCKED_FILE);
  const unlocked = existsSync(unlockedPath) ? parseUnlocked(readFileSync(unlockedPath, "utf8")) : new Set<string>();
  const used = new Set<string>();
  for (const [kind, providers] of Object.entries(required).sort()) {
    const file = join(locksDir, lockFileName(kind));
    const locked = existsSync(file) ? parseLockFile(readFileSync(file, "utf8")) : {};
    for (const [address, version] of Object.entries(providers).sort()) {
      const line = `${kind} ${address} ${version}`;
      const entry = locked[address];
      if (unlocked.has(line)) {
        used.add(line);
        if (entry) problems.push(`stacks/locks/${lockFileName(kind)} locks ${address}, which ${UNLOCKED_FILE} says is not locked: remove the line "${line}"`);
        continue;
      }
      if (!entry) problems.push(`stacks/locks/${lockFileName(kind)} does not lock ${address} ${version}, which the ${kind} stacks require: ${UPDATE_HINT}`);
      else if (entry.version !== version) problems.push(`stacks/locks/${lockFileName(kind)} locks ${address} ${entry.version}, but the ${kind} stacks require ${version}: ${UPDATE_HINT}`);
      else if (entry.hashes.length === 0) problems.push(`stacks/locks/${lockFileName(kind)} lists no checksum for ${address}: ${UPDATE_HINT}`);
      for (const hash of entry?.hashes ?? []) {
        if (!CHECKSUM_FORM.test(hash)) problems.push(`stacks/locks/${lockFileName(kind)} lists "${hash}" for ${address}, which is no zh: or h1: checksum: ${UPDATE_HINT}`);
      }
    }
    for (const address of Object.keys(locked)) {
      if (!(address in providers)) problems.push(`stacks/locks/${lockFileName(kind)} locks ${address}, which no ${kind} stack requires any more: ${UPDATE_HINT}`);
    }
  }
  for (const line of unlocked) if (!used.has(line)) problems.push(`stacks/locks/${UNLOCKED_FILE} lists "${line}", which no stack requires: ${UPDATE_HINT}`);
  for (const f of existsSync(locksDir) ? readdirSync(locksDir) : []) {
    const kind = f.replace(/\.terraform\.lock\.hcl$/, "");
    if (f !== kind && !(kind in required)) problems.push(`stacks/locks/${f} is for no stack kind (kinds: ${Object.keys(required).sort().join(", ")}): remove it`);
  }
  return problems;
}

function main(argv: string[]): number {
  const platforms: string[] = [];
  let mirror: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--platform" && argv[i + 1]) platforms.push(argv[++i]);
    else if (argv[i] === "--fs-mirror" && argv[i + 1]) mirror = resolve(argv[++i]);
    else {
      console.error("usage: npm run lock -- [--fs-mirror DIR] [--platform OS_ARCH]...");
      return 2;
    }
  }
  const root = join(__dirname, "..");
  const scratch = mkdtempSync(join(tmpdir(), "ha-lock-"));
  try {
    const outdir = join(scratch, "out");
    const synth = spawnSync(process.execPath, ["--import", "tsx", "main.ts"], { cwd: root, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: "inherit" });
    if (synth.status !== 0) return synth.status ?? 1;
    const unlocked: string[] = [];
    mkdirSync(LOCKS_DIR, { recursive: true });
    for (const [kind, providers] of Object.entries(requiredByKind(outdir)).sort()) {
      const dir = join(scratch, kind);
      mkdirSync(dir);
      const file = join(LOCKS_DIR, lockFileName(kind));
      // from a mirror: add to what is there; from the registry: start afresh, so checksums of builds that are not
      // the registry's (a mirror's, e.g. ../shared/terraform-providers) are dropped rather than kept beside them
      if (mirror && existsSync(file)) writeFileSync(join(dir, ".terraform.lock.hcl"), readFileSync(file));
      const req = Object.fromEntries(Object.entries(providers).map(([address, version], i) => [`p${i}`, { source: address, version }]));
      writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: req } }));
      for (const [address, version] of Object.entries(providers).sort()) {
        const args = ["providers", "lock", ...(mirror ? [`-fs-mirror=${mirror}`] : []), ...(platforms.length ? platforms : DEFAULT_PLATFORMS).map((p) => `-platform=${p}`), address];
        const r = spawnSync("terraform", [`-chdir=${dir}`, ...args], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
        if (r.status === 0) console.error(`lock: ${kind}: ${address} ${version}`);
        else {
          unlocked.push(`${kind} ${address} ${version}`);
          console.error(`lock: ${kind}: ${address} ${version} NOT locked: ${r.stderr.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.replace(/^[│╷╵\s]+/, "")).filter((l) => l.startsWith("Error"))[0] ?? "see terraform providers lock"}`);
        }
      }
      const lock = join(dir, ".terraform.lock.hcl");
      // keep only the providers this kind requires
      if (existsSync(lock)) {
        const text = readFileSync(lock, "utf8").replace(/^provider "([^"]+)" \{\n[\s\S]*?^\}\n*/gm, (block, address: string) => (address in providers ? `${block.trimEnd()}\n\n` : ""));
        if (/^provider "/m.test(text)) writeFileSync(file, `${text.trimEnd()}\n`);
        else rmSync(file, { force: true });
      }
    }
    const header = readFileSync(join(LOCKS_DIR, UNLOCKED_FILE), "utf8")
      .split("\n")
      .filter((l) => l.startsWith("#"));
    writeFileSync(join(LOCKS_DIR, UNLOCKED_FILE), [...header, ...unlocked, ""].join("\n"));
    console.error(unlocked.length ? `lock: ${unlocked.length} provider(s) not locked (listed in stacks/locks/${UNLOCKED_FILE})` : "lock: every provider is locked");
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
