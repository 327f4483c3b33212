/**
 * Where each secret comes from. Secrets never live in config files: they enter at plan/apply time
 * from the environment (sensitive Terraform variables, TF_VAR_<name>) or are generated in Terraform.
 */

/** Terraform variable (and so `TF_VAR_<name>`) holding a hub's service principal secret. */
export function hubClientSecretVariable(hubName: string): string {
  return `hub_${hubName.replace(/-/g, "_")}_client_secret`;
}

/** Words that mark a name as holding a secret, compared without case, '_' and '-'. */
const SECRET_WORDS = /(secret|password|passwd|token|privatekey|clientkey|accesskey|sharedkey|workspacekey|apikey|connectionstring)/;

/**
 * Whether a name (config key, Terraform variable, attribute or output name) says it holds a secret:
 * `clientSecret`, `private_key_pem`, `azure_devops_pat` (a `pat` word), but not `path` or `patch`.
 */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_WORDS.test(lower.replace(/[_-]/g, "")) || lower.split(/[_-]/).includes("pat");
}

/** Where a secret that a config key would carry belongs instead (undefined when the key names no secret). */
export function secretKeyAdvice(path: readonly (string | number)[], key: string, hubName?: string): string | undefined {
  if (!isSecretName(key)) return undefined;
  if (path[0] === "hubs" && /secret/i.test(key) && hubName) {
    return `would put a secret in the config file (remove it; set the environment variable TF_VAR_${hubClientSecretVariable(hubName)} when you plan or deploy)`;
  }
  if (path[0] === "azure") {
    return "would put a secret in the config file (remove it; sign in with `az login` or set ARM_CLIENT_SECRET when you plan or deploy)";
  }
  if (path[0] === "backend") {
    return "would put a secret in the config file (remove it; the azurerm backend signs in with Azure AD, or set ARM_ACCESS_KEY in the environment)";
  }
  return "would put a secret in the config file (remove it; secrets come from TF_VAR_* environment variables, see docs/config.md 'Secrets')";
}

export const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** Terraform variable (`TF_VAR_azure_devops_pat`) with the PAT that registers self-hosted agents (Agent Pools: read & manage). */
export const AZURE_DEVOPS_PAT_VARIABLE = "azure_devops_pat";

/** Terraform variable (`TF_VAR_github_runner_token`) with a GitHub Actions runner registration token (valid one hour). */
export const GITHUB_RUNNER_TOKEN_VARIABLE = "github_runner_token";
