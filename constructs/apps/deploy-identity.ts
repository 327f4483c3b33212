import { RoleBindingV1 } from "@cdktf/provider-kubernetes/lib/role-binding-v1";
import { RoleV1, type RoleV1Rule } from "@cdktf/provider-kubernetes/lib/role-v1";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { ServiceAccountV1 } from "@cdktf/provider-kubernetes/lib/service-account-v1";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { kubeconfigYaml } from "../shared/kubeconfig";
import { RATINGS_LABELS } from "./labels";

const WRITE = ["get", "list", "watch", "create", "update", "patch", "delete"];
const READ = ["get", "list", "watch"];

/**
 * Exactly what `helm upgrade --install --wait` of charts/ratings needs in its namespace, nothing cluster-wide.
 * docs/internals.md "Pipeline identity" gives the reason for every line.
 */
const DEPLOYER_RULES: readonly RoleV1Rule[] = [
  // Helm 3 keeps release records as Secrets (sh.helm.release.v1.*) in the release namespace
  { apiGroups: [""], resources: ["secrets"], verbs: WRITE },
  // the chart's own objects
  { apiGroups: [""], resources: ["services"], verbs: WRITE },
  { apiGroups: ["apps"], resources: ["deployments", "statefulsets"], verbs: WRITE },
  { apiGroups: ["networking.k8s.io"], resources: ["ingresses"], verbs: WRITE },
  // what --wait and `kubectl rollout status` look at to decide a rollout is ready
  { apiGroups: [""], resources: ["pods", "persistentvolumeclaims"], verbs: READ },
  { apiGroups: ["apps"], resources: ["replicasets"], verbs: READ },
];

export interface DeployIdentityOptions {
  readonly namespace: string;
  readonly name: string;
  /** Cluster name, used for the kubeconfig's cluster and context names. */
  readonly clusterName: string;
  /** API server URL written into the kubeconfig. */
  readonly server: string;
}

/**
 * Least-privilege identity for Azure Pipelines (the guide hands out cluster-admin): a ServiceAccount bound to a
 * namespace Role, a long-lived token Secret, and a kubeconfig for an Azure DevOps "Kubernetes" service connection.
 */
export class DeployIdentity extends Construct {
  readonly serviceAccountName: string;
  /** Kubeconfig with the service account token. Sensitive: expose only as a sensitive output. */
  readonly kubeconfig: string;
  /** The service account's token (a JWT, as the cluster wrote it into the Secret). Sensitive. */
  readonly token: string;
  /** PEM of the cluster CA, from the same Secret (`ca.crt`); Terraform treats it as sensitive (Secret data). */
  readonly caCertificate: string;

  constructor(scope: Construct, id: string, options: DeployIdentityOptions) {
    super(scope, id);
    const labels = { ...RATINGS_LABELS };
    const sa = new ServiceAccountV1(this, "service-account", {
      metadata: { name: options.name, namespace: options.namespace, labels },
      automountServiceAccountToken: false,
    });
    const role = new RoleV1(this, "role", { metadata: { name: options.name, namespace: options.namespace, labels }, rule: [...DEPLOYER_RULES] });
    new RoleBindingV1(this, "role-binding", {
      metadata: { name: options.name, namespace: options.namespace, labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: role.metadata.name },
      subject: [{ kind: "ServiceAccount", name: sa.metadata.name, namespace: options.namespace }],
    });
    // since Kubernetes 1.24 no token Secret is created automatically; the control plane fills this one in
    const token = new SecretV1(this, "token", {
      metadata: {
        name: `${options.name}-token`,
        namespace: options.namespace,
        labels,
        annotations: { "kubernetes.io/service-account.name": sa.metadata.name },
      },
      type: "kubernetes.io/service-account-token",
      waitForServiceAccountToken: true,
    });

    this.serviceAccountName = sa.metadata.name;
    this.token = Fn.lookup(token.data, "token");
    this.caCertificate = Fn.lookup(token.data, "ca.crt");
    this.kubeconfig = kubeconfigYaml({
      clusterName: options.clusterName,
      server: options.server,
      caCertificatePem: this.caCertificate,
      userName: options.name,
      user: { token: this.token },
      contextName: `${options.clusterName}-${options.name}`,
      namespace: options.namespace,
    });
  }
}
