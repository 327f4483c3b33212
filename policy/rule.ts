import { DefaultTokenResolver, StringConcat, TerraformOutput, TerraformResource, TerraformStack, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";

// what cdktf itself uses to turn tokens into `${...}` expressions when it writes cdk.tf.json
const RESOLVER = new DefaultTokenResolver(new StringConcat());
const resolve = <T>(scope: TerraformStack, obj: T): T => Tokenization.resolve(obj, { scope, preparing: false, resolver: RESOLVER });

/** One thing a rule found wrong on one construct: what is wrong, then how to fix it. */
export interface Finding {
  readonly problem: string;
  readonly fix: string;
}

/**
 * What a rule sees: a Terraform resource or output as it will be written to
 * cdk.tf.json, i.e. with Terraform attribute names (snake_case) and tokens resolved to `${...}` expressions.
 * Rules are written against Terraform types and attributes, so they hold for any construct that makes them.
 */
export interface ElementView {
  readonly stack: TerraformStack;
  /** "resource" or "output". */
  readonly kind: string;
  /** Terraform type, e.g. `azurestack_network_security_group`; the output id for outputs. */
  readonly type: string;
  /** Resolved attributes (the JSON body). */
  readonly body: any;
}

export interface PolicyRule {
  /** Stable id used in messages and in Policy.exempt(). */
  readonly id: string;
  /** One line for the README and error messages. */
  readonly summary: string;
  /** Whether the rule reads this element (decide from kind and type; the body is resolved only when needed). */
  appliesTo(view: ElementView): boolean;
  check(view: ElementView): Finding[];
}

/**
 * The Terraform view of a construct, or undefined for constructs that are not resources or outputs. The body
 * is resolved on first use, so rules that do not apply to a type cost nothing.
 */
export function elementView(node: IConstruct): ElementView | undefined {
  let kind: string;
  let type: string;
  let resolveBody: () => any;
  if (TerraformResource.isTerraformResource(node)) {
    kind = "resource";
    type = node.terraformResourceType;
    resolveBody = () => Object.values<any>((resolve(stack, node.toTerraform()) as any).resource?.[type] ?? {})[0] ?? {};
  } else if (TerraformOutput.isTerraformOutput(node)) {
    kind = "output";
    type = node.friendlyUniqueId;
    resolveBody = () => (resolve(stack, node.toTerraform()) as any).output[type];
  } else {
    return undefined;
  }
  const stack = TerraformStack.of(node);
  let body: any;
  return {
    stack,
    kind,
    type,
    get body() {
      return (body ??= resolveBody());
    },
  };
}

/** True when a value is (or contains) a Terraform expression whose value is only known at plan time. */
export function isExpression(v: unknown): boolean {
  return typeof v === "string" && v.includes("${");
}

/** Terraform blocks synthesize as a list or, for single nested blocks, as an object: always a list here. */
export function blocks(v: unknown): any[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Case-insensitive equality for Azure enum values ("Inbound", "inbound"). */
export function eqi(a: unknown, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}
