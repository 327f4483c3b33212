import { CosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { CosmosdbMongoDatabase } from "@cdktf/provider-azurerm/lib/cosmosdb-mongo-database";
import { Fn } from "cdktf";
import { Construct } from "constructs";

/**
 * API version of the account. The ratings API uses mongoose 6 (package.json at the pinned commit:
 * https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api/blob/a0af402ca607433d116f1226dac32e7618bd92bb/package.json),
 * whose MongoDB Node.js driver 4.x speaks to servers from 3.6 on; 4.2 is the newest server version the azurerm
 * provider documents for `mongo_server_version`
 * (https://github.com/hashicorp/terraform-provider-azurerm/blob/01bcf16e235bbdf20707ac21a9e03f0fd1e12e6e/website/docs/r/cosmosdb_account.html.markdown).
 */
export const COSMOS_MONGO_SERVER_VERSION = "4.2";
export const COSMOS_DATABASE = "ratingsdb";

export interface CosmosMongoOptions {
  readonly name: string;
  readonly resourceGroupName: string;
  /** The first takes the writes; the others fail over in this order. */
  readonly regions: readonly string[];
  /** Only these sources reach the account (the hubs' egress CIDRs). */
  readonly allowedCidrs: readonly string[];
  readonly tags?: Record<string, string>;
}

/**
 * Azure Cosmos DB for MongoDB (RU-based account) in two or more regions with automatic failover and continuous
 * backup (point-in-time restore), reachable only from the hubs' egress addresses.
 */
export class CosmosMongo extends Construct {
  readonly account: CosmosdbAccount;
  /** Sensitive: the account's primary connection string with the ratings database in its path. */
  readonly connectionString: string;

  constructor(scope: Construct, id: string, o: CosmosMongoOptions) {
    super(scope, id);
    // kind MongoDB + capability EnableMongo, backup type Continuous, automatic failover, geo_location with
    // failover_priority 0 for the write region, ip_range_filter of CIDRs: the azurerm documentation above
    this.account = new CosmosdbAccount(this, "account", {
      name: o.name,
      location: o.regions[0],
      resourceGroupName: o.resourceGroupName,
      offerType: "Standard",
      kind: "MongoDB",
      mongoServerVersion: COSMOS_MONGO_SERVER_VERSION,
      capabilities: [{ name: "EnableMongo" }],
      automaticFailoverEnabled: true,
      consistencyPolicy: { consistencyLevel: "Session" },
      geoLocation: o.regions.map((location, i) => ({ location, failoverPriority: i })),
      backup: { type: "Continuous", tier: "Continuous30Days" },
      ipRangeFilter: [...o.allowedCidrs],
      publicNetworkAccessEnabled: true,
      minimalTlsVersion: "Tls12",
      tags: o.tags,
    });
    new CosmosdbMongoDatabase(this, "database", { name: COSMOS_DATABASE, resourceGroupName: o.resourceGroupName, accountName: this.account.name });
    // The account's string has no database in its path, and the ratings API uses the path's database
    // (mongoose.connect(MONGODB_URI), app.js#L48 at the pinned commit): put ratingsdb before the query.
    this.connectionString = Fn.replace(this.account.primaryMongodbConnectionString, "/?", `/${COSMOS_DATABASE}?`);
  }
}
