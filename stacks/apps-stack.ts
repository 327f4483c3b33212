import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformOutput, TerraformStack } from "cdktf";
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
import { apiServerUrl, hubResourceNames, STACK_IDS } from "./naming";

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

    this.ratings = new RatingsApp(this, "ratings", {
      chartDir: props.ratingsChartDir,
      namespace: this.namespace,
      images: app.images,
      ingressClassName: this.ingressController.className,
      // the literal name keeps the chart's values free of references (and readable in a plan)
      imagePullSecrets: [RATINGS_PULL_SECRET],
      dependsOn: [this.ingressController.release, this.registryPullSecret.secret],
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
}
