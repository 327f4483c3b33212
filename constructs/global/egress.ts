/**
 * Azure Storage IP rules take public IPv4 addresses or ranges, but no /31 or /32 range
 * (https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/website/docs/r/storage_account.html.markdown#L356):
 * a single address is written without a prefix, and /31 becomes its two addresses.
 */
export function egressIpRules(cidrs: readonly string[]): string[] {
  const out: string[] = [];
  for (const cidr of cidrs) {
    const [ip, bits] = cidr.split("/");
    if (bits === "32") out.push(ip);
    else if (bits === "31") {
      const parts = ip.split(".").map(Number);
      const base = parts[3] & ~1;
      out.push([...parts.slice(0, 3), base].join("."), [...parts.slice(0, 3), base + 1].join("."));
    } else out.push(cidr);
  }
  return [...new Set(out)];
}
