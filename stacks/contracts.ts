import { DataTerraformRemoteState, TerraformOutput, type TerraformStack } from "cdktf";
import type { ReplicaSetSecrets } from "../constructs/shared/mongo-secrets";
import { STACK_IDS } from "./naming";
import type { ProductStack } from "./product-stack";

/**
 * The one way a stack hands values to another: the producer declares each output once, by a stable name, and
 * the consumer reads it through remote state with the producer's reader. A stack never takes another stack
 * object, and no output name holds a construct path or hash (cdktf's automatic cross-stack references do), so
 * renaming a construct never renames what state, other stacks, pipelines or people read.
 * __tests__/interface.test.ts pins every name below, with who reads it.
 */
export interface OutputSpec {
  /** The output's name in state: part of the product's interface. */
  readonly name: string;
  readonly sensitive?: true;
  readonly list?: true;
  readonly description?: string;
}

export type Contract = Readonly<Record<string, OutputSpec>>;

/** The typed values of a contract: a string token per output, a list token for list outputs. */
export type ContractValues<C extends Contract> = { readonly [K in keyof C]: C[K] extends { readonly list: true } ? string[] : string };

/** Declares the producer's outputs; an undefined value is an output this configuration does not have. */
export function publishOutputs<C extends Contract>(stack: TerraformStack, contract: C, values: { readonly [K in keyof C]?: ContractValues<C>[K] }): void {
  for (const [key, spec] of Object.entries(contract)) {
    const value = values[key];
    if (value === undefined) continue;
    new TerraformOutput(stack, spec.name, { value, ...(spec.sensitive ? { sensitive: true } : {}), ...(spec.description ? { description: spec.description } : {}) });
  }
}

/** Typed references to the producer's outputs through one remote state data source. */
export function readOutputs<C extends Contract>(state: DataTerraformRemoteState, contract: C): ContractValues<C> {
  return Object.fromEntries(Object.entries(contract).map(([key, spec]) => [key, spec.list ? state.getList(spec.name) : state.getString(spec.name)])) as ContractValues<C>;
}

/** Empty values for a contract's string outputs, for a consumer that must plan once the producer's state is empty. */
export function emptyDefaults(contract: Contract): Record<string, string> {
  return Object.fromEntries(Object.values(contract).filter((spec) => !spec.list).map((spec) => [spec.name, ""]));
}

/** hub-<name>. */
export const HUB_CONTRACT = {
  apiServerUrl: { name: "api_server_url" },
  clusterCaCertificate: { name: "cluster_ca_certificate" },
  clientCertificate: { name: "client_certificate" },
  clientKey: { name: "client_key", sensitive: true },
  kubeconfigFile: { name: "kubeconfig_file" },
  ingressIpAddress: { name: "ingress_ip_address" },
  ingressIpName: { name: "ingress_ip_name" },
  clusterResourceGroup: { name: "cluster_resource_group" },
  dbMemberIpAddresses: { name: "db_member_ip_addresses", list: true },
  engineFqdn: { name: "engine_fqdn" },
  engineIpAddress: { name: "engine_ip_address" },
  engineSsh: { name: "engine_ssh" },
  engineLifecycleLog: { name: "engine_lifecycle_log" },
} as const satisfies Contract;

export type HubOutputs = ContractValues<typeof HUB_CONTRACT>;

/** global. */
export const GLOBAL_CONTRACT = {
  logAnalyticsWorkspaceId: { name: "log_analytics_workspace_id" },
  logAnalyticsWorkspaceKey: { name: "log_analytics_workspace_key", sensitive: true },
  registryLoginServer: { name: "registry_login_server" },
  backupStorageAccount: { name: "db_backup_storage_account" },
  backupStorageKey: { name: "db_backup_storage_key", sensitive: true },
  voterIpAddress: { name: "db_voter_ip_address" },
  cosmosConnectionString: { name: "db_cosmos_connection_string", sensitive: true },
  dbCaCertificate: { name: "db_ca_certificate" },
  dbCaPrivateKey: { name: "db_ca_private_key", sensitive: true },
  dbKeyFile: { name: "db_keyfile", sensitive: true },
  dbBackupPassword: { name: "db_password_backup", sensitive: true },
  dbDatabaseAdminPassword: { name: "db_password_database_admin", sensitive: true },
  dbClusterAdminPassword: { name: "db_password_cluster_admin", sensitive: true },
  dbClusterMonitorPassword: { name: "db_password_cluster_monitor", sensitive: true },
  dbUserAdminPassword: { name: "db_password_user_admin", sensitive: true },
  dbAppPassword: { name: "db_password_ratings", sensitive: true },
} as const satisfies Contract;

