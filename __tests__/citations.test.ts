import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./helpers";

/**
 * Upstream code is cited as a link pinned to a tag or a full commit, with a line anchor
 * (https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/scale.go#L329-L331),
 * never as a bare `cmd/scale.go:NN`, `app.js#LNN` or `upgrader.go line NN`: those point at the wrong line after
 * the next upstream commit, and nobody can tell at which commit they were read (docs/testing.md, "Citations of
 * upstream code").
 */

/** File extensions a cited source or doc file has. */
const EXT = "go|sh|bash|py|tpl|rb|ya?ml|json|cs|js|mjs|cjs|ts|tsx|tf|hcl|c|h|rs|java|md|bats|txt|toml|ps1";
const FILE = String.raw`[\w@-][\w.@/-]*\.(?:${EXT})`;
/** `file.go:12`, `file.go:12-14`, `file.go:L12`, `file.go#L12`, `file.go line 12`, `file.go (lines 12-14)`. */
const BARE = new RegExp(String.raw`${FILE}(?::L?\d+(?:-L?\d+)?|#L\d+(?:-L\d+)?|,? \(?lines? \d+(?:-\d+)?)(?!\w|\.\d)`, "gi");
/** A GitHub link to a line: the ref must be a release tag or a full 40-hex commit. */
const GITHUB_LINE = /https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:blob|tree)\/([^/\s]+)\/[^\s#)]*#L\d+/g;
const PINNED_REF = /^(?:[0-9a-f]{40}|(?:[\w.-]*-)?v?\d+(?:\.\d+)+(?:[-+][\w.]+)?)$/;
/** Spans where a file name is part of a link: a URL, or a Markdown link's text whose target is a URL. */
const LINKED = /https?:\/\/[^\s)>\]"'`]+|\[[^\]\n]*\]\(https?:\/\/[^)\s]+\)/g;
/** Stryker's own syntax for line ranges to mutate (`--mutate "file.ts:1-2,other.ts:3-4"`), not citations. */
const MUTATE_ARGUMENT = /--mutate "[^"\n]*"/g;

/** Bare citations and unpinned GitHub line links in `text`, as `line: match`. */
export function unpinnedCitations(text: string): string[] {
  const found: string[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  const skipped = [...text.matchAll(LINKED), ...text.matchAll(MUTATE_ARGUMENT)].map((m) => [m.index!, m.index! + m[0].length] as const);
  for (const m of text.matchAll(BARE)) {
    const at = m.index!;
    if (!skipped.some(([from, to]) => at >= from && at < to)) found.push(`${lineOf(at)}: ${m[0]}`);
  }
  for (const m of text.matchAll(GITHUB_LINE)) if (!PINNED_REF.test(m[1])) found.push(`${lineOf(m.index!)}: ${m[0]} (ref ${m[1]} is neither a tag nor a full commit)`);
  return found;
}

/**
 * Citations inside text the product ships to a machine, where an edit changes the synthesized JSON: the runner
 * VM's install script (custom_data: a change replaces the VM) and the ratings chart (its content hash is the
 * helm_release's chart path). The same facts are linked, pinned, beside them (the function's doc comment,
 * docs/data.md); convert these with the next change that has to touch that text anyway.
 */
const SHIPPED: Readonly<Record<string, readonly string[]>> = {
  "constructs/runner/pipelines-agent.ts": ["src/Microsoft.VisualStudio.Services.Agent/Constants.cs#L213-L238", "ConfigurationProvider.cs:86"],
  "charts/ratings/templates/api-deployment.yaml": ["app.js#L58-L89"],
};

/**
 * Tracked text files: source, stand-ins, scripts, workflows, docs (not lock files, snapshots or generated
 * bindings, nor this file, whose examples and exemptions are bare on purpose).
 */
const tracked = execFileSync("git", ["ls-files"], { cwd: REPO_ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => f && !/^\.gen\/|__snapshots__\/|(^|\/)package-lock\.json$|\.terraform\.lock\.hcl$/.test(f));
const scanned = tracked.filter((f) => f !== "__tests__/citations.test.ts");
const text = (file: string) => readFileSync(join(REPO_ROOT, file), "utf8");

describe("citations of upstream code", () => {
  it("are links pinned to a tag or a full commit in every tracked file", () => {
    expect(scanned.length).toBeGreaterThan(100);
    const bare = scanned.flatMap((f) => {
      const body = text(f);
      if (body.includes("\0")) return [];
      const shipped = SHIPPED[f] ?? [];
      return unpinnedCitations(body)
        .filter((c) => !shipped.includes(c.replace(/^\d+: /, "")))
        .map((c) => `${f}:${c}`);
    });
    expect(bare).toEqual([]);
  });

  it("exempts only shipped citations that are still there", () => {
    const gone = Object.entries(SHIPPED).flatMap(([f, cited]) => {
      const found = unpinnedCitations(text(f)).map((c) => c.replace(/^\d+: /, ""));
      return cited.filter((c) => !found.includes(c)).map((c) => `${f}: ${c}`);
    });
    expect(gone).toEqual([]);
  });

  const go = (s: string) => `cmd/scale${s}`;
  it.each([
    [`see ${go(".go:329")}.`, [`1: ${go(".go:329")}`]],
    [`${go(".go:329:14")}: error`, [`1: ${go(".go:329")}`]],
    [`(${go(".go:329-331")})`, [`1: ${go(".go:329-331")}`]],
    [`\n  # ${go(".go#L329-L331")} at v0.85.0`, [`2: ${go(".go#L329-L331")}`]],
    [`upgrader${".go line 51"}`, [`1: upgrader${".go line 51"}`]],
    [`upgrader${".go (lines 51-52)"}`, [`1: upgrader${".go (lines 51-52"}`]],
    [`app${".js#L48"} of the pinned commit`, [`1: app${".js#L48"}`]],
    [`https://github.com/Azure/aks-engine-azurestack/blob/master/${go(".go#L329")}`, [expect.stringContaining("ref master is neither a tag nor a full commit")]],
    [`https://github.com/Azure/aks-engine-azurestack/blob/18ad509/${go(".go#L329")}`, [expect.stringContaining("ref 18ad509 is neither")]],
  ])("flags %j", (sample, expected) => {
    expect(unpinnedCitations(sample)).toEqual(expected);
  });

  it.each([
    `https://github.com/Azure/aks-engine-azurestack/blob/v0.85.0/${go(".go#L329-L331")}`,
    `[${go(".go#L329")}](https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/${go(".go#L329")})`,
    "https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/internal/services/network/public_ip_resource.go#L55",
    "https://github.com/actions/runner/blob/release-v2.336.0/src/Misc/layoutroot/config.sh#L5-L9",
    "curl http://localhost:8080/healthz; image: mongo:7.0.14; host.example.com:443; 10.0.0.1:22",
    "key: config.yaml: app.name; scale.go (isUpdate); version 1.2.3",
    'npx stryker run --mutate "constructs/apps/labels.ts:1-2,constructs/hub/engine-cloud-config.ts:24-25"',
  ])("accepts %j", (sample) => {
    expect(unpinnedCitations(sample)).toEqual([]);
  });
});
