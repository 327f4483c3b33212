import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { Fn, type TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { layoutOf } from "../config/data";
import { rolloutOrder } from "../config/rollout";
import { registryLoginServer, type Config, type HubConfig } from "../config/schema";
import { DataMode } from "../constructs/apps/data-mode";
import { DeployIdentity } from "../constructs/apps/deploy-identity";
import { ImagePullSecret } from "../constructs/apps/image-pull-secret";
import { IngressController } from "../constructs/apps/ingress-controller";
import { RATINGS_LABELS } from "../constructs/apps/labels";
import { MonitoringAgent } from "../constructs/apps/monitoring-agent";
import { PerconaMongoDb, type ExternalNode, type PerconaSite } from "../constructs/apps/percona-mongodb";
import { RATINGS, RatingsApp, type RatingsDatabase } from "../constructs/apps/ratings-app";
import { WebAutoscaler } from "../constructs/apps/web-autoscaler";
import { backupContainerName } from "../constructs/global/backup-storage";
import { MongoSecrets } from "../constructs/shared/mongo-secrets";
import { APPS_CONTRACT, type GlobalOutputs, type HubOutputs, publishOutputs, readGlobalOutputs, readHubOutputs } from "./contracts";
import { apiServerUrl, globalResourceNames, hubResourceNames, STACK_IDS, type HubResourceNames } from "./naming";
import { ProductStack, type StateSettings } from "./product-stack";

/** Image pull secret for the ratings images in the global registry. */
const RATINGS_PULL_SECRET = "ratings-registry";

/**
 * The providers of an apps stack, live or retired: Kubernetes and Helm reach the cluster with the credentials
 * hub-<name> publishes. `tls`: the replica set's member certificates are tls resources in this state.
 */
export function appsProviders(stack: TerraformStack, hub: Pick<HubOutputs, "apiServerUrl" | "clusterCaCertificate" | "clientCertificate" | "clientKey">, options: { readonly tls: boolean }): void {
  const access = { host: hub.apiServerUrl, clusterCaCertificate: hub.clusterCaCertificate, clientCertificate: hub.clientCertificate, clientKey: hub.clientKey };
  new KubernetesProvider(stack, "kubernetes", access);
  new HelmProvider(stack, "helm", { kubernetes: access });
  new RandomProvider(stack, "random");
  if (options.tls) new TlsProvider(stack, "tls");
}

/** This hub's part in the ratings replica set (app.data.mode replica-set), decided from the config. */
export interface ReplicaSetPlan {
  /** single: its own replica set; main: owns the one across hubs (first in rollout order); replica: joins it. */
  readonly role: "single" | "main" | "replica";
  /** Main site: every other site whose members it lists, with each member's votes. */
  readonly externalSites: readonly { readonly hub: string; readonly votes: readonly number[] }[];
  /** Main site with an even number of hubs: the public Azure voter is a member too. */
  readonly voter: boolean;
  /** Across hubs: the sources the member load balancers admit. */
  readonly allowedSourceCidrs: readonly string[];
  /** Across hubs every site names the main site's container: the replica set has one backup configuration. */
  readonly backupContainer: string;
}

export interface AppsStackProps {
  readonly state: StateSettings;
  readonly hubName: string;
  readonly names: HubResourceNames;
  /** The API server URL the pipeline identity's kubeconfig names. */
  readonly apiServerUrl: string;
  readonly app: Pick<Config["app"], "namespace" | "ingressController" | "monitoring" | "images" | "autoscaling" | "data">;
  readonly registryServer: string;
  readonly backupStorageAccount: string;
  /** app.data.mode replica-set only. */
  readonly replicaSet?: ReplicaSetPlan;
  /** Folder of the ratings Helm chart (charts/ratings), resolved by main.ts. */
  readonly ratingsChartDir: string;
}

/** Workloads on one hub's cluster, reached with the credentials hub-<name> publishes. */
export class AppsStack extends ProductStack {
  readonly namespace: string;
  readonly ingressController: IngressController;
  /** Undefined when `app.monitoring.enabled` is false. */
  readonly monitoring?: MonitoringAgent;
  readonly registryPullSecret: ImagePullSecret;
  readonly ratings: RatingsApp;
  readonly autoscaler: WebAutoscaler;
  readonly deployIdentity: DeployIdentity;
  /** app.data.mode replica-set only. */
  readonly database?: PerconaMongoDb;

  constructor(scope: Construct, props: AppsStackProps) {
    super(scope, STACK_IDS.apps(props.hubName), props.state);
    const { app, names } = props;
    const hub = readHubOutputs(this, props.hubName);
    const global = readGlobalOutputs(this);
    appsProviders(this, hub, { tls: props.replicaSet !== undefined });

    const ns = new NamespaceV1(this, "namespace", { metadata: { name: app.namespace, labels: { ...RATINGS_LABELS } } });
    this.namespace = ns.metadata.name;
    this.ingressController = new IngressController(this, "ingress", {
      ...app.ingressController,
      publicIpName: names.ingressPublicIp,
      publicIpResourceGroup: names.clusterResourceGroup,
    });
    if (app.monitoring.enabled) {
      this.monitoring = new MonitoringAgent(this, "monitoring", {
        repository: app.monitoring.repository,
        version: app.monitoring.version,
        workspaceId: global.logAnalyticsWorkspaceId,
        workspaceKey: global.logAnalyticsWorkspaceKey,
        clusterName: names.clusterName,
      });
    }
    this.registryPullSecret = new ImagePullSecret(this, "registry-pull", {
      name: RATINGS_PULL_SECRET,
      namespace: this.namespace,
      server: props.registryServer,
      ...global.registryPull(props.hubName),
    });

    new DataMode(this, "data-mode", { mode: app.data.mode, migrating: app.data.migrateFrom !== undefined });
    this.database = props.replicaSet ? this.replicaSet(props, props.replicaSet, global, ns) : undefined;
    const database: RatingsDatabase = this.database
      ? { kind: "external", uri: this.database.connectionUri, caSecret: this.database.caSecret }
      : app.data.mode === "cosmos"
        ? { kind: "external", uri: global.cosmosConnectionString }
        : { kind: "in-cluster" };

    this.ratings = new RatingsApp(this, "ratings", {
      database,
      chartDir: props.ratingsChartDir,
      namespace: this.namespace,
      images: app.images,
      ingressClassName: this.ingressController.className,
      // the literal name keeps the chart's values free of references (and readable in a plan)
      imagePullSecrets: [RATINGS_PULL_SECRET],
      dependsOn: [this.ingressController.release, this.registryPullSecret.secret, ...(this.database ? [this.database.databaseRelease] : [])],
    });
    this.autoscaler = new WebAutoscaler(this, "web-autoscaler", { namespace: this.namespace, deploymentName: RATINGS.webDeployment, ...app.autoscaling, dependsOn: [this.ratings.release] });
    this.deployIdentity = new DeployIdentity(this, "pipeline", { namespace: this.namespace, name: "ratings-deployer", clusterName: names.clusterName, server: props.apiServerUrl });
    publishOutputs(this, APPS_CONTRACT, {
      pipelineKubeconfig: this.deployIdentity.kubeconfig,
      pipelineToken: this.deployIdentity.token,
      pipelineCaCertificate: this.deployIdentity.caCertificate,
    });
  }

  /** The Percona operator and this hub's replica set members, with the secrets they share with the other sites. */
  private replicaSet(props: AppsStackProps, plan: ReplicaSetPlan, global: GlobalOutputs, ns: NamespaceV1): PerconaMongoDb {
    const { app, names } = props;
    return new PerconaMongoDb(this, "db", {
      namespace: this.namespace,
      repository: app.data.replicaSet.repository,
      operatorVersion: app.data.replicaSet.operatorVersion,
      databaseVersion: app.data.replicaSet.databaseVersion,
      secrets: plan.role === "single" ? new MongoSecrets(this, "db-secrets", { name: `${names.clusterName}-ratings-db-ca` }) : global.replicaSetSecrets,
      site: this.perconaSite(props.hubName, plan, names),
      storageClass: app.data.replicaSet.storageClass,
      storageSizeGi: app.data.replicaSet.storageSizeGi,
      backup: {
        storageAccountName: props.backupStorageAccount,
        storageAccountKey: global.backupStorageKey,
        container: plan.backupContainer,
        schedule: app.data.backup.schedule,
        pointInTimeRecovery: app.data.backup.pointInTimeRecovery,
        scheduled: plan.role !== "replica",
      },
      dependsOn: [ns],
    });
  }

  /** The members' addresses are the hub stacks' non-sensitive outputs, read through remote state so plans show them. */
  private perconaSite(hubName: string, plan: ReplicaSetPlan, names: HubResourceNames): PerconaSite {
    if (plan.role === "single") return { role: "single" };
    const addresses = (hub: string) => [0, 1, 2].map((i) => Fn.element(readHubOutputs(this, hub).dbMemberIpAddresses, i));
    const externalNodes: ExternalNode[] = plan.externalSites.flatMap((s) => addresses(s.hub).map((host, i) => ({ host, votes: s.votes[i], priority: s.votes[i] })));
    if (plan.voter) externalNodes.push({ host: readGlobalOutputs(this).voterIpAddress, votes: 1, priority: 0 });
    return {
      role: plan.role,
      memberAddresses: addresses(hubName),
      allowedSourceCidrs: plan.allowedSourceCidrs,
      memberIpResourceGroup: names.clusterResourceGroup,
      memberIpNames: names.dbMemberPublicIps,
      ...(plan.role === "main" ? { externalNodes } : {}),
    };
  }
}

/** This hub's replica set plan, or undefined when the data is not a replica set. */
export function replicaSetPlan(config: Config, hub: HubConfig): ReplicaSetPlan | undefined {
  const data = config.app.data;
  if (data.mode !== "replica-set") return undefined;
  if (!data.acrossHubs) return { role: "single", externalSites: [], voter: false, allowedSourceCidrs: [], backupContainer: backupContainerName(hub.name) };
  const order = rolloutOrder(config.hubs);
  const layout = layoutOf(config);
  const main = order[0].name === hub.name;
  const others = order.filter((h) => h.name !== hub.name);
  return {
    role: main ? "main" : "replica",
    externalSites: main ? layout.sites.filter((s) => !s.main).map((s) => ({ hub: s.hub, votes: s.votes })) : [],
    voter: main && layout.arbiter,
    // the other sites and the public Azure voter reach this hub's members; so does this hub itself, whose
    // members and clients meet at the members' public addresses (aks-engine's default node and pod subnets,
    // 10.240.0.0/16 and 10.244.0.0/16, for traffic that stays inside the cluster)
    allowedSourceCidrs: [...new Set([...others.flatMap((h) => h.egressCidrs), ...hub.egressCidrs, "10.240.0.0/16", "10.244.0.0/16"])],
    backupContainer: backupContainerName(order[0].name),
  };
}

/** The apps stack's props from the config. */
export function appsStackProps(config: Config, hub: HubConfig, ratingsChartDir: string): AppsStackProps {
  return {
    state: { project: config.name, backend: config.backend },
    hubName: hub.name,
    names: hubResourceNames(config.name, hub),
    apiServerUrl: apiServerUrl(config.name, hub),
    app: config.app,
    registryServer: registryLoginServer(config.azure.containerRegistry.name),
    backupStorageAccount: globalResourceNames(config.name).backupStorageAccount,
    replicaSet: replicaSetPlan(config, hub),
    ratingsChartDir,
  };
}
