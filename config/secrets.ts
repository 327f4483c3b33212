/**
 * Where each secret comes from. Secrets never live in config files: they enter at plan/apply time
 * from the environment (sensitive Terraform variables, TF_VAR_<name>) or are generated in Terraform.
 */

/** Terraform variable (and so `TF_VAR_<name>`) holding a hub's service principal secret. */
export function hubClientSecretVariable(hubName: string): string {
  return `hub_${hubName.replace(/-/g, "_")}_client_secret`;
}

/** Config keys that look like they would carry a secret, and where that secret belongs instead. */
const SECRET_KEY = /(secret|password|passwd|token|privatekey|accesskey|sharedkey|workspacekey|sastoken|apikey|connectionstring|^pat$)/i;

export function secretKeyAdvice(path: readonly (string | number)[], key: string, hubName?: string): string | undefined {
  if (!SECRET_KEY.test(key)) return undefined;
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
