/**
 * Arguments whose change makes Terraform destroy and re-create the resource (ForceNew / RequiresReplace),
 * for the resource types this product synthesizes. Checked against the provider sources; a type missing
 * here is reported as "unknown" by the synth diff rather than guessed.
 *
 * Paths are attribute paths without list indexes (`dns_config.relative_name`); a path also covers
 * everything below it. `*` means every argument.
 */
export interface ForceNewEntry {
  readonly attributes: readonly string[];
  /** Where this was checked. */
  readonly source: string;
}

const AZURESTACK = "hashicorp/terraform-provider-azurestack internal/services";
const AZURERM = "hashicorp/terraform-provider-azurerm internal/services";
const AZDO = "microsoft/terraform-provider-azuredevops azuredevops/internal/service";
/** Every approvals-and-checks resource replaces when its project or target changes. */
const CHECK_TARGET = ["project_id", "target_resource_id", "target_resource_type"];
/** commonschema.ResourceGroupName() and commonschema.Location() are ForceNew. */
const NAME_RG_LOCATION = ["name", "resource_group_name", "location"];

export const FORCE_NEW: Readonly<Record<string, ForceNewEntry>> = {
  azurestack_linux_virtual_machine: {
    // `size` and `tags` update in place; custom_data is ForceNew because the VM API refuses to change it
    attributes: [
      ...NAME_RG_LOCATION,
      "admin_username",
      "admin_password",
      "admin_ssh_key",
      "availability_set_id",
      "computer_name",
      "custom_data",
      "disable_password_authentication",
      "eviction_policy",
      "priority",
      "provision_vm_agent",
      "source_image_id",
      "source_image_reference",
      "virtual_machine_scale_set_id",
      "zone",
    ],
    source: `${AZURESTACK}/compute/linux_virtual_machine_resource.go`,
  },
  azurestack_managed_disk: {
    // storage_account_type, disk_size_gb (grow only, line 307-312), encryption and tags update in place
    attributes: [...NAME_RG_LOCATION, "create_option", "hyper_v_generation", "source_uri", "source_resource_id", "storage_account_id", "image_reference_id"],
    source: `${AZURESTACK}/compute/managed_disk_resource.go:49-137`,
  },
  azurestack_virtual_machine_data_disk_attachment: {
    // caching and write_accelerator_enabled update in place
    attributes: ["managed_disk_id", "virtual_machine_id", "lun", "create_option"],
    source: `${AZURESTACK}/compute/virtual_machine_data_disk_attachment_resource.go:43-96`,
  },
  azurestack_public_ip: {
    // allocation_method and domain_name_label update in place
    attributes: [...NAME_RG_LOCATION, "ip_version", "sku"],
    source: `${AZURESTACK}/network/public_ip_resource.go`,
  },
  azurestack_resource_group: { attributes: ["name", "location"], source: `${AZURESTACK}/resource` },
  azurestack_network_interface: { attributes: NAME_RG_LOCATION, source: `${AZURESTACK}/network/network_interface_resource.go (commonschema)` },
  azurestack_network_security_group: { attributes: NAME_RG_LOCATION, source: `${AZURESTACK}/network/network_security_group_resource.go (commonschema)` },
  azurestack_virtual_network: { attributes: NAME_RG_LOCATION, source: `${AZURESTACK}/network (commonschema)` },
  azurestack_subnet: { attributes: ["name", "resource_group_name", "virtual_network_name"], source: `${AZURESTACK}/network/subnet_resource.go` },
  azurerm_resource_group: { attributes: ["name", "location"], source: `${AZURERM}/resource` },
  azurerm_log_analytics_workspace: { attributes: NAME_RG_LOCATION, source: `${AZURERM}/loganalytics (commonschema)` },
  azurerm_log_analytics_solution: {
    attributes: ["solution_name", "location", "resource_group_name", "workspace_name", "workspace_resource_id", "plan"],
    source: `${AZURERM}/loganalytics/log_analytics_solution_resource.go`,
  },
  azurerm_traffic_manager_profile: {
    attributes: ["name", "resource_group_name", "dns_config.relative_name"],
    source: `${AZURERM}/trafficmanager/traffic_manager_profile_resource.go`,
  },
  azurerm_traffic_manager_external_endpoint: { attributes: ["name", "profile_id"], source: `${AZURERM}/trafficmanager` },
  azurerm_container_registry: { attributes: NAME_RG_LOCATION, source: `${AZURERM}/containers/container_registry_resource.go` },
  azurerm_container_registry_scope_map: {
    attributes: ["name", "container_registry_name", "resource_group_name"],
    source: `${AZURERM}/containers/container_registry_scope_map_resource.go`,
  },
  azurerm_container_registry_token: {
    attributes: ["name", "container_registry_name", "resource_group_name"],
    source: `${AZURERM}/containers/container_registry_token_resource.go`,
  },
  azurerm_container_registry_token_password: {
    attributes: ["container_registry_token_id", "password1.expiry", "password2.expiry"],
    source: `${AZURERM}/containers/container_registry_token_password_resource.go`,
  },
  // the tls and random providers mark every argument RequiresReplace
  tls_private_key: { attributes: ["*"], source: "hashicorp/terraform-provider-tls" },
  tls_self_signed_cert: { attributes: ["*"], source: "hashicorp/terraform-provider-tls" },
  tls_cert_request: { attributes: ["*"], source: "hashicorp/terraform-provider-tls" },
  tls_locally_signed_cert: { attributes: ["*"], source: "hashicorp/terraform-provider-tls" },
  random_password: { attributes: ["*"], source: "hashicorp/terraform-provider-random" },
  random_string: { attributes: ["*"], source: "hashicorp/terraform-provider-random" },
  local_file: { attributes: ["*"], source: "hashicorp/terraform-provider-local" },
  local_sensitive_file: { attributes: ["*"], source: "hashicorp/terraform-provider-local" },
  // built into Terraform: `input` changes update in place, `triggers_replace` changes replace
  terraform_data: { attributes: ["triggers_replace"], source: "Terraform core (terraform_data)" },
  kubernetes_namespace_v1: { attributes: ["metadata.name"], source: "hashicorp/terraform-provider-kubernetes" },
  // namespacedMetadataSchema: metadata.name and metadata.namespace are ForceNew
  kubernetes_service_account_v1: { attributes: ["metadata.name", "metadata.namespace"], source: "hashicorp/terraform-provider-kubernetes" },
  kubernetes_role_v1: { attributes: ["metadata.name", "metadata.namespace"], source: "hashicorp/terraform-provider-kubernetes" },
  // a RoleBinding's roleRef is immutable in the Kubernetes API
  kubernetes_role_binding_v1: { attributes: ["metadata.name", "metadata.namespace", "role_ref"], source: "hashicorp/terraform-provider-kubernetes" },
  kubernetes_horizontal_pod_autoscaler_v2: { attributes: ["metadata.name", "metadata.namespace"], source: "hashicorp/terraform-provider-kubernetes" },
  kubernetes_secret_v1: { attributes: ["metadata.name", "metadata.namespace", "type"], source: "hashicorp/terraform-provider-kubernetes" },
  helm_release: { attributes: ["name", "namespace"], source: "hashicorp/terraform-provider-helm" },
  // microsoft/terraform-provider-azuredevops v1.1.1 (commit 6785031b), azuredevops/internal/service/...
  azuredevops_serviceendpoint_kubernetes: {
    attributes: ["project_id", "service_endpoint_name", "azure_subscription.cluster_admin"],
    source: `${AZDO}/serviceendpoint/commons.go:37-:46, resource_serviceendpoint_kubernetes.go:79`,
  },
  azuredevops_agent_pool: { attributes: ["pool_type"], source: `${AZDO}/taskagent/resource_agent_pool.go:43` },
  // no Update function: every argument replaces
  azuredevops_agent_queue: { attributes: ["*"], source: `${AZDO}/taskagent/resource_agent_queue.go:28-:52` },
  azuredevops_environment: { attributes: ["project_id"], source: `${AZDO}/taskagent/resource_environment.go:36` },
  azuredevops_check_approval: { attributes: CHECK_TARGET, source: `${AZDO}/approvalsandchecks/common_check.go:71-:87` },
  azuredevops_check_branch_control: { attributes: CHECK_TARGET, source: `${AZDO}/approvalsandchecks/common_check.go:71-:87` },
  azuredevops_pipeline_authorization: { attributes: ["*"], source: `${AZDO}/build/resource_pipeline_authorization.go:28-:53` },
};

/**
 * Which of the changed attribute paths force replacement: `undefined` when the type is not in the
 * table (unknown), otherwise the (possibly empty) list of forcing paths.
 */
export function forcingAttributes(type: string, changedPaths: readonly string[]): string[] | undefined {
  const entry = FORCE_NEW[type];
  if (!entry) return undefined;
  const plain = (p: string) => p.replace(/\[\d+\]/g, "");
  return changedPaths.filter((p) => {
    const q = plain(p);
    return entry.attributes.some((a) => a === "*" || q === a || q.startsWith(`${a}.`));
  });
}
