import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { helmLint, helmNotes, helmTemplate, withChartCopy, type RenderOptions } from "./helm";
import { configFrom, defaultRaw, REPO_ROOT, resources, synthApp } from "./helpers";
import { consistencyProblems, validateKubernetes } from "./k8s-checks";

// the chart folder itself (loading stacks/ for its constant costs 0.4 s; the synth below is shared by the run)
const RATINGS_CHART_DIR = join(REPO_ROOT, "charts", "ratings");

// app.data.mode per-hub: the values that use every template, the chart's own MongoDB included (the replica-set
// and cosmos values are rendered in data.test.ts)
const rawConfig = defaultRaw();
rawConfig.app.data = { mode: "per-hub" };
const config = configFrom(rawConfig);
const stack = synthApp(config).stacks["apps-seattle"];
const releaseOf = (name: string) => resources(stack, "helm_release").find(([, r]) => r.name === name)![1];
const ratingsRelease = releaseOf("ratings");
/** Exactly the values the apps stack hands to the chart. */
const stackValues = YAML.parse(ratingsRelease.values[0]);
/** The release as the stack installs it, on the oldest Kubernetes version the config accepts for a hub. */
const release: RenderOptions = { release: ratingsRelease.name, namespace: config.app.namespace, kubeVersion: config.hubs[0].cluster.kubernetesVersion };
const render = (values: unknown = stackValues, o: Partial<RenderOptions> = {}) => helmTemplate(RATINGS_CHART_DIR, values, { ...release, ...o });
const objects = render();
const find = (kind: string, name: string) => objects.find((o) => o.object.kind === kind && o.object.metadata.name === name)?.object;
const clone = () => objects.map((o) => structuredClone(o.object));
/** Helm's merge of user values over values.yaml, for the edge cases: maps merge key by key, the rest replaces. */
const merge = (base: any, over: any): any =>
  base && over && typeof base === "object" && typeof over === "object" && !Array.isArray(base) && !Array.isArray(over)
    ? Object.fromEntries([...new Set([...Object.keys(base), ...Object.keys(over)])].map((k) => [k, k in over ? merge(base[k], over[k]) : base[k]]))
    : over;
const chartValues = YAML.parse(readFileSync(join(RATINGS_CHART_DIR, "values.yaml"), "utf8"));

describe("ratings chart: helm lint --strict", () => {
  it("passes with the stack's values", () => {
    const r = helmLint(RATINGS_CHART_DIR, stackValues, release.kubeVersion);
    expect(r.output).toContain("1 chart(s) linted, 0 chart(s) failed");
    expect(r.status).toBe(0);
  });

  it("fails on a template error (the check can fail)", () => {
    const r = withChartCopy(
      RATINGS_CHART_DIR,
      (copy) => writeFileSync(join(copy, "templates/web-service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.web.nope.name }}\n"),
      (copy) => helmLint(copy, stackValues, release.kubeVersion),
    );
    expect(r.output).toMatch(/nil pointer evaluating interface \{\}\.name/);
    expect(r.status).not.toBe(0);
  });
});

describe("ratings chart: values (values.schema.json, enforced by helm template)", () => {
  it("rejects values.yaml alone: the images have no default", () => {
    expect(() => render({})).toThrow(/images: api is required/);
  });

  it.each([
    ["an image tagged latest", { images: { web: "r.example.com/ratings-web:latest" } }, "images.web: Must not validate the schema (not)"],
    ["an untagged image", { images: { api: "r.example.com/ratings-api" } }, "images.api: Does not match pattern"],
    ["a non-official MongoDB image", { images: { mongodb: "docker.io/bitnami/mongodb:8.0.4" } }, "images.mongodb: Does not match pattern '/mongo[:@]'"],
    ["a container without limits", { web: { resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: null } } }, "web.resources: limits is required"],
    ["an unknown value", { web: { replicas: 3 } }, "web: Additional property replicas is not allowed"],
    ["a malformed pull secret", { imagePullSecrets: ["acr-pull"] }, "imagePullSecrets.0: Invalid type. Expected: object, given: string"],
  ])("rejects %s", (_, override, message) => {
    expect(() => render(merge(stackValues, override))).toThrow(message);
  });

  it("reads every value of values.yaml and the stack's values somewhere (no dead settings)", () => {
    const leaves = (v: any, path: string[]): string[][] =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k])) : [path];
    const all = leaves(merge(chartValues, stackValues), []);
    expect(all.length).toBeGreaterThan(10);
    // one render with a unique marker in every leaf (schema off: markers are not valid values); a leaf whose
    // marker is not in the output is read by no template
    const marked = structuredClone(stackValues);
    all.forEach((path, i) => {
      let node = marked;
      for (const k of path.slice(0, -1)) node = node[k] ??= {};
      node[path.at(-1)!] = `marker-${i}-end`;
    });
    const text = JSON.stringify(render(marked, { flags: ["--skip-schema-validation"] }));
    // mongodb.inCluster is a switch, never printed: checked below by what it renders
    expect(all.filter((_, i) => !text.includes(`marker-${i}-end`)).map((p) => p.join("."))).toEqual(["mongodb.inCluster"]);
    const external = render(merge(stackValues, { mongodb: { inCluster: false } })).map((o) => `${o.object.kind}/${o.object.metadata.name}`);
    expect(external).not.toContain("StatefulSet/ratings-mongodb");
    expect(external).not.toContain("Service/ratings-mongodb");
    expect(external).toContain("Deployment/ratings-api");
  });

  it("gets no secret from the stack: only names, images and the ingress class", () => {
    expect(Object.keys(stackValues).sort()).toEqual(["imagePullSecrets", "images", "ingress", "mongodb"]);
    expect(stackValues.mongodb).toEqual({ credentialsSecret: "ratings-mongodb-credentials", inCluster: true, caSecret: "" });
    expect(ratingsRelease.values[0]).not.toMatch(/password|random_password|\$\{/i);
  });
});

