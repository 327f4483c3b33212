import { MonitoringAgent } from "../../../constructs/apps/monitoring-agent";
import { only } from "../../helpers";
import { synthJson } from "../synth";

describe("MonitoringAgent", () => {
  it("installs into kube-system with the key only in set_sensitive", () => {
    const r = only(synthJson((s) => new MonitoringAgent(s, "m", { repository: "https://r", version: "3.1.28", workspaceId: "ws", workspaceKey: "k", clusterName: "c" })), "helm_release");
    expect(r.namespace).toBe("kube-system");
    expect(r.set).toEqual([
      { name: "amalogs.secret.wsid", value: "ws", type: "string" },
      { name: "amalogs.env.clusterName", value: "c", type: "string" },
    ]);
    expect(r.set_sensitive).toEqual([{ name: "amalogs.secret.key", value: "k", type: "string" }]);
  });
});
