/**
 * `npm run bench`: synth and test-suite figures for this machine, in one run.
 *
 *   BENCH_RUNS=5 npm run bench        # runs per figure (default 3); min and median are printed
 *   npm run bench -- --synth-only     # without the test suite (minutes less on a loaded machine)
 *
 * Every synth writes into a fresh temporary folder (CDKTF_OUTDIR for `main.ts`, --output for the cdktf
 * CLI): the user's cdktf.out is never touched. Peak memory is the largest sum of RSS over the child process
 * tree (npm/npx and the cdktf CLI start more than one process), sampled from /proc every 10 ms on Linux.
 * The direct and CLI synths are measured side by side, both as a user types them (`npm run synth`,
 * `npx cdktf synth`) and as bare processes (node with tsx's loader, the cdktf binary).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import YAML from "yaml";

const ROOT = join(__dirname, "..");
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CDKTF = join(ROOT, "node_modules/.bin/cdktf");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

interface Sample {
  readonly seconds: number;
  readonly peakMb: number | undefined;
}

/** Pids of a process and all its descendants (Linux /proc). */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    (children.get(pid) ?? []).forEach(walk);
  };
  walk(root);
  return out;
}

function treeRssKb(root: number): number {
  let kb = 0;
  for (const pid of tree(root)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch {
      // exited meanwhile
    }
  }
  return kb;
}

/**
 * Runs a command to completion; fails loudly on a non-zero exit (a broken synth is not a figure). The peak
 * memory of its process tree is sampled every `sampleMs`: often enough for a sub-second synth, and rarely
 * for the test suite, whose hundreds of processes made a 10 ms walk of /proc cost it about 3 s of wall time.
 */
function measure(cmd: string, args: string[], env: Record<string, string>, sampleMs = 10): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const onLinux = process.platform === "linux";
    let peakKb = 0;
    const timer = onLinux ? setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), sampleMs) : undefined;
    child.on("error", reject);
    child.on("exit", (code) => {
      if (timer) clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}:\n${output.slice(-2000)}`));
      else resolve({ seconds, peakMb: onLinux ? peakKb / 1024 : undefined });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Figure {
  readonly label: string;
  readonly samples: Sample[];
}

async function repeat(label: string, run: () => Promise<Sample>): Promise<Figure> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run());
  const f = { label, samples };
  console.log(line(f));
  return f;
}

function line(f: Figure): string {
  const s = f.samples.map((x) => x.seconds);
  const m = f.samples.map((x) => x.peakMb).filter((x): x is number => x !== undefined);
  const mem = m.length ? `peak RSS min ${Math.min(...m).toFixed(0)} MB, median ${median(m).toFixed(0)} MB` : "peak RSS n/a (not Linux)";
  return `${f.label.padEnd(44)} wall min ${Math.min(...s).toFixed(2)} s, median ${median(s).toFixed(2)} s   ${mem}`;
}

/** The bundled default with its hubs copied to `count` hubs (new names, unique Traffic Manager priorities). */
function configWithHubs(dir: string, count: number): string {
  const raw = YAML.parse(readFileSync(join(ROOT, "config/default.yaml"), "utf8"));
  const templates = raw.hubs;
  raw.hubs = Array.from({ length: count }, (_, i) => {
    const hub = structuredClone(templates[i % templates.length]);
    hub.name = `hub${String(i + 1).padStart(2, "0")}`;
    hub.trafficManager = { ...hub.trafficManager, priority: i + 1 };
    return hub;
  });
  const file = join(dir, `hubs-${count}.yaml`);
  writeFileSync(file, YAML.stringify(raw));
  return file;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "ha-bench-"));
  const outdir = () => mkdtempSync(join(scratch, "out-"));
  const quiet = { CHECKPOINT_DISABLE: "1", CDKTF_DISABLE_TELEMETRY: "1", DISABLE_VERSION_CHECK: "1", FORCE_COLOR: "0" };
  // the direct path is what `npm run synth` runs: node with tsx's loader, no tsx CLI process in between
  const direct = (config?: string) => () =>
    measure(process.execPath, ["--import", "tsx", "main.ts"], { ...quiet, CDKTF_OUTDIR: outdir(), ...(config ? { HA_CONFIG: config } : {}) });
  try {
    console.log(`bench ${new Date().toISOString()}  node ${process.version}  ${cpus().length} cores  ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM  load average ${loadavg()[0].toFixed(2)}  runs=${RUNS}`);
    await direct()(); // warm-up, not counted: tsx compiles changed sources into its cache on the first run
    const d2 = await repeat("synth default (2 hubs), node --import tsx", direct());
    const cli = await repeat("synth default (2 hubs), cdktf CLI binary", () => measure(CDKTF, ["synth", "--output", outdir()], quiet));
    // as a user types them: npm and npx each add their own process start
    const npmSynth = await repeat("synth default (2 hubs), npm run synth", () => measure(NPM, ["run", "--silent", "synth"], { ...quiet, CDKTF_OUTDIR: outdir() }));
    const npxCli = await repeat("synth default (2 hubs), npx cdktf synth", () => measure(NPX, ["cdktf", "synth", "--output", outdir()], quiet));
    const d10 = await repeat("synth 10 hubs, node --import tsx", direct(configWithHubs(scratch, 10)));
    const d50 = await repeat("synth 50 hubs, node --import tsx", direct(configWithHubs(scratch, 50)));
    const tests = process.argv.includes("--synth-only")
      ? undefined
      : await repeat("test suite (npm test: tsc beside jest)", () => measure(NPM, ["test", "--silent"], {}, 250));

    const med = (f: Figure) => median(f.samples.map((s) => s.seconds));
    const ratio = med(d50) / med(d2);
    const peak2 = median(d2.samples.map((s) => s.peakMb ?? NaN));
    console.log(`ratio synth(10)/synth(2), median wall: ${(med(d10) / med(d2)).toFixed(2)}`);
    console.log(`ratio synth(50)/synth(2), median wall: ${ratio.toFixed(2)}`);
    const side = (label: string, a: Figure, b: Figure) =>
      console.log(`${label.padEnd(44)} ${med(a).toFixed(2)} s vs ${med(b).toFixed(2)} s median wall: ${(med(b) / med(a)).toFixed(2)}x`);
    side("npm run synth vs npx cdktf synth", npmSynth, npxCli);
    side("node --import tsx vs cdktf CLI binary", d2, cli);
    const target = (ok: boolean) => (ok ? "met" : "MISSED");
    console.log(
      `targets: default synth < 1.5 s direct: ${target(med(d2) < 1.5)}; < 300 MB: ${target(peak2 < 300)}; ` +
        `npx cdktf synth <= 3x npm run synth: ${target(med(npxCli) / med(npmSynth) <= 3)}; ` +
        `synth(50)/synth(2) < 4: ${target(ratio < 4)}; test suite < 30 s: ${tests ? target(med(tests) < 30) : "not run"}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
