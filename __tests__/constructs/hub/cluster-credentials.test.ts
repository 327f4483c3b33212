import { ClusterCredentials } from "../../../constructs/hub/cluster-credentials";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("ClusterCredentials", () => {
  const json = synthJson((s) => new ClusterCredentials(s, "creds", { clusterName: "c1" }));
  const key = (part: string) => Object.entries<any>(json.resource.tls_private_key).find(([name]) => name.includes(part))![1];

  it("creates a CA that can sign certificates", () => {
    const ca = only(json, "tls_self_signed_cert");
    expect(ca.is_ca_certificate).toBe(true);
    expect(ca.allowed_uses).toContain("cert_signing");
    expect(ca.subject).toEqual([{ common_name: "c1-ca" }]);
  });

  it("issues an admin client certificate in system:masters signed by that CA, renewed before expiry", () => {
    expect(only(json, "tls_cert_request").subject).toEqual([{ common_name: "cluster-admin", organization: "system:masters" }]);
    const cert = only(json, "tls_locally_signed_cert");
    expect(cert.allowed_uses).toEqual(["client_auth", "digital_signature", "key_encipherment"]);
    expect(cert.ca_cert_pem).toMatch(/^\$\{tls_self_signed_cert\.creds_ca_[0-9A-F]+\.cert_pem\}$/);
    expect(cert.early_renewal_hours).toBeGreaterThan(0);
  });

  it("never lets Terraform destroy the CA key or certificate, while the admin certificate renews freely", () => {
    expect(key("ca-key").lifecycle).toEqual({ prevent_destroy: true });
    expect(only(json, "tls_self_signed_cert").lifecycle).toEqual({ prevent_destroy: true });
    expect(key("admin-key").lifecycle).toBeUndefined();
    expect(only(json, "tls_locally_signed_cert").lifecycle).toBeUndefined();
  });

  it("makes RSA keys: aks-engine reads the CA key from certificateProfile as PKCS#1 RSA", () => {
    // https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/helpers/pki.go#L108 and
    // https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/helpers/pki.go#L352-L357 (x509.ParsePKCS1PrivateKey)
    expect(key("ca-key")).toMatchObject({ algorithm: "RSA", rsa_bits: 4096 });
    expect(key("admin-key")).toMatchObject({ algorithm: "RSA", rsa_bits: 2048 });
  });

  it("keeps the CA 10 years and the admin certificate 1 year by default, each overridable", () => {
    const hours = (j: any) => [only(j, "tls_self_signed_cert"), only(j, "tls_locally_signed_cert")].map((c) => c.validity_period_hours);
    expect(hours(json)).toEqual([10 * 8760, 8760]);
    const custom = synthJson((s) => new ClusterCredentials(s, "creds", { clusterName: "c1", caValidityHours: 200, clientValidityHours: 100 }));
    expect(hours(custom)).toEqual([200, 100]);
  });
});
