import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { StorageManagementPolicy } from "@cdktf/provider-azurerm/lib/storage-management-policy";
import { Construct } from "constructs";
import { egressIpRules } from "./egress";

/** Container of one hub's backups (also what the apps stacks name, from config, so plans show it). */
export const backupContainerName = (hub: string) => `ratings-${hub}`;

export interface BackupStorageOptions {
  /** Storage account name: 3-24 lowercase letters and digits, globally unique. */
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** One container per hub, named after the hub. */
  readonly hubs: readonly string[];
  /** Only these sources reach the account (the hubs' egress CIDRs). */
  readonly allowedCidrs: readonly string[];
  readonly retentionDays: number;
  readonly softDeleteDays: number;
  readonly tags?: Record<string, string>;
}

/**
 * Blob storage for Percona Backup for MongoDB in public Azure: one container per hub, blob versioning and soft
 * delete against a bad delete or overwrite, and a lifecycle rule that removes backups (and old versions) after
 * the retention. Only the hubs' egress addresses get through the firewall.
 */
export class BackupStorage extends Construct {
  readonly accountName: string;
  /** Sensitive: PBM's Azure storage takes an account name and key (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/psmdb/backup/pbm.go#L51-L52). */
  readonly accountKey: string;
  readonly containers: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, o: BackupStorageOptions) {
    super(scope, id);
    // blob_properties.versioning_enabled, delete_retention_policy, container_delete_retention_policy:
    // https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/website/docs/r/storage_account.html.markdown#L201-L227
    const account = new StorageAccount(this, "account", {
      name: o.name,
      location: o.location,
      resourceGroupName: o.resourceGroupName,
      accountTier: "Standard",
      // geo-redundant: the backups survive the loss of the public Azure region too
      accountReplicationType: "GRS",
      accountKind: "StorageV2",
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      blobProperties: {
        versioningEnabled: true,
        deleteRetentionPolicy: { days: o.softDeleteDays },
        containerDeleteRetentionPolicy: { days: o.softDeleteDays },
      },
      networkRules: { defaultAction: "Deny", ipRules: egressIpRules(o.allowedCidrs), bypass: ["AzureServices"] },
      tags: o.tags,
    });
    this.accountName = account.name;
    this.accountKey = account.primaryAccessKey;
    this.containers = Object.fromEntries(
      o.hubs.map((hub) => {
        const c = new StorageContainer(this, `container-${hub}`, { name: backupContainerName(hub), storageAccountId: account.id, containerAccessType: "private" });
        return [hub, c.name];
      }),
    );
    // base_blob.delete_after_days_since_modification_greater_than, version.delete_after_days_since_creation:
    // https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/website/docs/r/storage_management_policy.html.markdown#L148,
    // https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/website/docs/r/storage_management_policy.html.markdown#L174
    new StorageManagementPolicy(this, "retention", {
      storageAccountId: account.id,
      rule: [
        {
          name: "backup-retention",
          enabled: true,
          filters: { blobTypes: ["blockBlob"] },
          actions: {
            baseBlob: { deleteAfterDaysSinceModificationGreaterThan: o.retentionDays },
            version: { deleteAfterDaysSinceCreation: o.retentionDays },
          },
        },
      ],
    });
  }
}
