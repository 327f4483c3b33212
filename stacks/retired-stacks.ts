import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { configureBackend, remoteStateOf } from "./backend";
import { azurestackProvider, HUB_CLUSTER_CREDENTIAL_OUTPUTS, HUB_OUTPUTS, hubProviders } from "./hub-stack";
import { STACK_IDS } from "./naming";

export interface RetiredStackProps {
  readonly config: Config;
  /** A hub with `decommission: true`. */
  readonly hub: HubConfig;
}

/**
 * `hub-<name>` of a decommissioned hub: the same backend and providers, no resources, so `cdktf deploy`
 * destroys everything its state holds. Deployed after the hub's apps stack.
 */
export class RetiredHubStack extends TerraformStack {
  readonly hub: HubConfig;

  constructor(scope: Construct, props: RetiredStackProps) {
    const stackId = STACK_IDS.hub(props.hub.name);
    super(scope, stackId);
    this.hub = props.hub;
    configureBackend(this, props.config.backend, props.config.name, stackId);
    hubProviders(this, props.hub);
  }
}

/**
 * `apps-<name>` of a decommissioned hub: no resources; the Kubernetes and Helm providers reach the cluster
 * with the credentials the hub's state still holds (it is destroyed after this stack), so Terraform can
 * delete the releases and objects. Empty defaults keep a re-run working once the hub's state is empty.
 */
export class RetiredAppsStack extends TerraformStack {
  constructor(scope: Construct, props: RetiredStackProps) {
    const { config, hub } = props;
    const stackId = STACK_IDS.apps(hub.name);
    super(scope, stackId);
    configureBackend(this, config.backend, config.name, stackId);
    const outputs = [HUB_OUTPUTS.apiServerUrl, HUB_CLUSTER_CREDENTIAL_OUTPUTS.clusterCaCertificate, HUB_CLUSTER_CREDENTIAL_OUTPUTS.clientCertificate, HUB_CLUSTER_CREDENTIAL_OUTPUTS.clientKey];
    const state = remoteStateOf(this, "hub-state", config.backend, config.name, STACK_IDS.hub(hub.name), Object.fromEntries(outputs.map((o) => [o, ""])));
    const access = {
      host: state.getString(HUB_OUTPUTS.apiServerUrl),
      clusterCaCertificate: state.getString(HUB_CLUSTER_CREDENTIAL_OUTPUTS.clusterCaCertificate),
      clientCertificate: state.getString(HUB_CLUSTER_CREDENTIAL_OUTPUTS.clientCertificate),
      clientKey: state.getString(HUB_CLUSTER_CREDENTIAL_OUTPUTS.clientKey),
    };
    new KubernetesProvider(this, "kubernetes", access);
    new HelmProvider(this, "helm", { kubernetes: access });
    new RandomProvider(this, "random");
    // the replica set's member certificate and key (app.data.mode replica-set) are tls resources in this state
    new TlsProvider(this, "tls");
  }
}

/** `runner-<name>` of a decommissioned hub: no resources, so deploying it (from a workstation) destroys the runner VM. */
export class RetiredRunnerStack extends TerraformStack {
  readonly hub: HubConfig;

  constructor(scope: Construct, props: RetiredStackProps) {
    const stackId = STACK_IDS.runner(props.hub.name);
    super(scope, stackId);
    this.hub = props.hub;
    configureBackend(this, props.config.backend, props.config.name, stackId);
    azurestackProvider(this, props.hub);
  }
}
