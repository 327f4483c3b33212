import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { chartsToMirror, imagesIn, pullArgs, withoutValuesSchema } from "../scripts/mirror-charts";
import { defaultConfig } from "./helpers";

/**
 * The offline part of `npm run mirror-charts` (pulling needs network): the schema-stripping repackaging on a
 * local chart shaped like the F5 chart (a values.schema.json with a remote $ref, CRDs, a subchart), checked
 * with the real `tar` and, where a Helm binary is available, the real `helm template`.
 */
describe("mirror-charts", () => {
  const scratch = mkdtempSync(join(tmpdir(), "mirror-charts-"));
  const files: Record<string, string> = {
    "nginx-ingress/Chart.yaml": "apiVersion: v2\nname: nginx-ingress\nversion: 2.6.4\nappVersion: 5.5.4\n",
    "nginx-ingress/values.yaml": "controller:\n  image:\n    repository: nginx/nginx-ingress\n    tag: 5.5.4\n",
    "nginx-ingress/values.schema.json": JSON.stringify({
      $schema: "http://json-schema.org/draft-07/schema#",
      properties: { controller: { $ref: "https://raw.githubusercontent.com/nginxinc/kubernetes-json-schema/master/v1.33.1/_definitions.json#/definitions/io.k8s.api.core.v1.Container" } },
    }),
    "nginx-ingress/templates/deployment.yaml":
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  selector:\n    matchLabels: { app: x }\n  template:\n    metadata:\n      labels: { app: x }\n    spec:\n      containers:\n        - name: controller\n          image: {{ .Values.controller.image.repository }}:{{ .Values.controller.image.tag }}\n",
    "nginx-ingress/crds/k8s.nginx.org_virtualservers.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: virtualservers.k8s.nginx.org\n",
    "nginx-ingress/charts/sub/Chart.yaml": "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
    "nginx-ingress/charts/sub/values.schema.json": JSON.stringify({ $ref: "https://example.com/schema.json" }),
  };
  const source = join(scratch, "src");
  const archive = join(scratch, "pulled", "nginx-ingress-2.6.4.tgz");
  const list = (tgz: string) => execFileSync("tar", ["-tzf", tgz], { encoding: "utf8" }).split("\n").filter((f) => f && !f.endsWith("/")).sort();

  beforeAll(() => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(source, path)), { recursive: true });
      writeFileSync(join(source, path), text);
    }
    mkdirSync(dirname(archive), { recursive: true });
    execFileSync("tar", ["-czf", archive, "-C", source, "nginx-ingress"]);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("repackages the chart under the same file name without any values.schema.json, everything else kept", () => {
    const out = withoutValuesSchema(archive, join(scratch, "mirror"));
    expect(basename(out)).toBe("nginx-ingress-2.6.4.tgz");
    expect(list(out)).toEqual(Object.keys(files).filter((f) => !f.endsWith("values.schema.json")).sort());
    expect(list(archive)).toContain("nginx-ingress/values.schema.json"); // the pulled archive is left as it was
  });

  it("refuses an archive that is not one chart folder", () => {
    const bad = join(scratch, "bad.tgz");
    writeFileSync(join(source, "stray.txt"), "x");
    execFileSync("tar", ["-czf", bad, "-C", source, "nginx-ingress", "stray.txt"]);
    expect(() => withoutValuesSchema(bad, join(scratch, "bad-out"))).toThrow("not a chart archive (expected one top-level folder)");
  });

  it("renders with the real Helm and no network once the schema is gone (and not before)", () => {
    const helm = helmCommand();
    if (!helm) return; // no Helm binary on this machine: the tar-level checks above still ran
    // no network: every HTTPS request goes to a closed local port
    const offline = { PATH: process.env.PATH ?? "", HOME: scratch, HELM_CACHE_HOME: scratch, HTTPS_PROXY: "http://127.0.0.1:9", HTTP_PROXY: "http://127.0.0.1:9" };
    const before = spawnSync(helm, ["template", "mirror", archive], { encoding: "utf8", env: offline });
    expect(before.status).not.toBe(0);
    expect(before.stderr).toContain("raw.githubusercontent.com");
    const out = withoutValuesSchema(archive, join(scratch, "mirror-helm"));
    const after = spawnSync(helm, ["template", "mirror", out], { encoding: "utf8", env: offline });
    expect(after.stderr).toBe("");
    expect(imagesIn(after.stdout)).toEqual(["nginx/nginx-ingress:5.5.4"]);
  });

  it("lists each image of rendered manifests once", () => {
    const manifests = "containers:\n  - name: a\n    image: nginx/nginx-ingress:5.5.4\n  - image: \"mcr.microsoft.com/azuremonitor/containerinsights/ciprod:3.1.28\"\n---\n        image: nginx/nginx-ingress:5.5.4\n";
    expect(imagesIn(manifests)).toEqual(["mcr.microsoft.com/azuremonitor/containerinsights/ciprod:3.1.28", "nginx/nginx-ingress:5.5.4"]);
  });

  it("pulls from OCI and HTTPS repositories with the pinned version", () => {
    expect(pullArgs("oci://ghcr.io/nginx/charts", "nginx-ingress", "2.6.4", "d")).toEqual(["pull", "oci://ghcr.io/nginx/charts/nginx-ingress", "--version", "2.6.4", "--destination", "d"]);
    expect(pullArgs("https://microsoft.github.io/charts/repo/azuremonitor-containers", "azuremonitor-containers", "3.1.28", "d")).toEqual([
      "pull",
      "azuremonitor-containers",
      "--repo",
      "https://microsoft.github.io/charts/repo/azuremonitor-containers",
      "--version",
      "3.1.28",
      "--destination",
      "d",
    ]);
  });
});

/** A real Helm binary: the test helper's pinned one when the repository has it, else `helm` on PATH. */
function helmCommand(): string | undefined {
  if (existsSync(join(__dirname, "helm.ts"))) return require("./helm").helmBinary();
  return spawnSync("helm", ["version", "--short"]).status === 0 ? "helm" : undefined;
}

describe("the charts mirror-charts pulls", () => {
  const app = defaultConfig().app;
  const names = (a: typeof app) => chartsToMirror(a).map((c) => `${c.chart} ${c.version} ${c.repository}`);

  it("are every third-party chart of the config at its repository and version: with a replica set, Percona's two", () => {
    expect(app.data.mode).toBe("replica-set");
    expect(names(app)).toEqual([
      `nginx-ingress ${app.ingressController.version} ${app.ingressController.repository}`,
      `azuremonitor-containers ${app.monitoring.version} ${app.monitoring.repository}`,
      "psmdb-operator 1.22.0 https://percona.github.io/percona-helm-charts",
      "psmdb-db 1.22.2 https://percona.github.io/percona-helm-charts",
    ]);
    // Helm never upgrades CRDs: the ingress and operator charts' CRDs are copied beside their archives
    expect(chartsToMirror(app).filter((c) => c.crds).map((c) => c.chart)).toEqual(["nginx-ingress", "psmdb-operator"]);
    expect(chartsToMirror(app).filter((c) => c.stripSchema).map((c) => c.chart)).toEqual(["nginx-ingress"]);
  });

  it("leave the Percona charts out when no replica set runs in the hubs", () => {
    for (const mode of ["cosmos", "per-hub"] as const) {
      expect(names({ ...app, data: { ...app.data, mode } }).map((n) => n.split(" ")[0])).toEqual(["nginx-ingress", "azuremonitor-containers"]);
    }
  });
});
