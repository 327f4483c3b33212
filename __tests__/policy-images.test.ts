import type { ElementView } from "../policy/rule";
import { imageProblem, pinnedImages } from "../policy/rules/pinned-images";

/** The rule on a plain resource body (what cdk.tf.json holds), without synthesizing a stack. */
const view = (type: string, body: any, kind = "resource"): ElementView => ({ stack: undefined as never, kind, type, body });
const problems = (type: string, body: any) => pinnedImages.check(view(type, body)).map((f) => f.problem);

describe("pinned-images on resource bodies", () => {
  it("looks at Kubernetes resources and Helm releases only", () => {
    expect(pinnedImages.appliesTo(view("kubernetes_deployment_v1", {}))).toBe(true);
    expect(pinnedImages.appliesTo(view("helm_release", {}))).toBe(true);
    expect(pinnedImages.appliesTo(view("azurerm_container_registry", {}))).toBe(false);
    expect(pinnedImages.appliesTo(view("kubernetes_namespace", {}, "output"))).toBe(false);
  });

  it.each([
    ["repo:", 'image "repo:" has an empty tag'],
    ["${var.registry}/app", 'image "${var.registry}/app" has no tag, so it means :latest'],
    ["${var.registry}:latest", 'image "${var.registry}:latest" uses the mutable tag latest'],
    ["repo:${var.tag}", undefined],
    ["registry.example.com:5000/team/app:LATEST", 'image "registry.example.com:5000/team/app:LATEST" uses the mutable tag latest'],
  ])("judges %s", (image, problem) => {
    expect(imageProblem(image)).toBe(problem);
  });

  it("finds every `image` in a Kubernetes body, in lists and nested objects, and only there", () => {
    const body = {
      spec: [{ template: [{ spec: [{ container: [{ image: "a:latest" }, { image: "b:1" }], init_container: [{ image: "c" }] }] }] }],
      metadata: [{ labels: { note: "latest" }, annotations: { image: 5 } }],
    };
    expect(problems("kubernetes_deployment_v1", body)).toEqual(['image "a:latest" uses the mutable tag latest', 'image "c" has no tag, so it means :latest']);
  });

  it("reads Helm set entries: full references under ...image and ...images.<name>, tags under ...image.tag", () => {
    const set = [
      { name: "controller.image.tag", value: "" },
      { name: "controller.image.tag", value: "Latest" },
      { name: "controller.image.tag", value: "5.5.4" },
      { name: "controller.tag", value: "latest" },
      { name: "sidecarImage", value: "busybox" },
      { name: "images.api", value: "r.example.com/api:latest" },
      { name: "images.web", value: "r.example.com/web:v1" },
      { name: "controller.replicaCount", value: "latest" },
      { name: "image", value: 5 },
      { value: "latest" },
    ];
    expect(problems("helm_release", { set })).toEqual([
      'set "controller.image.tag" = "" is an empty tag',
      'set "controller.image.tag" = "Latest" is the mutable tag latest',
      'set "sidecarImage": image "busybox" has no tag, so it means :latest',
      'set "images.api": image "r.example.com/api:latest" uses the mutable tag latest',
    ]);
  });

  it("reads Helm values YAML: image strings, images maps and lists, image maps with an empty, null or latest tag", () => {
    const values = [
      [
        "controller:",
        "  image: {repository: ghcr.io/nginx/nginx-ingress, tag: ''}",
        "agent:",
        "  image: {repository: r.example.com/agent, tag: null}",
        "exporter:",
        "  image: {repository: r.example.com/exporter, tag: LATEST}",
        "pinned:",
        "  image: {repository: r.example.com/pinned}",
        "images:",
        "  api: r.example.com/api",
        "  extra: [r.example.com/x:latest, r.example.com/y:1]",
        "sidecarImage: ''",
        "note: latest",
      ].join("\n"),
      5,
    ];
    expect(problems("helm_release", { values })).toEqual([
      "values[0]: image ghcr.io/nginx/nginx-ingress tag is empty",
      "values[0]: image r.example.com/agent tag is empty",
      "values[0]: image r.example.com/exporter tag is latest",
      'values[0]: image "r.example.com/api" has no tag, so it means :latest',
      'values[0]: image "r.example.com/x:latest" uses the mutable tag latest',
    ]);
  });

  it("falls back to `image:` lines when the values are not YAML it can read", () => {
    const values = ["a: [\n  image: busybox:latest\nimage: \"nginx\" # comment\nimages: x\n"];
    expect(problems("helm_release", { values })).toEqual([
      'values[0]: image "busybox:latest" uses the mutable tag latest',
      'values[0]: image "nginx" has no tag, so it means :latest',
    ]);
  });
});
