import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import Ajv from "ajv";
import YAML from "yaml";

/**
 * Renders charts/ratings without a `helm` binary. The chart is kept to a small subset of Helm templating
 * (README "Ratings chart"), which this renderer reproduces exactly; anything else makes it throw:
 *
 *   {{ .Values.a.b }}          a scalar value (string, boolean, integer below 1e6) printed as Helm prints it
 *   {{ toJson .Values.a.b }}   any value as JSON on one line (JSON is YAML, so the template stays one YAML document)
 *   {{ .Release.Name }}  {{ .Release.Namespace }}
 *
 * No pipelines, functions, conditionals, loops, whitespace trimming, comments, _helpers.tpl, NOTES.txt or
 * subcharts. Each template file renders to exactly one Kubernetes object.
 */

const PATH = String.raw`\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)`;
const ACTIONS: { re: RegExp; kind: "scalar" | "json" | "release" }[] = [
  { re: new RegExp(String.raw`^\{\{ ${PATH} \}\}$`), kind: "scalar" },
  { re: new RegExp(String.raw`^\{\{ toJson ${PATH} \}\}$`), kind: "json" },
  { re: /^\{\{ \.Release\.(Name|Namespace) \}\}$/, kind: "release" },
];

export interface Release {
  readonly name: string;
  readonly namespace: string;
}

export interface RenderedObject {
  readonly template: string;
  readonly object: any;
}

export interface ChartSource {
  readonly chartYaml: any;
  readonly values: any;
  readonly schema: any;
  /** Template file name -> text. */
  readonly templates: Record<string, string>;
}

export class ChartError extends Error {}

/** Reads a chart folder, refusing files the subset does not allow. */
export function readChart(dir: string): ChartSource {
  for (const sub of ["charts", "crds"]) {
    if (existsSync(join(dir, sub))) throw new ChartError(`${sub}/ is outside the supported subset (no subcharts, no CRDs)`);
  }
  const chartYaml = YAML.parse(readFileSync(join(dir, "Chart.yaml"), "utf8"));
  if (chartYaml.dependencies) throw new ChartError("Chart.yaml dependencies are outside the supported subset");
  const templates: Record<string, string> = {};
  for (const f of readdirSync(join(dir, "templates")).sort()) {
    const p = join(dir, "templates", f);
    if (statSync(p).isDirectory() || !f.endsWith(".yaml")) throw new ChartError(`templates/${f}: only .yaml templates are supported (no _helpers.tpl, NOTES.txt or folders)`);
    templates[f] = readFileSync(p, "utf8");
  }
  return {
    chartYaml,
    values: YAML.parse(readFileSync(join(dir, "values.yaml"), "utf8")),
    schema: JSON.parse(readFileSync(join(dir, "values.schema.json"), "utf8")),
    templates,
  };
}

