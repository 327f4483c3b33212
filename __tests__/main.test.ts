import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "./helpers";

/** Runs the real entry point (`tsx main.ts`) in a scratch copy of the repo's sources. */
function runMain(configText: string | undefined, env: Record<string, string> = {}, patch?: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "ha-main-"));
  for (const d of ["config", "stacks", "constructs", "charts", "scripts", "policy"]) {
    if (existsSync(join(REPO_ROOT, d))) cpSync(join(REPO_ROOT, d), join(dir, d), { recursive: true });
  }
  cpSync(join(REPO_ROOT, "main.ts"), join(dir, "main.ts"));
  if (configText !== undefined) writeFileSync(join(dir, "my.yaml"), configText);
  patch?.(dir);
  const tsx = join(REPO_ROOT, "node_modules/.bin/tsx");
  const r = spawnSync(tsx, ["main.ts"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: join(REPO_ROOT, "node_modules"), ...(configText !== undefined ? { HA_CONFIG: "my.yaml" } : {}), ...env },
  });
  return { ...r, dir };
}

describe("main.ts", () => {
  beforeAll(() => {
    // node resolves packages from the scratch folder's parents: point it at the repo's node_modules
    process.env.NODE_PATH = join(REPO_ROOT, "node_modules");
  });

  it("exits 2 on a bad config, prints one line per problem, no stack trace, and writes nothing", () => {
    const r = runMain("name: Bad_Name\nfoo: 1\n");
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      "my.yaml: name: must be a DNS label: lowercase letters, digits and '-', starting with a letter, at most 16 characters (e.g. \"seattle\")",
      "my.yaml: foo: unknown key (remove it; allowed here: name, backend, azure, hubs, app)",
      "my.yaml: azure: is missing (add it; config/default.yaml shows an example)",
      "my.yaml: hubs: is missing (add it; config/default.yaml shows an example)",
      "my.yaml: app: is missing (add it; config/default.yaml shows an example)",
      "5 problem(s): nothing was synthesized.",
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
  });

  it("exits 2 on a missing HA_CONFIG file", () => {
    const r = runMain(undefined, { HA_CONFIG: "nope.yaml" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("nope.yaml: file not found");
    expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
  });

  it("synthesizes the bundled default with no environment variables", () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(HA_|TF_VAR_|ARM_)/.test(k))) as Record<string, string>;
    const r = runMain(undefined, env);
    expect(r.stderr).toContain("synthesized 6 stacks from config/default.yaml");
    expect(r.status).toBe(0);
    expect(readdirSync(join(r.dir, "cdktf.out/stacks")).sort()).toEqual(["apps-orlando", "apps-seattle", "global", "hub-orlando", "hub-seattle", "traffic"]);
  });

  describe("policy violations", () => {
    const defaultText = () => readFileSync(join(REPO_ROOT, "config/default.yaml"), "utf8");
    /** A code change in the scratch copy: adds an NSG (optionally exempted) to the first hub stack. */
    const addOpenSsh = (exemption?: string) => (dir: string) => {
      const file = join(dir, "stacks/index.ts");
      const code = [
        `const { NetworkSecurityGroup } = require("@cdktf/provider-azurestack/lib/network-security-group");`,
        `const nsg = new NetworkSecurityGroup(hubs[0], "debug-nsg", { name: "debug", location: "seattle", resourceGroupName: "rg", securityRule: [{ name: "ssh", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourcePortRange: "*", destinationPortRange: "22", sourceAddressPrefix: "0.0.0.0/0", destinationAddressPrefix: "*" }] });`,
        exemption ? `Policy.exempt(nsg, "no-internet-inbound", ${JSON.stringify(exemption)});` : "",
        "  Policy.apply(app);",
      ].join("\n");
      writeFileSync(file, readFileSync(file, "utf8").replace("  Policy.apply(app);", code));
    };
    /** An earlier synth's output that a failed synth must leave exactly as it was. */
    const previousOutput = (dir: string) => {
      mkdirSync(join(dir, "cdktf.out/stacks/global"), { recursive: true });
      writeFileSync(join(dir, "cdktf.out/stacks/global/cdk.tf.json"), "previous");
      writeFileSync(join(dir, "cdktf.out/manifest.json"), "previous");
    };
    const outputFiles = (dir: string) => readdirSync(join(dir, "cdktf.out"), { recursive: true }).map(String).sort();

    it("a code change that opens SSH to the internet cannot be synthesized: one line, exit 2, output unchanged", () => {
      const r = runMain(undefined, {}, (dir) => {
        addOpenSsh()(dir);
        previousOutput(dir);
      });
      expect(r.stderr.trim().split("\n")).toEqual([
        'hub-seattle: debug-nsg: [no-internet-inbound] security rule "ssh" allows inbound traffic from the internet (0.0.0.0/0) to port 22 (set source_address_prefix(es) to the CIDRs that need access, e.g. hubs[].engine.allowedSshCidrs for SSH, or remove the rule)',
        "1 policy violation(s): nothing was synthesized (cdktf.out is unchanged).",
      ]);
      expect(r.status).toBe(2);
      expect(outputFiles(r.dir)).toEqual(["manifest.json", "stacks", "stacks/global", "stacks/global/cdk.tf.json"]);
      expect(readFileSync(join(r.dir, "cdktf.out/stacks/global/cdk.tf.json"), "utf8")).toBe("previous");
    });

    it("a config change that breaks a rule in several stacks reports every stack at once", () => {
      const text = defaultText().replace("      path: /\n", "      path: /healthz\n");
      const r = runMain(text, {}, addOpenSsh());
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("hub-seattle: debug-nsg: [no-internet-inbound]");
      expect(r.stderr).toContain('traffic: tm/profile: [traffic-manager-probe-path] monitor_config probes HTTP path "/healthz"');
      expect(r.stderr).toContain("2 policy violation(s): nothing was synthesized");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
    });

    it("an exemption in code synthesizes and prints its reason on every synth", () => {
      const r = runMain(undefined, { CDKTF_OUTDIR: "out" }, addOpenSsh("break-glass access during the migration, ticket OPS-7"));
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(
        'warning: hub-seattle: debug-nsg: [no-internet-inbound] exempted: security rule "ssh" allows inbound traffic from the internet (0.0.0.0/0) to port 22 (reason: break-glass access during the migration, ticket OPS-7; exempted at hub-seattle/debug-nsg)',
      );
      expect(JSON.parse(readFileSync(join(r.dir, "out/stacks/hub-seattle/cdk.tf.json"), "utf8")).resource.azurestack_network_security_group).toBeDefined();
      const manifest = JSON.parse(readFileSync(join(r.dir, "out/manifest.json"), "utf8"));
      expect(manifest.stacks["hub-seattle"].annotations).toEqual([expect.objectContaining({ level: "@cdktf/warn", constructPath: "hub-seattle/debug-nsg" })]);
    });
  });
});
