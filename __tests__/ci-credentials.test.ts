import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RATINGS_UPSTREAM } from "../config/catalog";
import { REPO_ROOT, TSX_NODE_ARGS } from "./helpers";

/** What CI jobs leave behind on a persistent self-hosted runner: the engine SSH key and the Azure CLI login. */
const scratch = mkdtempSync(join(tmpdir(), "ha-ci-creds-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run ssh-key (the engine VM's key in a deploy job)", () => {
  const key = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(scratch, "id"), "-C", "test"]).status === 0 ? readFileSync(join(scratch, "id"), "utf8") : "";
  const sh = (args: string[], env: Record<string, string>) => spawnSync(join(REPO_ROOT, "scripts/ssh-key.sh"), args, { encoding: "utf8", env: { PATH: process.env.PATH, ...env } });

  it("writes the key with mode 0600 into the job's temporary folder, loads it into an agent, and removes both", () => {
    const temp = mkdtempSync(join(scratch, "runner-temp-"));
    const githubEnv = join(temp, "github_env");
    writeFileSync(githubEnv, "");
    const w = sh(["write", "seattle"], { RUNNER_TEMP: temp, GITHUB_ENV: githubEnv, ENGINE_SSH_PRIVATE_KEY: key.trimEnd() });
    expect(w.stderr).toBe("");
    expect(w.status).toBe(0);
    const file = join(temp, "engine-ssh-key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toBe(key);
    const vars = Object.fromEntries(readFileSync(githubEnv, "utf8").trim().split("\n").map((l) => l.split(/=(.*)/s).slice(0, 2)));
    expect(vars.TF_VAR_hub_seattle_ssh_identity_file).toBe(file);
    // the agent holds the key: ssh-add lists it
    const listed = spawnSync("ssh-add", ["-l"], { encoding: "utf8", env: { PATH: process.env.PATH, SSH_AUTH_SOCK: vars.SSH_AUTH_SOCK } });
    expect(listed.stdout).toMatch(/ED25519/);
    const r = sh(["remove"], { RUNNER_TEMP: temp });
    expect(r.status).toBe(0);
    expect(existsSync(file)).toBe(false);
    expect(spawnSync("ssh-add", ["-l"], { env: { PATH: process.env.PATH, SSH_AUTH_SOCK: vars.SSH_AUTH_SOCK } }).status).toBe(2); // no agent there any more
  });

  it("sets the variables with Azure Pipelines' logging command when not on GitHub", () => {
    const temp = mkdtempSync(join(scratch, "agent-temp-"));
    const w = sh(["write", "new-york"], { AGENT_TEMPDIRECTORY: temp, ENGINE_SSH_PRIVATE_KEY: key.trimEnd() });
    expect(w.stdout).toContain(`##vso[task.setvariable variable=TF_VAR_hub_new_york_ssh_identity_file]${join(temp, "engine-ssh-key")}`);
    expect(sh(["remove"], { AGENT_TEMPDIRECTORY: temp }).status).toBe(0);
  });

  it("refuses to run outside a CI job or without the secret, with one line and status 2", () => {
    expect([sh(["write", "x"], {}).status, sh(["write", "x"], {}).stderr.split("\n").filter(Boolean).length]).toEqual([2, 1]);
    const r = sh(["write", "x"], { RUNNER_TEMP: scratch });
    expect([r.status, r.stderr]).toEqual([2, "ssh-key: ENGINE_SSH_PRIVATE_KEY is empty (set it as a secret of the hub's environment)\n"]);
  });
});

describe("npm run images with a service principal (Azure Pipelines)", () => {
  it("signs the Azure CLI in to a private folder, logs out and removes it: nothing in ~/.azure", () => {
    const bin = join(scratch, "bin");
    const home = join(scratch, "home");
    mkdirSync(bin);
    mkdirSync(home);
    const calls = join(scratch, "az-calls");
    // a stand-in for the Azure CLI: keeps its login where the real one does (AZURE_CONFIG_DIR, else ~/.azure)
    writeFileSync(
      join(bin, "az"),
      [
        "#!/bin/bash",
        'dir="${AZURE_CONFIG_DIR:-$HOME/.azure}"',
        `echo "$dir|$1 $2" >>"${calls}"`,
        'case "$1 $2" in',
        '  "login --service-principal") mkdir -p "$dir" && echo token >"$dir/msal_token_cache.json" ;;',
        '  logout*) rm -f "$dir/msal_token_cache.json" ;;',
        // every tag exists: nothing is cloned or built
        `  "acr repository") printf '%s\\n' ${Object.values(RATINGS_UPSTREAM).map((u) => u.commit).join(" ")} ;;`,
        "esac",
        "",
      ].join("\n"),
    );
    chmodSync(join(bin, "az"), 0o755);
    const r = spawnSync(process.execPath, [...TSX_NODE_ARGS, "scripts/images.ts"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: home, TMPDIR: scratch, ARM_CLIENT_ID: "id", ARM_CLIENT_SECRET: "s3cret", ARM_TENANT_ID: "tenant" },
    });
    expect(r.status).toBe(0);
    const lines = readFileSync(calls, "utf8").trim().split("\n");
    const dirs = new Set(lines.map((l) => l.split("|")[0]));
    expect(dirs.size).toBe(1);
    const [dir] = dirs;
    expect(dir.startsWith(scratch) && dir !== join(home, ".azure")).toBe(true);
    expect(lines[0]).toBe(`${dir}|login --service-principal`);
    expect(lines.at(-1)).toBe(`${dir}|logout`);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(join(home, ".azure"))).toBe(false);
  });
});
