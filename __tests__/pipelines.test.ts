import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { imageBuilds } from "../scripts/images";
import { README_END, README_START, renderMermaid, replaceReadmeBlock, stackGraph } from "../scripts/topology";
import { replaceAzurePipelinesBlock, rolloutMatrix } from "../scripts/ci-stages";
import { configFrom, defaultConfig, defaultRaw, REPO_ROOT, synthApp, TSX_NODE_ARGS } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "ha-pipelines-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const repoFiles = (...patterns: string[]) =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", ...patterns], { cwd: REPO_ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && existsSync(join(REPO_ROOT, f)));

const WORKFLOWS = [".github/workflows/pr.yml", ".github/workflows/deploy.yml", "azure-pipelines.yml"];
/** Scripts that reach Azure, the hubs, a provider registry or GitHub: their steps must say so. */
const NEEDS_NETWORK = new Set(["plan", "deploy", "images", "validate", "pr-comment"]);

/** Every shell command a workflow runs, with the step's name. */
function steps(file: string): { name: string; command: string }[] {
  const out: { name: string; command: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      const command = typeof o.run === "string" ? o.run : typeof o.script === "string" ? o.script : undefined;
      if (command !== undefined) out.push({ name: String(o.name ?? o.displayName ?? ""), command });
      Object.values(o).forEach(walk);
    }
  };
  walk(YAML.parse(readFileSync(join(REPO_ROOT, file), "utf8")));
  return out;
}

