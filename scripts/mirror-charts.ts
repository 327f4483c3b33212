/**
 * NEEDS NETWORK (a connected machine with `helm` on PATH; no credentials unless you push). Prepares the
 * third-party charts the config installs so a Terraform machine without internet access can install them:
 *
 *   npm run mirror-charts -- <out dir>                                   # HA_CONFIG or config/default.yaml
 *   npm run mirror-charts -- <out dir> --push oci://registry.example.com/charts
 *
 * 1. pulls nginx-ingress, azuremonitor-containers and, with app.data.mode replica-set, the Percona charts
 *    psmdb-operator and psmdb-db at the repositories and versions of the config (chartsToMirror);
 * 2. removes values.schema.json from the ingress chart and repackages it under the same name and version:
 *    the F5 chart's schema refers to JSON schemas on raw.githubusercontent.com, which Helm (and so the
 *    Terraform Helm provider) fetches on every install and upgrade (hashicorp/terraform-provider-helm#1609);
 * 3. copies the crds/ folder of the ingress and operator charts to <out dir>/<chart>-<version>-crds: Helm installs
 *    CRDs but never upgrades them, so apply these with `kubectl apply -f` before deploying a new chart version;
 * 4. prints the container images the charts reference with their default values, to copy into a registry the
 *    hubs can reach;
 * 5. with --push, `helm push`es the archives to the OCI registry: then set the repository keys it prints to it
 *    (same chart names and versions).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "../config/load";
import type { Config } from "../config/schema";
import { PERCONA } from "../constructs/apps/percona-names";

export const INGRESS_CHART = "nginx-ingress";
export const MONITORING_CHART = "azuremonitor-containers";

export interface ChartToMirror {
  readonly chart: string;
  readonly repository: string;
  readonly version: string;
  /** The config key that names the repository (set it to the mirror). */
  readonly repositoryKey: string;
  /** Its values.schema.json fetches from the internet: repackage without it. */
  readonly stripSchema: boolean;
  /** Its crds/ folder is copied beside the archive (Helm never upgrades CRDs). */
  readonly crds: boolean;
}

/**
 * The third-party charts the apps stacks install with this config, at their configured repositories and versions.
 */
export function chartsToMirror(app: Config["app"]): ChartToMirror[] {
  const charts: ChartToMirror[] = [
    { chart: INGRESS_CHART, repository: app.ingressController.repository, version: app.ingressController.version, repositoryKey: "app.ingressController.repository", stripSchema: true, crds: true },
    { chart: MONITORING_CHART, repository: app.monitoring.repository, version: app.monitoring.version, repositoryKey: "app.monitoring.repository", stripSchema: false, crds: false },
  ];
  if (app.data.mode === "replica-set") {
    const rs = app.data.replicaSet;
    charts.push(
      { chart: PERCONA.operatorChart, repository: rs.repository, version: rs.operatorVersion, repositoryKey: "app.data.replicaSet.repository", stripSchema: false, crds: true },
      { chart: PERCONA.databaseChart, repository: rs.repository, version: rs.databaseVersion, repositoryKey: "app.data.replicaSet.repository", stripSchema: false, crds: false },
    );
  }
  return charts;
}

/**
 * Repackages a chart archive without its values.schema.json (also in bundled subcharts), as
 * `<out dir>/<same file name>`; returns that path. Only `tar` is needed: a chart archive is a gzipped tar of
 * one `<chart>/` folder, which is what `helm package` writes too.
 */
