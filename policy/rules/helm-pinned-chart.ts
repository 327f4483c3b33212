import { type Finding, isExpression, type PolicyRule } from "../rule";

/** Exact SemVer 2.0 version, optionally with a leading v: no ranges (~, ^, >=, x, *), no "latest". */
export const EXACT_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** A TerraformAsset path as cdktf writes it, relative to the stack folder: assets/<name>/<hash>[/file]. */
export const ASSET_PATH = /^assets\/[^/]+\/[^/]+(\/.*)?$/;

/**
 * Every Helm release installs exactly the chart that was reviewed: from a named repository (or an oci://
 * chart reference) at an exact version, or from a local chart shipped with the stack as a TerraformAsset.
 */
export const helmPinnedChart: PolicyRule = {
  id: "helm-pinned-chart",
  summary: "every helm_release has a repository and an exact chart version, or is a local chart from a TerraformAsset",
  appliesTo: (v) => v.kind === "resource" && v.type === "helm_release",
  check: (v) => {
    const { chart, repository, version } = v.body as { chart?: string; repository?: string; version?: string };
    const name = `chart "${chart}"`;
    const hasRepo = typeof repository === "string" && repository.trim() !== "";
    if (typeof chart === "string" && ASSET_PATH.test(chart) && !hasRepo) return []; // local chart: its content hash pins it
    const found: Finding[] = [];
    const oci = typeof chart === "string" && chart.startsWith("oci://");
    if (!hasRepo && !oci) {
      const local = typeof chart === "string" && !chart.includes("://") && (chart.startsWith(".") || chart.startsWith("/") || chart.includes("/"));
      found.push(
        local
          ? { problem: `${name} is a local path that is not shipped with the stack`, fix: "wrap the chart folder in a TerraformAsset and set chart = asset.path" }
          : { problem: `${name} has no repository`, fix: "set repository to the chart's Helm or oci:// repository, e.g. oci://ghcr.io/nginx/charts" },
      );
    }
    if (version === undefined || version === null || version === "") {
      found.push({ problem: `${name} has no version, so every apply may install a different chart`, fix: "set version to an exact chart version, e.g. 2.6.4" });
    } else if (isExpression(version)) {
      found.push({ problem: `${name} version "${version}" is only known at plan time, so it cannot be checked`, fix: "set version to a literal exact chart version, e.g. 2.6.4" });
    } else if (!EXACT_SEMVER.test(version)) {
      found.push({ problem: `${name} version "${version}" is not an exact version`, fix: "set version to an exact chart version such as 2.6.4, not a range" });
    }
    return found;
  },
};
