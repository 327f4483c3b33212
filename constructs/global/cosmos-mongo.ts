import { CosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { CosmosdbMongoDatabase } from "@cdktf/provider-azurerm/lib/cosmosdb-mongo-database";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { COSMOS_MONGO_SERVER_VERSION } from "../../config/catalog";

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
    // same azurerm documentation: ip_range_filter a set of CIDRs (#L141), automatic_failover_enabled (#L151),
    // capability EnableMongo (#L219), backup type Continuous with tier Continuous30Days (#L250-L254),
    // primary_mongodb_connection_string (#L346)
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
    // (mongoose.connect(MONGODB_URI), https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api/blob/a0af402ca607433d116f1226dac32e7618bd92bb/app.js#L48):
    // put ratingsdb before the query.
    this.connectionString = Fn.replace(this.account.primaryMongodbConnectionString, "/?", `/${COSMOS_DATABASE}?`);
  }
}
