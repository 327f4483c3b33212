import { Release } from "@cdktf/provider-helm/lib/release";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { ServiceV1 } from "@cdktf/provider-kubernetes/lib/service-v1";
import { type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import YAML from "yaml";
import { RATINGS_LABELS } from "./labels";
import { PERCONA_CHARTS } from "../../config/catalog";
import { MEMBERS_PER_HUB } from "../../config/data";
import { PERCONA_SYSTEM_USERS, replicaSetCertificate, type ReplicaSetSecrets } from "../shared/mongo-secrets";
import { PERCONA } from "./percona-names";

export { PERCONA };

/** Pod name of member i (StatefulSet `<cluster>-<replset>`). */
export const memberPod = (i: number) => `${PERCONA.cluster}-${PERCONA.replset}-${i}`;

export interface ExternalNode {
  readonly host: string;
  readonly votes: number;
  readonly priority: number;
}

export interface PerconaSite {
  /** single: one replica set in this hub; main: owns the cross-hub replica set; replica: its members join the main's. */
  readonly role: "single" | "main" | "replica";
  /** Cross-hub only: this hub's member addresses (static IPs from the hub stack), one per member. */
  readonly memberAddresses?: readonly string[];
  /** Main site only: the other hubs' members and the public Azure voter. */
  readonly externalNodes?: readonly ExternalNode[];
  /** Cross-hub only: sources the member load balancers admit (the other hubs' egress CIDRs, and this hub's own). */
  readonly allowedSourceCidrs?: readonly string[];
  /** Cross-hub only: resource group of the member IPs (the cluster's, where the cloud provider finds them). */
  readonly memberIpResourceGroup?: string;
  /** Cross-hub only: names of the member public IPs, one per member. */
  readonly memberIpNames?: readonly string[];
}

export interface PerconaBackup {
  readonly storageAccountName: string;
  /** Sensitive. */
  readonly storageAccountKey: string;
  readonly container: string;
  readonly schedule: string;
  readonly pointInTimeRecovery: boolean;
  /** Only the site that owns the replica set configuration schedules backups. */
  readonly scheduled: boolean;
}

export interface PerconaMongoDbOptions {
  readonly namespace: string;
  readonly repository: string;
  readonly operatorVersion: string;
  readonly databaseVersion: string;
  readonly secrets: ReplicaSetSecrets;
  readonly site: PerconaSite;
  readonly storageClass?: string;
  readonly storageSizeGi: number;
  readonly backup: PerconaBackup;
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * MongoDB run by the Percona Operator for MongoDB in one hub: the operator chart, the secrets the cluster chart's
 * custom resource names (TLS, keyfile, users; all created here by Terraform, so the operator generates none), and
 * the cluster chart with a three-member replica set. Cross-hub, each member gets a LoadBalancer Service on its own
 * static IP, and the member's replica set address is that IP (`replsetOverrides`).
 */
export class PerconaMongoDb extends Construct {
  readonly operatorRelease: Release;
  readonly databaseRelease: Release;
  /** Values handed to each chart (no secret among them); the chart tests render with exactly these. */
  readonly operatorValues: Record<string, unknown>;
  readonly databaseValues: Record<string, any>;
  /** Sensitive: what the ratings API connects with (TLS, the CA file from `caSecret`). */
  readonly connectionUri: string;
  /** Secret with `ca.crt` (verifies the members) and `client.pem` (the API's client certificate) the ratings API mounts. */
  readonly caSecret: string;
  readonly memberServices: ServiceV1[] = [];

  constructor(scope: Construct, id: string, o: PerconaMongoDbOptions) {
    super(scope, id);
    const ns = o.namespace;
    const labels = { ...RATINGS_LABELS };
    const meta = (name: string) => ({ name, namespace: ns, labels });
    const cross = o.site.role !== "single";
    if (cross && (o.site.memberAddresses?.length !== MEMBERS_PER_HUB || o.site.memberIpNames?.length !== MEMBERS_PER_HUB)) {
      throw new Error(`a cross-hub site needs ${MEMBERS_PER_HUB} member addresses and IP names`);
    }

    // operator: namespace-scoped (chart default watchAllNamespaces: false); no usage reports from inside a hub
    // (psmdb-operator 1.22.0 templates/deployment.yaml sets DISABLE_TELEMETRY from disableTelemetry)
    this.operatorValues = { watchAllNamespaces: false, disableTelemetry: true };
    this.operatorRelease = new Release(this, "operator", {
      name: PERCONA.operatorRelease,
      repository: o.repository,
      chart: PERCONA.operatorChart,
      version: o.operatorVersion,
      namespace: ns,
      values: [YAML.stringify(this.operatorValues)],
      wait: true,
      timeout: 600,
      dependsOn: o.dependsOn,
    });

    // One member certificate per site, signed by the shared CA, for client and member connections (the operator
    // mounts `<cluster>-ssl` and `<cluster>-ssl-internal`:
    // https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/psmdb_defaults.go#L90-L96). Members are reached by their service names inside the hub
    // and, cross-hub, by their static IPs.
    const service = `${PERCONA.cluster}-${PERCONA.replset}`;
    const dnsNames = [`${service}.${ns}.svc.cluster.local`, `*.${service}.${ns}.svc.cluster.local`, `${service}.${ns}`, `*.${service}.${ns}`, service, "localhost"];
    const member = replicaSetCertificate(this, "member", o.secrets, {
      commonName: PERCONA.cluster,
      organization: "ratings-db",
      dnsNames,
      ipAddresses: cross ? [...o.site.memberAddresses!] : undefined,
      server: true,
    });
    const tlsData = { "ca.crt": o.secrets.caCertificatePem, "tls.crt": member.certPem, "tls.key": member.privateKeyPem };
    const secrets: SecretV1[] = [
      new SecretV1(this, "ssl", { metadata: meta(PERCONA.sslSecret), type: "kubernetes.io/tls", data: tlsData }),
      new SecretV1(this, "ssl-internal", { metadata: meta(PERCONA.sslInternalSecret), type: "kubernetes.io/tls", data: tlsData }),
      // key name (InternalKeyName): https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/psmdb_defaults.go#L34
      new SecretV1(this, "keyfile", { metadata: meta(PERCONA.keyFileSecret), type: "Opaque", data: { "mongodb-key": o.secrets.keyFile } }),
      new SecretV1(this, "users", {
        metadata: meta(PERCONA.usersSecret),
        type: "Opaque",
        data: Object.fromEntries(
          Object.entries(PERCONA_SYSTEM_USERS).flatMap(([role, user]) => [
            [`MONGODB_${role}_USER`, user],
            [`MONGODB_${role}_PASSWORD`, o.secrets.systemPasswords[role as keyof typeof PERCONA_SYSTEM_USERS]],
          ]),
        ),
      }),
      new SecretV1(this, "app-user", { metadata: meta(PERCONA.appUserSecret), type: "Opaque", data: { password: o.secrets.appPassword } }),
      // keys: https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/psmdb/backup/pbm.go#L51-L52
      new SecretV1(this, "backup", {
        metadata: meta(PERCONA.backupSecret),
        type: "Opaque",
        data: { AZURE_STORAGE_ACCOUNT_NAME: o.backup.storageAccountName, AZURE_STORAGE_ACCOUNT_KEY: o.backup.storageAccountKey },
      }),
    ];
    // The ratings API's own client certificate: members started with a CA file may ask clients for one (the
    // operator's own tools present one: https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/psmdb/backup/pbm.go#L184).
    // The driver takes a single PEM
    // with certificate and key (tlsCertificateKeyFile).
    const client = replicaSetCertificate(this, "client", o.secrets, { commonName: PERCONA.appUser, organization: "ratings-api", server: false });
    secrets.push(
      new SecretV1(this, "client-tls", {
        metadata: meta(PERCONA.clientTlsSecret),
        type: "Opaque",
        data: { "ca.crt": o.secrets.caCertificatePem, "client.pem": `${client.certPem}${client.privateKeyPem}` },
      }),
    );
    this.caSecret = PERCONA.clientTlsSecret;

    if (cross) {
      // one LoadBalancer per member on its static IP (the Azure cloud provider's annotations, as for the ingress),
      // admitting only the listed sources: the cloud provider turns loadBalancerSourceRanges into NSG rules
      o.site.memberIpNames!.forEach((ipName, i) => {
        this.memberServices.push(
          new ServiceV1(this, `member-${i}`, {
            metadata: {
              ...meta(`${memberPod(i)}-external`),
              annotations: {
                "service.beta.kubernetes.io/azure-pip-name": ipName,
                "service.beta.kubernetes.io/azure-load-balancer-resource-group": o.site.memberIpResourceGroup!,
              },
            },
            spec: {
              type: "LoadBalancer",
              selector: { "statefulset.kubernetes.io/pod-name": memberPod(i) },
              port: [{ name: "mongodb", port: PERCONA.port, targetPort: String(PERCONA.port), protocol: "TCP" }],
              loadBalancerSourceRanges: [...(o.site.allowedSourceCidrs ?? [])],
              publishNotReadyAddresses: true,
            },
            waitForLoadBalancer: false,
          }),
        );
      });
    }

    const rs: Record<string, any> = {
      name: PERCONA.replset,
      size: MEMBERS_PER_HUB,
      affinity: { antiAffinityTopologyKey: "kubernetes.io/hostname" },
      podDisruptionBudget: { maxUnavailable: 1 },
      expose: { enabled: false, type: "ClusterIP" },
      resources: { limits: { cpu: "1", memory: "2Gi" }, requests: { cpu: "300m", memory: "1Gi" } },
      volumeSpec: {
        pvc: {
          ...(o.storageClass ? { storageClassName: o.storageClass } : {}),
          accessModes: ["ReadWriteOnce"],
          resources: { requests: { storage: `${o.storageSizeGi}Gi` } },
        },
      },
      nonvoting: { enabled: false, size: 3 },
      arbiter: { enabled: false, size: 1 },
    };
    if (cross) {
      // the address the replica set configuration gives each member: its static IP, reachable from every site
      rs.replsetOverrides = Object.fromEntries(o.site.memberAddresses!.map((ip, i) => [memberPod(i), { host: `${ip}:${PERCONA.port}` }]));
    }
    if (o.site.role === "main" && o.site.externalNodes?.length) {
      rs.externalNodes = o.site.externalNodes.map((n) => ({ host: n.host, port: PERCONA.port, votes: n.votes, priority: n.priority }));
    }

    const b = o.backup;
    this.databaseValues = {
      fullnameOverride: PERCONA.cluster,
      crVersion: PERCONA_CHARTS.crVersion,
      // replica sites leave the replica set configuration to the main site; the operator refuses SmartUpdate on
      // them (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/apis/psmdb/v1/psmdb_defaults.go#L658-L660)
      unmanaged: o.site.role === "replica",
      updateStrategy: o.site.role === "replica" ? "RollingUpdate" : "SmartUpdate",
      tls: { mode: "requireTLS" },
      secrets: { users: PERCONA.usersSecret, ssl: PERCONA.sslSecret, sslInternal: PERCONA.sslInternalSecret, keyFile: PERCONA.keyFileSecret },
      // the ratings API's own user, readWrite on its database only (PerconaServerMongoDB spec.users)
      users:
        o.site.role === "replica"
          ? []
          : [
              {
                name: PERCONA.appUser,
                db: "admin",
                passwordSecretRef: { name: PERCONA.appUserSecret, key: "password" },
                roles: [{ name: "readWrite", db: PERCONA.database }],
              },
            ],
      // one replica set, no sharding (the chart's default is a sharded cluster)
      sharding: { enabled: false },
      replsets: { rs0: rs },
      backup: {
        enabled: true,
        storages: {
          [PERCONA.backupStorage]: {
            type: "azure",
            azure: { container: b.container, prefix: PERCONA.replset, credentialsSecret: PERCONA.backupSecret },
          },
        },
        // PBM keeps one configuration in the replica set, and every site's operator writes it, unmanaged ones too
        // (https://github.com/percona/percona-server-mongodb-operator/blob/v1.22.0/pkg/controller/perconaservermongodb/pbm.go#L33-L56): every site
        // therefore names the same storage and point-in-time setting; only the main site schedules backups
        pitr: { enabled: b.pointInTimeRecovery, oplogOnly: false, compressionType: "gzip" },
        tasks: b.scheduled
          ? [{ name: "scheduled", enabled: true, schedule: b.schedule, storageName: PERCONA.backupStorage, type: "logical", compressionType: "gzip" }]
          : [],
      },
    };
    this.databaseRelease = new Release(this, "database", {
      name: PERCONA.databaseRelease,
      repository: o.repository,
      chart: PERCONA.databaseChart,
      version: o.databaseVersion,
      namespace: ns,
      values: [YAML.stringify(this.databaseValues)],
      // the custom resource is accepted at once; members come up while the ratings app waits for them
      wait: true,
      timeout: 900,
      dependsOn: [this.operatorRelease, ...secrets, ...this.memberServices],
    });

    // through the service name: TLS verifies it (member certificate above); the driver then finds every member
    const tlsQuery = `replicaSet=${PERCONA.replset}&authSource=admin&tls=true&tlsCAFile=${RATINGS_MONGODB_TLS_DIR}/ca.crt&tlsCertificateKeyFile=${RATINGS_MONGODB_TLS_DIR}/client.pem`;
    this.connectionUri = `mongodb://${PERCONA.appUser}:${o.secrets.appPassword}@${service}.${ns}.svc.cluster.local:${PERCONA.port}/${PERCONA.database}?${tlsQuery}`;
  }
}

/** Where the ratings chart mounts the database TLS Secret (charts/ratings templates/api-deployment.yaml). */
export const RATINGS_MONGODB_TLS_DIR = "/etc/ratings-mongodb-tls";
