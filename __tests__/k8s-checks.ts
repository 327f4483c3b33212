import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Checks on rendered Kubernetes objects (the ratings chart's `helm template` output). */
export class KubernetesCheckError extends Error {}

/**
 * Validates an object against the Kubernetes API schema bundled in kubernetes-models. Throws for unknown
 * apiVersion/kind pairs and for alpha/beta API versions: the chart uses GA APIs only, so nothing it renders
 * disappears in a cluster upgrade (as networking.k8s.io/v1beta1 Ingress did in Kubernetes 1.22).
 */
export function validateKubernetes(object: any): void {
  if (/\/?v\d+(alpha|beta)\d+$/.test(object.apiVersion)) {
    throw new KubernetesCheckError(`${object.kind} ${object.metadata?.name}: ${object.apiVersion} is not a GA API version (use the stable one, e.g. networking.k8s.io/v1)`);
  }
  let Model: any;
  try {
    Model = require(`kubernetes-models/${object.apiVersion}/${object.kind}`)[object.kind];
  } catch {
    throw new KubernetesCheckError(`${object.kind} ${object.metadata?.name}: ${object.apiVersion}/${object.kind} is not a Kubernetes API kind`);
  }
  if (!Model) throw new KubernetesCheckError(`${object.apiVersion}/${object.kind} is not a Kubernetes API kind`);
  new Model(object).validate();
  const unknown = unknownFields(object);
  if (unknown.length) throw new KubernetesCheckError(`${object.kind} ${object.metadata?.name}: unknown field(s) ${unknown.join(", ")} (Helm's schema validation rejects them)`);
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
  if (!rel) throw new KubernetesCheckError(`cannot find the schema validator of ${object.apiVersion}/${object.kind} in kubernetes-models`);
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
  if (!validate(wrap(object, ""))) throw new KubernetesCheckError(`${object.kind} ${object.metadata?.name}: invalid`);
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
