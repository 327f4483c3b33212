/**
 * NEEDS NETWORK AND CREDENTIALS (`az login` with push rights on the registry; the `global` stack deployed).
 * Builds ratings-api and ratings-web from their public upstream sources into the product's registry with
 * ACR Tasks (`az acr build`: no Docker engine needed), tagged with the pinned upstream commit, and locks
 * each tag so it can never be overwritten.
 *
 *   npm run images              # HA_CONFIG or config/default.yaml
 *   npm run images -- --dry-run # print the commands only
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RATINGS_UPSTREAM } from "../config/catalog";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "../config/load";

export interface ImageBuild {
  readonly image: string;
  readonly repository: string;
  readonly commit: string;
  /** Commands, in order (argv arrays). */
  readonly commands: readonly (readonly string[])[];
}

/** The commands that build one upstream commit into `<registry>/<image>:<commit>` and lock the tag. */
export function imageBuilds(registryName: string, sourceDir: (name: string) => string): ImageBuild[] {
  return Object.values(RATINGS_UPSTREAM).map((u) => {
    const dir = sourceDir(u.image);
    const ref = `${u.image}:${u.commit}`;
    return {
      image: ref,
      repository: u.repository,
      commit: u.commit,
      commands: [
        ["git", "clone", "--quiet", u.repository, dir],
        ["git", "-C", dir, "checkout", "--quiet", "--detach", u.commit],
        ["az", "acr", "build", "--registry", registryName, "--image", ref, "--file", "Dockerfile", dir],
        // immutable: the tag can be pulled but never pushed over or deleted
        ["az", "acr", "repository", "update", "--name", registryName, "--image", ref, "--write-enabled", "false", "--delete-enabled", "false"],
      ],
    };
  });
}

/** True when the registry already has the tag (then nothing is rebuilt). */
function tagExists(registryName: string, image: string, tag: string, env: NodeJS.ProcessEnv): boolean {
  try {
    const out = execFileSync("az", ["acr", "repository", "show-tags", "--name", registryName, "--repository", image, "--output", "tsv"], { encoding: "utf8", env });
    return out.split("\n").includes(tag);
  } catch {
    return false; // the repository does not exist yet
  }
}

function main(argv: string[]): number {
  const file = process.env.HA_CONFIG || DEFAULT_CONFIG_FILE;
  let registry: string;
  try {
    registry = loadConfig(file).azure.containerRegistry.name;
  } catch (e) {
    if (e instanceof ConfigError) for (const line of e.lines()) console.error(line);
    else console.error((e as Error).message);
    return 2;
  }
  const { ARM_CLIENT_ID: id, ARM_CLIENT_SECRET: secret, ARM_TENANT_ID: tenant } = process.env;
  const work = mkdtempSync(join(tmpdir(), "ha-images-"));
  let env: NodeJS.ProcessEnv = process.env;
  const ownLogin = Boolean(id && secret && tenant && !argv.includes("--dry-run"));
  try {
    if (ownLogin) {
      // pipelines: sign the Azure CLI in with the same service principal Terraform uses, into a private
      // configuration folder (AZURE_CONFIG_DIR, https://learn.microsoft.com/cli/azure/azure-cli-configuration#cli-configuration-values-and-environment-variables)
      // inside the work folder, so the login and its token cache never reach ~/.azure of a persistent agent
      env = { ...process.env, AZURE_CONFIG_DIR: join(work, "azure") };
      execFileSync("az", ["login", "--service-principal", "--username", id!, "--password", secret!, "--tenant", tenant!, "--output", "none"], { stdio: "inherit", env });
    }
    for (const b of imageBuilds(registry, (name) => join(work, name))) {
      const [image, tag] = b.image.split(":");
      if (!argv.includes("--dry-run") && tagExists(registry, image, tag, env)) {
        console.error(`${registry}.azurecr.io/${b.image} exists (tags are immutable): skipped`);
        continue;
      }
      for (const cmd of b.commands) {
        console.error(`$ ${cmd.join(" ")}`);
        if (!argv.includes("--dry-run")) execFileSync(cmd[0], cmd.slice(1), { stdio: "inherit", env });
      }
    }
  } finally {
    if (ownLogin) {
      try {
        execFileSync("az", ["logout"], { stdio: "inherit", env });
      } catch {
        // the folder goes anyway
      }
    }
    rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
