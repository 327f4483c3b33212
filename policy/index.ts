import type { App } from "cdktf";
import type { IConstruct } from "constructs";
import { applyPolicyAspect, collectAnnotations, type PolicyReport } from "./aspect";
import { exempt } from "./exempt";
import type { PolicyRule } from "./rule";
import { helmPinnedChart } from "./rules/helm-pinned-chart";
import { linuxVmNoPassword } from "./rules/linux-vm-no-password";
import { noInternetInbound } from "./rules/no-internet-inbound";
import { pinnedImages } from "./rules/pinned-images";
import { sensitiveOutputs } from "./rules/sensitive-outputs";
import { INGRESS_SERVED_PATHS, trafficManagerProbePath } from "./rules/traffic-manager-probe-path";

export type { PolicyReport } from "./aspect";
export type { Finding, PolicyRule } from "./rule";

export interface PolicyOptions {
  /** Paths the ingress serves without a Host header (Traffic Manager probe paths). Default: `/`. */
  readonly ingressServedPaths?: readonly string[];
}

/** Every rule, in the order their messages are reported. */
export function policyRules(options: PolicyOptions = {}): PolicyRule[] {
  return [
    noInternetInbound,
    linuxVmNoPassword,
    helmPinnedChart,
    pinnedImages,
    sensitiveOutputs,
    trafficManagerProbePath(options.ingressServedPaths ?? INGRESS_SERVED_PATHS),
  ];
}

export const POLICY_RULE_IDS: readonly string[] = policyRules().map((r) => r.id);

export const Policy = {
  /** Applies every rule to every stack of the app; call after adding stacks (idempotent). */
  apply(app: App, options: PolicyOptions = {}): void {
    applyPolicyAspect(app, policyRules(options));
  },

  /**
   * The only escape hatch: exempt one construct (and what it contains) from one rule, with a reason that
   * every synth prints as a warning. Example:
   *   Policy.exempt(nsg, "no-internet-inbound", "public HTTPS endpoint of the demo, behind a WAF")
   */
  exempt(construct: IConstruct, rule: string, reason: string): void {
    exempt(construct, rule, reason, POLICY_RULE_IDS);
  },

  /**
   * Full synth with every error and warning collected from the whole tree. Run the app's stacks with
   * CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS set (as the cdktf CLI does) to get every stack's violations
   * at once; without it cdktf throws at the first stack with an error, and this returns that stack's lines.
   */
  synth(app: App): PolicyReport {
    applyPolicyAspect(app, policyRules());
    try {
      app.synth();
    } catch (e) {
      const report = collectAnnotations(app);
      if (report.errors.length === 0 || !/Encountered Annotations with level "ERROR"/.test(String((e as Error).message))) throw e;
      return report;
    }
    return collectAnnotations(app);
  },
};