export function withoutValuesSchema(archive: string, outDir: string): string {
  const work = mkdtempSync(join(tmpdir(), "chart-"));
  try {
    execFileSync("tar", ["-xzf", archive, "-C", work]);
    const [chart, ...others] = readdirSync(work);
    if (!chart || others.length > 0) throw new Error(`${archive}: not a chart archive (expected one top-level folder)`);
    for (const schema of schemaFiles(join(work, chart))) rmSync(schema);
    mkdirSync(outDir, { recursive: true });
    const out = join(resolve(outDir), basename(archive));
    execFileSync("tar", ["-czf", out, "-C", work, chart]);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** values.schema.json of a chart folder and of every subchart folder under charts/. */
function schemaFiles(chartDir: string): string[] {
  const own = join(chartDir, "values.schema.json");
  const subcharts = join(chartDir, "charts");
  const nested = existsSync(subcharts)
    ? readdirSync(subcharts, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => schemaFiles(join(subcharts, d.name)))
    : [];
  return [...(existsSync(own) ? [own] : []), ...nested];
}

/** Distinct `image:` references in rendered manifests (`helm template` output), sorted. */
export function imagesIn(manifests: string): string[] {
  const images = new Set<string>();
  for (const m of manifests.matchAll(/^\s*(?:-\s+)?image:\s*["']?([^"'\s]+)["']?\s*$/gm)) images.add(m[1]);
  return [...images].sort();
}

/** `helm pull` argv for a chart from an `oci://` or `https://` repository. */
export function pullArgs(repository: string, chart: string, version: string, dest: string): string[] {
  return repository.startsWith("oci://")
    ? ["pull", `${repository.replace(/\/$/, "")}/${chart}`, "--version", version, "--destination", dest]
    : ["pull", chart, "--repo", repository, "--version", version, "--destination", dest];
}

function main(argv: string[]): number {
  const [outDir, flag, target] = argv;
  if (!outDir || (flag !== undefined && (flag !== "--push" || !target?.startsWith("oci://")))) {
    console.error("usage: npm run mirror-charts -- <out dir> [--push oci://<registry>/<path>]");
    return 2;
  }
  const file = process.env.HA_CONFIG || DEFAULT_CONFIG_FILE;
  let app;
  try {
    app = loadConfig(file).app;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const line of e.lines()) console.error(line);
    return 2;
  }
  try {
    execFileSync("helm", ["version", "--short"], { stdio: "ignore" });
  } catch {
    console.error("mirror-charts: helm is not on PATH (install Helm 3 on this connected machine)");
    return 2;
  }
  const pulled = mkdtempSync(join(tmpdir(), "pulled-"));
  try {
    const charts = chartsToMirror(app);
    const archives: string[] = [];
    for (const c of charts) {
      try {
        execFileSync("helm", pullArgs(c.repository, c.chart, c.version, pulled), { stdio: "inherit" });
      } catch {
        console.error(`mirror-charts: helm could not pull ${c.chart} ${c.version} from ${c.repository} (run this on a machine with access to it)`);
        return 1;
      }
      const archive = join(pulled, `${c.chart}-${c.version}.tgz`);
      mkdirSync(outDir, { recursive: true });
      if (c.stripSchema) archives.push(withoutValuesSchema(archive, outDir));
      else {
        cpSync(archive, join(outDir, basename(archive)));
        archives.push(join(outDir, basename(archive)));
      }
      if (c.crds) {
        const untarred = join(pulled, `untarred-${c.chart}`);
        mkdirSync(untarred);
        execFileSync("tar", ["-xzf", archive, "-C", untarred]);
        const crds = join(untarred, c.chart, "crds");
        if (existsSync(crds)) cpSync(crds, join(outDir, `${c.chart}-${c.version}-crds`), { recursive: true });
      }
    }
    console.log(`charts in ${outDir}:`);
    for (const a of archives) console.log(`  ${basename(a)}`);
    console.log("images the charts reference (default values; copy them into a registry the hubs reach):");
    for (const a of archives) {
      try {
        for (const image of imagesIn(execFileSync("helm", ["template", "mirror", a], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }))) console.log(`  ${image}`);
      } catch {
        console.log(`  (${basename(a)} does not render with its default values: list its images with helm template --set ...)`);
      }
    }
    if (target) {
      for (const a of archives) {
        try {
          execFileSync("helm", ["push", a, target], { stdio: "inherit" });
        } catch {
          console.error(`mirror-charts: helm could not push ${basename(a)} to ${target} (helm registry login first)`);
          return 1;
        }
      }
      console.log(`pushed: set ${[...new Set(charts.map((c) => c.repositoryKey))].join(", ")} to ${target}`);
    }
    return 0;
  } finally {
    rmSync(pulled, { recursive: true, force: true });
  }
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
