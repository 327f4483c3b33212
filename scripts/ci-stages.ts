/**
 * CI jobs generated from the config, so the pipelines follow the hubs and their rollout order (`npm run stacks`):
 * - GitHub Actions reads them at run time (a job output feeding `strategy.matrix`);
 * - Azure Pipelines has no run-time stages, so the per-hub stages of azure-pipelines.yml are written between two
 *   markers by `npm run stacks -- --azure-pipelines` (a test keeps the committed file equal to the bundled config).
 */
import { rolloutOrder } from "../config/rollout";
import type { Config } from "../config/schema";
import { devopsResourceNames, STACK_IDS } from "../stacks/naming";

/** GitHub runner label and environment of a hub's jobs: `runs-on: [self-hosted, hub-<name>]`, environment `hub-<name>`. */
export const hubLabel = (hub: string) => `hub-${hub}`;

export interface HubJob {
  readonly hub: string;
  readonly label: string;
  readonly environment: string;
}

/** The rollout's hubs in order: one GitHub job each, run one at a time (max-parallel: 1). */
export function rolloutMatrix(config: Config): HubJob[] {
  return rolloutOrder(config.hubs).map((h) => ({ hub: h.name, label: hubLabel(h.name), environment: hubLabel(h.name) }));
}

export interface PlanJob {
  readonly stack: string;
  /** A hub's stacks plan on that hub's runner (the hub may be reachable only from there); public Azure's on a hosted one. */
  readonly runsOn: string | readonly string[];
}

/**
 * What a pull request plans: global, traffic and every hub's two stacks. Not the runner stacks (their
 * registration tokens are deploy-time only) nor devops (it needs an Azure DevOps PAT): a plan gets no PAT.
 */
export function planMatrix(config: Config): PlanJob[] {
  const jobs: PlanJob[] = [
    { stack: STACK_IDS.global, runsOn: "ubuntu-latest" },
    { stack: STACK_IDS.traffic, runsOn: "ubuntu-latest" },
  ];
  for (const hub of rolloutOrder(config.hubs)) {
    for (const stack of [STACK_IDS.hub(hub.name), STACK_IDS.apps(hub.name)]) jobs.push({ stack, runsOn: ["self-hosted", hubLabel(hub.name)] });
  }
  return jobs;
}

export const AZP_START = "  # rollout:start (generated from the config by `npm run stacks -- --azure-pipelines`; do not edit)";
export const AZP_END = "# rollout:end";

const id = (hub: string) => hub.replace(/-/g, "_");
/** Azure Pipelines variable names of a hub's secrets in the variable group (uppercase, '-' as '_'). */
export const hubSecretVariable = (kind: "HUB_CLIENT_SECRET" | "ENGINE_SSH_PRIVATE_KEY", hub: string) => `${kind}_${hub.replace(/-/g, "_").toUpperCase()}`;

