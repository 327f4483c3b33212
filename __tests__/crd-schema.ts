import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import YAML from "yaml";
import { REPO_ROOT } from "./helpers";

/** The operator chart's CRDs (psmdb-operator 1.22.0, unmodified upstream copy in ../shared/charts). */
export const PSMDB_CHARTS = join(REPO_ROOT, "..", "shared", "charts");
const CRD_FILE = join(PSMDB_CHARTS, "psmdb-operator", "crds", "crd.yaml");

/**
 * The openAPIV3Schema of the stored version, made strict for JSON Schema: an object schema with `properties`
 * that neither allows additional properties nor sets `x-kubernetes-preserve-unknown-fields` gets
 * `additionalProperties: false`. The API server prunes such unknown fields without a word (structural schemas),
 * so a misspelt or unsupported setting would silently do nothing: here it is an error.
 * `x-kubernetes-int-or-string` becomes integer-or-string; other x-kubernetes-* keywords are ignored.
 */
export function strictSchema(node: any): any {
  if (Array.isArray(node)) return node.map(strictSchema);
  if (!node || typeof node !== "object") return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith("x-kubernetes-")) continue;
    out[k] = k === "properties" ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, strictSchema(s)])) : strictSchema(v);
  }
  if (node["x-kubernetes-int-or-string"]) {
    delete out.type;
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (out.properties && out.additionalProperties === undefined && !node["x-kubernetes-preserve-unknown-fields"]) out.additionalProperties = false;
  return out;
}

let crds: any[] | undefined;
/**
 * The CRD documents. Parsing the 1.3 MB YAML takes most of a second; test files after the first in a run read
 * the JSON the first one left in the run's cache folder (global-setup.js).
 */
function loadCrds(): any[] {
  const cached = process.env.HA_TEST_SYNTH_CACHE && join(process.env.HA_TEST_SYNTH_CACHE, "psmdb-crds.json");
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8"));
  const docs = YAML.parseAllDocuments(readFileSync(CRD_FILE, "utf8")).map((d) => d.toJS());
  if (cached) {
    writeFileSync(`${cached}.${process.pid}`, JSON.stringify(docs));
    renameSync(`${cached}.${process.pid}`, cached); // whole files only: the other jest worker may read it
  }
  return docs;
}

export function crdSchema(kind: string): any {
  crds ??= loadCrds();
  const crd = crds.find((d) => d?.spec?.names?.kind === kind);
  if (!crd) throw new Error(`no CRD for ${kind} in ${CRD_FILE}`);
  return crd.spec.versions.find((v: any) => v.storage).schema.openAPIV3Schema;
}

const validators = new Map<string, ValidateFunction>();
/** ajv against the CRD's schema (strict as above); returns ajv's errors as `path: message` lines. */
export function crdProblems(object: any): string[] {
  let validate = validators.get(object.kind);
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    validate = ajv.compile(strictSchema(crdSchema(object.kind)));
    validators.set(object.kind, validate);
  }
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message}${e.params && "additionalProperty" in e.params ? ` (${(e.params as any).additionalProperty})` : ""}`);
}
