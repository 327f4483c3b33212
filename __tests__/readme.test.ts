import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "./helpers";

/** README.md and docs/*.md: the commands they give exist, their links land, and the README stays short. */
const DOCS = ["README.md", ...readdirSync(join(REPO_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const text = (file: string) => readFileSync(join(REPO_ROOT, file), "utf8");
const scripts: Record<string, string> = JSON.parse(text("package.json")).scripts;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-");
}
const anchorsIn = (file: string) => new Set([...text(file).matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1])));

describe.each(DOCS)("%s", (file) => {
  const body = text(file);

  it("names only npm scripts that package.json has", () => {
    const named = [...body.matchAll(/npm run (?:--silent )?([a-z][a-z0-9:-]*)/g)].map((m) => m[1]);
    expect(named.filter((s) => !(s in scripts))).toEqual([]);
  });

  it("names only scripts/ files that exist", () => {
    const named = [...body.matchAll(/\bscripts\/([\w.-]+\.(?:sh|ts))/g)].map((m) => `scripts/${m[1]}`);
    expect(named.filter((f) => !existsSync(join(REPO_ROOT, f)))).toEqual([]);
  });

  it("links only to files and headings that exist", () => {
    const broken: string[] = [];
    for (const [, target] of body.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue; // external
      const [path, anchor] = target.split("#");
      const resolved = path ? join(dirname(file), path) : file;
      if (!existsSync(join(REPO_ROOT, resolved))) broken.push(target);
      else if (anchor && resolved.endsWith(".md") && !anchorsIn(resolved).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});

describe("README.md", () => {
  const readme = text("README.md");

  it("starts with the two commands, setup + synth and setup + test", () => {
    const [, first, second] = readme.split("\n").filter((l) => l.trim());
    expect(first.trim()).toMatch(/^npm ci && npm run synth\s/);
    expect(second.trim()).toMatch(/^\.\/scripts\/setup\.sh && npm test\s/);
  });

  it("is a short user guide: under 300 lines, a contents list naming every section", () => {
    expect(readme.split("\n").length).toBeLessThan(300);
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((h) => h !== "Contents");
    const listed = [...readme.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)$/gm)].map((m) => m[1]);
    expect(listed).toEqual(sections.map(anchorOf));
    for (const must of ["Before the first deploy", "Deploy", "Where the app answers", "Tear down", "Troubleshooting", "Security model"]) {
      expect(sections.some((s) => s.startsWith(must))).toBe(true);
    }
  });

  it("anchors headings as GitHub does", () => {
    expect(anchorOf("Day 2: edit the config, deploy again")).toBe("day-2-edit-the-config-deploy-again");
    expect(anchorOf("Policy rules every synth enforces (`policy/`)")).toBe("policy-rules-every-synth-enforces-policy");
  });
});