describe("ratings chart: rendered objects", () => {
  it("renders every template, one Kubernetes object each", () => {
    const templates = readdirSync(join(RATINGS_CHART_DIR, "templates")).filter((f) => f.endsWith(".yaml"));
    expect(objects.map((o) => o.template).sort()).toEqual(templates.map((f) => `templates/${f}`).sort());
    expect(objects.map((o) => `${o.object.kind}/${o.object.metadata.name}`).sort()).toEqual([
      "Deployment/ratings-api",
      "Deployment/ratings-web",
      "Ingress/ratings-web",
      "Service/ratings-api",
      "Service/ratings-mongodb",
      "Service/ratings-web",
      "StatefulSet/ratings-mongodb",
    ]);
  });

  it("labels every object with the standard app.kubernetes.io/* set and helm.sh/chart", () => {
    for (const { object } of objects) {
      expect(object.metadata.labels).toEqual({
        "helm.sh/chart": "ratings-1.0.0",
        "app.kubernetes.io/name": object.metadata.name,
        "app.kubernetes.io/instance": release.release,
        "app.kubernetes.io/version": "1.0.0",
        "app.kubernetes.io/managed-by": "Helm",
        "app.kubernetes.io/part-of": "ratings",
        "app.kubernetes.io/component": expect.stringMatching(/^(api|web|database)$/),
      });
    }
    // pod labels carry no chart version: a chart upgrade alone must not restart pods
    expect(find("Deployment", "ratings-web").spec.template.metadata.labels["helm.sh/chart"]).toBeUndefined();
  });

  it("prints NOTES that tell the user how to reach the app", () => {
    const notes = helmNotes(RATINGS_CHART_DIR, stackValues, release);
    expect(notes).toContain("kubectl get ingress ratings-web --namespace ratings");
    expect(notes).toContain("kubectl port-forward --namespace ratings service/ratings-web 8080:80");
    expect(notes).toContain('IngressClass "nginx"');
  });

  it.each([
    ["digest-pinned images, no pull secrets", { images: { api: `r.example.com/ratings-api@sha256:${"a".repeat(64)}`, web: "r.example.com:5000/team/ratings-web:1.2.3" }, imagePullSecrets: [] }],
    ["two pull secrets, a large api, another class", { imagePullSecrets: [{ name: "a" }, { name: "b.c" }], api: { replicas: 20 }, ingress: { className: "nginx-internal" } }],
    ["fractional quantities", { mongodb: { storageSize: "1Ti", resources: { requests: { cpu: "0.5", memory: "1.5Gi" }, limits: { cpu: "2", memory: "4Gi" } } } }],
  ])("renders valid, consistent objects with edge values: %s", (_, override) => {
    const edge = render(merge(stackValues, override), { release: "r2", namespace: "other-ns" });
    expect(edge).toHaveLength(objects.length);
    for (const { object } of edge) {
      expect(() => validateKubernetes(object)).not.toThrow();
      expect(object.metadata.namespace).toBe("other-ns");
    }
    expect(consistencyProblems(edge.map((o) => o.object))).toEqual([]);
  });

  it.each(objects.map((o) => [o.template, o.object]))("%s is valid against the Kubernetes API schema", (_, object) => {
    expect(() => validateKubernetes(object)).not.toThrow();
    expect(object.metadata.namespace).toBe("ratings");
  });

  it("has no consistency problem: selectors, ports, probes, resources, images", () => {
    expect(consistencyProblems(objects.map((o) => o.object))).toEqual([]);
  });

  it("shows what the guide shows: ClusterIP services ratings-api and ratings-web on port 80", () => {
    for (const name of ["ratings-api", "ratings-web"]) {
      const svc = find("Service", name);
      expect(svc.spec.type).toBe("ClusterIP");
      expect(svc.spec.ports.map((p: any) => p.port)).toEqual([80]);
    }
    expect(find("Deployment", "ratings-api").spec.template.spec.containers[0].ports).toEqual([{ name: "http", containerPort: 3000 }]);
    expect(find("Deployment", "ratings-web").spec.template.spec.containers[0].ports).toEqual([{ name: "http", containerPort: 8080 }]);
  });

  it("probes the api on /healthz:3000 and the web on /:8080, for readiness and liveness", () => {
    const probe = (name: string, kind: string) => find("Deployment", name).spec.template.spec.containers[0][kind].httpGet;
    for (const kind of ["readinessProbe", "livenessProbe"]) {
      expect(probe("ratings-api", kind)).toEqual({ path: "/healthz", port: "http" });
      expect(probe("ratings-web", kind)).toEqual({ path: "/", port: "http" });
    }
  });

  it("runs the stack's images, the official mongo image, and pull secrets when given", () => {
    const image = (kind: string, name: string) => find(kind, name).spec.template.spec.containers[0].image;
    expect(image("Deployment", "ratings-api")).toBe(config.app.images.api);
    expect(image("Deployment", "ratings-web")).toBe(config.app.images.web);
    expect(image("StatefulSet", "ratings-mongodb")).toBe("docker.io/library/mongo:8.0.4");
    // the stack passes the registry pull secret it creates (asserted in app.test.ts)
    expect(find("Deployment", "ratings-web").spec.template.spec.imagePullSecrets).toEqual([{ name: "ratings-registry" }]);
    const withPull = render(merge(stackValues, { imagePullSecrets: [{ name: "acr-pull" }] }));
    for (const { object } of withPull.filter((o) => ["Deployment", "StatefulSet"].includes(o.object.kind))) {
      expect(object.spec.template.spec.imagePullSecrets).toEqual([{ name: "acr-pull" }]);
      validateKubernetes(object);
    }
  });

  it("gives MongoDB a headless service that selects its pods and a volume per replica", () => {
    const sts = find("StatefulSet", "ratings-mongodb");
    const svc = find("Service", "ratings-mongodb");
    expect(svc.spec.clusterIP).toBe("None");
    expect(sts.spec.serviceName).toBe("ratings-mongodb");
    expect(Object.entries(svc.spec.selector).every(([k, v]) => sts.spec.template.metadata.labels[k] === v)).toBe(true);
    expect(sts.spec.volumeClaimTemplates).toEqual([
      { metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "8Gi" } } } },
    ]);
    expect(sts.spec.template.spec.containers[0].volumeMounts).toEqual([{ name: "data", mountPath: "/data/db" }]);
  });

  it("reads MongoDB credentials only from the Secret the stack creates, with keys that Secret has", () => {
    const [[, secret]] = resources(stack, "kubernetes_secret_v1").filter(([, s]) => s.type === "Opaque");
    const refs = objects.flatMap((o) =>
      (o.object.spec.template?.spec.containers ?? []).flatMap((c: any) => (c.env ?? []).filter((e: any) => e.valueFrom).map((e: any) => e.valueFrom.secretKeyRef)),
    );
    expect(refs.length).toBe(3);
    for (const ref of refs) {
      expect(ref.name).toBe(secret.metadata.name);
      expect(Object.keys(secret.data)).toContain(ref.key);
    }
    const text = objects.map((o) => JSON.stringify(o.object)).join("\n");
    expect(text).not.toMatch(/password"\s*:\s*"|value":"[^"]*:[^"]*@/i);
  });

  it("routes any Host (Traffic Manager probes by IP) through the controller's class with networking.k8s.io/v1", () => {
    const ing = find("Ingress", "ratings-web");
    expect(ing.apiVersion).toBe("networking.k8s.io/v1");
    const controller = YAML.parse(releaseOf("nginx-ingress").values[0]);
    expect(ing.spec.ingressClassName).toBe(controller.controller.ingressClass.name);
    expect(ing.spec.rules).toHaveLength(1);
    expect(ing.spec.rules[0].host).toBeUndefined();
    expect(ing.spec.rules[0].http.paths).toEqual([{ path: "/", pathType: "Prefix", backend: { service: { name: "ratings-web", port: { name: "http" } } } }]);
  });

  it("leaves the web replica count to the HPA, which targets a rendered Deployment with CPU requests", () => {
    const [[, hpa]] = resources(stack, "kubernetes_horizontal_pod_autoscaler_v2");
    const target = find(hpa.spec.scale_target_ref.kind, hpa.spec.scale_target_ref.name);
    expect(target.apiVersion).toBe(hpa.spec.scale_target_ref.api_version);
    expect(target.spec.replicas).toBeUndefined();
    expect(target.spec.template.spec.containers[0].resources.requests.cpu).toBeDefined();
  });
});

