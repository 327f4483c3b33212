import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { SelfSignedCert } from "@cdktf/provider-tls/lib/self-signed-cert";
import type { Construct } from "constructs";

/**
 * A CA generated and kept by Terraform, as `ca-key` and `ca` in scope: a new one would cut off everything that
 * trusts the old one at once (a cluster, every replica set member), so both carry `prevent_destroy` and a
 * deliberate rotation is a manual procedure (docs/day2.md). The key lives only in Terraform state.
 */
export function keptCa(scope: Construct, commonName: string, validityHours = 87600): { readonly certPem: string; readonly privateKeyPem: string } {
  const keep = { preventDestroy: true };
  const key = new PrivateKey(scope, "ca-key", { algorithm: "RSA", rsaBits: 4096, lifecycle: keep });
  const cert = new SelfSignedCert(scope, "ca", {
    lifecycle: keep,
    privateKeyPem: key.privateKeyPem,
    isCaCertificate: true,
    validityPeriodHours: validityHours,
    allowedUses: ["cert_signing", "crl_signing", "digital_signature", "key_encipherment"],
    subject: [{ commonName }],
  });
  return { certPem: cert.certPem, privateKeyPem: key.privateKeyPem };
}
