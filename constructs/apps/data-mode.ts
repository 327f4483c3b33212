import { DataResource } from "cdktf";
import { Construct } from "constructs";

/** Terraform address (resource type and name) of the record; config/data-mode-guard.ts reads it from local state. */
export const DATA_MODE_RESOURCE = { type: "terraform_data", name: "data_mode" } as const;

export interface DataModeOptions {
  readonly mode: string;
  /** app.data.migrateFrom is set: the change is deliberate (docs/data.md "Changing mode"). */
  readonly migrating: boolean;
}

/**
 * Records app.data.mode in the apps stack's state. A different mode means replacing this record, which
 * `prevent_destroy` refuses at plan time ("Instance cannot be destroyed"), with any backend, unless the
 * migration flag is set: a mode change never silently swaps the database under a running app. With local state
 * the synth refuses earlier, with a clearer message (config/data-mode-guard.ts).
 */
export class DataMode extends Construct {
  constructor(scope: Construct, id: string, o: DataModeOptions) {
    super(scope, id);
    const record = new DataResource(this, "record", {
      input: { mode: o.mode },
      triggersReplace: { mode: o.mode },
      lifecycle: { preventDestroy: !o.migrating },
    });
    record.overrideLogicalId(DATA_MODE_RESOURCE.name);
  }
}
