import { blocks, eqi, type Finding, isExpression, type PolicyRule } from "../rule";

/** Source prefixes that mean "anyone on the internet" to Azure NSGs. */
const INTERNET = ["*", "internet", "any", "0.0.0.0/0", "0.0.0.0", "::/0", "::"];

export function isInternetSource(prefix: unknown): boolean {
  if (typeof prefix !== "string" || isExpression(prefix)) return false;
  const p = prefix.trim().toLowerCase();
  return INTERNET.includes(p) || /^[0-9.]+\/0$/.test(p) || /^[0-9a-f:]+\/0$/.test(p);
}

const NSG_TYPES = ["azurestack_network_security_group", "azurerm_network_security_group"];
const RULE_TYPES = ["azurestack_network_security_rule", "azurerm_network_security_rule"];

function ports(rule: any): string {
  const list = [rule.destination_port_range, ...(rule.destination_port_ranges ?? [])].filter((p) => p !== undefined && p !== null && p !== "");
  if (list.length === 0 || list.includes("*")) return "every port";
  return `port ${list.join(", ")}`;
}

function checkRule(rule: any, label: string): Finding[] {
  if (!eqi(rule.direction, "Inbound") || !eqi(rule.access, "Allow")) return [];
  const sources = [rule.source_address_prefix, ...(rule.source_address_prefixes ?? [])].filter(isInternetSource);
  if (sources.length === 0) return [];
  return [
    {
      problem: `${label} allows inbound traffic from the internet (${sources.join(", ")}) to ${ports(rule)}`,
      fix: "set source_address_prefix(es) to the CIDRs that need access, e.g. hubs[].engine.allowedSshCidrs for SSH, or remove the rule",
    },
  ];
}

/**
 * A Kubernetes LoadBalancer Service the stacks create (the database members across hubs): the Azure cloud provider
 * opens its ports to every source unless `loadBalancerSourceRanges` lists them.
 */
function checkLoadBalancer(body: any): Finding[] {
  const spec = blocks(body.spec)[0];
  if (!spec || !eqi(spec.type, "LoadBalancer")) return [];
  const ranges: unknown[] = spec.load_balancer_source_ranges ?? [];
  const open = ranges.length === 0 ? ["no loadBalancerSourceRanges"] : ranges.filter(isInternetSource).map(String);
  if (open.length === 0) return [];
  const name = blocks(body.metadata)[0]?.name ?? "?";
  return [
    {
      problem: `LoadBalancer Service "${name}" admits the internet (${open.join(", ")})`,
      fix: "list the CIDRs that need access in load_balancer_source_ranges, e.g. the other hubs' hubs[].egressCidrs",
    },
  ];
}

/**
 * No NSG rule lets the whole internet in, on any port (inline security_rule blocks and standalone rules), and no
 * LoadBalancer Service the stacks create is open to every source.
 */
export const noInternetInbound: PolicyRule = {
  id: "no-internet-inbound",
  summary: "no inbound NSG rule allows traffic from the internet (*, Internet, Any, 0.0.0.0/0, ::/0) to any port; no LoadBalancer Service without source ranges",
  appliesTo: (v) => v.kind === "resource" && (NSG_TYPES.includes(v.type) || RULE_TYPES.includes(v.type) || v.type === "kubernetes_service_v1"),
  check: (v) =>
    v.type === "kubernetes_service_v1"
      ? checkLoadBalancer(v.body)
      : RULE_TYPES.includes(v.type)
        ? checkRule(v.body, `security rule "${v.body.name}"`)
        : blocks(v.body.security_rule).flatMap((r) => checkRule(r, `security rule "${r.name}"`)),
};
