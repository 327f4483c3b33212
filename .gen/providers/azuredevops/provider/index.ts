// https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AzuredevopsProviderConfig {
  /**
  * Base64 encoded certificate to use to authenticate to the service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_certificate AzuredevopsProvider#client_certificate}
  */
  readonly clientCertificate?: string;
  /**
  * Password for a client certificate password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_certificate_password AzuredevopsProvider#client_certificate_password}
  */
  readonly clientCertificatePassword?: string;
  /**
  * Path to a certificate to use to authenticate to the service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_certificate_path AzuredevopsProvider#client_certificate_path}
  */
  readonly clientCertificatePath?: string;
  /**
  * The service principal client or managed service principal id which should be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_id AzuredevopsProvider#client_id}
  */
  readonly clientId?: string;
  /**
  * The service principal client id which should be used during an apply operation in Terraform Cloud.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_id_apply AzuredevopsProvider#client_id_apply}
  */
  readonly clientIdApply?: string;
  /**
  * The service principal client id which should be used during a plan operation in Terraform Cloud.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_id_plan AzuredevopsProvider#client_id_plan}
  */
  readonly clientIdPlan?: string;
  /**
  * Client secret for authenticating to  a service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_secret AzuredevopsProvider#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * Path to a file containing a client secret for authenticating to  a service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#client_secret_path AzuredevopsProvider#client_secret_path}
  */
  readonly clientSecretPath?: string;
  /**
  * Set the audience when requesting OIDC tokens.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#oidc_audience AzuredevopsProvider#oidc_audience}
  */
  readonly oidcAudience?: string;
  /**
  * The bearer token for the request to the OIDC provider. For use when authenticating as a Service Principal using OpenID Connect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#oidc_request_token AzuredevopsProvider#oidc_request_token}
  */
  readonly oidcRequestToken?: string;
  /**
  * The URL for the OIDC provider from which to request an ID token. For use when authenticating as a Service Principal using OpenID Connect.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#oidc_request_url AzuredevopsProvider#oidc_request_url}
  */
  readonly oidcRequestUrl?: string;
  /**
  * Terraform Cloud dynamic credential provider tag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#oidc_tfc_tag AzuredevopsProvider#oidc_tfc_tag}
  */
  readonly oidcTfcTag?: string;
  /**
  * OIDC token to authenticate as a service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#oidc_token AzuredevopsProvider#oidc_token}
  */
  readonly oidcToken?: string;
  /**
  * OIDC token from file to authenticate as a service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#oidc_token_file_path AzuredevopsProvider#oidc_token_file_path}
  */
  readonly oidcTokenFilePath?: string;
  /**
  * The url of the Azure DevOps instance which should be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#org_service_url AzuredevopsProvider#org_service_url}
  */
  readonly orgServiceUrl?: string;
  /**
  * The personal access token which should be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#personal_access_token AzuredevopsProvider#personal_access_token}
  */
  readonly personalAccessToken?: string;
  /**
  * The service principal tenant id which should be used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#tenant_id AzuredevopsProvider#tenant_id}
  */
  readonly tenantId?: string;
  /**
  * The service principal tenant id which should be used during an apply operation in Terraform Cloud..
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#tenant_id_apply AzuredevopsProvider#tenant_id_apply}
  */
  readonly tenantIdApply?: string;
  /**
  * The service principal tenant id which should be used during a plan operation in Terraform Cloud.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#tenant_id_plan AzuredevopsProvider#tenant_id_plan}
  */
  readonly tenantIdPlan?: string;
  /**
  * Use an Azure Managed Service Identity.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#use_msi AzuredevopsProvider#use_msi}
  */
  readonly useMsi?: boolean | cdktf.IResolvable;
  /**
  * Use an OIDC token to authenticate to a service principal.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#use_oidc AzuredevopsProvider#use_oidc}
  */
  readonly useOidc?: boolean | cdktf.IResolvable;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#alias AzuredevopsProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs azuredevops}
