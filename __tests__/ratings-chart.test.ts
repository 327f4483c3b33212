import YAML from "yaml";
import {
  ChartError,
  consistencyProblems,
  mergeValues,
  readChart,
  referencedPaths,
  renderChart,
  renderTemplate,
  schemaErrors,
  validateKubernetes,
} from "./chart-render";
import { defaultConfig, RATINGS_CHART_DIR, resources, synthApp } from "./helpers";

const config = defaultConfig();
const stack = synthApp(config).stacks["apps-seattle"];
const releaseOf = (name: string) => resources(stack, "helm_release").find(([, r]) => r.name === name)![1];
const ratingsRelease = releaseOf("ratings");
/** Exactly the values the apps stack hands to the chart. */
const stackValues = YAML.parse(ratingsRelease.values[0]);
const release = { name: ratingsRelease.name, namespace: config.app.namespace };
const chart = readChart(RATINGS_CHART_DIR);
const objects = renderChart(chart, stackValues, release);
const find = (kind: string, name: string) => objects.find((o) => o.object.kind === kind && o.object.metadata.name === name)?.object;
const clone = () => objects.map((o) => structuredClone(o.object));

describe("ratings chart: values", () => {
  it("accepts values.yaml merged with the stack's values under values.schema.json (what helm install enforces)", () => {
    expect(schemaErrors(chart.schema, mergeValues(chart.values, stackValues))).toEqual([]);
  });

  it("rejects values.yaml alone: the images have no default", () => {
    expect(schemaErrors(chart.schema, chart.values)).toContain("/images must have required property 'api'");
  });

  it.each([
    ["an image tagged latest", { images: { web: "r.example.com/ratings-web:latest" } }, "/images/web must NOT be valid"],
    ["an untagged image", { images: { api: "r.example.com/ratings-api" } }, "/images/api must match pattern"],
    ["a non-official MongoDB image", { images: { mongodb: "docker.io/bitnami/mongodb:8.0.4" } }, "/images/mongodb must match pattern"],
    ["a container without limits", { web: { resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: null } } }, "/web/resources/limits must be object"],
    ["an unknown value", { web: { replicas: 3 } }, "/web must NOT have additional properties"],
    ["a malformed pull secret", { imagePullSecrets: ["acr-pull"] }, "/imagePullSecrets/0 must be object"],
  ])("rejects %s", (_, override, message) => {
    const errors = schemaErrors(chart.schema, mergeValues(mergeValues(chart.values, stackValues), override));
    expect(errors.some((e) => e.startsWith(message))).toBe(true);
  });

  it("reads every value of values.yaml somewhere (no dead settings)", () => {
    const used = [...referencedPaths(chart.templates)];
    const leaves = (v: any, prefix: string): string[] =>
      v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0 && !used.includes(prefix.slice(1))
        ? Object.entries(v).flatMap(([k, x]) => leaves(x, `${prefix}.${k}`))
        : [prefix.slice(1)];
    const unused = leaves(mergeValues(chart.values, stackValues), "").filter((p) => !used.includes(p));
    expect(unused).toEqual([]);
  });

  it("gets no secret from the stack: only names, images and the ingress class", () => {
    expect(Object.keys(stackValues).sort()).toEqual(["imagePullSecrets", "images", "ingress", "mongodb"]);
    expect(stackValues.mongodb).toEqual({ credentialsSecret: "ratings-mongodb-credentials" });
    expect(ratingsRelease.values[0]).not.toMatch(/password|random_password|\$\{/i);
  });
});

describe("ratings chart: rendered objects", () => {
  it("renders every template, one Kubernetes object each", () => {
    expect(objects.map((o) => o.template)).toEqual(Object.keys(chart.templates));
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
    const withPull = renderChart(chart, mergeValues(stackValues, { imagePullSecrets: [{ name: "acr-pull" }] }), release);
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
    const source = chart.templates["mongodb-service.yaml"].replace(
      "  selector:\n    app.kubernetes.io/name: ratings-mongodb",
      "  selector:\n    app.kubernetes.io/name: mongodb",
    );
    expect(source).not.toBe(chart.templates["mongodb-service.yaml"]);
    const rendered = renderChart({ ...chart, templates: { ...chart.templates, "mongodb-service.yaml": source } }, stackValues, release);
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

describe("chart renderer: the templating subset", () => {
  const values = { a: { s: "x", n: 2, b: true, m: { k: "v" }, big: 1000000, nul: null } };
  const r = (text: string) => renderTemplate("t.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n${text}`, values, { name: "rel", namespace: "ns" });

  it("renders scalars, JSON and release fields as Helm does", () => {
    expect(r("data:\n  s: {{ .Values.a.s }}\n  num: '{{ .Values.a.n }}'\n  r: {{ .Release.Name }}-{{ .Release.Namespace }}\n  m: {{ toJson .Values.a.m }}").data).toEqual({
      s: "x",
      num: "2",
      r: "rel-ns",
      m: { k: "v" },
    });
  });

  it.each([
    ["a conditional", "{{ if .Values.a.b }}x: 1{{ end }}", /outside the supported subset/],
    ["a pipeline", "x: {{ .Values.a.s | quote }}", /outside the supported subset/],
    ["whitespace trimming", "x: {{- .Values.a.s }}", /outside the supported subset/],
    ["include", 'x: {{ include "name" . }}', /outside the supported subset/],
    ["a template comment", "{{/* note */}}", /outside the supported subset/],
    ["a missing value", "x: {{ .Values.a.nope }}", /\.Values\.a\.nope is not set/],
    ["a map printed as a scalar", "x: {{ .Values.a.m }}", /cannot be printed as a scalar/],
    ["a number Go prints in exponent form", "x: {{ .Values.a.big }}", /cannot be printed as a scalar/],
    ["null", "x: {{ .Values.a.nul }}", /cannot be printed as a scalar/],
    ["a stray delimiter", "x: {{ .Values.a.s }} }}", /unbalanced/],
    ["a second document", "x: 1\n---\nkind: Secret", /renders 2 YAML documents/],
    ["a YAML 1.1 boolean", "data:\n  x: yes", /reads differently as YAML 1.1/],
    ["a YAML 1.1 boolean key", "data:\n  n: x", /reads differently as YAML 1.1/],
  ])("rejects %s", (_, text, error) => {
    expect(() => r(text)).toThrow(error);
    try {
      r(text);
    } catch (e) {
      expect(e).toBeInstanceOf(ChartError);
    }
  });
});