describe("YAML files", () => {
  it("pass the real yamllint with the repository's .yamllint", () => {
    const files = repoFiles("*.yml", "*.yaml", ".yamllint");
    expect(files).toEqual(expect.arrayContaining([...WORKFLOWS, "config/default.yaml", ".yamllint"]));
    const r = spawnSync("yamllint", ["-s", "-c", ".yamllint", ...files], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("would fail on a lint problem", () => {
    const bad = join(scratch, "bad.yml");
    writeFileSync(bad, "on:\n  push:\n    branches: [main]\n  push: {}\nkey:   value  \n");
    const r = spawnSync("yamllint", ["-s", "-c", join(REPO_ROOT, ".yamllint"), bad], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/duplicate key|trailing spaces/);
  });
});

describe("pipelines", () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).scripts;

  it.each(WORKFLOWS)("%s runs npm scripts only, and each of them exists in package.json", (file) => {
    const all = steps(file);
    expect(all.length).toBeGreaterThan(3);
    for (const { command } of all) {
      for (const line of command.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))) {
        const m = /^npm (ci|test|run(?: --silent)? ([a-z:-]+))(\s|$)/.exec(line);
        expect({ line, ok: Boolean(m) }).toEqual({ line, ok: true });
        if (m?.[2]) expect({ script: m[2], exists: m[2] in scripts }).toEqual({ script: m[2], exists: true });
      }
    }
  });

  it.each(WORKFLOWS)("%s marks every step that needs network and credentials", (file) => {
    const marked = steps(file).filter((s) => NEEDS_NETWORK.has(/^npm run(?: --silent)? ([a-z:-]+)/.exec(s.command)?.[1] ?? ""));
    expect(marked.length).toBeGreaterThan(0);
    for (const s of marked) expect(s.name).toMatch(/\[network \+ credentials\]$/);
  });

  const ghOutput = (...args: string[]) => {
    const out = join(scratch, `gh-output-${args.join("")}`);
    writeFileSync(out, "");
    execFileSync(process.execPath, [...TSX_NODE_ARGS, "scripts/topology.ts", "--stacks-json", ...args, "--github-output", "list"], {
      cwd: REPO_ROOT,
      env: { ...process.env, GITHUB_OUTPUT: out, HA_CONFIG: "" },
    });
    return JSON.parse(readFileSync(out, "utf8").replace(/^list=/, ""));
  };

  it("plans each hub's stacks on that hub's runner and public Azure's on a hosted one, from the real stack list, with no PAT", () => {
    const pr = YAML.parse(readFileSync(join(REPO_ROOT, ".github/workflows/pr.yml"), "utf8"));
    expect(pr.jobs.plan["runs-on"]).toBe("${{ matrix.runsOn }}");
    expect(pr.jobs["synth-diff"].steps.map((st: any) => st.run).filter(Boolean)).toContain("npm run stacks -- --plan --github-output list");
    expect(pr.jobs.plan.strategy.matrix.include).toBe("${{ fromJSON(needs.synth-diff.outputs.stacks) }}");
    expect(ghOutput("--plan")).toEqual([
      { stack: "global", runsOn: "ubuntu-latest" },
      { stack: "traffic", runsOn: "ubuntu-latest" },
      { stack: "hub-seattle", runsOn: ["self-hosted", "hub-seattle"] },
      { stack: "apps-seattle", runsOn: ["self-hosted", "hub-seattle"] },
      { stack: "hub-orlando", runsOn: ["self-hosted", "hub-orlando"] },
      { stack: "apps-orlando", runsOn: ["self-hosted", "hub-orlando"] },
    ]);
    const planEnv = JSON.stringify(pr.jobs.plan);
    expect(planEnv).not.toMatch(/PAT|AZDO|azure_devops/);
    // a read-only identity for the state (Reader + Storage Blob Data Reader), not the deploying one
    expect(pr.jobs.plan.steps.at(-1).env.ARM_CLIENT_ID).toBe("${{ vars.AZURE_PLAN_CLIENT_ID }}");
  });

  it("GitHub: global from a hosted runner, then one job per hub on [self-hosted, hub-<name>] in its environment, one at a time in rollout order, then traffic and devops", () => {
    const deploy = YAML.parse(readFileSync(join(REPO_ROOT, ".github/workflows/deploy.yml"), "utf8")).jobs;
    expect(deploy.global).toMatchObject({ "runs-on": "ubuntu-latest", environment: "production", needs: "rollout-order" });
    expect(deploy["rollout-order"].steps.at(-1).run).toBe("npm run stacks -- --rollout --github-output hubs");
    const hub = deploy.hub;
    expect(hub["runs-on"]).toEqual(["self-hosted", "${{ matrix.label }}"]);
    expect(hub.environment).toBe("${{ matrix.environment }}");
    expect(hub.strategy).toEqual({ "max-parallel": 1, "fail-fast": true, matrix: { include: "${{ fromJSON(needs.rollout-order.outputs.hubs) }}" } });
    expect(hub.needs).toEqual(["rollout-order", "global", "images"]);
    expect(hub.env.HA_CONFIG).toBe("${{ vars.HA_CONFIG }}");
    const runs = hub.steps.map((st: any) => st.run).filter(Boolean);
    expect(runs).toEqual(["npm ci", 'npm run --silent ssh-key -- write "${{ matrix.hub }}"', 'npm run rollout -- --hub "${{ matrix.hub }}"', "npm run --silent ssh-key -- remove"]);
    expect(hub.steps.at(-1).if).toBe("${{ always() }}");
    expect(Object.keys(hub.steps.find((st: any) => st.run?.startsWith("npm run rollout")).env).sort()).toEqual(["ARM_CLIENT_ID", "ARM_SUBSCRIPTION_ID", "ARM_TENANT_ID", "ARM_USE_OIDC", "HUB_CLIENT_SECRETS_JSON"]);
    expect(deploy.finish).toMatchObject({ needs: "hub", "runs-on": "ubuntu-latest", environment: "production" });
    // the matrix is the config's rollout order, with each hub's label and environment (the CLI prints this list:
    // the --plan test above runs it)
    expect(rolloutMatrix(defaultConfig())).toEqual([
      { hub: "seattle", label: "hub-seattle", environment: "hub-seattle" },
      { hub: "orlando", label: "hub-orlando", environment: "hub-orlando" },
    ]);
  });

  it("Azure Pipelines: its stages are the ones the bundled config generates (npm run stacks -- --azure-pipelines)", () => {
    const text = readFileSync(join(REPO_ROOT, "azure-pipelines.yml"), "utf8");
    expect(replaceAzurePipelinesBlock(text, defaultConfig())).toBe(text);
    // a config with a third hub first in the rollout changes the file
    const raw = defaultRaw();
    raw.hubs.push({ ...structuredClone(raw.hubs[1]), name: "denver", location: "denver", armEndpoint: "https://management.denver.azurestack.example.com", portalUrl: "https://portal.denver.azurestack.example.com", rollout: 1 });
    const three = YAML.parse(replaceAzurePipelinesBlock(text, configFrom(raw)));
    expect(three.stages.map((st: any) => [st.stage, st.dependsOn])).toEqual([
      ["test", undefined],
      ["plan", "test"],
      ["deploy_global", "test"],
      ["rollout_denver", "deploy_global"],
      ["rollout_seattle", "rollout_denver"],
      ["rollout_orlando", "rollout_seattle"],
      ["deploy_traffic", "rollout_orlando"],
    ]);
  });

  it("Azure Pipelines: each hub's stage runs on that hub's pool with HA_CONFIG, the state credentials and that hub's secrets only", () => {
    const ado = YAML.parse(readFileSync(join(REPO_ROOT, "azure-pipelines.yml"), "utf8"));
    const config = defaultConfig();
    expect(ado.stages.map((st: any) => st.stage)).toEqual(["test", "plan", "deploy_global", "rollout_seattle", "rollout_orlando", "deploy_traffic"]);
    for (const hub of config.hubs) {
      const [job] = ado.stages.find((st: any) => st.stage === `rollout_${hub.name}`).jobs;
      expect(job.pool).toEqual({ name: hub.pipelinesAgent.pool });
      const steps = job.strategy.runOnce.deploy.steps;
      const rollout = steps.find((st: any) => st.script === `npm run rollout -- --hub ${hub.name}`);
      expect(rollout.env).toEqual({
        HA_CONFIG: "$(HA_CONFIG)",
        ARM_CLIENT_ID: "$(ARM_CLIENT_ID)",
        ARM_CLIENT_SECRET: "$(ARM_CLIENT_SECRET)",
        ARM_TENANT_ID: "$(ARM_TENANT_ID)",
        ARM_SUBSCRIPTION_ID: "$(ARM_SUBSCRIPTION_ID)",
        [`TF_VAR_hub_${hub.name}_client_secret`]: `$(HUB_CLIENT_SECRET_${hub.name.toUpperCase()})`,
      });
      expect(steps.find((st: any) => st.script === `npm run --silent ssh-key -- write ${hub.name}`).env).toEqual({ ENGINE_SSH_PRIVATE_KEY: `$(ENGINE_SSH_PRIVATE_KEY_${hub.name.toUpperCase()})` });
      expect(steps.at(-1)).toMatchObject({ script: "npm run --silent ssh-key -- remove", condition: "always()" });
    }
    // every step that deploys or plans gets HA_CONFIG; no plan gets a PAT
    const all = JSON.stringify(ado.stages);
    for (const m of all.matchAll(/"script":"npm run (deploy|rollout|plan) [^"]*"[^}]*?"env":\{([^}]*)\}/g)) expect(m[2]).toContain('"HA_CONFIG":"$(HA_CONFIG)"');
    expect(JSON.stringify(ado.stages.find((st: any) => st.stage === "plan"))).not.toMatch(/PAT|AZDO/);
  });
});

