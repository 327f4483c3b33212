import { join } from "node:path";
import YAML from "yaml";
import { RatingsApp } from "../../../constructs/apps/ratings-app";
import { only, REPO_ROOT } from "../../helpers";
import { synthJson } from "../synth";

describe("RatingsApp", () => {
  const build = (imagePullSecrets?: string[]) =>
    synthJson(
      (s) =>
        new RatingsApp(s, "r", {
          chartDir: join(REPO_ROOT, "charts", "ratings"),
          namespace: "ns",
          images: { api: "r.example.com/a:1", web: "r.example.com/w:1", mongodb: "docker.io/library/mongo:8.0.4" },
          ingressClassName: "nginx",
          imagePullSecrets,
          database: { kind: "in-cluster" },
        }),
    );

  it("installs the chart from a relative asset path", () => {
    expect(only(build(), "helm_release").chart).toMatch(/^assets\/r_chart_[0-9A-F]+\/[0-9A-F]{32}$/);
  });

  it("turns pull secret names into the chart's imagePullSecrets list", () => {
    const values = (j: any) => YAML.parse(only(j, "helm_release").values[0]);
    expect(values(build()).imagePullSecrets).toEqual([]);
    expect(values(build(["acr-pull"])).imagePullSecrets).toEqual([{ name: "acr-pull" }]);
  });
});
