import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { Fn } from "cdktf";
import { Construct } from "constructs";

export interface ImagePullSecretOptions {
  readonly name: string;
  readonly namespace: string;
  /** Registry host, e.g. contosoharegistry.azurecr.io. */
  readonly server: string;
  readonly username: string;
  /** Sensitive (a Terraform reference, never a literal). */
  readonly password: string;
  readonly labels?: Record<string, string>;
}

/**
 * A `kubernetes.io/dockerconfigjson` secret for pods' `imagePullSecrets`. The JSON is built by Terraform
 * (jsonencode/base64encode over references), so the password only exists in state, not in cdk.tf.json.
 */
export class ImagePullSecret extends Construct {
  /** Put this in a pod spec's imagePullSecrets. */
  readonly secretName: string;
  readonly secret: SecretV1;

  constructor(scope: Construct, id: string, options: ImagePullSecretOptions) {
    super(scope, id);
    const auth = Fn.base64encode(Fn.join(":", [options.username, options.password]));
    // zipmap, not an object literal: the server may itself be a reference, which cannot be a literal key
    const dockerConfig = Fn.jsonencode({
      auths: Fn.zipmap([options.server], [{ username: options.username, password: options.password, auth }]),
    });
    const secret = new SecretV1(this, "secret", {
      metadata: { name: options.name, namespace: options.namespace, labels: options.labels },
      type: "kubernetes.io/dockerconfigjson",
      data: { ".dockerconfigjson": dockerConfig },
    });
    this.secret = secret;
    this.secretName = secret.metadata.name;
  }
}
