import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PEM_PRIVATE_KEY } from "../config/secrets";
import { defaultConfig, REPO_ROOT, synthApp, fakePemPrivateKey, TSX_NODE_ARGS } from "./helpers";

/**
 * Synthesizes through the real entry point with a canary in every place a secret can enter, then reads every
 * file of the output folder: no canary and no PEM private key may appear. Secrets belong in Terraform state
 * and in the environment at plan/apply time, never in cdktf.out (which users commit, diff and attach to PRs).
 */

/** Environment variables Terraform and the providers read for credentials (set by users when they deploy). */
const PROVIDER_SECRETS = [
  "ARM_CLIENT_SECRET",
  "ARM_ACCESS_KEY",
  "ARM_SAS_TOKEN",
  "ARM_CLIENT_CERTIFICATE_PASSWORD",
  "ARM_OIDC_TOKEN",
  "AZURE_CLIENT_SECRET",
  "AZDO_PERSONAL_ACCESS_TOKEN",
  "KUBE_TOKEN",
  "KUBE_CLIENT_KEY_DATA",
  "HELM_REPOSITORY_PASSWORD",
  // not a secret, but read by the azuredevops provider at plan time: the synthesized output must not depend on it
  "AZDO_ORG_SERVICE_URL",
];

/** Every `process.env.X` the product's sources read (so a new one is covered); scripts/ are dev tools (bench). */
function envReadBySources(): string[] {
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts"], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("__tests__/") && !f.startsWith("scripts/") && !f.startsWith("node_modules/"));
  const names = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(join(REPO_ROOT, f), "utf8").matchAll(/process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["']([^"']+)["']\s*\])/g)) names.add(m[1] ?? m[2]);
  }
  return [...names].sort();
}

const CANARY = /CANARY-[A-Za-z0-9_]+-7f3a9c/;

/** Every canary or PEM private key in any file under dir, as `<file>: <what>`. */
function leaksIn(dir: string): string[] {
  const leaks: string[] = [];
  for (const f of readdirSync(dir, { recursive: true }).map((x) => join(dir, String(x)))) {
    if (!statSync(f).isFile()) continue;
    const text = readFileSync(f, "latin1");
    const canary = CANARY.exec(text);
    if (canary) leaks.push(`${f}: ${canary[0]}`);
    if (PEM_PRIVATE_KEY.test(text)) leaks.push(`${f}: PEM private key`);
  }
  return leaks;
}

describe("secret scan of the synthesized output", () => {
  // every Terraform variable of every stack: TF_VAR_<name> is how its value enters (docs/config.md "Secrets")
  const synthesized = synthApp(defaultConfig());
  const variables = Object.values(synthesized.stacks).flatMap((s: any) => Object.entries<any>(s.variable ?? {}));

  it("finds the variables and environment reads it plants canaries in", () => {
    // the hubs' service principal secrets and the Azure DevOps PAT (the agent VMs' registration token)
    expect(variables.map(([name]) => name)).toEqual(expect.arrayContaining(["hub_seattle_client_secret", "hub_orlando_client_secret", "azure_devops_pat"]));
    // what main.ts reads: config file, output folder (and the flag it sets); anything new must be reviewed here
    expect(envReadBySources()).toEqual(["CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS", "CDKTF_OUTDIR", "HA_CONFIG"]);
  });

  it("gives no sensitive variable a default (it would be written into cdk.tf.json)", () => {
    const withDefaults = variables.filter(([, v]) => v.sensitive === true && v.default !== undefined).map(([n]) => n);
    expect(withDefaults).toEqual([]);
  });

  it("writes no canary and no private key anywhere in the output folder", () => {
    const canary = (name: string) => `CANARY-${name}-7f3a9c`;
    const env: Record<string, string> = { ...process.env } as Record<string, string>;
    for (const [name] of variables) env[`TF_VAR_${name}`] = canary(`TF_VAR_${name}`);
    for (const name of PROVIDER_SECRETS) env[name] = canary(name);
    for (const name of envReadBySources()) {
      if (!["HA_CONFIG", "CDKTF_OUTDIR", "CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS"].includes(name)) env[name] = canary(name);
    }
    const outdir = mkdtempSync(join(tmpdir(), "ha-scan-"));
    try {
      env.CDKTF_OUTDIR = outdir;
      delete env.HA_CONFIG;
      const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, "main.ts"], { cwd: REPO_ROOT, env, encoding: "utf8" });
      expect(r.stderr).toContain("synthesized 9 stacks");
      expect(r.status).toBe(0);

      expect(readdirSync(join(outdir, "stacks")).sort()).toEqual(["apps-orlando", "apps-seattle", "devops", "global", "hub-orlando", "hub-seattle", "runner-orlando", "runner-seattle", "traffic"]);
      expect(leaksIn(outdir)).toEqual([]);
      // the output still refers to the secrets, as variables Terraform fills in at plan time
      expect(readFileSync(join(outdir, "stacks/hub-seattle/cdk.tf.json"), "utf8")).toContain("${var.hub_seattle_client_secret}");
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("would notice a leak in any file, however deep (the scan itself can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ha-scan-"));
    try {
      mkdirSync(join(dir, "stacks/x/assets/chart/ABC"), { recursive: true });
      writeFileSync(join(dir, "stacks/x/cdk.tf.json"), `{"client_secret": "CANARY-TF_VAR_x-7f3a9c"}`);
      writeFileSync(join(dir, "stacks/x/assets/chart/ABC/values.yaml"), `key: |\n  ${fakePemPrivateKey().split("\n")[0]}\n`);
      expect(leaksIn(dir).map((l) => l.slice(dir.length + 1)).sort()).toEqual([
        "stacks/x/assets/chart/ABC/values.yaml: PEM private key",
        "stacks/x/cdk.tf.json: CANARY-TF_VAR_x-7f3a9c",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