/** The deploy stages of azure-pipelines.yml: global, one stage per hub in rollout order on its own pool, then traffic and devops. */
export function renderAzurePipelinesStages(config: Config): string {
  const hubs = rolloutOrder(config.hubs);
  const stateEnv = ["ARM_CLIENT_ID: $(ARM_CLIENT_ID)", "ARM_CLIENT_SECRET: $(ARM_CLIENT_SECRET)", "ARM_TENANT_ID: $(ARM_TENANT_ID)", "ARM_SUBSCRIPTION_ID: $(ARM_SUBSCRIPTION_ID)"];
  const env = (indent: string, lines: string[]) => [`${indent}env:`, ...lines.map((l) => `${indent}  ${l}`)];
  const out: string[] = [AZP_START];
  const planEnv = () => env("                  ", ["HA_CONFIG: $(HA_CONFIG)", ...stateEnv]);
  /** A deployment job up to its own steps: every job checks out and installs first. */
  const deploymentJob = (o: { name: string; displayName: string; environment: string; pool: string[]; timeoutMinutes: number; comment?: string }): string[] => [
    `      - deployment: ${o.name}`,
    `        displayName: ${o.displayName}`,
    `        environment: ${o.environment}`,
    "        pool:",
    ...o.pool.map((l) => `          ${l}`),
    ...(o.comment ? [`        # ${o.comment}`] : []),
    `        timeoutInMinutes: ${o.timeoutMinutes}`,
    "        strategy:",
    "          runOnce:",
    "            deploy:",
    "              steps:",
    "                - checkout: self",
    "                - script: npm ci",
    "                  displayName: install",
  ];
  const planJob = (name: string, displayName: string, pool: string[], stacks: string[]): string[] => [
    ...deploymentJob({ name, displayName, environment: "plan", pool, timeoutMinutes: 30, comment: "terraform init + plan; aks-engine does not run in a plan" }),
    "                - script: npm run synth",
    "                  displayName: synth",
    ...env("                  ", ["HA_CONFIG: $(HA_CONFIG)"]),
    ...stacks.flatMap((stack) => [`                - script: npm run plan -- ${stack}`, `                  displayName: plan ${stack} [network + credentials]`, ...planEnv()]),
  ];
  // Pull requests: read-only state access (the ha-k8s-plan group's principal) and no PAT. Only public Azure's
  // stacks: a hub's agent queue carries a Branch control check (main only, devops stack), which a pull request's
  // run (refs/pull/<id>/merge) cannot pass, so hub stacks are planned by their rollout on main, after approval
  // (`terraform plan -detailed-exitcode` decides whether the hub changes), and reviewed through the synth diff.
  out.push(
    "  - stage: plan",
    "    dependsOn: test",
    "    condition: and(succeeded(), eq(variables['Build.Reason'], 'PullRequest'))",
    "    variables:",
    "      - group: ha-k8s-plan",
    "    jobs:",
    ...planJob("plan_public_azure", "plan global and traffic", ["vmImage: ubuntu-22.04"], [STACK_IDS.global, STACK_IDS.traffic]),
    "",
    // main: public Azure first, from a Microsoft-hosted agent
    "  - stage: deploy_global",
    "    displayName: deploy global and build images",
    "    dependsOn: test",
    "    condition: and(succeeded(), eq(variables.isMain, true))",
    "    variables:",
    "      - group: ha-k8s-secrets",
    "    jobs:",
    ...deploymentJob({ name: "deploy_global", displayName: "deploy global and build images", environment: "production", pool: ["vmImage: ubuntu-22.04"], timeoutMinutes: 60 }),
    "                - script: npm run deploy -- global",
    "                  displayName: deploy global [network + credentials]",
    ...env("                  ", ["HA_CONFIG: $(HA_CONFIG)", ...stateEnv]),
    "                # signs the Azure CLI in to a private folder and out again (scripts/images.ts)",
    "                - script: npm run images",
    "                  displayName: build app images (skips existing tags) [network + credentials]",
    ...env("                  ", ["HA_CONFIG: $(HA_CONFIG)", ...stateEnv]),
    "",
  );
  let previous = "deploy_global";
  for (const hub of hubs) {
    const stage = `rollout_${id(hub.name)}`;
    const steps = "                ";
    out.push(
      `  - stage: ${stage}`,
      `    displayName: rollout ${hub.name}`,
      `    dependsOn: ${previous}`,
      "    condition: and(succeeded(), eq(variables.isMain, true))",
      "    variables:",
      "      - group: ha-k8s-secrets",
      "    jobs:",
      ...deploymentJob({
        name: stage,
        displayName: `drain, deploy, verify and restore ${hub.name}`,
        environment: devopsResourceNames(config.app.namespace, hub).environment,
        pool: [`name: ${hub.pipelinesAgent.pool}`],
        comment: "an aks-engine upgrade of the bundled cluster takes up to 300 min (docs/rollout.md), plus drain and verify",
        timeoutMinutes: 480,
      }),
      `${steps}- script: npm run --silent ssh-key -- write ${hub.name}`,
      `${steps}  displayName: engine SSH key (mode 0600, this job only)`,
      ...env(`${steps}  `, [`ENGINE_SSH_PRIVATE_KEY: $(${hubSecretVariable("ENGINE_SSH_PRIVATE_KEY", hub.name)})`]),
      `${steps}- script: npm run rollout -- --hub ${hub.name}`,
      `${steps}  displayName: rollout ${hub.name} [network + credentials]`,
      ...env(`${steps}  `, [
        "HA_CONFIG: $(HA_CONFIG)",
        ...stateEnv,
        `TF_VAR_hub_${hub.name.replace(/-/g, "_")}_client_secret: $(${hubSecretVariable("HUB_CLIENT_SECRET", hub.name)})`,
      ]),
      `${steps}- script: npm run --silent ssh-key -- remove`,
      `${steps}  displayName: remove the engine SSH key`,
      `${steps}  condition: always()`,
      "",
    );
    previous = stage;
  }
  out.push(
    "  - stage: deploy_traffic",
    "    displayName: deploy traffic and devops",
    `    dependsOn: ${previous}`,
    "    condition: and(succeeded(), eq(variables.isMain, true))",
    "    variables:",
    "      - group: ha-k8s-secrets",
    "    jobs:",
    ...deploymentJob({ name: "deploy_traffic", displayName: "deploy traffic and devops", environment: "production", pool: ["vmImage: ubuntu-22.04"], timeoutMinutes: 30 }),
    "                - script: npm run deploy -- traffic",
    "                  displayName: deploy traffic [network + credentials]",
    ...env("                  ", ["HA_CONFIG: $(HA_CONFIG)", ...stateEnv]),
    "                # only with azure.devops.project; the provider reads its PAT from AZDO_PERSONAL_ACCESS_TOKEN alone",
    "                - script: npm run deploy -- --skip-missing devops",
    "                  displayName: deploy devops [network + credentials]",
    ...env("                  ", ["HA_CONFIG: $(HA_CONFIG)", ...stateEnv, "AZDO_PERSONAL_ACCESS_TOKEN: $(AZDO_PERSONAL_ACCESS_TOKEN)"]),
    AZP_END,
  );
  return out.join("\n");
}

/** azure-pipelines.yml with its generated block replaced; throws when the markers are missing. */
export function replaceAzurePipelinesBlock(text: string, config: Config): string {
  const start = text.indexOf(AZP_START);
  const end = text.indexOf(AZP_END);
  if (start < 0 || end < start) throw new Error(`azure-pipelines.yml has no rollout markers (${AZP_START.trim()} ... ${AZP_END.trim()})`);
  return text.slice(0, start) + renderAzurePipelinesStages(config) + text.slice(end + AZP_END.length);
}
