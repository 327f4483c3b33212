import { Fn } from "cdktf";

export interface KubeconfigParts {
  readonly clusterName: string;
  readonly server: string;
  /** PEM of the cluster CA (base64-encoded here). */
  readonly caCertificatePem: string;
  readonly userName: string;
  /** The user's credentials, e.g. `{ token }` or client certificate and key data. */
  readonly user: Readonly<Record<string, string>>;
  readonly contextName: string;
  /** Default namespace of the context. */
  readonly namespace?: string;
}

/** A one-cluster, one-user kubeconfig document (YAML, produced by Terraform's yamlencode). */
export function kubeconfigYaml(o: KubeconfigParts): string {
  const context = { cluster: o.clusterName, user: o.userName, ...(o.namespace !== undefined ? { namespace: o.namespace } : {}) };
  return Fn.yamlencode({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: o.clusterName, cluster: { server: o.server, "certificate-authority-data": Fn.base64encode(o.caCertificatePem) } }],
    users: [{ name: o.userName, user: o.user }],
    contexts: [{ name: o.contextName, context }],
    "current-context": o.contextName,
  });
}
