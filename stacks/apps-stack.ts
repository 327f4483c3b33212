import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformOutput, TerraformStack, Fn } from "cdktf";
import { DataMode } from "../constructs/apps/data-mode";
import { PerconaMongoDb, type ExternalNode, type PerconaSite } from "../constructs/apps/percona-mongodb";
import { MongoSecrets } from "../constructs/shared/mongo-secrets";
import { layoutOf } from "../config/data";
import { rolloutOrder } from "../config/rollout";
import { remoteStateOf } from "./backend";
import { HUB_OUTPUTS } from "./hub-stack";
import type { Construct } from "constructs";
import { registryLoginServer, type Config, type HubConfig } from "../config/schema";
import { ImagePullSecret } from "../constructs/apps/image-pull-secret";
import { DeployIdentity } from "../constructs/apps/deploy-identity";
import { IngressController } from "../constructs/apps/ingress-controller";
import { RATINGS_LABELS } from "../constructs/apps/labels";
import { MonitoringAgent } from "../constructs/apps/monitoring-agent";
import { RATINGS, RatingsApp } from "../constructs/apps/ratings-app";
import { WebAutoscaler } from "../constructs/apps/web-autoscaler";
import { configureBackend } from "./backend";
import type { GlobalStack } from "./global-stack";
import type { HubStack } from "./hub-stack";
import { apiServerUrl, globalResourceNames, hubResourceNames, STACK_IDS } from "./naming";
import { GLOBAL_DATA_OUTPUTS } from "./global-stack";
import { backupContainerName } from "../constructs/global/backup-storage";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";

/** Image pull secret for the ratings images in the global registry. */
const RATINGS_PULL_SECRET = "ratings-registry";

/** Outputs of every apps-<hub> stack (names are part of the README's instructions). */
export const APPS_OUTPUTS = {
  pipelineKubeconfig: "pipeline_kubeconfig",
  /** The pipeline identity's token and the cluster CA (PEM), read by the devops stack through remote state. Sensitive. */
  pipelineToken: "pipeline_token",
  pipelineCaCertificate: "pipeline_ca_certificate",
} as const;

export interface AppsStackProps {
  readonly config: Config;
  readonly hub: HubStack;
  readonly global: GlobalStack;
  /** Every active hub stack: with app.data.acrossHubs this hub's members need the others' addresses. */
  readonly hubs?: readonly HubStack[];
  /** Folder of the ratings Helm chart (charts/ratings), resolved by main.ts. */
  readonly ratingsChartDir: string;
}

/** Workloads on one hub's cluster, reached with the credentials the hub stack owns. */
export class AppsStack extends TerraformStack {
  readonly hub: HubConfig;
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
    const { config, hub } = props;
    const stackId = STACK_IDS.apps(hub.hub.name);
    super(scope, stackId);
    this.hub = hub.hub;
    configureBackend(this, config.backend, config.name, stackId);
    this.addDependency(hub);
    this.addDependency(props.global);

    // cross-stack references: cdktf turns these into sensitive outputs of hub-<name> and remote state reads here
    const api = hub.kubeApi;
    new KubernetesProvider(this, "kubernetes", {
      host: api.host,
      clusterCaCertificate: api.clusterCaCertificate,
      clientCertificate: api.clientCertificate,
      clientKey: api.clientKey,
    });
    new HelmProvider(this, "helm", {
      kubernetes: {
        host: api.host,
        clusterCaCertificate: api.clusterCaCertificate,
        clientCertificate: api.clientCertificate,
        clientKey: api.clientKey,
      },
    });
    new RandomProvider(this, "random");

    const ns = new NamespaceV1(this, "namespace", {
      metadata: { name: config.app.namespace, labels: { ...RATINGS_LABELS } },
    });
    this.namespace = ns.metadata.name;

    // names derived from config, not cross-stack outputs: the plan shows them and the hub stack gains no output
    const names = hubResourceNames(config, hub.hub);
    const app = config.app;
    this.ingressController = new IngressController(this, "ingress", {
      repository: app.ingressController.repository,
      version: app.ingressController.version,
      replicas: app.ingressController.replicas,
      className: app.ingressController.className,
      publicIpName: names.ingressPublicIp,
      publicIpResourceGroup: names.clusterResourceGroup,
    });

    if (app.monitoring.enabled) {
      this.monitoring = new MonitoringAgent(this, "monitoring", {
        repository: app.monitoring.repository,
        version: app.monitoring.version,
        workspaceId: props.global.logAnalytics.workspaceId,
        workspaceKey: props.global.logAnalytics.workspaceKey,
        clusterName: names.clusterName,
      });
    }

    // pull-only token of this hub in the global registry (the password stays a sensitive reference)
    const pull = props.global.registry.pullCredentialFor(hub.hub.name);
    this.registryPullSecret = new ImagePullSecret(this, "registry-pull", {
      name: RATINGS_PULL_SECRET,
      namespace: this.namespace,
      // from config, not a cross-stack output, so plans show it
      server: registryLoginServer(config.azure.containerRegistry.name),
      username: pull.username,
      password: pull.password,
    });

