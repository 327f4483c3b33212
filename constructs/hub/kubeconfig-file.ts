import { SensitiveFile } from "@cdktf/provider-local/lib/sensitive-file";
import { Fn, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { kubeconfigYaml } from "../shared/kubeconfig";

export interface KubeconfigFileOptions {
  /** Path Terraform writes, as Terraform sees it (already resolved by the stack). */
  readonly filename: string;
  readonly clusterName: string;
  readonly server: string;
  readonly caCertificatePem: string;
  readonly clientCertificatePem: string;
  /** Sensitive. */
  readonly clientKeyPem: string;
  /** What must exist before the file is useful (the lifecycle runner). */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * An admin kubeconfig for kubectl users, built from the credentials Terraform owns (nothing is copied off a VM).
 * local_sensitive_file keeps the content out of plan output and writes it with mode 0600.
 */
export class KubeconfigFile extends Construct {
  readonly filename: string;

  constructor(scope: Construct, id: string, o: KubeconfigFileOptions) {
    super(scope, id);
    const kubeconfig = kubeconfigYaml({
      clusterName: o.clusterName,
      server: o.server,
      caCertificatePem: o.caCertificatePem,
      userName: `${o.clusterName}-admin`,
      user: { "client-certificate-data": Fn.base64encode(o.clientCertificatePem), "client-key-data": Fn.base64encode(o.clientKeyPem) },
      contextName: o.clusterName,
    });
    const file = new SensitiveFile(this, "file", {
      filename: o.filename,
      content: kubeconfig,
      filePermission: "0600",
      directoryPermission: "0700",
      dependsOn: o.dependsOn,
    });
    this.filename = file.filename;
  }
}
