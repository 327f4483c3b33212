import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConfigProblem } from "./load";
import type { Config } from "./schema";

/**
 * The mode an apps stack's local state records (constructs/apps/data-mode.ts writes terraform_data.data_mode
 * with input {mode}). A state from before data modes with a ratings release in it ran the single pod: per-hub.
 * Undefined when nothing is deployed.
 */
export function recordedDataMode(stateFile: string): string | undefined {
  if (!existsSync(stateFile)) return undefined;
  let state: { resources?: { mode?: string; type?: string; name?: string; instances?: { attributes?: any }[] }[] };
  try {
    state = JSON.parse(readFileSync(stateFile, "utf8"));
  } catch {
    return undefined;
  }
  const managed = (state.resources ?? []).filter((r) => r.mode === "managed");
  const record = managed.find((r) => r.type === "terraform_data" && r.name === "data_mode");
  const mode = record?.instances?.[0]?.attributes?.input?.value?.mode ?? record?.instances?.[0]?.attributes?.input?.mode;
  if (typeof mode === "string") return mode;
  return managed.some((r) => r.type === "helm_release") ? "per-hub" : undefined;
}

/**
 * With local state: app.data.mode differs from what a hub runs, and app.data.migrateFrom does not name the
 * running mode. One problem per hub (docs/data.md "Changing mode").
 */
export function dataModeChanges(config: Config, stateDir: string): ConfigProblem[] {
  if (config.backend.type !== "local") return [];
  const data = config.app.data;
  const problems: ConfigProblem[] = [];
  for (const hub of config.hubs.filter((h) => !h.decommission)) {
    const running = recordedDataMode(join(stateDir, `apps-${hub.name}.tfstate`));
    if (!running || running === data.mode || data.migrateFrom === running) continue;
    problems.push({
      path: "app.data.mode",
      message: `is ${data.mode}, but hub "${hub.name}" runs ${running} (state/apps-${hub.name}.tfstate): changing it would replace the database under the running app (follow docs/data.md "Changing mode", which sets app.data.migrateFrom: ${running}, or set mode back to ${running})`,
    });
  }
  return problems;
}
