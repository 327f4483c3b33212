import { Release } from "@cdktf/provider-helm/lib/release";
import { Construct } from "constructs";

export interface MonitoringAgentOptions {
  readonly repository: string;
  readonly version: string;
  /** Log Analytics workspace (customer) id. */
  readonly workspaceId: string;
  /** Log Analytics primary shared key. Sensitive: passed only through `set_sensitive`. */
  readonly workspaceKey: string;
  /** Name the cluster has in Container Insights. */
  readonly clusterName: string;
}

/**
 * Azure Monitor for containers agent (`azuremonitor-containers` chart, values `amalogs.*`) in kube-system,
 * sending to the shared Log Analytics workspace. Microsoft retired this Helm onboarding for non-AKS clusters
 * on 2025-10-01 (Azure Arc is the supported path): see docs/internals.md "Monitoring".
 */
export class MonitoringAgent extends Construct {
  readonly release: Release;

  constructor(scope: Construct, id: string, options: MonitoringAgentOptions) {
    super(scope, id);
    this.release = new Release(this, "release", {
      name: "azuremonitor-containers",
      repository: options.repository,
      chart: "azuremonitor-containers",
      version: options.version,
      namespace: "kube-system",
      // type string: a workspace id or cluster name must never be read as a number or boolean
      set: [
        { name: "amalogs.secret.wsid", value: options.workspaceId, type: "string" },
        { name: "amalogs.env.clusterName", value: options.clusterName, type: "string" },
      ],
      setSensitive: [{ name: "amalogs.secret.key", value: options.workspaceKey, type: "string" }],
      wait: true,
      timeout: 600,
    });
  }
}
