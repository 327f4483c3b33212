import { TerraformStack, type DataTerraformRemoteState } from "cdktf";
import type { Construct } from "constructs";
import type { BackendConfig } from "../config/schema";
import { configureBackend, remoteStateOf } from "./backend";

/** Where every stack of one product keeps its state: `backend` and the key prefix (config `name`). */
export interface StateSettings {
  readonly project: string;
  readonly backend: BackendConfig;
}

/** A stack of this product: its state in the configured backend, and read access to the other stacks' state. */
export abstract class ProductStack extends TerraformStack {
  constructor(
    scope: Construct,
    id: string,
    private readonly state: StateSettings,
  ) {
    super(scope, id);
    configureBackend(this, state.backend, state.project, id);
  }

  /**
   * One remote state data source per producing stack (named after it), shared by every reader in this stack.
   * `defaults` answer outputs the producer's state does not (or no longer) hold.
   */
  stateOf(stackId: string, defaults?: Record<string, string>): DataTerraformRemoteState {
    const existing = this.node.tryFindChild(`${stackId}-state`) as DataTerraformRemoteState | undefined;
    return existing ?? remoteStateOf(this, `${stackId}-state`, this.state.backend, this.state.project, stackId, defaults);
  }
}
