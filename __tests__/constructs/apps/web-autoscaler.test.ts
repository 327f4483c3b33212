import { WebAutoscaler } from "../../../constructs/apps/web-autoscaler";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("WebAutoscaler", () => {
  it("scales the named deployment on average CPU utilization", () => {
    const hpa = only(synthJson((s) => new WebAutoscaler(s, "a", { namespace: "ns", deploymentName: "web", minReplicas: 3, maxReplicas: 7, cpuUtilization: 65 })), "kubernetes_horizontal_pod_autoscaler_v2");
    expect(hpa.spec).toMatchObject({ min_replicas: 3, max_replicas: 7, scale_target_ref: { kind: "Deployment", name: "web" } });
    expect(hpa.spec.metric[0].resource.target).toEqual({ type: "Utilization", average_utilization: 65 });
  });
});
