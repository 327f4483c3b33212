/* Plain constants, no cdktf: scripts/restore.ts loads them without the provider bindings. */

/** Names in the hub's namespace; the restore script and docs/data.md use them too. */
export const PERCONA = {
  /** Chart names in Percona's repository (percona-helm-charts charts/psmdb-operator, charts/psmdb-db). */
  operatorChart: "psmdb-operator",
  databaseChart: "psmdb-db",
  operatorRelease: "psmdb-operator",
  databaseRelease: "ratings-db",
  /** PerconaServerMongoDB metadata.name (chart fullnameOverride). */
  cluster: "ratings-db",
  replset: "rs0",
  usersSecret: "ratings-db-users",
  sslSecret: "ratings-db-ssl",
  sslInternalSecret: "ratings-db-ssl-internal",
  keyFileSecret: "ratings-db-mongodb-keyfile",
  appUserSecret: "ratings-db-app-user",
  /** The ratings API's TLS files: the CA and its client certificate. */
  clientTlsSecret: "ratings-db-client-tls",
  backupSecret: "ratings-db-backup-azure",
  /** PBM storage name in the custom resource. */
  backupStorage: "azure-blob",
  appUser: "ratings",
  database: "ratingsdb",
  port: 27017,
} as const;