describe("scripts", () => {
  describe("plan.sh (with a fake terraform on PATH)", () => {
    const root = join(scratch, "plan-repo");
    const bin = join(scratch, "bin");
    const home = join(scratch, "home");
    beforeAll(() => {
      mkdirSync(join(root, "scripts"), { recursive: true });
      for (const f of ["plan.sh", "hub-secrets.sh", "terraform-env.sh"]) cpSync(join(REPO_ROOT, "scripts", f), join(root, "scripts", f));
      const result = synthApp(defaultConfig());
      mkdirSync(join(root, "cdktf.out"), { recursive: true });
      writeFileSync(join(root, "cdktf.out/manifest.json"), JSON.stringify(result.manifest));
      for (const [id, text] of Object.entries(result.texts)) {
        mkdirSync(join(root, "cdktf.out/stacks", id), { recursive: true });
        writeFileSync(join(root, "cdktf.out/stacks", id, "cdk.tf.json"), text);
      }
      mkdirSync(bin, { recursive: true });
      // records its calls; `state list` prints resources only for stacks named in $FAKE_DEPLOYED
      writeFileSync(
        join(bin, "terraform"),
        `#!/usr/bin/env bash
dir="\${1#-chdir=}"; stack="$(basename "$dir")"; shift
echo "$stack $*" >> "$FAKE_LOG"
if [ "$1" = state ]; then case " $FAKE_DEPLOYED " in *" $stack "*) echo "some_resource.x";; esac; fi
if [ "$1" = plan ]; then echo "Plan: 0 to add"; fi
exit 0
`,
      );
      chmodSync(join(bin, "terraform"), 0o755);
    });

    const run = (stack: string, deployed: string) => {
      const log = join(scratch, `log-${Math.random().toString(36).slice(2)}`);
      writeFileSync(log, "");
      const r = spawnSync("bash", [join(root, "scripts/plan.sh"), stack], {
        encoding: "utf8",
        env: {
          ...process.env,
          PATH: `${bin}:${process.env.PATH}`,
          HOME: home,
          TF_PLUGIN_CACHE_DIR: "",
          FAKE_LOG: log,
          FAKE_DEPLOYED: deployed,
          GITHUB_ACTIONS: "true",
          HUB_CLIENT_SECRETS_JSON: '{"seattle":"x"}',
        },
      });
      return { ...r, calls: readFileSync(log, "utf8").trim().split("\n").filter(Boolean) };
    };

    it("skips with a clear note when an upstream stack has no state yet", () => {
      const r = run("apps-seattle", "global");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("skipped plan of apps-seattle: upstream stack hub-seattle has no state yet (deploy hub-seattle first)");
      expect(r.stdout).toContain("::notice title=plan apps-seattle skipped::");
      expect(r.calls.some((c) => c.startsWith("apps-seattle plan"))).toBe(false);
    });

    it("plans when every upstream stack has state", () => {
      // apps-orlando: a replica site, it depends on its own hub and global only (docs/data.md)
      const r = run("apps-orlando", "global hub-orlando");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("Plan: 0 to add");
      expect(r.calls).toContain("apps-orlando plan -input=false -lock=false -no-color");
    });

    it("shares the machine's plugin cache (the cdktf CLI's default folder)", () => {
      expect(run("hub-orlando", "").status).toBe(0);
      expect(existsSync(join(home, ".terraform.d/plugin-cache"))).toBe(true);
    });

    it("plans a stack without dependencies directly, and refuses an unknown stack", () => {
      expect(run("hub-orlando", "").calls).toEqual(["hub-orlando init -input=false -no-color", "hub-orlando plan -input=false -lock=false -no-color"]);
      const bad = run("nope", "");
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("no synthesized stack 'nope'");
    });
  });

  it("synth:ref synthesizes a git ref without touching the working tree", () => {
    const out = join(scratch, "head.out");
    const r = spawnSync(join(REPO_ROOT, "scripts/synth-ref.sh"), ["HEAD", out], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, HA_CONFIG: "", CDKTF_OUTDIR: "" } });
    expect(r.stderr).toContain(`synthesized HEAD into ${out}`);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, "stacks/global/cdk.tf.json"))).toBe(true);
  });

  it("images builds the pinned upstream commits with immutable, locked tags and no Docker engine", () => {
    const builds = imageBuilds("contosoharegistry", (n) => `/tmp/src/${n}`);
    expect(builds.map((b) => b.image)).toEqual([
      "ratings-api:a0af402ca607433d116f1226dac32e7618bd92bb",
      "ratings-web:6af69758e2cba30bbc8f2e9efadfc54c48574379",
    ]);
    expect(builds[0].commands).toEqual([
      ["git", "clone", "--quiet", "https://github.com/MicrosoftDocs/mslearn-aks-workshop-ratings-api", "/tmp/src/ratings-api"],
      ["git", "-C", "/tmp/src/ratings-api", "checkout", "--quiet", "--detach", "a0af402ca607433d116f1226dac32e7618bd92bb"],
      ["az", "acr", "build", "--registry", "contosoharegistry", "--image", "ratings-api:a0af402ca607433d116f1226dac32e7618bd92bb", "--file", "Dockerfile", "/tmp/src/ratings-api"],
      ["az", "acr", "repository", "update", "--name", "contosoharegistry", "--image", "ratings-api:a0af402ca607433d116f1226dac32e7618bd92bb", "--write-enabled", "false", "--delete-enabled", "false"],
    ]);
    expect(builds.flat().toString()).not.toMatch(/docker (build|push)/);
    // the app's default images are exactly what this builds
    const c = defaultConfig();
    expect([c.app.images.api, c.app.images.web]).toEqual(builds.map((b) => `contosoharegistry.azurecr.io/${b.image}`));
  });
});

