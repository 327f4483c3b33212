import { CertRequest } from "@cdktf/provider-tls/lib/cert-request";
import { LocallySignedCert } from "@cdktf/provider-tls/lib/locally-signed-cert";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { Construct } from "constructs";
import { keptCa } from "../shared/kept-ca";

export interface ClusterCredentialsOptions {
  readonly clusterName: string;
  /** Validity of the cluster CA; aks-engine signs every cluster certificate with it. Default 10 years. */
  readonly caValidityHours?: number;
  /** Validity of the admin client certificate; Terraform renews it 30 days before expiry. Default 1 year. */
  readonly clientValidityHours?: number;
}

/**
 * Cluster CA and an admin client certificate, generated and kept by Terraform. aks-engine receives the CA
 * through certificateProfile, so Terraform knows the API credentials without copying a kubeconfig off a VM.
 * The private keys live only in Terraform state (see docs/internals.md "What is in Terraform state").
 */
export class ClusterCredentials extends Construct {
  readonly caCertificatePem: string;
  /** Sensitive. */
  readonly caPrivateKeyPem: string;
  readonly clientCertificatePem: string;
  /** Sensitive. */
  readonly clientKeyPem: string;

  constructor(scope: Construct, id: string, options: ClusterCredentialsOptions) {
    super(scope, id);
    // a new CA would leave the running cluster trusting the old one: Terraform's admin certificate and the
    // apps stacks would stop working
    const ca = keptCa(this, `${options.clusterName}-ca`, options.caValidityHours);

    const clientKey = new PrivateKey(this, "admin-key", { algorithm: "RSA", rsaBits: 2048 });
    const request = new CertRequest(this, "admin-csr", {
      privateKeyPem: clientKey.privateKeyPem,
      subject: [{ commonName: "cluster-admin", organization: "system:masters" }],
    });
    const client = new LocallySignedCert(this, "admin-cert", {
      certRequestPem: request.certRequestPem,
      caPrivateKeyPem: ca.privateKeyPem,
      caCertPem: ca.certPem,
      validityPeriodHours: options.clientValidityHours ?? 8760,
      earlyRenewalHours: 720,
      allowedUses: ["client_auth", "digital_signature", "key_encipherment"],
    });

    this.caCertificatePem = ca.certPem;
    this.caPrivateKeyPem = ca.privateKeyPem;
    this.clientCertificatePem = client.certPem;
    this.clientKeyPem = clientKey.privateKeyPem;
  }
}
