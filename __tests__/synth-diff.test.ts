import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import type { Config } from "../config/schema";
import { FORCE_NEW, forcingAttributes } from "../scripts/force-new";
import { diffSynth, readSynthOutput, renderMarkdown, type SynthOutput } from "../scripts/synth-diff";
import { buildStacks } from "../stacks";
import { withoutStackTraces } from "../stacks/stack-traces";
import { configFrom, defaultConfig, defaultRaw, REPO_ROOT, TSX_NODE_ARGS } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "ha-diff-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Full synth into a folder that stays, like `npm run synth` writes cdktf.out. */
function synthTo(config: Config, name: string): string {
  const outdir = join(scratch, name);
  const app = new App({ outdir });
  withoutStackTraces(() => {
    buildStacks(app, config);
    app.synth();
  });
  return outdir;
}

/** A synthesized stack's JSON with these resources (and extra top-level blocks). */
const stack = (resource: any, extra: any = {}) => ({ "//": { metadata: { version: "0.21.0" } }, resource, ...extra });

/** Resource addresses of a Markdown report, in order. */
function addresses(md: string): string[] {
  return [...md.matchAll(/^\s*- `((?:data\.)?[a-z0-9_]+\.[^`]+)`/gm)].map((m) => m[1]);
}

describe("synth diff on real synth outputs", () => {
  const base = synthTo(defaultConfig(), "base");

  it("says 'no changes' for two identical synths", () => {
    const again = synthTo(defaultConfig(), "again");
    const diff = diffSynth(readSynthOutput(base), readSynthOutput(again));
    expect(diff.stacks).toEqual([]);
    expect(renderMarkdown(diff)).toBe("**Synth diff:** no changes: the synthesized Terraform of every stack is identical.\n");
  });

  it("names only the traffic stack and the one endpoint when a Traffic Manager weight changes", () => {
    const raw = defaultRaw();
    raw.hubs[1].trafficManager.weight = 80;
    const head = synthTo(configFrom(raw), "weight");
    const diff = diffSynth(readSynthOutput(base), readSynthOutput(head));
    const md = renderMarkdown(diff);
    expect(diff.stacks.map((s) => s.id)).toEqual(["traffic"]);
    expect(md.split("\n")[0]).toBe("**Synth diff:** 1 stack changed (traffic): resources 0 to add, 1 to change, 0 to remove.");
    expect(addresses(md)).toEqual([expect.stringMatching(/^azurerm_traffic_manager_external_endpoint\.tm_endpoint-orlando_[0-9A-F]{8}$/)]);
    expect(md).toContain("| `weight` | `50` | `80` |");
    expect(md).toMatch(/tm_endpoint-orlando_[0-9A-F]{8}` \(in place\)/);
    expect(md).not.toMatch(/seattle|hub-|apps-|global/);
  });

  it("names only hub-<name> and its runner, forced to replace, when a node pool count changes", () => {
    const raw = defaultRaw();
    raw.hubs[0].cluster.nodePools[0].count = 5;
    const diff = diffSynth(readSynthOutput(base), readSynthOutput(synthTo(configFrom(raw), "scaled")));
    const md = renderMarkdown(diff);
    expect(diff.stacks.map((s) => s.id)).toEqual(["hub-seattle"]);
    expect(md.split("\n")[0]).toBe("**Synth diff:** 1 stack changed (hub-seattle): resources 0 to add, 1 to change, **1 forced replacement**, 0 to remove.");
    expect(addresses(md)).toEqual([expect.stringMatching(/^terraform_data\.lifecycle_runner_[0-9A-F]{8}$/)]);
    expect(md).toContain("| `triggers_replace.nodePools[0].count` | `3` | `5` |");
    // the definition the runner carries holds secret references: shown masked, never as text
    expect(md).toContain("| `provisioner[2].file.content` | _(sensitive)_ | _(sensitive)_ |");
  });

  it("lists a new hub's three stacks, its registry credential, its endpoint, its Azure DevOps objects and remote state readers, and nothing else", () => {
    const raw = defaultRaw();
    raw.hubs.push({ ...structuredClone(raw.hubs[0]), name: "denver", location: "denver", armEndpoint: "https://management.denver.azurestack.example.com", portalUrl: "https://portal.denver.azurestack.example.com" });
    const diff = diffSynth(readSynthOutput(base), readSynthOutput(synthTo(configFrom(raw), "denver")));
    const blocks = (id: string) => diff.stacks.find((s) => s.id === id)!.blocks.map((b) => [b.kind, b.action, b.address.replace(/_[0-9A-F]{8}$/, "")]);
    expect(diff.stacks.map((s) => [s.id, s.status])).toEqual([
      ["apps-denver", "added"],
      ["apps-seattle", "changed"],
      ["devops", "changed"],
      ["global", "changed"],
      ["hub-denver", "added"],
      ["runner-denver", "added"],
      ["traffic", "changed"],
    ]);
    // one replica set over three hubs: the main site (seattle) lists denver's members, the public Azure voter
    // goes (three hubs vote 3 + 2 + 2), denver gets its backup container
    expect(blocks("apps-seattle")).toEqual([
      ["resource", "change", "helm_release.db_database"],
      ["data", "add", "data.terraform_remote_state.hub-denver-state"],
    ]);
    const voter = blocks("global").filter(([, , address]) => address.includes("db-voter"));
    expect(voter.length).toBeGreaterThanOrEqual(10);
    expect(voter.every(([, action]) => action === "remove")).toBe(true);
    expect(blocks("global").filter(([, , address]) => !address.includes("db-voter") && address !== "db_voter_ip_address")).toEqual([
      ["resource", "add", "azurerm_container_registry_token.registry_token-denver"],
      ["resource", "add", "azurerm_container_registry_token_password.registry_token-password-denver"],
      ["resource", "add", "azurerm_storage_container.db-backup_container-denver"],
      // read by apps-denver through remote state (stacks/contracts.ts)
      ["output", "add", "registry_pull_password_denver"],
      ["output", "add", "registry_pull_username_denver"],
    ]);
    expect(blocks("global")).toContainEqual(["output", "remove", "db_voter_ip_address"]);
    const traffic = diff.stacks.find((s) => s.id === "traffic")!;
    expect(traffic.blocks.map((b) => [b.kind, b.action, b.address.replace(/_[0-9A-F]{8}$/, "")])).toEqual([
      ["resource", "add", "azurerm_traffic_manager_external_endpoint.tm_endpoint-denver"],
      ["data", "add", "data.terraform_remote_state.hub-denver-state"],
    ]);
    const devops = diff.stacks.find((s) => s.id === "devops")!;
    expect(devops.blocks.map((b) => [b.kind, b.action, b.address.replace(/_[0-9A-F]{8}$/, "")]).sort()).toEqual([
      ["data", "add", "data.terraform_remote_state.apps-denver-state"],
      ["resource", "add", "azuredevops_agent_pool.hub-denver_agent-pool"],
      ["resource", "add", "azuredevops_agent_queue.hub-denver_agent-queue"],
      ["resource", "add", "azuredevops_check_approval.hub-denver_approval"],
      ["resource", "add", "azuredevops_check_approval.hub-denver_approval-queue"],
      ["resource", "add", "azuredevops_check_approval.hub-denver_approval-service-connection"],
      ["resource", "add", "azuredevops_check_branch_control.hub-denver_branch-control"],
      ["resource", "add", "azuredevops_check_branch_control.hub-denver_branch-control-queue"],
      ["resource", "add", "azuredevops_check_branch_control.hub-denver_branch-control-service-connection"],
      ["resource", "add", "azuredevops_environment.hub-denver_environment"],
      ["resource", "add", "azuredevops_pipeline_authorization.hub-denver_pipeline-0-endpoint"],
      ["resource", "add", "azuredevops_pipeline_authorization.hub-denver_pipeline-0-environment"],
      ["resource", "add", "azuredevops_pipeline_authorization.hub-denver_pipeline-0-queue"],
      ["resource", "add", "azuredevops_serviceendpoint_kubernetes.hub-denver_service-connection"],
    ]);
    const md = renderMarkdown(diff);
    expect(md.split("\n")[0]).toMatch(/^\*\*Synth diff:\*\* 7 stacks changed \(apps-denver \(new\), apps-seattle, devops, global, hub-denver \(new\), runner-denver \(new\), traffic\): resources \d+ to add, 1 to change, \d+ to remove\.$/);
    expect(md).toContain("### `hub-denver`: new stack");
    expect(md).not.toMatch(/orlando/);
  });

  it("flags a changed Traffic Manager DNS name as a forced replacement", () => {
    const raw = defaultRaw();
    raw.azure.trafficManager.relativeName = "contoso-ha-other";
    const md = renderMarkdown(diffSynth(readSynthOutput(base), readSynthOutput(synthTo(configFrom(raw), "dns"))));
    expect(md.split("\n")[0]).toContain("**1 forced replacement**");
    expect(md).toMatch(/azurerm_traffic_manager_profile\.tm_profile_[0-9A-F]{8}` \*\*forces replacement\*\* \(`dns_config\.relative_name`\)/);
  });

  it("runs as a command (`npm run diff -- <base> <head>`) and writes the same Markdown", () => {
    const raw = defaultRaw();
    raw.hubs[0].trafficManager.weight = 10;
    const head = synthTo(configFrom(raw), "cli");
    const out = join(scratch, "diff.md");
    const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, "scripts/synth-diff.ts", base, head, "--out", out], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(renderMarkdown(diffSynth(readSynthOutput(base), readSynthOutput(head))));
    const bad = spawnSync(process.execPath, [...TSX_NODE_ARGS, "scripts/synth-diff.ts", base, join(scratch, "nope")], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("has no stacks/ folder");
  });
});

describe("synth diff on hand-made JSON", () => {

  it("calls out a terraform_data triggers_replace change as a replacement and an input change as in place", () => {
    const before: SynthOutput = {
      "hub-seattle": stack({ terraform_data: { runner: { triggers_replace: { pools: "linuxpool=3" }, input: { version: "1.34.4" } } } }),
    };
    const after: SynthOutput = {
      "hub-seattle": stack({ terraform_data: { runner: { triggers_replace: { pools: "linuxpool=5" }, input: { version: "1.35.0" } } } }),
    };
    const diff = diffSynth(before, after);
    expect(diff.stacks[0].blocks[0].forcesReplacement).toEqual(["triggers_replace.pools"]);
    const md = renderMarkdown(diff);
    expect(md.split("\n")[0]).toBe("**Synth diff:** 1 stack changed (hub-seattle): resources 0 to add, 1 to change, **1 forced replacement**, 0 to remove.");
    expect(md).toContain("- `terraform_data.runner` **forces replacement** (`triggers_replace.pools`)");
    expect(md).toContain('| `triggers_replace.pools` | `"linuxpool=3"` | `"linuxpool=5"` |');

    const inputOnly = diffSynth(before, { "hub-seattle": stack({ terraform_data: { runner: { triggers_replace: { pools: "linuxpool=3" }, input: { version: "1.35.0" } } } }) });
    expect(renderMarkdown(inputOnly)).toContain("- `terraform_data.runner` (in place)");
  });

  it("says when replacement is unknown for a resource type", () => {
    const md = renderMarkdown(diffSynth({ s: stack({ azurestack_foo: { x: { a: 1 } } }) }, { s: stack({ azurestack_foo: { x: { a: 2 } } }) }));
    expect(md).toContain("`azurestack_foo.x` (in place or replacement: unknown for this type, see the plan)");
  });

  it("masks secrets: sensitive variables, sensitive outputs, secret-named attributes and PEM blocks", () => {
    const pem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----";
    const base: SynthOutput = {
      hub: stack(
        {
          azurestack_linux_virtual_machine: { vm: { custom_data: "${base64encode(\"TOKEN-OLD\")}", size: "Standard_D2_v2", tags: { note: "x" } } },
          kubernetes_secret_v1: { pull: { data: { ".dockerconfigjson": "OLD-DOCKER" }, metadata: { name: "pull" } } },
          local_file: { f: { content: "${var.azure_devops_pat}-old", filename: "a" } },
          random_password: { p: { length: 16 } },
          tls_self_signed_cert: { ca: { cert_pem_hint: pem } },
        },
        {
          variable: { azure_devops_pat: { type: "string", sensitive: true } },
          output: { key: { value: "${tls_private_key.k.private_key_pem}", sensitive: true }, ip: { value: "1.2.3.4" } },
          provider: { azurestack: [{ client_secret: "${var.azure_devops_pat}", metadata_host: "old" }] },
        },
      ),
    };
    const head: SynthOutput = {
      hub: stack(
        {
          azurestack_linux_virtual_machine: { vm: { custom_data: "${base64encode(\"TOKEN-NEW\")}", size: "Standard_D4_v2", tags: { note: "y" } } },
          kubernetes_secret_v1: { pull: { data: { ".dockerconfigjson": "NEW-DOCKER" }, metadata: { name: "pull" } } },
          local_file: { f: { content: "${var.azure_devops_pat}-new", filename: "a" } },
          random_password: { p: { length: 24 } },
          tls_self_signed_cert: { ca: { cert_pem_hint: pem.replace("UQ", "UZ") } },
        },
        {
          variable: { azure_devops_pat: { type: "string", sensitive: true } },
          output: { key: { value: "${tls_private_key.k2.private_key_pem}", sensitive: true }, ip: { value: "5.6.7.8" } },
          provider: { azurestack: [{ client_secret: "${var.other}", metadata_host: "new" }] },
        },
      ),
    };
    const md = renderMarkdown(diffSynth(base, head));
    for (const secret of ["TOKEN-OLD", "TOKEN-NEW", "OLD-DOCKER", "NEW-DOCKER", "-old", "-new", "MIIB", "tls_private_key.k", "var.other"]) {
      expect(md).not.toContain(secret);
    }
    expect(md).toContain("| `custom_data` | _(sensitive)_ | _(sensitive)_ |");
    expect(md).toContain('| `size` | `"Standard_D2_v2"` | `"Standard_D4_v2"` |');
    expect(md).toContain("| `value` | `\"1.2.3.4\"` | `\"5.6.7.8\"` |");
    expect(md).toContain("| `length` | `16` | `24` |");
    // custom_data forces a new VM
    expect(md).toContain("`azurestack_linux_virtual_machine.vm` **forces replacement** (`custom_data`)");
  });

  it("ignores cdktf metadata and asset hashes, and orders stacks and resources by name", () => {
    const a: SynthOutput = {
      b: stack({ helm_release: { r: { "//": { metadata: { path: "x" } }, chart: "assets/chart/0123456789ABCDEF0123456789ABCDEF" } } }),
      a: stack({}),
    };
    const b: SynthOutput = {
      a: stack({ z_type: { z: {} }, a_type: { a: {} } }),
      b: stack({ helm_release: { r: { "//": { metadata: { path: "y" } }, chart: "assets/chart/FEDCBA9876543210FEDCBA9876543210" } } }),
    };
    const diff = diffSynth(a, b);
    expect(diff.stacks.map((s) => s.id)).toEqual(["a"]);
    expect(addresses(renderMarkdown(diff))).toEqual(["a_type.a", "z_type.z"]);
  });

  it("collapses long lists into <details>", () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`r${String(i).padStart(2, "0")}`, { n: i }]));
    const md = renderMarkdown(diffSynth({ s: stack({}) }, { s: stack({ random_string: many }) }));
    expect(md).toContain("<details><summary>Added (12)</summary>");
    expect(md).toContain("</details>");
  });
});

