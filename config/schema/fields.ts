import { z } from "zod";

/**
 * Field checks the config sections share. zod's built-in formats do the parsing (z.guid, z.url, z.cidrv4,
 * z.cidrv6, z.hash); each keeps the one-line message written for the person editing the file.
 */

/**
 * The message for a built-in format's own failure only: a wrong type (a number where a GUID belongs) keeps the
 * generic message of config/load.ts (returning undefined hands the issue on to the next error map).
 */
const formatError = (message: string) => ({
  error: (iss: { code?: string }) => (iss.code === "invalid_format" ? message : undefined),
});

export const dnsLabel = (max: number) =>
  z
    .string()
    .regex(
      new RegExp(`^[a-z]([a-z0-9-]{0,${max - 2}}[a-z0-9])?$`),
      `must be a DNS label: lowercase letters, digits and '-', starting with a letter, at most ${max} characters (e.g. "seattle")`,
    );

export const guid = z.guid(formatError("must be a GUID like 00000000-0000-0000-0000-000000000000 (copy it from the portal or `az account show`)"));

/** An https URL (an https URL always has a host: the URL parser refuses one without). */
export const httpsUrl = z.url({ protocol: /^https$/, ...formatError("must be an https:// URL (e.g. https://management.seattle.example.com)") });

const IPV4_CIDR = z.cidrv4();
const IPV6_CIDR = z.cidrv6();
const isIpv4Cidr = (s: string): boolean => IPV4_CIDR.safeParse(s).success;
const isIpv6Cidr = (s: string): boolean => IPV6_CIDR.safeParse(s).success;
const prefixLength = (cidr: string): number => Number(cidr.split("/")[1]);

/** An IPv4 CIDR such as a virtual network's address space. */
export const ipv4Cidr = (message: string) => z.cidrv4(formatError(message));

const OPEN_SSH = "opens SSH to the whole internet (list the CIDRs of your admin network or jump host, e.g. 203.0.113.0/24)";
const WHOLE_INTERNET = ["*", "internet", "any"];
/** hubs[].engine.allowedSshCidrs: the sources of SSH to the engine VM. */
export const sshCidr = z
  .string()
  .refine((s) => !WHOLE_INTERNET.includes(s.toLowerCase()), OPEN_SSH)
  .refine((s) => WHOLE_INTERNET.includes(s.toLowerCase()) || isIpv4Cidr(s) || isIpv6Cidr(s), "is not a CIDR (write it like 203.0.113.0/24)")
  .refine((s) => !(isIpv4Cidr(s) || isIpv6Cidr(s)) || prefixLength(s) !== 0, OPEN_SSH)
  // The engine VM has IPv4 addresses only (azurestack 1.0.0 accepts only IPv4 for a NIC's
  // private_ip_address_version and a public IP's ip_version:
  // https://github.com/hashicorp/terraform-provider-azurestack/blob/v1.0.0/internal/services/network/network_interface_resource.go#L81-L88,
  // https://github.com/hashicorp/terraform-provider-azurestack/blob/v1.0.0/internal/services/network/public_ip_resource.go#L81-L90),
  // so an IPv6 source never matches.
  .refine(
    (s) => !isIpv6Cidr(s) || prefixLength(s) === 0,
    "is an IPv6 CIDR, but Azure Stack Hub networks are IPv4 only (list the IPv4 CIDR of your admin network or jump host, e.g. 203.0.113.0/24)",
  );

/** hubs[].egressCidrs: a public IPv4 CIDR, never the whole internet (other hubs and Azure admit only these). */
export const egressCidr = ipv4Cidr("is not an IPv4 CIDR (write it like 198.51.100.0/28)")
  .refine((s) => !isIpv4Cidr(s) || prefixLength(s) >= 8, "is open to the internet or a large part of it (list only the public IPv4 addresses this hub's nodes leave from, e.g. 198.51.100.0/28)")
  .refine((s) => !isIpv4Cidr(s) || !isPrivateIpv4(s.split("/")[0]), "is a private address: other hubs and public Azure see this hub's public egress address (e.g. 198.51.100.0/28)");

/** RFC 1918, loopback, link-local and carrier-grade NAT ranges: never what another site sees. */
function isPrivateIpv4(ip: string): boolean {
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

export const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** A SHA-256 hex digest in lowercase, as sha256sum prints it (z.hash alone also accepts upper case). */
export const sha256 = (message: string) => z.hash("sha256", formatError(message)).lowercase(message);

/** A local path Terraform reads or writes on the deploying machine; `~/` is expanded, relative paths are from the repository root. */
export const localPath = z
  .string()
  .min(1)
  .refine((s) => !/[\n"$]/.test(s) && !s.includes("${"), "must be a plain file path without quotes, '$' or newlines (e.g. ~/.ssh/id_rsa)");

export const azureRegion = z.string().regex(/^[a-z0-9]+$/, "must be an Azure region name like westeurope");

export const chartRepository = z
  .string()
  .regex(/^(oci|https):\/\/[^\s]+$/, "must be a Helm repository URL starting with oci:// or https:// (e.g. a mirror in your own registry)");
export const chartVersion = z.string().regex(/^\d+\.\d+\.\d+$/, "must be an exact chart version like 2.6.4 (pin it; ranges make plans unpredictable)");
