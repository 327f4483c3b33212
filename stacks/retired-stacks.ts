import type { Construct } from "constructs";
import type { Config, HubConfig } from "../config/schema";
import { appsProviders } from "./apps-stack";
import { readHubOutputs } from "./contracts";
import { azurestackProvider, hubProviders, type HubAccess } from "./hub-stack";
import { STACK_IDS } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";

export interface RetiredStackProps {
  readonly state: StateSettings;
  /** A hub with `decommission: true`. */
  readonly hub: HubAccess;
}

/**
 * `hub-<name>` of a decommissioned hub: the same backend and providers, no resources, so `cdktf deploy`
 * destroys everything its state holds. Deployed after the hub's apps stack.
 */
export class RetiredHubStack extends ProductStack {
  constructor(scope: Construct, props: RetiredStackProps) {
    super(scope, STACK_IDS.hub(props.hub.name), props.state);
    // local: the admin kubeconfig file the hub may have written
    hubProviders(this, props.hub, { localFiles: true });
  }
}

/**
 * `apps-<name>` of a decommissioned hub: no resources; the live apps stack's providers, with the credentials the
 * hub's state still holds (it is destroyed after this stack), so Terraform can delete the releases and objects.
 * Empty values keep a re-run working once the hub's state is empty.
 */
export class RetiredAppsStack extends ProductStack {
  constructor(scope: Construct, props: RetiredStackProps) {
    super(scope, STACK_IDS.apps(props.hub.name), props.state);
    // tls: a replica set's member certificates may be in this state
    appsProviders(this, readHubOutputs(this, props.hub.name, { emptyWhenMissing: true }), { tls: true });
  }
}

/** `runner-<name>` of a decommissioned hub: no resources, so deploying it (from a workstation) destroys the runner VM. */
export class RetiredRunnerStack extends ProductStack {
  constructor(scope: Construct, props: RetiredStackProps) {
    super(scope, STACK_IDS.runner(props.hub.name), props.state);
    azurestackProvider(this, props.hub);
  }
}

/** A retired stack's props from the config. */
export function retiredStackProps(config: Config, hub: HubConfig): RetiredStackProps {
  return { state: { project: config.name, backend: config.backend }, hub };
}
