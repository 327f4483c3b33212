import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import type { Construct } from "constructs";
import { RATINGS_UPSTREAM } from "../config/catalog";
import { layoutOf } from "../config/data";
import { rolloutOrder } from "../config/rollout";
import type { Config } from "../config/schema";
import { PERCONA } from "../constructs/apps/percona-names";
import { BackupStorage } from "../constructs/global/backup-storage";
import { ContainerRegistry } from "../constructs/global/container-registry";
import { CosmosMongo } from "../constructs/global/cosmos-mongo";
import { LogAnalytics } from "../constructs/global/log-analytics";
import { PublicVoter } from "../constructs/global/public-voter";
import { MongoSecrets } from "../constructs/shared/mongo-secrets";
import { GLOBAL_CONTRACT, publishOutputs, registryPullContract, replicaSetSecretOutputs } from "./contracts";
import { commonTags, globalResourceNames, STACK_IDS } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";
import { publicAzureProvider, type PublicAzure } from "./public-azure";

export interface GlobalStackProps {
  readonly state: StateSettings;
  readonly azure: PublicAzure & Pick<Config["azure"], "location" | "logAnalytics" | "containerRegistry">;
  readonly monitoring: boolean;
  /** Active hubs in rollout order: each gets a pull token (and a backup container). */
  readonly hubs: readonly string[];
  /** The hubs' public egress CIDRs: what the backup storage, Cosmos DB and the voter admit. */
  readonly egressCidrs: readonly string[];
  readonly data: Config["app"]["data"];
  /** app.data.acrossHubs with an even number of hubs: the replica set's voter in public Azure. */
  readonly voter: boolean;
}

/** Public Azure resources shared by every hub: Log Analytics, the container registry and (app.data) the database's shared parts. */
export class GlobalStack extends ProductStack {
  readonly logAnalytics: LogAnalytics;
  readonly registry: ContainerRegistry;
  /** app.data.mode replica-set: the backup storage account, one container per hub. */
  readonly backupStorage?: BackupStorage;
  /** app.data.acrossHubs: what every site of the one replica set shares (CA, keyfile, passwords). */
  readonly sharedMongoSecrets?: MongoSecrets;
  readonly publicVoter?: PublicVoter;
  /** app.data.mode cosmos. */
  readonly cosmos?: CosmosMongo;

  constructor(scope: Construct, props: GlobalStackProps) {
    super(scope, STACK_IDS.global, props.state);
    const { azure, data } = props;
    publicAzureProvider(this, azure);
    const names = globalResourceNames(props.state.project);
    const tags = commonTags(props.state.project);
    const place = { location: azure.location, resourceGroupName: new ResourceGroup(this, "rg", { name: names.resourceGroup, location: azure.location, tags }).name, tags };
    // the workspace stays (e.g. for the Azure Arc extension); the solution only serves the Helm agent
    this.logAnalytics = new LogAnalytics(this, "logs", { ...place, name: names.logAnalyticsWorkspace, retentionDays: azure.logAnalytics.retentionDays, containerInsights: props.monitoring });
    this.registry = new ContainerRegistry(this, "registry", {
      ...place,
      name: azure.containerRegistry.name,
      sku: azure.containerRegistry.sku,
      repositories: [RATINGS_UPSTREAM.api.image, RATINGS_UPSTREAM.web.image],
      pullClients: props.hubs,
    });
    if (data.mode === "replica-set") {
      this.backupStorage = new BackupStorage(this, "db-backup", {
        ...place,
        name: names.backupStorageAccount,
        hubs: props.hubs,
        allowedCidrs: props.egressCidrs,
        retentionDays: data.backup.retentionDays,
        softDeleteDays: data.backup.softDeleteDays,
      });
      if (data.acrossHubs) {
        new TlsProvider(this, "tls");
        new RandomProvider(this, "random");
        this.sharedMongoSecrets = new MongoSecrets(this, "db-secrets", { name: `${props.state.project}-ratings-db-ca` });
      }
      if (this.sharedMongoSecrets && props.voter) {
        this.publicVoter = new PublicVoter(this, "db-voter", {
          ...place,
          name: names.publicVoter,
          vmSize: data.replicaSet.arbiterVmSize,
          addressSpace: data.replicaSet.arbiterAddressSpace,
          replset: PERCONA.replset,
          port: PERCONA.port,
          secrets: this.sharedMongoSecrets,
          allowedCidrs: props.egressCidrs,
        });
      }
    }
    if (data.mode === "cosmos") {
      this.cosmos = new CosmosMongo(this, "db-cosmos", { resourceGroupName: place.resourceGroupName, tags, name: names.cosmosAccount, regions: data.cosmos.regions, allowedCidrs: props.egressCidrs });
    }

    publishOutputs(this, GLOBAL_CONTRACT, {
      logAnalyticsWorkspaceId: this.logAnalytics.workspaceId,
      logAnalyticsWorkspaceKey: this.logAnalytics.workspaceKey,
      registryLoginServer: this.registry.loginServer,
      backupStorageAccount: this.backupStorage?.accountName,
      backupStorageKey: this.backupStorage?.accountKey,
      voterIpAddress: this.publicVoter?.ipAddress,
      cosmosConnectionString: this.cosmos?.connectionString,
      ...(this.sharedMongoSecrets ? replicaSetSecretOutputs(this.sharedMongoSecrets) : {}),
    });
    for (const hub of props.hubs) publishOutputs(this, registryPullContract(hub), this.registry.pullCredentialFor(hub));
  }
}

/** The global stack's props from the config. */
export function globalStackProps(config: Config): GlobalStackProps {
  const hubs = rolloutOrder(config.hubs);
  return {
    state: { project: config.name, backend: config.backend },
    azure: config.azure,
    monitoring: config.app.monitoring.enabled,
    hubs: hubs.map((h) => h.name),
    egressCidrs: [...new Set(hubs.flatMap((h) => h.egressCidrs))],
    data: config.app.data,
    voter: config.app.data.mode === "replica-set" && config.app.data.acrossHubs && layoutOf(config).arbiter,
  };
}
