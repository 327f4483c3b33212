import { Annotations, AnnotationMetadataEntryType, App, Aspects, type IAspect, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { exemptionFor } from "./exempt";
import { elementView, type PolicyRule } from "./rule";

/** `<stack>: <construct path in the stack>`, the prefix of every policy line. */
export function where(node: IConstruct): string {
  const stack = TerraformStack.of(node);
  const rel = node.node.path.slice(stack.node.path.length + 1);
  return `${stack.node.id}: ${rel}`;
}

/**
 * Runs every rule on every Terraform element of the stacks it is added to. A finding becomes an error
 * annotation `<stack>: <path>: [<rule>] <problem> (<fix>)`, which makes `app.synth()` fail; an exempted
 * finding becomes a warning that names the reason.
 */
export class PolicyAspect implements IAspect {
  /** Lines already added per construct: aspects may run more than once on a node (synth twice, re-applied). */
  private readonly added = new WeakMap<IConstruct, Set<string>>();

  constructor(readonly rules: readonly PolicyRule[]) {}

  visit(node: IConstruct): void {
    const view = elementView(node);
    if (!view) return;
    for (const rule of this.rules) {
      if (!rule.appliesTo(view)) continue;
      for (const f of rule.check(view)) {
        const exemption = exemptionFor(node, rule.id);
        if (exemption) {
          this.once(node, "warn", `${where(node)}: [${rule.id}] exempted: ${f.problem} (reason: ${exemption.reason}; exempted at ${exemption.at.node.path})`);
        } else {
          this.once(node, "error", `${where(node)}: [${rule.id}] ${f.problem} (${f.fix})`);
        }
      }
    }
  }

  private once(node: IConstruct, level: "warn" | "error", line: string): void {
    let seen = this.added.get(node);
    if (!seen) this.added.set(node, (seen = new Set()));
    if (seen.has(line)) return;
    seen.add(line);
    if (level === "error") Annotations.of(node).addError(line);
    else Annotations.of(node).addWarning(line);
  }
}

const applied = new WeakMap<App, PolicyAspect>();

/**
 * Adds the policy aspect to every stack of the app (idempotent: call it again after adding stacks).
 * cdktf runs aspects per stack, starting at the stack: an aspect on the App itself would never run.
 */
export function applyPolicyAspect(app: App, rules: readonly PolicyRule[]): PolicyAspect {
  let aspect = applied.get(app);
  if (!aspect) applied.set(app, (aspect = new PolicyAspect(rules)));
  for (const stack of app.node.findAll().filter(TerraformStack.isStack)) {
    if (!Aspects.of(stack).all.includes(aspect)) Aspects.of(stack).add(aspect);
  }
  return aspect;
}

export interface PolicyReport {
  /** Error annotations (policy violations and any other cdktf error), one line each. */
  readonly errors: readonly string[];
  /** Warning annotations, including every exemption with its reason. */
  readonly warnings: readonly string[];
}

/** Error and warning annotations on the whole construct tree (after synth), in tree order. */
export function collectAnnotations(app: App): PolicyReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const node of app.node.findAll()) {
    for (const m of node.node.metadata) {
      if (m.type === AnnotationMetadataEntryType.ERROR) errors.push(policyLine(node, String(m.data)));
      else if (m.type === AnnotationMetadataEntryType.WARN) warnings.push(policyLine(node, String(m.data)));
    }
  }
  return { errors, warnings };
}

// our lines already start with "<stack>: <path>: ["; others (cdktf's own) get the same prefix
function policyLine(node: IConstruct, message: string): string {
  if (App.isApp(node)) return message;
  const prefix = TerraformStack.isStack(node) ? `${node.node.id}: ` : `${where(node)}: `;
  return message.startsWith(prefix) ? message : `${prefix}${message}`;
}
