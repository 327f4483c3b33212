import { TerraformStack, TerraformVariable } from "cdktf";
import { isSecretName } from "../../config/secrets";
import type { PolicyRule } from "../rule";

/** References whose value is a secret: the output that carries one must be `sensitive = true`. */
const SECRET_REFERENCES: readonly RegExp[] = [
  /\btls_private_key\.[^.\s}]+\.private_key_[a-z0-9_]+/, // private_key_pem, _openssh, _pem_pkcs8 (public_key_* are fine)
  /\brandom_password\.[^.\s}]+\.(result|bcrypt_hash)\b/,
  /\bazurerm_container_registry_token_password\.[^.\s}]+\.[a-z0-9_]+/,
  /\b(data\.)?kubernetes_secret(_v1)?\.[^.\s}]+\.(data|binary_data)\b/,
  /\.(primary|secondary)_shared_key\b/, // Log Analytics workspace key
  /\.(primary|secondary)_(access_key|connection_string)\b/,
  /\.(admin_password|client_secret|client_key|kube_config_raw|kube_admin_config_raw|kube_config|kube_admin_config)\b/,
];

/** Variables named like a secret (isSecretName: *secret*, *token*, *password*, a `pat` word...). */
function secretNamedVariable(text: string): string | undefined {
  for (const m of text.matchAll(/\bvar\.([A-Za-z0-9_-]+)/g)) {
    if (isSecretName(m[1])) return m[0];
  }
  return undefined;
}

const sensitiveVars = new WeakMap<TerraformStack, RegExp | null>();

/** `var.<name>` references to variables declared sensitive in the same stack. */
function sensitiveVariableReference(stack: TerraformStack): RegExp | null {
  if (!sensitiveVars.has(stack)) {
    const names = stack.node
      .findAll()
      .filter((c): c is TerraformVariable => c instanceof TerraformVariable && c.sensitive === true)
      .map((c) => c.friendlyUniqueId.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    sensitiveVars.set(stack, names.length ? new RegExp(`\\bvar\\.(${names.join("|")})\\b`) : null);
  }
  return sensitiveVars.get(stack)!;
}

/** The first secret reference in an output's value expression, if any. */
export function secretReference(value: unknown, stack?: TerraformStack): string | undefined {
  const text = typeof value === "string" ? value : JSON.stringify(value ?? null);
  const patterns = [...SECRET_REFERENCES, ...(stack && sensitiveVariableReference(stack) ? [sensitiveVariableReference(stack)!] : [])];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return secretNamedVariable(text);
}

/** Outputs are printed by `cdktf deploy` and `terraform output`, and read by other stacks: secrets stay masked. */
export const sensitiveOutputs: PolicyRule = {
  id: "sensitive-outputs",
  summary: "every output whose value derives from a private key, token, password or workspace key is sensitive",
  appliesTo: (v) => v.kind === "output",
  check: (v) => {
    if (v.body.sensitive === true) return [];
    const ref = secretReference(v.body.value, v.stack);
    return ref
      ? [{ problem: `output "${v.type}" exposes ${ref} but is not sensitive`, fix: "set sensitive: true on the TerraformOutput, or do not output the secret" }]
      : [];
  },
};