    // --- app.data (docs/data.md): where the ratings data lives ---
    const data = app.data;
    if (data.mode === "replica-set") new TlsProvider(this, "tls");
    new DataMode(this, "data-mode", { mode: data.mode, migrating: data.migrateFrom !== undefined });
    let database: ConstructorParameters<typeof RatingsApp>[2]["database"] = { kind: "in-cluster" };
    if (data.mode === "cosmos") {
      database = { kind: "external", uri: props.global.cosmos!.connectionString };
    } else if (data.mode === "replica-set") {
      const global = props.global;
      const site = this.replicaSetSite(props);
      const secrets = site.role === "single" ? new MongoSecrets(this, "db-secrets", { name: `${names.clusterName}-ratings-db-ca` }) : global.sharedMongoSecrets!;
      const main = site.role !== "replica";
      this.database = new PerconaMongoDb(this, "db", {
        namespace: this.namespace,
        repository: data.replicaSet.repository,
        operatorVersion: data.replicaSet.operatorVersion,
        databaseVersion: data.replicaSet.databaseVersion,
        secrets,
        site,
        storageClass: data.replicaSet.storageClass,
        storageSizeGi: data.replicaSet.storageSizeGi,
        backup: {
          storageAccountName: globalResourceNames(config).backupStorageAccount,
          storageAccountKey: global.backupStorage!.accountKey,
          // across hubs the replica set has one PBM configuration: every site names the main site's container
          container: backupContainerName(site.role === "single" ? hub.hub.name : rolloutOrder(config.hubs)[0].name),
          schedule: data.backup.schedule,
          pointInTimeRecovery: data.backup.pointInTimeRecovery,
          scheduled: main,
        },
        dependsOn: [ns],
      });
      database = { kind: "external", uri: this.database.connectionUri, caSecret: this.database.caSecret };
    }
    // --- end app.data ---

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

    this.autoscaler = new WebAutoscaler(this, "web-autoscaler", {
      namespace: this.namespace,
      deploymentName: RATINGS.webDeployment,
      minReplicas: app.autoscaling.minReplicas,
      maxReplicas: app.autoscaling.maxReplicas,
      cpuUtilization: app.autoscaling.cpuUtilization,
      dependsOn: [this.ratings.release],
    });

    this.deployIdentity = new DeployIdentity(this, "pipeline", {
      namespace: this.namespace,
      name: "ratings-deployer",
      clusterName: names.clusterName,
      server: apiServerUrl(config, hub.hub),
    });
    new TerraformOutput(this, APPS_OUTPUTS.pipelineKubeconfig, {
      value: this.deployIdentity.kubeconfig,
      sensitive: true,
      description: `Kubeconfig of the ratings-deployer service account on ${hub.hub.name}, for an Azure DevOps Kubernetes service connection (authorization type Kubeconfig).`,
    });
    new TerraformOutput(this, APPS_OUTPUTS.pipelineToken, {
      value: this.deployIdentity.token,
      sensitive: true,
      description: `Token of the ratings-deployer service account on ${hub.hub.name} (the devops stack's service connection).`,
    });
    // sensitive: Terraform refuses a non-sensitive output computed from Secret data
    new TerraformOutput(this, APPS_OUTPUTS.pipelineCaCertificate, {
      value: this.deployIdentity.caCertificate,
      sensitive: true,
      description: `Cluster CA certificate (PEM) the ratings-deployer token comes with on ${hub.hub.name}.`,
    });
  }

  /**
   * This hub's part in the replica set: alone, or (app.data.acrossHubs) the main site (first hub in rollout
   * order) listing every other member as an external node, or a replica site. Addresses are the hub stacks'
   * non-sensitive outputs, read through remote state so plans show them.
   */
  private replicaSetSite(props: AppsStackProps): PerconaSite {
    const { config } = props;
    const data = config.app.data;
    if (!data.acrossHubs) return { role: "single" };
    const order = rolloutOrder(config.hubs);
    const layout = layoutOf(config);
    const addresses = (name: string): string[] => {
      const other = props.hubs?.find((h) => h.hub.name === name);
      if (other && other !== props.hub) this.addDependency(other);
      const state = remoteStateOf(this, `hub-${name}-db-state`, config.backend, config.name, STACK_IDS.hub(name));
      const list = state.getList(HUB_OUTPUTS.dbMemberIpAddresses);
      return [0, 1, 2].map((i) => Fn.element(list, i));
    };
    const me = props.hub.hub;
    const own = addresses(me.name);
    const others = order.filter((h) => h.name !== me.name);
    // the other sites and the public Azure voter reach this hub's members; so does this hub itself, whose
    // members and clients meet at the members' public addresses (aks-engine's default node and pod subnets,
    // 10.240.0.0/16 and 10.244.0.0/16, for traffic that stays inside the cluster)
    const allowedSourceCidrs = [...new Set([...others.flatMap((h) => h.egressCidrs), ...me.egressCidrs, "10.240.0.0/16", "10.244.0.0/16"])];
    const names = hubResourceNames(config, me);
    const base: PerconaSite = {
      role: order[0].name === me.name ? "main" : "replica",
      memberAddresses: own,
      allowedSourceCidrs,
      memberIpResourceGroup: names.clusterResourceGroup,
      memberIpNames: names.dbMemberPublicIps,
    };
    if (base.role === "replica") return base;
    const externalNodes: ExternalNode[] = layout.sites
      .filter((s) => !s.main)
      .flatMap((s) => addresses(s.hub).map((host, i) => ({ host, votes: s.votes[i], priority: s.votes[i] })));
    if (layout.arbiter) {
      const global = remoteStateOf(this, "global-db-state", config.backend, config.name, STACK_IDS.global);
      externalNodes.push({ host: global.getString(GLOBAL_DATA_OUTPUTS.voterIpAddress), votes: 1, priority: 0 });
    }
    return { ...base, externalNodes };
  }
}