*/
export class AzuredevopsProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "azuredevops";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AzuredevopsProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AzuredevopsProvider to import
  * @param importFromId The id of the existing AzuredevopsProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AzuredevopsProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "azuredevops", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/microsoft/azuredevops/1.1.1/docs azuredevops} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AzuredevopsProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: AzuredevopsProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'azuredevops',
      terraformGeneratorMetadata: {
        providerName: 'azuredevops',
        providerVersion: '1.1.1',
        providerVersionConstraint: '~> 1.1'
      },
      terraformProviderSource: 'microsoft/azuredevops'
    });
    this._clientCertificate = config.clientCertificate;
    this._clientCertificatePassword = config.clientCertificatePassword;
    this._clientCertificatePath = config.clientCertificatePath;
    this._clientId = config.clientId;
    this._clientIdApply = config.clientIdApply;
    this._clientIdPlan = config.clientIdPlan;
    this._clientSecret = config.clientSecret;
    this._clientSecretPath = config.clientSecretPath;
    this._oidcAudience = config.oidcAudience;
    this._oidcRequestToken = config.oidcRequestToken;
    this._oidcRequestUrl = config.oidcRequestUrl;
    this._oidcTfcTag = config.oidcTfcTag;
    this._oidcToken = config.oidcToken;
    this._oidcTokenFilePath = config.oidcTokenFilePath;
    this._orgServiceUrl = config.orgServiceUrl;
    this._personalAccessToken = config.personalAccessToken;
    this._tenantId = config.tenantId;
    this._tenantIdApply = config.tenantIdApply;
    this._tenantIdPlan = config.tenantIdPlan;
    this._useMsi = config.useMsi;
    this._useOidc = config.useOidc;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // client_certificate - computed: false, optional: true, required: false
  private _clientCertificate?: string; 
  public get clientCertificate() {
    return this._clientCertificate;
  }
  public set clientCertificate(value: string | undefined) {
    this._clientCertificate = value;
  }
  public resetClientCertificate() {
    this._clientCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertificateInput() {
    return this._clientCertificate;
  }

  // client_certificate_password - computed: false, optional: true, required: false
  private _clientCertificatePassword?: string; 
  public get clientCertificatePassword() {
    return this._clientCertificatePassword;
  }
  public set clientCertificatePassword(value: string | undefined) {
    this._clientCertificatePassword = value;
  }
  public resetClientCertificatePassword() {
    this._clientCertificatePassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertificatePasswordInput() {
    return this._clientCertificatePassword;
  }

  // client_certificate_path - computed: false, optional: true, required: false
  private _clientCertificatePath?: string; 
  public get clientCertificatePath() {
    return this._clientCertificatePath;
  }
  public set clientCertificatePath(value: string | undefined) {
    this._clientCertificatePath = value;
  }
  public resetClientCertificatePath() {
    this._clientCertificatePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertificatePathInput() {
    return this._clientCertificatePath;
  }

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this._clientId;
  }
  public set clientId(value: string | undefined) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_id_apply - computed: false, optional: true, required: false
  private _clientIdApply?: string; 
  public get clientIdApply() {
    return this._clientIdApply;
  }
  public set clientIdApply(value: string | undefined) {
    this._clientIdApply = value;
  }
  public resetClientIdApply() {
    this._clientIdApply = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdApplyInput() {
    return this._clientIdApply;
  }

  // client_id_plan - computed: false, optional: true, required: false
  private _clientIdPlan?: string; 
  public get clientIdPlan() {
    return this._clientIdPlan;
  }
  public set clientIdPlan(value: string | undefined) {
    this._clientIdPlan = value;
  }
  public resetClientIdPlan() {
    this._clientIdPlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdPlanInput() {
    return this._clientIdPlan;
  }

  // client_secret - computed: false, optional: true, required: false
  private _clientSecret?: string; 
  public get clientSecret() {
    return this._clientSecret;
  }
  public set clientSecret(value: string | undefined) {
    this._clientSecret = value;
  }
  public resetClientSecret() {
    this._clientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // client_secret_path - computed: false, optional: true, required: false
  private _clientSecretPath?: string; 
  public get clientSecretPath() {
    return this._clientSecretPath;
  }
  public set clientSecretPath(value: string | undefined) {
    this._clientSecretPath = value;
  }
  public resetClientSecretPath() {
    this._clientSecretPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretPathInput() {
    return this._clientSecretPath;
  }

  // oidc_audience - computed: false, optional: true, required: false
  private _oidcAudience?: string; 
  public get oidcAudience() {
    return this._oidcAudience;
  }
  public set oidcAudience(value: string | undefined) {
    this._oidcAudience = value;
  }
  public resetOidcAudience() {
    this._oidcAudience = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcAudienceInput() {
    return this._oidcAudience;
  }

  // oidc_request_token - computed: false, optional: true, required: false
  private _oidcRequestToken?: string; 
  public get oidcRequestToken() {
    return this._oidcRequestToken;
  }
  public set oidcRequestToken(value: string | undefined) {
    this._oidcRequestToken = value;
  }
  public resetOidcRequestToken() {
    this._oidcRequestToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcRequestTokenInput() {
    return this._oidcRequestToken;
  }

  // oidc_request_url - computed: false, optional: true, required: false
  private _oidcRequestUrl?: string; 
  public get oidcRequestUrl() {
    return this._oidcRequestUrl;
  }
  public set oidcRequestUrl(value: string | undefined) {
    this._oidcRequestUrl = value;
  }
  public resetOidcRequestUrl() {
    this._oidcRequestUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcRequestUrlInput() {
    return this._oidcRequestUrl;
  }

  // oidc_tfc_tag - computed: false, optional: true, required: false
  private _oidcTfcTag?: string; 
  public get oidcTfcTag() {
    return this._oidcTfcTag;
  }
  public set oidcTfcTag(value: string | undefined) {
    this._oidcTfcTag = value;
  }
  public resetOidcTfcTag() {
    this._oidcTfcTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcTfcTagInput() {
    return this._oidcTfcTag;
  }

  // oidc_token - computed: false, optional: true, required: false
  private _oidcToken?: string; 
  public get oidcToken() {
    return this._oidcToken;
  }
  public set oidcToken(value: string | undefined) {
    this._oidcToken = value;
  }
  public resetOidcToken() {
    this._oidcToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcTokenInput() {
    return this._oidcToken;
  }

  // oidc_token_file_path - computed: false, optional: true, required: false
  private _oidcTokenFilePath?: string; 
  public get oidcTokenFilePath() {
    return this._oidcTokenFilePath;
  }
  public set oidcTokenFilePath(value: string | undefined) {
    this._oidcTokenFilePath = value;
  }
  public resetOidcTokenFilePath() {
    this._oidcTokenFilePath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oidcTokenFilePathInput() {
    return this._oidcTokenFilePath;
  }

  // org_service_url - computed: false, optional: true, required: false
  private _orgServiceUrl?: string; 
  public get orgServiceUrl() {
    return this._orgServiceUrl;
  }
  public set orgServiceUrl(value: string | undefined) {
    this._orgServiceUrl = value;
  }
  public resetOrgServiceUrl() {
    this._orgServiceUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orgServiceUrlInput() {
    return this._orgServiceUrl;
  }

  // personal_access_token - computed: false, optional: true, required: false
  private _personalAccessToken?: string; 
  public get personalAccessToken() {
    return this._personalAccessToken;
  }
  public set personalAccessToken(value: string | undefined) {
    this._personalAccessToken = value;
  }
  public resetPersonalAccessToken() {
    this._personalAccessToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get personalAccessTokenInput() {
    return this._personalAccessToken;
  }

  // tenant_id - computed: false, optional: true, required: false
  private _tenantId?: string; 
  public get tenantId() {
    return this._tenantId;
  }
  public set tenantId(value: string | undefined) {
    this._tenantId = value;
  }
  public resetTenantId() {
    this._tenantId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdInput() {
    return this._tenantId;
  }

  // tenant_id_apply - computed: false, optional: true, required: false
  private _tenantIdApply?: string; 
  public get tenantIdApply() {
    return this._tenantIdApply;
  }
  public set tenantIdApply(value: string | undefined) {
    this._tenantIdApply = value;
  }
  public resetTenantIdApply() {
    this._tenantIdApply = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdApplyInput() {
    return this._tenantIdApply;
  }

  // tenant_id_plan - computed: false, optional: true, required: false
  private _tenantIdPlan?: string; 
  public get tenantIdPlan() {
    return this._tenantIdPlan;
  }
  public set tenantIdPlan(value: string | undefined) {
    this._tenantIdPlan = value;
  }
  public resetTenantIdPlan() {
    this._tenantIdPlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tenantIdPlanInput() {
    return this._tenantIdPlan;
  }

  // use_msi - computed: false, optional: true, required: false
  private _useMsi?: boolean | cdktf.IResolvable; 
  public get useMsi() {
    return this._useMsi;
  }
  public set useMsi(value: boolean | cdktf.IResolvable | undefined) {
    this._useMsi = value;
  }
  public resetUseMsi() {
    this._useMsi = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useMsiInput() {
    return this._useMsi;
  }

  // use_oidc - computed: false, optional: true, required: false
  private _useOidc?: boolean | cdktf.IResolvable; 
  public get useOidc() {
    return this._useOidc;
  }
  public set useOidc(value: boolean | cdktf.IResolvable | undefined) {
    this._useOidc = value;
  }
  public resetUseOidc() {
    this._useOidc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useOidcInput() {
    return this._useOidc;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      client_certificate: cdktf.stringToTerraform(this._clientCertificate),
      client_certificate_password: cdktf.stringToTerraform(this._clientCertificatePassword),
      client_certificate_path: cdktf.stringToTerraform(this._clientCertificatePath),
      client_id: cdktf.stringToTerraform(this._clientId),
      client_id_apply: cdktf.stringToTerraform(this._clientIdApply),
      client_id_plan: cdktf.stringToTerraform(this._clientIdPlan),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      client_secret_path: cdktf.stringToTerraform(this._clientSecretPath),
      oidc_audience: cdktf.stringToTerraform(this._oidcAudience),
      oidc_request_token: cdktf.stringToTerraform(this._oidcRequestToken),
      oidc_request_url: cdktf.stringToTerraform(this._oidcRequestUrl),
      oidc_tfc_tag: cdktf.stringToTerraform(this._oidcTfcTag),
      oidc_token: cdktf.stringToTerraform(this._oidcToken),
      oidc_token_file_path: cdktf.stringToTerraform(this._oidcTokenFilePath),
      org_service_url: cdktf.stringToTerraform(this._orgServiceUrl),
      personal_access_token: cdktf.stringToTerraform(this._personalAccessToken),
      tenant_id: cdktf.stringToTerraform(this._tenantId),
      tenant_id_apply: cdktf.stringToTerraform(this._tenantIdApply),
      tenant_id_plan: cdktf.stringToTerraform(this._tenantIdPlan),
      use_msi: cdktf.booleanToTerraform(this._useMsi),
      use_oidc: cdktf.booleanToTerraform(this._useOidc),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      client_certificate: {
        value: cdktf.stringToHclTerraform(this._clientCertificate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_certificate_password: {
        value: cdktf.stringToHclTerraform(this._clientCertificatePassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_certificate_path: {
        value: cdktf.stringToHclTerraform(this._clientCertificatePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id_apply: {
        value: cdktf.stringToHclTerraform(this._clientIdApply),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_id_plan: {
        value: cdktf.stringToHclTerraform(this._clientIdPlan),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret: {
        value: cdktf.stringToHclTerraform(this._clientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret_path: {
        value: cdktf.stringToHclTerraform(this._clientSecretPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oidc_audience: {
        value: cdktf.stringToHclTerraform(this._oidcAudience),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oidc_request_token: {
        value: cdktf.stringToHclTerraform(this._oidcRequestToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oidc_request_url: {
        value: cdktf.stringToHclTerraform(this._oidcRequestUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oidc_tfc_tag: {
        value: cdktf.stringToHclTerraform(this._oidcTfcTag),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oidc_token: {
        value: cdktf.stringToHclTerraform(this._oidcToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      oidc_token_file_path: {
        value: cdktf.stringToHclTerraform(this._oidcTokenFilePath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      org_service_url: {
        value: cdktf.stringToHclTerraform(this._orgServiceUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      personal_access_token: {
        value: cdktf.stringToHclTerraform(this._personalAccessToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_id: {
        value: cdktf.stringToHclTerraform(this._tenantId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_id_apply: {
        value: cdktf.stringToHclTerraform(this._tenantIdApply),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tenant_id_plan: {
        value: cdktf.stringToHclTerraform(this._tenantIdPlan),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      use_msi: {
        value: cdktf.booleanToHclTerraform(this._useMsi),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      use_oidc: {
        value: cdktf.booleanToHclTerraform(this._useOidc),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
