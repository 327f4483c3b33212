import YAML from "yaml";
import { IngressController } from "../../../constructs/apps/ingress-controller";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("IngressController", () => {
  const base = { repository: "oci://r.example.com/charts", version: "2.6.4", className: "nginx", publicIpName: "pip", publicIpResourceGroup: "rg" };
  const values = (replicas: number) => YAML.parse(only(synthJson((s) => new IngressController(s, "i", { ...base, replicas })), "helm_release").values[0]).controller;

  it("binds the service to the named IP and resource group", () => {
    expect(values(2).service.annotations).toEqual({
      "service.beta.kubernetes.io/azure-pip-name": "pip",
      "service.beta.kubernetes.io/azure-load-balancer-resource-group": "rg",
    });
  });

  it("keeps one controller up during drains only when there is more than one", () => {
    expect(values(2).podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    expect(values(1).podDisruptionBudget.enabled).toBe(false);
  });
});
