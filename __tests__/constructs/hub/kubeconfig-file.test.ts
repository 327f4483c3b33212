import { LocalProvider } from "@cdktf/provider-local/lib/provider";
import { ClusterCredentials } from "../../../constructs/hub/cluster-credentials";
import { KubeconfigFile } from "../../../constructs/hub/kubeconfig-file";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("KubeconfigFile", () => {
  const json = synthJson((s) => {
    new LocalProvider(s, "local");
    const creds = new ClusterCredentials(s, "creds", { clusterName: "c1" });
    new KubeconfigFile(s, "kubeconfig", {
      filename: "../../../c1.kubeconfig",
      clusterName: "c1",
      server: "https://c1.local.cloudapp.azurestack.external",
      caCertificatePem: creds.caCertificatePem,
      clientCertificatePem: creds.clientCertificatePem,
      clientKeyPem: creds.clientKeyPem,
    });
  });
  const file = only(json, "local_sensitive_file");

  it("is a local_sensitive_file with mode 0600 in a 0700 folder", () => {
    // a plain local_file would show the admin key in plans
    expect(json.resource.local_file).toBeUndefined();
    expect(file).toMatchObject({ filename: "../../../c1.kubeconfig", file_permission: "0600", directory_permission: "0700" });
  });

  it("holds the server and the Terraform-owned admin credentials as references", () => {
    expect(file.content).toMatch(/^\$\{yamlencode\(/);
    expect(file.content).toContain('"server" = "https://c1.local.cloudapp.azurestack.external"');
    expect(file.content).toMatch(/"client-key-data" = base64encode\(tls_private_key\.creds_admin-key_[0-9A-F]+\.private_key_pem\)/);
    expect(file.content).toMatch(/"certificate-authority-data" = base64encode\(tls_self_signed_cert\.creds_ca_[0-9A-F]+\.cert_pem\)/);
    expect(file.content).toContain('"current-context" = "c1"');
  });

  it("is a v1 Config document whose context names its own cluster and user", () => {
    expect(file.content).toContain('"apiVersion" = "v1"');
    expect(file.content).toContain('"kind" = "Config"');
    expect(file.content).toContain('"contexts" = [{"name" = "c1", "context" = {"cluster" = "c1", "user" = "c1-admin"}}]');
    expect(file.content).toContain('"clusters" = [{"name" = "c1",');
    expect(file.content).toContain('"users" = [{"name" = "c1-admin",');
  });
});
