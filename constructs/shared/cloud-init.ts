import { Fn } from "cdktf";

// cloud-init helpers shared by every VM this product boots (engine host, runner, public voter)

/**
 * cloud-init's ca_certs module: adds the certificates to the system trust store (update-ca-certificates),
 * which Go programs such as aks-engine-azurestack read (it fetches <ARM>/metadata/endpoints with Go's default
 * transport: https://github.com/Azure/aks-engine-azurestack/blob/18ad509512af4072fc87773f431990cab09b4887/pkg/api/defaults-custom-cloud-profile.go#L74-L81).
 * Empty without a CA.
 */
export function trustedRootCaCloudConfig(pem?: string): { ca_certs?: { trusted: string[] } } {
  return pem ? { ca_certs: { trusted: [pem] } } : {};
}

/**
 * Literal text as a Terraform string expression. Fn.rawString escapes quotes, newlines and `${` but not
 * backslashes or `%{` (a template directive), so those are escaped here first.
 */
export function terraformLiteral(text: string): string {
  return Fn.rawString(text.replace(/\\/g, "\\\\").replace(/%\{/g, "%%{"));
}
