import type { HubConfig } from "../config/schema";

/** Stack ids: part of the product's interface (`cdktf deploy 'hub-*'`), do not change lightly. */
export const STACK_IDS = {
  global: "global",
  traffic: "traffic",
  hub: (hubName: string) => `hub-${hubName}`,
  apps: (hubName: string) => `apps-${hubName}`,
  /** The hub's CI runner VM; deployed from a workstation (bootstrap), never by a job that runs on it. */
  runner: (hubName: string) => `runner-${hubName}`,
  /** Azure DevOps objects of every hub; only when `azure.devops.project` is set. */
  devops: "devops",
} as const;

/** Azure resource names derived from config, in one place so every stack agrees on them. */
export function hubResourceNames(project: string, hub: Pick<HubConfig, "name">) {
  const base = `${project}-${hub.name}`;
  return {
    /** Also the aks-engine dnsPrefix and the cluster name shown in monitoring. */
    clusterName: base,
    engineResourceGroup: `${base}-engine`,
    clusterResourceGroup: `${base}-cluster`,
    ingressPublicIp: `${base}-ingress`,
    /** app.data.acrossHubs: one static IP per replica set member. */
    dbMemberPublicIps: [0, 1, 2].map((i) => `${base}-db-${i}`),
    /** AKS engine helper VM and its network (engine resource group). */
    engineVm: `${base}-engine`,
    /** The runner VM (Azure Pipelines agent and/or GitHub Actions runner) and its own resource group. */
    pipelinesAgent: `${base}-agent`,
    runnerResourceGroup: `${base}-runner`,
  } as const;
}

/**
 * Azure DevOps object names of one hub. azure-pipelines.yml spells the same names (a test keeps them equal),
 * so a pipeline's `environment:` and `kubernetesServiceEndpoint:` find what the devops stack creates.
 */
export function devopsResourceNames(namespace: string, hub: Pick<HubConfig, "name" | "pipelinesAgent">) {
  const appOnHub = `${namespace}-${hub.name}`;
  return {
    /** Kubernetes service connection with the hub's pipeline identity (namespace-scoped). */
    serviceConnection: appOnHub,
    /** Environment whose approvals gate deployments to this hub. */
    environment: appOnHub,
    /** Agent pool (organization) and queue (project) the hub's agent VM registers into. */
    agentPool: hub.pipelinesAgent.pool,
  } as const;
}

export function globalResourceNames(project: string) {
  return {
    resourceGroup: `${project}-global`,
    logAnalyticsWorkspace: `${project}-logs`,
    trafficResourceGroup: `${project}-traffic`,
    trafficManagerProfile: `${project}-tm`,
    /** Storage account for the database backups: 3-24 lowercase letters and digits, globally unique. */
    backupStorageAccount: `${project.replace(/-/g, "")}backup`.slice(0, 24),
    cosmosAccount: `${project}-ratings`,
    publicVoter: `${project}-db-voter`,
  } as const;
}

export type HubResourceNames = ReturnType<typeof hubResourceNames>;

/** `https://<dnsPrefix>.<location>.cloudapp.<external domain>`: where aks-engine puts the API server. */
export function apiServerUrl(project: string, hub: Pick<HubConfig, "name" | "location" | "externalDomain">): string {
  return `https://${hubResourceNames(project, hub).clusterName}.${hub.location}.cloudapp.${hub.externalDomain}`;
}

export function commonTags(project: string, hubName?: string): Record<string, string> {
  return { project, "managed-by": "cdktf", ...(hubName ? { hub: hubName } : {}) };
}

/**
 * Terraform variable (`TF_VAR_drained_hubs`, a JSON list of hub names) whose endpoints this deploy disables:
 * how `npm run rollout` drains a hub without editing the config. Empty by default, so a plain deploy
 * re-enables every endpoint the config does not keep disabled (hubs[].trafficManager.enabled: false).
 */
export const DRAINED_HUBS_VARIABLE = "drained_hubs";
