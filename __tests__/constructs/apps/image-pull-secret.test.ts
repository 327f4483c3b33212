import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { TerraformVariable } from "cdktf";
import { ImagePullSecret } from "../../../constructs/apps/image-pull-secret";
import { only, terraformEval } from "../../helpers";
import { synthText } from "../synth";

describe("ImagePullSecret", () => {
  const text = synthText((s) => {
    const pw = new TerraformVariable(s, "registry_password", { type: "string", sensitive: true });
    const server = new TerraformVariable(s, "registry_server", { type: "string" });
    new ImagePullSecret(s, "pull", { name: "acr-pull", namespace: "ratings", server: server.stringValue, username: "pull-seattle", password: pw.stringValue });
  });
  const secret = only(JSON.parse(text), "kubernetes_secret_v1");

  it("is a kubernetes.io/dockerconfigjson secret in the app namespace", () => {
    expect(text).toHaveResourceWithProperties(SecretV1, { type: "kubernetes.io/dockerconfigjson", metadata: { name: "acr-pull", namespace: "ratings" } });
  });

  it("builds the docker config in Terraform from references, with no literal secret", () => {
    const expr: string = secret.data[".dockerconfigjson"];
    expect(expr).toMatch(/^\$\{jsonencode\(.*\)\}$/);
    expect(expr).toContain("var.registry_password");
    expect(expr).toContain("var.registry_server");
  });

  it("evaluates (real terraform console) to the JSON the kubelet expects", () => {
    const expr: string = secret.data[".dockerconfigjson"];
    const body = expr.slice(2, -1).replace(/var\.registry_password/g, '"s3cret-for-test"').replace(/var\.registry_server/g, '"contosoharegistry.azurecr.io"');
    const config = JSON.parse(terraformEval(body) as string);
    expect(config).toEqual({
      auths: {
        "contosoharegistry.azurecr.io": {
          username: "pull-seattle",
          password: "s3cret-for-test",
          auth: Buffer.from("pull-seattle:s3cret-for-test").toString("base64"),
        },
      },
    });
  });
});