describe("ratings chart: the checks catch the defects of the guide's chart", () => {
  it("fails when the MongoDB service selector stops matching the pod labels (rendered output mutated)", () => {
    const mutated = clone();
    mutated.find((o) => o.kind === "Service" && o.metadata.name === "ratings-mongodb").spec.selector = { app: "mongodb" };
    const problems = consistencyProblems(mutated);
    expect(problems).toContain('Service ratings-mongodb: selector {"app":"mongodb"} matches no pod template');
    expect(problems).toContain("StatefulSet ratings-mongodb: Service ratings-mongodb does not select its pods");
  });

  it("fails when the template's selector label is edited (template source mutated)", () => {
    const rendered = withChartCopy(
      RATINGS_CHART_DIR,
      (copy) => {
        const file = join(copy, "templates/mongodb-service.yaml");
        const source = readFileSync(file, "utf8");
        const edited = source.replace(/  selector:\n.*\n/, "  selector:\n    app.kubernetes.io/name: mongodb\n");
        expect(edited).not.toBe(source);
        writeFileSync(file, edited);
      },
      (copy) => helmTemplate(copy, stackValues, release),
    );
    expect(consistencyProblems(rendered.map((o) => o.object)).join("\n")).toMatch(/Service ratings-mongodb: selector .* matches no pod template/);
  });

  it("fails on a missing probe, missing resources, a dangling port and a latest image", () => {
    const mutated = clone();
    const web = mutated.find((o) => o.kind === "Deployment" && o.metadata.name === "ratings-web");
    delete web.spec.template.spec.containers[0].livenessProbe;
    delete web.spec.template.spec.containers[0].resources.requests;
    web.spec.template.spec.containers[0].image = "r.example.com/ratings-web:latest";
    mutated.find((o) => o.kind === "Service" && o.metadata.name === "ratings-api").spec.ports[0].targetPort = 8000;
    expect(consistencyProblems(mutated)).toEqual([
      "Deployment ratings-web container ratings-web: has no livenessProbe",
      "Deployment ratings-web container ratings-web: has no cpu requests",
      "Deployment ratings-web container ratings-web: has no memory requests",
      "Deployment ratings-web container ratings-web: image r.example.com/ratings-web:latest is not pinned",
      "Service ratings-api: targetPort 8000 is not a port of Deployment ratings-api",
    ]);
  });

  it("fails when the Ingress points at a service or port that does not exist", () => {
    const mutated = clone();
    mutated.find((o) => o.kind === "Ingress").spec.rules[0].http.paths[0].backend.service.port = { number: 8080 };
    expect(consistencyProblems(mutated)).toEqual(["Ingress ratings-web: Service ratings-web has no port 8080"]);
  });

  it("rejects the removed networking.k8s.io/v1beta1 Ingress and schema violations", () => {
    const ing = structuredClone(find("Ingress", "ratings-web"));
    expect(() => validateKubernetes({ ...ing, apiVersion: "networking.k8s.io/v1beta1" })).toThrow(/not a GA API version/);
    expect(() => validateKubernetes({ ...ing, apiVersion: "networking.k8s.io/v2" })).toThrow(/not a Kubernetes API kind/);
    const api = structuredClone(find("Deployment", "ratings-api"));
    api.spec.template.spec.containers[0].ports[0].containerPort = "3000";
    expect(() => validateKubernetes(api)).toThrow(/containerPort must be integer/);
  });

  it("rejects fields the Kubernetes schema does not define, as Helm does (a misspelt probe would otherwise vanish)", () => {
    const web = structuredClone(find("Deployment", "ratings-web"));
    const c = web.spec.template.spec.containers[0];
    c.readinesProbe = c.readinessProbe;
    delete c.readinessProbe;
    web.spec.template.spec.securityContext = { fsGroupp: 999 };
    expect(() => validateKubernetes(web)).toThrow(
      "Deployment ratings-web: unknown field(s) /spec/template/spec/containers/0/readinesProbe, /spec/template/spec/securityContext/fsGroupp",
    );
  });
});
