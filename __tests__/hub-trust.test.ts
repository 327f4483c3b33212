import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { ConfigError, loadConfig, readReferencedFiles } from "../config/load";
import { cloudInitSchema, configFrom, defaultRaw, fakePemPrivateKey, problemsAfter as problems, synthApp, terraformEval } from "./helpers";

let scratch: string;
let caPem: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "ha-trust-"));
  // a real self-signed root CA, made at run time (the repository holds no certificate or key)
  const r = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", join(scratch, "ca.key"),
      "-out", join(scratch, "ca.pem"), "-days", "2", "-subj", "/CN=Contoso Hub Root CA", "-addext", "basicConstraints=critical,CA:TRUE"],
    { encoding: "utf8" },
  );
  expect(r.status).toBe(0);
  caPem = execFileSync("cat", [join(scratch, "ca.pem")], { encoding: "utf8" });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes the default config with hubs[0].trustedRootCaFile = `caFile` and loads it (the way main.ts does). */
function loadWithCa(caFile: string): ReturnType<typeof loadConfig> {
  const raw = defaultRaw();
  raw.hubs[0].trustedRootCaFile = caFile;
  const file = join(scratch, "ha.yaml");
  writeFileSync(file, YAML.stringify(raw));
  return loadConfig(file);
}

function problemLines(caFile: string): string[] {
  try {
    loadWithCa(caFile);
  } catch (e) {
    if (e instanceof ConfigError) return e.lines();
    throw e;
  }
  throw new Error("config was accepted");
}

describe("hubs[].trustedRootCaFile", () => {
  it("is read and checked by loadConfig, and only for the hub that names it", () => {
    const cfg = loadWithCa(join(scratch, "ca.pem"));
    expect(cfg.hubs[0].trustedRootCaPem).toBe(caPem);
    expect(cfg.hubs[1].trustedRootCaPem).toBeUndefined();
  });

  it("takes a relative path from the repository root", () => {
    const cfg = loadWithCa(join(scratch, "ca.pem"));
    const relative = { ...cfg, hubs: cfg.hubs.map((h, i) => (i === 0 ? { ...h, trustedRootCaFile: "ca.pem", trustedRootCaPem: undefined } : h)) };
    expect(readReferencedFiles(relative, "ha.yaml", scratch).hubs[0].trustedRootCaPem).toBe(caPem);
  });

  it("is installed into the engine VM's and the agent VM's trust stores by cloud-init (schema-valid)", () => {
    const { stacks } = synthApp(loadWithCa(join(scratch, "ca.pem")));
    const [engine] = Object.values<any>(stacks["hub-seattle"].resource.azurestack_linux_virtual_machine);
    // the agent VM lives in the hub's runner stack
    const [agent] = Object.values<any>(stacks["runner-seattle"].resource.azurestack_linux_virtual_machine);
    const engineConfig = Buffer.from(engine.custom_data, "base64").toString("utf8");
    const agentConfig = Buffer.from(terraformEval(agent.custom_data.slice(2, -1).replace("var.azure_devops_pat", '"pat"')) as string, "base64").toString("utf8");
    for (const text of [engineConfig, agentConfig]) {
      expect(YAML.parse(text).ca_certs).toEqual({ trusted: [caPem] });
      const r = cloudInitSchema(text);
      expect(r.output).toContain("Valid cloud-config");
      expect(r.output).not.toMatch(/error|deprecat|invalid/i);
      expect(r.status).toBe(0);
    }
    // the other hub names no CA: its VMs get none
    const orlando = Object.values<any>(stacks["hub-orlando"].resource.azurestack_linux_virtual_machine).find((vm) => !vm.custom_data.startsWith("${"));
    expect(YAML.parse(Buffer.from(orlando.custom_data, "base64").toString("utf8")).ca_certs).toBeUndefined();
  });

  it("refuses a file that holds a private key, without printing any of it", () => {
    const key = fakePemPrivateKey("EC");
    writeFileSync(join(scratch, "with-key.pem"), `${caPem}${key}\n`);
    const lines = problemLines(join(scratch, "with-key.pem"));
    expect(lines).toEqual([
      `${join(scratch, "ha.yaml")}: hubs[0].trustedRootCaFile: holds a private key (the file must hold only the root CA certificate(s); remove the key from it and keep the key secret)`,
    ]);
    expect(lines.join("\n")).not.toContain("abc");
    expect(lines.join("\n")).not.toContain("BEGIN");
  });

  it("refuses a folder with one problem line, not an exception", () => {
    expect(problemLines(scratch)).toEqual([
      `${join(scratch, "ha.yaml")}: hubs[0].trustedRootCaFile: cannot be read: EISDIR (give a readable PEM file with the hub's root CA certificate)`,
    ]);
  });

  it("refuses a missing file, a file without certificates and a certificate that does not parse", () => {
    expect(problemLines(join(scratch, "nope.pem"))).toEqual([
      `${join(scratch, "ha.yaml")}: hubs[0].trustedRootCaFile: file not found: ${join(scratch, "nope.pem")} (give a PEM file with the hub's root CA certificate; relative paths are from the repository root)`,
    ]);
    writeFileSync(join(scratch, "empty.pem"), "not a certificate\n");
    expect(problemLines(join(scratch, "empty.pem"))[0]).toMatch(/trustedRootCaFile: holds no PEM certificate \(export the hub's root CA as Base-64 PEM/);
    writeFileSync(join(scratch, "broken.pem"), `${caPem}-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n`);
    expect(problemLines(join(scratch, "broken.pem"))[0]).toMatch(/trustedRootCaFile: certificate 2 of 2 does not parse as X\.509 \(export it again as Base-64 PEM\)$/);
  });
});

describe("portalUrl and armEndpoint name the same hub (aks-engine derives ARM from the portal URL)", () => {
  it("accepts the bundled default, and a trailing slash", () => {
    const raw = defaultRaw();
    raw.hubs[0].portalUrl += "/";
    raw.hubs[0].armEndpoint += "/";
    expect(configFrom(raw).hubs[0].portalUrl).toBe("https://portal.seattle.azurestack.example.com/");
  });

  it("refuses a portal of another location or domain", () => {
    expect(problems((r) => (r.hubs[0].portalUrl = "https://portal.orlando.azurestack.example.com"))).toEqual([
      "test.yaml: hubs[0].portalUrl: must be https://portal.seattle.azurestack.example.com, the portal of the same hub as armEndpoint (aks-engine derives the hub's ARM endpoint from it: https://management.seattle.azurestack.example.com)",
    ]);
    expect(problems((r) => (r.hubs[1].portalUrl = "https://portal.orlando.contoso.com"))).toEqual([
      "test.yaml: hubs[1].portalUrl: must be https://portal.orlando.azurestack.example.com, the portal of the same hub as armEndpoint (aks-engine derives the hub's ARM endpoint from it: https://management.orlando.azurestack.example.com)",
    ]);
  });

  it("refuses an ARM endpoint that does not match location and externalDomain", () => {
    expect(
      problems((r) => {
        r.hubs[0].externalDomain = "azurestack.example.com";
        r.hubs[0].location = "denver";
      }),
    ).toEqual([
      'test.yaml: hubs[0].armEndpoint: must be https://management.denver.azurestack.example.com for location "denver" and domain "azurestack.example.com" (aks-engine derives the hub\'s endpoints from portalUrl; fix the location, the domain or the URL)',
      "test.yaml: hubs[0].portalUrl: must be https://portal.denver.azurestack.example.com, the portal of the same hub as armEndpoint (aks-engine derives the hub's ARM endpoint from it: https://management.denver.azurestack.example.com)",
    ]);
  });
});
