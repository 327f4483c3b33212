import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./helpers";
import { removeMainRuns, runMain } from "./run-main";

/** The real entry point (`tsx main.ts`) on policy violations: what users see, and what it leaves on disk. */
describe("main.ts on policy violations", () => {
  afterAll(removeMainRuns);

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
    const r = runMain(undefined, {}, { patchSources: addOpenSsh(), files: previousOutput });
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
    const r = runMain(text, {}, { patchSources: addOpenSsh() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("hub-seattle: debug-nsg: [no-internet-inbound]");
    expect(r.stderr).toContain('traffic: tm/profile: [traffic-manager-probe-path] monitor_config probes HTTP path "/healthz"');
    expect(r.stderr).toContain("2 policy violation(s): nothing was synthesized");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(r.dir, "cdktf.out"))).toBe(false);
  });

  it("a clean synth replaces the stack files and keeps what Terraform put in the output folder", () => {
    const r = runMain(undefined, {}, {
      files: (dir) => {
        previousOutput(dir);
        mkdirSync(join(dir, "cdktf.out/stacks/global/.terraform/providers"), { recursive: true });
        writeFileSync(join(dir, "cdktf.out/stacks/global/.terraform.lock.hcl"), "lock");
        mkdirSync(join(dir, "cdktf.out/stacks/global/assets/old/ABC"), { recursive: true });
        mkdirSync(join(dir, "cdktf.out/stacks/hub-removed"), { recursive: true }); // a hub taken out of the config
      },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(r.dir, "cdktf.out/stacks/global/cdk.tf.json"), "utf8")).terraform).toBeDefined();
    expect(Object.keys(JSON.parse(readFileSync(join(r.dir, "cdktf.out/manifest.json"), "utf8")).stacks)).toHaveLength(9);
    // Terraform's lock file stays, unless a committed one for the stack's kind replaces it (stacks/locks/)
    const committed = join(REPO_ROOT, "stacks/locks/global.terraform.lock.hcl");
    expect(readFileSync(join(r.dir, "cdktf.out/stacks/global/.terraform.lock.hcl"), "utf8")).toBe(existsSync(committed) ? readFileSync(committed, "utf8") : "lock");
    expect(existsSync(join(r.dir, "cdktf.out/stacks/global/.terraform/providers"))).toBe(true);
    expect(existsSync(join(r.dir, "cdktf.out/stacks/global/assets"))).toBe(false); // assets are the synth's own
    expect(existsSync(join(r.dir, "cdktf.out/stacks/hub-removed"))).toBe(false);
  });

  it("an exemption in code synthesizes and prints its reason on every synth", () => {
    const r = runMain(undefined, { CDKTF_OUTDIR: "out" }, { patchSources: addOpenSsh("break-glass access during the migration, ticket OPS-7") });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'warning: hub-seattle: debug-nsg: [no-internet-inbound] exempted: security rule "ssh" allows inbound traffic from the internet (0.0.0.0/0) to port 22 (reason: break-glass access during the migration, ticket OPS-7; exempted at hub-seattle/debug-nsg)',
    );
    // the exempted NSG itself is in the output (the hub's own NSGs are there in any case)
    const nsgs = Object.values(JSON.parse(readFileSync(join(r.dir, "out/stacks/hub-seattle/cdk.tf.json"), "utf8")).resource.azurestack_network_security_group);
    expect(nsgs.filter((n: any) => n.name === "debug").map((n: any) => n.security_rule[0].source_address_prefix)).toEqual(["0.0.0.0/0"]);
    const manifest = JSON.parse(readFileSync(join(r.dir, "out/manifest.json"), "utf8"));
    expect(manifest.stacks["hub-seattle"].annotations).toEqual([expect.objectContaining({ level: "@cdktf/warn", constructPath: "hub-seattle/debug-nsg" })]);
  });
});
