import { Release } from "@cdktf/provider-helm/lib/release";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { Password } from "@cdktf/provider-random/lib/password";
import { AssetType, type ITerraformDependable, TerraformAsset } from "cdktf";
import { Construct } from "constructs";
import YAML from "yaml";
import { RATINGS_LABELS } from "./labels";

/** Names the chart gives its objects (fixed, as the guide shows them) and the stack refers to. */
export const RATINGS = {
  release: "ratings",
  webDeployment: "ratings-web",
  apiDeployment: "ratings-api",
  mongodbStatefulSet: "ratings-mongodb",
  credentialsSecret: "ratings-mongodb-credentials",
  mongodbUser: "ratings",
} as const;

export type RatingsDatabase = { readonly kind: "in-cluster" } | { readonly kind: "external"; readonly uri: string; readonly caSecret?: string };

export interface RatingsAppOptions {
  /** Folder of the ratings Helm chart on the synthesizing machine; copied into the stack as an asset. */
  readonly chartDir: string;
  readonly namespace: string;
  readonly images: { readonly api: string; readonly web: string; readonly mongodb: string };
  readonly ingressClassName: string;
  /** Names of docker-registry Secrets in the namespace, for private registries. */
  readonly imagePullSecrets?: readonly string[];
  /**
   * Where the data lives: the chart's own single MongoDB pod (app.data.mode per-hub), or a database elsewhere
   * whose connection string (sensitive) goes into the credentials Secret; `caSecret` names a Secret with `ca.crt`.
   */
  readonly database: RatingsDatabase;
  /** What must exist first (e.g. the ingress controller, whose IngressClass the Ingress names). */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The ratings app (web, api, MongoDB) from the local chart in charts/ratings. MongoDB's credentials are generated
 * here and live only in Terraform state and a Kubernetes Secret the chart references by name.
 */
export class RatingsApp extends Construct {
  readonly release: Release;
  /** Values handed to the chart (no secret among them); the chart test renders with exactly these. */
  readonly values: Record<string, unknown>;

  constructor(scope: Construct, id: string, options: RatingsAppOptions) {
    super(scope, id);
    const db = options.database;
    let data: Record<string, string>;
    if (db.kind === "in-cluster") {
      // alphanumeric only: the password sits inside a mongodb:// URI
      const password = new Password(this, "mongodb-password", { length: 32, special: false });
      const host = `${RATINGS.mongodbStatefulSet}.${options.namespace}.svc.cluster.local`;
      data = {
        MONGO_INITDB_ROOT_USERNAME: RATINGS.mongodbUser,
        MONGO_INITDB_ROOT_PASSWORD: password.result,
        MONGODB_URI: `mongodb://${RATINGS.mongodbUser}:${password.result}@${host}:27017/ratingsdb?authSource=admin`,
      };
    } else {
      // the ratings API reads only MONGODB_URI (https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api/blob/a0af402ca607433d116f1226dac32e7618bd92bb/app.js#L48)
      data = { MONGODB_URI: db.uri };
    }
    const credentials = new SecretV1(this, "mongodb-credentials", {
      metadata: {
        name: RATINGS.credentialsSecret,
        namespace: options.namespace,
        labels: { ...RATINGS_LABELS },
      },
      type: "Opaque",
      data,
    });

    this.values = {
      images: { api: options.images.api, web: options.images.web, mongodb: options.images.mongodb },
      imagePullSecrets: (options.imagePullSecrets ?? []).map((name) => ({ name })),
      ingress: { className: options.ingressClassName },
      mongodb: {
        credentialsSecret: RATINGS.credentialsSecret,
        inCluster: db.kind === "in-cluster",
        caSecret: db.kind === "external" ? (db.caSecret ?? "") : "",
      },
    };
    // asset.path is relative to the stack folder, where Terraform runs: no machine path in the JSON
    const chart = new TerraformAsset(this, "chart", { path: options.chartDir, type: AssetType.DIRECTORY });
    this.release = new Release(this, "release", {
      name: RATINGS.release,
      chart: chart.path,
      namespace: options.namespace,
      values: [YAML.stringify(this.values)],
      wait: true,
      timeout: 900,
      dependsOn: [credentials, ...(options.dependsOn ?? [])],
    });
  }
}