describe("ForceNew table", () => {
  it("covers the resource types the product synthesizes today", () => {
    const dir = synthTo(defaultConfig(), "types");
    const types = new Set(Object.values(readSynthOutput(dir)).flatMap((s: any) => Object.keys(s.resource ?? {})));
    expect([...types].filter((t) => !(t in FORCE_NEW))).toEqual([]);
  });

  /** A resource body with `value` at an attribute path (`a.b` nests as a block list, as cdktf writes blocks). */
  const bodyWith = (path: string, value: string): any =>
    path.split(".").reduceRight<any>((inner, key, i) => ({ [key]: i === 0 || typeof inner !== "object" ? inner : [inner] }), value);
  const cases = Object.entries(FORCE_NEW).flatMap(([type, entry]) =>
    Object.keys(entry.attributes).map((attr) => [type, attr === "*" ? "some_argument" : attr] as const),
  );

  it.each(cases)("reports a change of %s %s as a replacement in the synth diff", (type, path) => {
    const before = { s: stack({ [type]: { r: bodyWith(path, "old") } }) };
    const after = { s: stack({ [type]: { r: bodyWith(path, "new") } }) };
    const diff = diffSynth(before, after);
    expect(diff.stacks[0].blocks[0].forcesReplacement).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/\./g, "(\\[0\\])?\\.")}$`))]);
    expect(renderMarkdown(diff)).toContain(`\`${type}.r\` **forces replacement**`);
  });

  it("links a provider source line at a release tag for every attribute", () => {
    const sources = Object.values(FORCE_NEW).flatMap((entry) => Object.values(entry.attributes));
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) {
      expect(source).toMatch(/^https:\/\/github\.com\/(hashicorp|microsoft)\/terraform(-provider-[a-z]+)?\/blob\/v\d+\.\d+\.\d+\/[\w./-]+\.go#L\d+$/);
    }
  });

  it("is read at the provider versions the stacks lock (stacks/locks): a provider upgrade means re-reading its lines", () => {
    const locksDir = join(REPO_ROOT, "stacks/locks");
    const locked = new Map<string, string>();
    for (const f of readdirSync(locksDir).filter((f) => f.endsWith(".terraform.lock.hcl"))) {
      for (const m of readFileSync(join(locksDir, f), "utf8").matchAll(/provider "registry\.terraform\.io\/([\w-]+\/[\w-]+)" \{\s*version\s*=\s*"([^"]+)"/g)) locked.set(m[1], m[2]);
    }
    for (const m of readFileSync(join(locksDir, "unlocked.txt"), "utf8").matchAll(/^\S+ registry\.terraform\.io\/(\S+) (\S+)$/gm)) locked.set(m[1], m[2]);
    const read = new Map<string, string>();
    for (const source of Object.values(FORCE_NEW).flatMap((entry) => Object.values(entry.attributes))) {
      const [, owner, name, tag] = source.match(/^https:\/\/github\.com\/([\w-]+)\/terraform-provider-([\w-]+)\/blob\/v([^/]+)\//) ?? [];
      if (name) read.set(`${owner}/${name}`, tag);
    }
    expect(read.get("hashicorp/azurerm")).toBeDefined();
    const compared = [...read].filter(([provider]) => locked.has(provider));
    expect(compared.length).toBeGreaterThanOrEqual(6);
    expect(Object.fromEntries(compared)).toEqual(Object.fromEntries(compared.map(([provider]) => [provider, locked.get(provider)])));
  });

  it("reports the VM's size and tags as in place, and its OS disk and plan as replacing", () => {
    expect(forcingAttributes("azurestack_linux_virtual_machine", ["size", "tags.note", "os_disk[0].caching"])).toEqual([]);
    const replacing = ["os_disk[0].name", "os_disk[0].storage_account_type", "os_disk[0].diff_disk_settings[0].option", "plan[0].product"];
    expect(forcingAttributes("azurestack_linux_virtual_machine", replacing)).toEqual(replacing);
  });

  it("matches nested paths and list indexes", () => {
    expect(forcingAttributes("azurerm_traffic_manager_profile", ["dns_config.relative_name", "dns_config.ttl"])).toEqual(["dns_config.relative_name"]);
    expect(forcingAttributes("azurestack_linux_virtual_machine", ["admin_ssh_key[0].public_key", "size"])).toEqual(["admin_ssh_key[0].public_key"]);
    expect(forcingAttributes("azurestack_public_ip", ["allocation_method", "domain_name_label"])).toEqual([]);
    expect(forcingAttributes("tls_private_key", ["rsa_bits"])).toEqual(["rsa_bits"]);
    expect(forcingAttributes("nope_type", ["a"])).toBeUndefined();
  });
});