describe("topology picture", () => {
  it("is current in the README (regenerate with `npm run topology -- --readme`)", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    expect(readme).toContain(README_START);
    expect(replaceReadmeBlock(readme, defaultConfig())).toBe(readme);
  });

  it("would notice a stale README", () => {
    const stale = `x\n${README_START}\n\`\`\`mermaid\nflowchart LR\n\`\`\`\n${README_END}\n`;
    expect(replaceReadmeBlock(stale, defaultConfig())).not.toBe(stale);
    expect(() => replaceReadmeBlock("no markers", defaultConfig())).toThrow("README.md has no topology markers");
  });

  it("draws exactly the synthesized dependency edges", () => {
    const config = defaultConfig();
    const edges = [...renderMermaid(config).matchAll(/^ {2}(\w+) --> (\w+)$/gm)].map((m) => `${m[1]}->${m[2]}`).sort();
    const manifest = synthApp(config).manifest;
    const expected = Object.entries(manifest.stacks)
      .flatMap(([id, s]) => s.dependencies.map((d) => `${d.replace(/-/g, "_")}->${id.replace(/-/g, "_")}`))
      .sort();
    expect(edges).toEqual(expected);
    expect(stackGraph(config)["traffic"]).toEqual(["hub-orlando", "hub-seattle"]);
  });

  it("declares every node once, with no id shared by a node and a subgraph", () => {
    const text = renderMermaid(defaultConfig());
    const declared = [...text.matchAll(/^\s+(\w+)(\[|\(\[)/gm)].map((m) => m[1]);
    const subgraphs = [...text.matchAll(/^\s+subgraph (\w+)\[/gm)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(subgraphs.filter((s) => declared.includes(s))).toEqual([]);
    for (const m of text.matchAll(/(\w+) (?:-->|-\.->)(?:\|[^|]*\|)? (\w+)/g)) {
      expect(declared).toEqual(expect.arrayContaining([m[1], m[2]]));
    }
  });

  it("labels Traffic Manager endpoints by the routing method's own field", () => {
    expect(renderMermaid(defaultConfig())).toContain('traffic -.->|"weight 50"| apps_seattle');
    const raw = defaultRaw();
    raw.azure.trafficManager.routingMethod = "Priority";
    const text = renderMermaid(configFrom(raw));
    expect(text).toContain('traffic -.->|"priority 1"| apps_seattle');
    expect(text).toContain('traffic -.->|"priority 2"| apps_orlando');
    raw.azure.trafficManager.routingMethod = "Performance";
    expect(renderMermaid(configFrom(raw))).toContain('traffic -.->|"location East US"| apps_orlando');
  });
});
