import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { Namespace } from "@cdktf/provider-kubernetes/lib/namespace";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";
import { configureBackend } from "./backend";
import type { GlobalStack } from "./global-stack";
import type { HubStack } from "./hub-stack";
import { STACK_IDS } from "./naming";

export interface AppsStackProps {
  readonly config: Config;
  readonly hub: HubStack;
  readonly global: GlobalStack;
}

/** Workloads on one hub's cluster, reached with the credentials the hub stack owns. */
export class AppsStack extends TerraformStack {
  readonly namespace: string;

  constructor(scope: Construct, props: AppsStackProps) {
    const { config, hub } = props;
    const stackId = STACK_IDS.apps(hub.hub.name);
    super(scope, stackId);
    configureBackend(this, config.backend, config.name, stackId);
    this.addDependency(hub);
    this.addDependency(props.global);

    // cross-stack references: cdktf turns these into sensitive outputs of hub-<name> and remote state reads here
    const api = hub.kubeApi;
    new KubernetesProvider(this, "kubernetes", {
      host: api.host,
      clusterCaCertificate: api.clusterCaCertificate,
      clientCertificate: api.clientCertificate,
      clientKey: api.clientKey,
    });
    new HelmProvider(this, "helm", {
      kubernetes: {
        host: api.host,
        clusterCaCertificate: api.clusterCaCertificate,
        clientCertificate: api.clientCertificate,
        clientKey: api.clientKey,
      },
    });

    const ns = new Namespace(this, "namespace", {
      metadata: { name: config.app.namespace, labels: { "app.kubernetes.io/part-of": "ratings", "app.kubernetes.io/managed-by": "cdktf" } },
    });
    this.namespace = ns.metadata.name;
  }
}
