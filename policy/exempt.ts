import { App, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";

const EXEMPTION = "ha-k8s/policy-exemption";

export interface Exemption {
  readonly rule: string;
  readonly reason: string;
}

/**
 * The only escape hatch: exempt one construct (and the Terraform elements inside it) from one rule, in code,
 * with a reason that every synth prints. Stacks and the app cannot be exempted: an exemption never covers
 * more than the construct you name.
 */
export function exempt(construct: IConstruct, rule: string, reason: string, knownRules: readonly string[]): void {
  if (App.isApp(construct) || TerraformStack.isStack(construct)) {
    throw new Error(`Policy.exempt: ${construct.node.path || "the app"} is a stack or the app; exempt the construct that needs it, not a whole stack`);
  }
  if (!knownRules.includes(rule)) {
    throw new Error(`Policy.exempt: unknown rule "${rule}" (use one of ${knownRules.join(", ")})`);
  }
  if (typeof reason !== "string" || reason.trim().length < 10) {
    throw new Error(`Policy.exempt: ${construct.node.path}: [${rule}] needs a reason of at least 10 characters saying why this is acceptable`);
  }
  construct.node.addMetadata(EXEMPTION, { rule, reason: reason.trim() } satisfies Exemption);
}

/** The exemption for a rule on this construct or its nearest exempted ancestor below the stack. */
export function exemptionFor(node: IConstruct, rule: string): (Exemption & { readonly at: IConstruct }) | undefined {
  for (let c: IConstruct | undefined = node; c && !TerraformStack.isStack(c) && !App.isApp(c); c = c.node.scope) {
    const entry = c.node.metadata.find((m) => m.type === EXEMPTION && (m.data as Exemption).rule === rule);
    if (entry) return { ...(entry.data as Exemption), at: c };
  }
  return undefined;
}
