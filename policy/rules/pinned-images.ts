import YAML from "yaml";
import { blocks, type Finding, type PolicyRule } from "../rule";

/**
 * What is wrong with an image reference, or undefined when it is pinned (a tag other than latest, or a
 * digest). The part after the last `}` is checked, so `${registry}/ratings-api:v1` is judged by `:v1`; an
 * image that ends in an expression (`repo:${var.tag}`) is only known at plan time and is not judged.
 */
export function imageProblem(image: string): string | undefined {
  const literal = image.includes("${") ? image.slice(image.lastIndexOf("}") + 1) : image;
  if (image.includes("${") && literal === "") return undefined;
  if (/@sha256:[a-f0-9]{64}$/.test(literal)) return undefined;
  const lastSlash = literal.lastIndexOf("/");
  const colon = literal.indexOf(":", lastSlash + 1);
  if (colon < 0) return `image "${image}" has no tag, so it means :latest`;
  const tag = literal.slice(colon + 1);
  if (tag === "") return `image "${image}" has an empty tag`;
  if (tag.toLowerCase() === "latest") return `image "${image}" uses the mutable tag latest`;
  return undefined;
}

const FIX = "pin a version tag or a digest, e.g. myregistry.azurecr.io/ratings-api:v1.0.0 or @sha256:<digest>";

/** Every `image` string anywhere in a Kubernetes resource body (containers, init containers, manifests). */
function imagesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => imagesIn(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "image" && typeof v === "string") out.push(v);
      else imagesIn(v, out);
    }
  }
  return out;
}

/** A key whose string value is an image reference (`image`, `sidecarImage`). */
const IMAGE_KEY = /image$/i;
/** A key whose children are image references by name (`images: {api: ..., web: ...}`). */
const IMAGES_MAP_KEY = /images$/i;

/**
 * Helm values: strings under an `...image` key or inside an `...images` map, and `image: {repository, tag}`
 * maps whose tag is latest or empty (a map without a tag uses the chart's appVersion, pinned by the chart).
 */
function helmValuesProblems(values: unknown, where: string): string[] {
  const found: string[] = [];
  const walk = (v: unknown, key: string | undefined, parent: string | undefined) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, key, parent));
    if (!v || typeof v !== "object") {
      const isRef = (key !== undefined && IMAGE_KEY.test(key)) || (parent !== undefined && IMAGES_MAP_KEY.test(parent));
      if (isRef && typeof v === "string" && v !== "") {
        const p = imageProblem(v);
        if (p) found.push(`${where}: ${p}`);
      }
      return;
    }
    const map = v as Record<string, unknown>;
    if (key !== undefined && IMAGE_KEY.test(key) && "tag" in map) {
      const tag = map.tag;
      if (tag === null || tag === "" || (typeof tag === "string" && tag.toLowerCase() === "latest")) {
        found.push(`${where}: image ${String(map.repository ?? "")} tag ${tag === null || tag === "" ? "is empty" : "is latest"}`);
      }
    }
    for (const [k, x] of Object.entries(map)) walk(x, k, key);
  };
  walk(values, undefined, undefined);
  return found;
}

/** Helm `set` entries: `...image` or `...images.<name>` hold a full reference, `...image.tag` a tag. */
function helmSetProblems(sets: any[]): string[] {
  const found: string[] = [];
  for (const s of sets) {
    if (typeof s?.name !== "string" || typeof s.value !== "string") continue;
    const segments = s.name.split(".");
    const last = segments[segments.length - 1];
    const parent = segments[segments.length - 2];
    if (IMAGE_KEY.test(last) || (parent !== undefined && IMAGES_MAP_KEY.test(parent))) {
      const p = imageProblem(s.value);
      if (p) found.push(`set "${s.name}": ${p}`);
    } else if (last === "tag" && parent !== undefined && IMAGE_KEY.test(parent) && (s.value === "" || s.value.toLowerCase() === "latest")) {
      found.push(`set "${s.name}" = "${s.value}" is ${s.value === "" ? "an empty tag" : "the mutable tag latest"}`);
    }
  }
  return found;
}

/** No workload runs an image by `latest` or without a tag: what runs must be what was reviewed. */
export const pinnedImages: PolicyRule = {
  id: "pinned-images",
  summary: "no container image uses the tag latest or no tag (Kubernetes resources, Helm set values and values YAML)",
  appliesTo: (v) => v.kind === "resource" && (v.type.startsWith("kubernetes_") || v.type === "helm_release"),
  check: (v) => {
    if (v.type.startsWith("kubernetes_")) {
      return imagesIn(v.body)
        .map(imageProblem)
        .filter((p): p is string => p !== undefined)
        .map((problem): Finding => ({ problem, fix: FIX }));
    }
    const problems = [...helmSetProblems(blocks(v.body.set))];
    blocks(v.body.values).forEach((text, i) => {
      if (typeof text !== "string") return;
      let parsed: unknown;
      try {
        parsed = YAML.parse(text);
      } catch {
        // not YAML we can read (e.g. an expression): fall back to `image: ...` lines
        parsed = { image: [...text.matchAll(/^\s*image:\s*["']?([^"'\s#]+)/gm)].map((m) => m[1]) };
      }
      problems.push(...helmValuesProblems(parsed, `values[${i}]`));
    });
    return problems.map((problem): Finding => ({ problem, fix: FIX }));
  },
};
