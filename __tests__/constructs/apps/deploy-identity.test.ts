import { TerraformOutput } from "cdktf";
import { DeployIdentity } from "../../../constructs/apps/deploy-identity";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("DeployIdentity", () => {
  const json = synthJson((s) => {
    const d = new DeployIdentity(s, "d", { namespace: "ns", name: "deployer", clusterName: "c1", server: "https://api" });
    new TerraformOutput(s, "kubeconfig", { value: d.kubeconfig, sensitive: true });
  });

  it("grants a Role in its own namespace only, never wildcards, cluster-scoped kinds or pod exec", () => {
    const role = only(json, "kubernetes_role_v1");
    expect(role.metadata).toMatchObject({ name: "deployer", namespace: "ns" });
    for (const type of ["kubernetes_cluster_role_v1", "kubernetes_cluster_role_binding_v1"]) expect(json.resource[type]).toBeUndefined();
    const all = role.rule.flatMap((r: any) => [...r.resources, ...r.verbs, ...r.api_groups]);
    expect(all).not.toContain("*");
    expect(all).not.toContain("pods/exec");
    expect(role.rule.flatMap((r: any) => r.resources)).not.toContain("namespaces");
    const binding = only(json, "kubernetes_role_binding_v1");
    expect(binding.metadata.namespace).toBe("ns");
    expect(binding.role_ref).toMatchObject({ kind: "Role", name: expect.stringMatching(/^\$\{kubernetes_role_v1\.d_role_[0-9A-F]+\.metadata\[0\]\.name\}$/) });
    expect(binding.subject).toEqual([{ kind: "ServiceAccount", name: expect.stringMatching(/^\$\{kubernetes_service_account_v1\.d_service-account_[0-9A-F]+\.metadata\[0\]\.name\}$/), namespace: "ns" }]);
  });

  it("does not mount the token into pods and writes the namespace into the kubeconfig context", () => {
    expect(only(json, "kubernetes_service_account_v1").automount_service_account_token).toBe(false);
    expect(only(json, "kubernetes_secret_v1").type).toBe("kubernetes.io/service-account-token");
    expect(json.output.kubeconfig.value).toContain('"contexts" = [{"name" = "c1-deployer", "context" = {"cluster" = "c1", "user" = "deployer", "namespace" = "ns"}}]');
    expect(json.output.kubeconfig.value).toContain('"current-context" = "c1-deployer"');
  });
});
