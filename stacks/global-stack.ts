import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Config } from "../config/schema";
import { RATINGS_UPSTREAM } from "../config/catalog";
import { ContainerRegistry } from "../constructs/global/container-registry";
import { LogAnalytics } from "../constructs/global/log-analytics";
import { layoutOf } from "../config/data";
import { rolloutOrder } from "../config/rollout";
import { BackupStorage } from "../constructs/global/backup-storage";
import { CosmosMongo } from "../constructs/global/cosmos-mongo";
import { MongoSecrets } from "../constructs/shared/mongo-secrets";
import { PERCONA } from "../constructs/apps/percona-mongodb";
import { PublicVoter } from "../constructs/global/public-voter";
import { publicAzureProvider } from "./public-azure";
import { configureBackend } from "./backend";
import { commonTags, globalResourceNames, STACK_IDS } from "./naming";

/** Explicit non-sensitive outputs the apps stacks read through remote state (plans show them). */
export const GLOBAL_DATA_OUTPUTS = {
  backupStorageAccount: "db_backup_storage_account",
  voterIpAddress: "db_voter_ip_address",
} as const;

export interface GlobalStackProps {
  readonly config: Config;
}

/** Public Azure resources shared by every hub: Log Analytics and the container registry. */
export class GlobalStack extends TerraformStack {
  readonly logAnalytics: LogAnalytics;
  /** `registry.loginServer`, `registry.pullCredentialFor(hubName)` (password sensitive) for the apps stacks. */
  readonly registry: ContainerRegistry;
  /** app.data.mode replica-set: the backup storage account, one container per hub. */
  readonly backupStorage?: BackupStorage;
  /** app.data.acrossHubs: what every site of the one replica set shares (CA, keyfile, passwords). */
  readonly sharedMongoSecrets?: MongoSecrets;
  /** app.data.acrossHubs with an even number of hubs: the voter in public Azure. */
  readonly publicVoter?: PublicVoter;
  /** app.data.mode cosmos. */
  readonly cosmos?: CosmosMongo;

  constructor(scope: Construct, props: GlobalStackProps) {
    super(scope, STACK_IDS.global);
    const { config } = props;
    configureBackend(this, config.backend, config.name, STACK_IDS.global);
    publicAzureProvider(this, config);

    const names = globalResourceNames(config);
    const tags = commonTags(config);
    const group = new ResourceGroup(this, "rg", { name: names.resourceGroup, location: config.azure.location, tags });
    this.logAnalytics = new LogAnalytics(this, "logs", {
      name: names.logAnalyticsWorkspace,
      location: config.azure.location,
      resourceGroupName: group.name,
      retentionDays: config.azure.logAnalytics.retentionDays,
      // the workspace stays (e.g. for the Azure Arc extension); the solution only serves the Helm agent
      containerInsights: config.app.monitoring.enabled,
      tags,
    });

    const acr = config.azure.containerRegistry;
    this.registry = new ContainerRegistry(this, "registry", {
      name: acr.name,
      location: config.azure.location,
      resourceGroupName: group.name,
      sku: acr.sku,
      repositories: [RATINGS_UPSTREAM.api.image, RATINGS_UPSTREAM.web.image],
      // a decommissioned hub's pull token goes first (global deploys before its apps stack is emptied)
      pullClients: config.hubs.filter((h) => !h.decommission).map((h) => h.name),
      tags,
    });

    // --- app.data (docs/data.md) ---
    const data = config.app.data;
    const hubs = rolloutOrder(config.hubs);
    const egress = [...new Set(hubs.flatMap((h) => h.egressCidrs))];
    if (data.mode === "replica-set") {
      this.backupStorage = new BackupStorage(this, "db-backup", {
        name: names.backupStorageAccount,
        location: config.azure.location,
        resourceGroupName: group.name,
        hubs: hubs.map((h) => h.name),
        allowedCidrs: egress,
        retentionDays: data.backup.retentionDays,
        softDeleteDays: data.backup.softDeleteDays,
        tags,
      });
      new TerraformOutput(this, GLOBAL_DATA_OUTPUTS.backupStorageAccount, { value: this.backupStorage.accountName });
      if (data.acrossHubs) {
        new TlsProvider(this, "tls");
        new RandomProvider(this, "random");
        this.sharedMongoSecrets = new MongoSecrets(this, "db-secrets", { name: `${config.name}-ratings-db-ca` });
        if (layoutOf(config).arbiter) {
          this.publicVoter = new PublicVoter(this, "db-voter", {
            name: names.publicVoter,
            location: config.azure.location,
            resourceGroupName: group.name,
            vmSize: data.replicaSet.arbiterVmSize,
            addressSpace: data.replicaSet.arbiterAddressSpace,
            replset: PERCONA.replset,
            port: PERCONA.port,
            secrets: this.sharedMongoSecrets,
            allowedCidrs: egress,
            tags,
          });
          new TerraformOutput(this, GLOBAL_DATA_OUTPUTS.voterIpAddress, { value: this.publicVoter.ipAddress });
        }
      }
    }
    if (data.mode === "cosmos") {
      this.cosmos = new CosmosMongo(this, "db-cosmos", {
        name: names.cosmosAccount,
        resourceGroupName: group.name,
        regions: data.cosmos.regions,
        allowedCidrs: egress,
        tags,
      });
    }
    // --- end app.data ---

    new TerraformOutput(this, "log_analytics_workspace_id", { value: this.logAnalytics.workspaceId });
    new TerraformOutput(this, "log_analytics_workspace_key", { value: this.logAnalytics.workspaceKey, sensitive: true });
    new TerraformOutput(this, "registry_login_server", { value: this.registry.loginServer });
    for (const hub of config.hubs.filter((h) => !h.decommission)) {
      const credential = this.registry.pullCredentialFor(hub.name);
      new TerraformOutput(this, `registry_pull_username_${hub.name.replace(/-/g, "_")}`, { value: credential.username });
      new TerraformOutput(this, `registry_pull_password_${hub.name.replace(/-/g, "_")}`, { value: credential.password, sensitive: true });
    }
  }
}