/** Helm's merge of user values over values.yaml: maps merge key by key, everything else replaces. */
export function mergeValues(base: any, override: any): any {
  if (!isMap(base) || !isMap(override)) return structuredClone(override);
  const out: any = structuredClone(base);
  for (const [k, v] of Object.entries(override)) out[k] = k in out ? mergeValues(out[k], v) : structuredClone(v);
  return out;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Validates values against values.schema.json the way `helm install` does; returns ajv's messages. */
const compiled = new WeakMap<object, ReturnType<Ajv["compile"]>>();
export function schemaErrors(schema: any, values: any): string[] {
  if (!compiled.has(schema)) compiled.set(schema, new Ajv({ allErrors: true, strict: true }).compile(schema));
  const validate = compiled.get(schema)!;
  if (validate(values)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

function lookup(values: any, path: string, template: string): unknown {
  let v = values;
  for (const key of path.slice(1).split(".")) {
    if (!isMap(v) || !(key in v)) throw new ChartError(`${template}: .Values${path} is not set (Helm would print <no value>)`);
    v = v[key];
  }
  return v;
}

/** Text Helm's `{{ x }}` prints for a scalar; throws where Go's formatting would differ from JavaScript's. */
function printScalar(v: unknown, where: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 1e6) return String(v); // Go prints 1e+06 from there
  throw new ChartError(`${where}: ${JSON.stringify(v)} cannot be printed as a scalar (use toJson for maps and lists)`);
}

/** Every `.Values` path a template uses (to find values nobody reads). */
export function referencedPaths(templates: Record<string, string>): Set<string> {
  const out = new Set<string>();
  for (const text of Object.values(templates)) {
    for (const m of text.matchAll(new RegExp(PATH, "g"))) out.add(m[1].slice(1));
  }
  return out;
}

/** Renders one template to its object. */
export function renderTemplate(name: string, text: string, values: any, release: Release): any {
  // delimiters outside a complete action (checked on the source: JSON output may contain "}}")
  if (/\{\{|\}\}/.test(text.replace(/\{\{[\s\S]*?\}\}/g, ""))) throw new ChartError(`${name}: unbalanced template delimiters`);
  const rendered = text.replace(/\{\{[\s\S]*?\}\}/g, (action) => {
    for (const { re, kind } of ACTIONS) {
      const m = re.exec(action);
      if (!m) continue;
      if (kind === "release") return m[1] === "Name" ? release.name : release.namespace;
      const v = lookup(values, m[1], name);
      return kind === "json" ? JSON.stringify(v) : printScalar(v, `${name}: ${action}`);
    }
    throw new ChartError(`${name}: template action ${action} is outside the supported subset`);
  });

  // Helm parses with a YAML 1.1 library: the text must mean the same under 1.1 and 1.2 (e.g. no bare yes/no/on)
  const docs = YAML.parseAllDocuments(rendered, { version: "1.2", uniqueKeys: true });
  if (docs.length !== 1) throw new ChartError(`${name}: renders ${docs.length} YAML documents (write one object per template)`);
  if (docs[0].errors.length) throw new ChartError(`${name}: rendered YAML is invalid: ${docs[0].errors[0].message}`);
  const object = docs[0].toJS();
  const as11 = YAML.parse(rendered, { version: "1.1" });
  if (JSON.stringify(as11) !== JSON.stringify(object)) throw new ChartError(`${name}: reads differently as YAML 1.1 (quote the ambiguous scalar)`);
  if (!isMap(object) || typeof object.apiVersion !== "string" || typeof object.kind !== "string") {
    throw new ChartError(`${name}: does not render a Kubernetes object (apiVersion and kind)`);
  }
  return object;
}

/** Renders every template of the chart from values.yaml merged with the given values. */
export function renderChart(chart: ChartSource, overrides: any, release: Release): RenderedObject[] {
  const values = mergeValues(chart.values, overrides);
  return Object.entries(chart.templates).map(([template, text]) => ({ template, object: renderTemplate(template, text, values, release) }));
}

/**
 * Validates an object against the Kubernetes API schema bundled in kubernetes-models. Throws for unknown
 * apiVersion/kind pairs and for alpha/beta API versions: the chart uses GA APIs only, so nothing it renders
 * disappears in a cluster upgrade (as networking.k8s.io/v1beta1 Ingress did in Kubernetes 1.22).
 */
export function validateKubernetes(object: any): void {
  if (/\/?v\d+(alpha|beta)\d+$/.test(object.apiVersion)) {
    throw new ChartError(`${object.kind} ${object.metadata?.name}: ${object.apiVersion} is not a GA API version (use the stable one, e.g. networking.k8s.io/v1)`);
  }
  let Model: any;
  try {
    Model = require(`kubernetes-models/${object.apiVersion}/${object.kind}`)[object.kind];
  } catch {
    throw new ChartError(`${object.kind} ${object.metadata?.name}: ${object.apiVersion}/${object.kind} is not a Kubernetes API kind`);
  }
  if (!Model) throw new ChartError(`${object.apiVersion}/${object.kind} is not a Kubernetes API kind`);
  new Model(object).validate();
  const unknown = unknownFields(object);
  if (unknown.length) throw new ChartError(`${object.kind} ${object.metadata?.name}: unknown field(s) ${unknown.join(", ")} (Helm's schema validation rejects them)`);
}

/**
 * Fields the Kubernetes schema does not define (typos such as `readinesProbe`). kubernetes-models' validators
 * ignore extra fields; they do read every field the schema defines, so running the model's own compiled
 * validator on a recording proxy tells which fields of the object are known. Maps (labels, resources) are
 * enumerated by the validator, which marks all their keys as known.
 */
export function unknownFields(object: any): string[] {
  const modelFile = require.resolve(`kubernetes-models/${object.apiVersion}/${object.kind}`);
  const rel = /require\("(\.\.\/[^"]*_schemas\/IoK8s[A-Za-z0-9]+\.js)"\)/.exec(readFileSync(modelFile, "utf8"))?.[1];
  if (!rel) throw new ChartError(`cannot find the schema validator of ${object.apiVersion}/${object.kind} in kubernetes-models`);
  const validate = require(join(dirname(modelFile), rel)).validate;
  const read = new Set<string>();
  const enumerated = new Set<string>();
  const wrap = (v: any, path: string): any =>
    v === null || typeof v !== "object"
      ? v
      : new Proxy(v, {
          get(target, key, receiver) {
            const value = Reflect.get(target, key, receiver);
            if (typeof key !== "string") return value;
            read.add(`${path}/${key}`);
            return wrap(value, `${path}/${key}`);
          },
          ownKeys(target) {
            enumerated.add(path);
            return Reflect.ownKeys(target);
          },
        });
  if (!validate(wrap(object, ""))) throw new ChartError(`${object.kind} ${object.metadata?.name}: invalid`);
  const unknown: string[] = [];
  const walk = (v: any, path: string): void => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}/${i}`));
    for (const [k, x] of Object.entries(v)) {
      if (!read.has(`${path}/${k}`) && !enumerated.has(path)) unknown.push(`${path}/${k}`);
      else walk(x, `${path}/${k}`);
    }
  };
  walk(object, "");
  return unknown;
}

const WORKLOADS = ["Deployment", "StatefulSet"];

function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

function containerPorts(workload: any): { name?: string; containerPort: number }[] {
  return workload.spec.template.spec.containers.flatMap((c: any) => c.ports ?? []);
}

function hasPort(ports: { name?: string; containerPort: number }[], ref: string | number): boolean {
  return ports.some((p) => (typeof ref === "string" ? p.name === ref : p.containerPort === ref));
}

/**
 * Relations between the rendered objects that a schema cannot see, as a list of problems (empty when fine):
 * selectors that select nothing, ports that lead nowhere, missing probes or resources.
 */
export function consistencyProblems(objects: readonly any[]): string[] {
  const problems: string[] = [];
  const workloads = objects.filter((o) => WORKLOADS.includes(o.kind));
  const services = objects.filter((o) => o.kind === "Service");

  for (const w of workloads) {
    const id = `${w.kind} ${w.metadata.name}`;
    if (!selects(w.spec.selector?.matchLabels, w.spec.template.metadata?.labels)) problems.push(`${id}: selector does not match its pod template labels`);
    for (const c of w.spec.template.spec.containers) {
      const cid = `${id} container ${c.name}`;
      for (const probe of ["readinessProbe", "livenessProbe"]) {
        const p = c[probe];
        if (!p) problems.push(`${cid}: has no ${probe}`);
        const port = p?.httpGet?.port ?? p?.tcpSocket?.port;
        if (port !== undefined && !hasPort(c.ports ?? [], port)) problems.push(`${cid}: ${probe} port ${port} is not a container port`);
      }
      for (const kind of ["requests", "limits"]) {
        for (const r of ["cpu", "memory"]) if (!c.resources?.[kind]?.[r]) problems.push(`${cid}: has no ${r} ${kind}`);
      }
      if (!/(:[A-Za-z0-9_.-]+|@sha256:[a-f0-9]{64})$/.test(c.image) || /:latest$/.test(c.image)) problems.push(`${cid}: image ${c.image} is not pinned`);
    }
  }

  for (const s of services) {
    const id = `Service ${s.metadata.name}`;
    const targets = workloads.filter((w) => w.metadata.namespace === s.metadata.namespace && selects(s.spec.selector, w.spec.template.metadata?.labels));
    if (targets.length === 0) {
      problems.push(`${id}: selector ${JSON.stringify(s.spec.selector ?? {})} matches no pod template`);
      continue;
    }
    for (const p of s.spec.ports ?? []) {
      const target = p.targetPort ?? p.port;
      for (const w of targets) if (!hasPort(containerPorts(w), target)) problems.push(`${id}: targetPort ${target} is not a port of ${w.kind} ${w.metadata.name}`);
    }
  }

  for (const w of workloads.filter((o) => o.kind === "StatefulSet")) {
    const svc = services.find((s) => s.metadata.name === w.spec.serviceName);
    if (!svc) problems.push(`StatefulSet ${w.metadata.name}: serviceName ${w.spec.serviceName} is not a Service of the chart`);
    else if (svc.spec.clusterIP !== "None") problems.push(`StatefulSet ${w.metadata.name}: Service ${svc.metadata.name} is not headless`);
    else if (!selects(svc.spec.selector, w.spec.template.metadata.labels)) problems.push(`StatefulSet ${w.metadata.name}: Service ${svc.metadata.name} does not select its pods`);
  }

  for (const ing of objects.filter((o) => o.kind === "Ingress")) {
    for (const rule of ing.spec.rules ?? []) {
      for (const path of rule.http?.paths ?? []) {
        const b = path.backend.service;
        const svc = services.find((s) => s.metadata.name === b.name);
        if (!svc) {
          problems.push(`Ingress ${ing.metadata.name}: backend Service ${b.name} is not in the chart`);
          continue;
        }
        const ok = (svc.spec.ports ?? []).some((p: any) => (b.port.name !== undefined ? p.name === b.port.name : p.port === b.port.number));
        if (!ok) problems.push(`Ingress ${ing.metadata.name}: Service ${b.name} has no port ${b.port.name ?? b.port.number}`);
      }
    }
  }
  return problems;
}