/** global, per active hub: the hub's pull-only registry token. */
export function registryPullContract(hubName: string) {
  const suffix = hubName.replace(/-/g, "_");
  return {
    username: { name: `registry_pull_username_${suffix}` },
    password: { name: `registry_pull_password_${suffix}`, sensitive: true },
  } as const satisfies Contract;
}

export type GlobalOutputs = ContractValues<typeof GLOBAL_CONTRACT> & {
  readonly registryPull: (hubName: string) => ContractValues<ReturnType<typeof registryPullContract>>;
  /** app.data.acrossHubs: the replica set's shared secrets, as references. */
  readonly replicaSetSecrets: ReplicaSetSecrets;
};

/** apps-<name>. */
export const APPS_CONTRACT = {
  pipelineKubeconfig: {
    name: "pipeline_kubeconfig",
    sensitive: true,
    description: "Kubeconfig of this hub's ratings-deployer service account, for an Azure DevOps Kubernetes service connection (authorization type Kubeconfig).",
  },
  pipelineToken: {
    name: "pipeline_token",
    sensitive: true,
    description: "Token of this hub's ratings-deployer service account (the devops stack's service connection).",
  },
  // sensitive: Terraform refuses a non-sensitive output computed from Secret data
  pipelineCaCertificate: {
    name: "pipeline_ca_certificate",
    sensitive: true,
    description: "Cluster CA certificate (PEM) the ratings-deployer token comes with.",
  },
} as const satisfies Contract;

export type AppsOutputs = ContractValues<typeof APPS_CONTRACT>;

/** runner-<name>: read by nobody but people (no stack depends on a runner). */
export const RUNNER_CONTRACT = {
  runnerPrivateIp: { name: "runner_private_ip", description: "The runner VM's address in its own network (no public IP)." },
} as const satisfies Contract;

/** traffic: read by people. */
export const TRAFFIC_CONTRACT = {
  fqdn: { name: "fqdn", description: "Browse here: Traffic Manager sends you to a healthy hub." },
} as const satisfies Contract;

/** global's outputs with the replica set secrets as an object a site can use in place of its own MongoSecrets. */
export function globalOutputsOf(state: DataTerraformRemoteState): GlobalOutputs {
  const values = readOutputs(state, GLOBAL_CONTRACT);
  return {
    ...values,
    registryPull: (hubName) => readOutputs(state, registryPullContract(hubName)),
    replicaSetSecrets: {
      caCertificatePem: values.dbCaCertificate,
      caPrivateKeyPem: values.dbCaPrivateKey,
      keyFile: values.dbKeyFile,
      systemPasswords: {
        BACKUP: values.dbBackupPassword,
        DATABASE_ADMIN: values.dbDatabaseAdminPassword,
        CLUSTER_ADMIN: values.dbClusterAdminPassword,
        CLUSTER_MONITOR: values.dbClusterMonitorPassword,
        USER_ADMIN: values.dbUserAdminPassword,
      },
      appPassword: values.dbAppPassword,
    },
  };
}

/** The values global publishes from its replica set secrets (the inverse of `replicaSetSecrets` above). */
export function replicaSetSecretOutputs(secrets: ReplicaSetSecrets) {
  return {
    dbCaCertificate: secrets.caCertificatePem,
    dbCaPrivateKey: secrets.caPrivateKeyPem,
    dbKeyFile: secrets.keyFile,
    dbBackupPassword: secrets.systemPasswords.BACKUP,
    dbDatabaseAdminPassword: secrets.systemPasswords.DATABASE_ADMIN,
    dbClusterAdminPassword: secrets.systemPasswords.CLUSTER_ADMIN,
    dbClusterMonitorPassword: secrets.systemPasswords.CLUSTER_MONITOR,
    dbUserAdminPassword: secrets.systemPasswords.USER_ADMIN,
    dbAppPassword: secrets.appPassword,
  };
}

// --- readers: what a consuming stack calls (one remote state data source per producer and consumer) ---

/** hub-<hubName>'s outputs. `emptyWhenMissing`: a retired hub's apps stack plans on after the hub's state is emptied. */
export function readHubOutputs(stack: ProductStack, hubName: string, options: { readonly emptyWhenMissing?: boolean } = {}): HubOutputs {
  return readOutputs(stack.stateOf(STACK_IDS.hub(hubName), options.emptyWhenMissing ? emptyDefaults(HUB_CONTRACT) : undefined), HUB_CONTRACT);
}

export function readGlobalOutputs(stack: ProductStack): GlobalOutputs {
  return globalOutputsOf(stack.stateOf(STACK_IDS.global));
}

export function readAppsOutputs(stack: ProductStack, hubName: string): AppsOutputs {
  return readOutputs(stack.stateOf(STACK_IDS.apps(hubName)), APPS_CONTRACT);
}
