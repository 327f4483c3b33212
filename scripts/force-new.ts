/**
 * Arguments whose change makes Terraform destroy and re-create the resource (ForceNew / RequiresReplace),
 * for every resource type the stacks synthesize, read from each provider's source: every attribute links
 * the line that marks it, pinned to the release the stacks use (stacks/locks; azurestack 1.0.0 and
 * local 2.6.1, which have no lock entry, at the versions the prebuilt cdktf bindings are generated for).
 * A type missing here is reported as "unknown" by the synth diff rather than guessed.
 *
 * Paths are attribute paths without list indexes (`dns_config.relative_name`); a path also covers
 * everything below it. `*` means every argument.
 */
export interface ForceNewEntry {
  /** Attribute path -> link to the provider source line (at a release tag) that makes it replace the resource. */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Links into `repo` at release tag `tag`: `source(file, line)` is a GitHub URL with a line anchor. */
function sourceAt(repo: string, tag: string): (file: string, line: number) => string {
  return (file, line) => `https://github.com/${repo}/blob/${tag}/${file}#L${line}`;
}

const azurestack = sourceAt("hashicorp/terraform-provider-azurestack", "v1.0.0");
const azurerm = sourceAt("hashicorp/terraform-provider-azurerm", "v4.55.0");
const kubernetes = sourceAt("hashicorp/terraform-provider-kubernetes", "v2.38.0");
const helm = sourceAt("hashicorp/terraform-provider-helm", "v3.1.1");
const tls = sourceAt("hashicorp/terraform-provider-tls", "v4.1.0");
const random = sourceAt("hashicorp/terraform-provider-random", "v3.7.2");
const local = sourceAt("hashicorp/terraform-provider-local", "v2.6.1");
const terraform = sourceAt("hashicorp/terraform", "v1.11.4");
const azuredevops = sourceAt("microsoft/terraform-provider-azuredevops", "v1.1.1");

// go-azure-helpers' commonschema.ResourceGroupName() and Location() are ForceNew (vendored in both providers)
const COMMONSCHEMA = "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema";
const RG_LOCATION = { resource_group_name: azurestack(`${COMMONSCHEMA}/resource_group_name.go`, 12), location: azurestack(`${COMMONSCHEMA}/location.go`, 12) };

const VM = "internal/services/compute/linux_virtual_machine_resource.go";
const VM_SHARED = "internal/services/compute/virtual_machine.go";
const COMPUTE_SHARED = "internal/services/compute/shared_schema.go";
const DISK = "internal/services/compute/managed_disk_resource.go";
const DISK_ATTACHMENT = "internal/services/compute/virtual_machine_data_disk_attachment_resource.go";
const K8S_METADATA = "kubernetes/schema_metadata.go";
const AZDO_SERVICE = "azuredevops/internal/service";
const CHECK = `${AZDO_SERVICE}/approvalsandchecks/common_check.go`;
const CHECK_TARGET = { project_id: azuredevops(CHECK, 74), target_resource_id: azuredevops(CHECK, 80), target_resource_type: azuredevops(CHECK, 86) };
/** namespacedMetadataSchema: name and namespace of a namespaced object are ForceNew. */
const NAMESPACED = { "metadata.name": kubernetes(K8S_METADATA, 37), "metadata.namespace": kubernetes(K8S_METADATA, 95) };

/** The same commonschema helpers at other lines in azurerm's vendored copy (as azurerm_resource_group cites). */
const AZURERM_RG_LOCATION = { resource_group_name: azurerm(`${COMMONSCHEMA}/resource_group_name.go`, 15), location: azurerm(`${COMMONSCHEMA}/location.go`, 15) };

export const FORCE_NEW: Readonly<Record<string, ForceNewEntry>> = {
  azurestack_linux_virtual_machine: {
    // `size` and `tags` update in place
    attributes: {
      name: azurestack(VM, 52),
      ...RG_LOCATION,
      admin_username: azurestack(VM, 64),
      admin_password: azurestack(VM, 92),
      admin_ssh_key: azurestack("internal/services/compute/ssh_keys.go", 23),
      availability_set_id: azurestack(VM, 108),
      computer_name: azurestack(VM, 128),
      // the VM API refuses to change customData
      custom_data: azurestack("internal/tf/base64/schema.go", 15),
      disable_password_authentication: azurestack(VM, 138),
      eviction_policy: azurestack(VM, 151),
      "os_disk.storage_account_type": azurestack(VM_SHARED, 121),
      "os_disk.diff_disk_settings": azurestack(VM_SHARED, 133),
      "os_disk.name": azurestack(VM_SHARED, 167),
      plan: azurestack(COMPUTE_SHARED, 258),
      priority: azurestack(VM, 186),
      provision_vm_agent: azurestack(VM, 199),
      source_image_id: azurestack(VM, 207),
      source_image_reference: azurestack(COMPUTE_SHARED, 335),
      virtual_machine_scale_set_id: azurestack(VM, 220),
      zone: azurestack(VM, 232),
    },
  },
  azurestack_managed_disk: {
    // storage_account_type, disk_size_gb (grow only), encryption and tags update in place
    attributes: {
      name: azurestack(DISK, 50),
      ...RG_LOCATION,
      create_option: azurestack(DISK, 79),
      hyper_v_generation: azurestack(DISK, 91),
      source_uri: azurestack(DISK, 102),
      source_resource_id: azurestack(DISK, 108),
      storage_account_id: azurestack(DISK, 114),
      image_reference_id: azurestack(DISK, 121),
    },
  },
  azurestack_virtual_machine_data_disk_attachment: {
    // caching and write_accelerator_enabled update in place
    attributes: {
      managed_disk_id: azurestack(DISK_ATTACHMENT, 44),
      virtual_machine_id: azurestack(DISK_ATTACHMENT, 52),
      lun: azurestack(DISK_ATTACHMENT, 59),
      create_option: azurestack(DISK_ATTACHMENT, 77),
    },
  },
  azurestack_public_ip: {
    // allocation_method and domain_name_label update in place
    attributes: {
      name: azurestack("internal/services/network/public_ip_resource.go", 49),
      ...RG_LOCATION,
      ip_version: azurestack("internal/services/network/public_ip_resource.go", 85),
      sku: azurestack("internal/services/network/public_ip_resource.go", 95),
    },
  },
  azurestack_resource_group: { attributes: { name: azurestack(`${COMMONSCHEMA}/resource_group_name.go`, 12), location: RG_LOCATION.location } },
  azurestack_network_interface: { attributes: { name: azurestack("internal/services/network/network_interface_resource.go", 50), ...RG_LOCATION } },
  azurestack_network_security_group: { attributes: { name: azurestack("internal/services/network/network_security_group_resource.go", 47), ...RG_LOCATION } },
  azurestack_virtual_network: { attributes: { name: azurestack("internal/services/network/virtual_network_resource.go", 48), ...RG_LOCATION } },

  azurerm_resource_group: { attributes: { name: azurerm(`${COMMONSCHEMA}/resource_group_name.go`, 15), location: azurerm(`${COMMONSCHEMA}/location.go`, 15) } },
  azurerm_log_analytics_workspace: {
    attributes: {
      name: azurerm("internal/services/loganalytics/log_analytics_workspace_resource.go", 67),
      resource_group_name: azurerm(`${COMMONSCHEMA}/resource_group_name.go`, 15),
      location: azurerm(`${COMMONSCHEMA}/location.go`, 15),
      // CustomizeDiff forces a new workspace on a sku change, except from LACluster and between
      // CapacityReservation and PerGB2018: reported as a replacement, the plan has the last word
      sku: azurerm("internal/services/loganalytics/log_analytics_workspace_resource.go", 222),
    },
  },
  azurerm_log_analytics_solution: {
    attributes: {
      solution_name: azurerm("internal/services/loganalytics/log_analytics_solution_resource.go", 79),
      workspace_name: azurerm("internal/services/loganalytics/log_analytics_solution_resource.go", 86),
      workspace_resource_id: azurerm("internal/services/loganalytics/log_analytics_solution_resource.go", 93),
      location: azurerm(`${COMMONSCHEMA}/location.go`, 15),
      resource_group_name: azurerm("helpers/azure/deprecated_soon.go", 24),
      "plan.publisher": azurerm("internal/services/loganalytics/log_analytics_solution_resource.go", 114),
      "plan.promotion_code": azurerm("internal/services/loganalytics/log_analytics_solution_resource.go", 119),
      "plan.product": azurerm("internal/services/loganalytics/log_analytics_solution_resource.go", 124),
    },
  },
  azurerm_traffic_manager_profile: {
    attributes: {
      name: azurerm("internal/services/trafficmanager/traffic_manager_profile_resource.go", 52),
      resource_group_name: azurerm("helpers/azure/deprecated_soon.go", 24),
      "dns_config.relative_name": azurerm("internal/services/trafficmanager/traffic_manager_profile_resource.go", 79),
    },
  },
  azurerm_traffic_manager_external_endpoint: {
    attributes: {
      name: azurerm("internal/services/trafficmanager/traffic_manager_external_endpoint_resource.go", 54),
      profile_id: azurerm("internal/services/trafficmanager/traffic_manager_external_endpoint_resource.go", 61),
      subnet: azurerm("internal/services/trafficmanager/traffic_manager_external_endpoint_resource.go", 133),
    },
  },
  azurerm_container_registry: {
    attributes: {
      name: azurerm("internal/services/containers/container_registry_resource.go", 66),
      resource_group_name: azurerm(`${COMMONSCHEMA}/resource_group_name.go`, 15),
      location: azurerm(`${COMMONSCHEMA}/location.go`, 15),
      zone_redundancy_enabled: azurerm("internal/services/containers/container_registry_resource.go", 231),
    },
  },
  azurerm_container_registry_scope_map: {
    attributes: {
      name: azurerm("internal/services/containers/container_registry_scope_map_resource.go", 47),
      resource_group_name: azurerm(`${COMMONSCHEMA}/resource_group_name.go`, 15),
      container_registry_name: azurerm("internal/services/containers/container_registry_scope_map_resource.go", 62),
    },
  },
  azurerm_container_registry_token: {
    attributes: {
      name: azurerm("internal/services/containers/container_registry_token_resource.go", 47),
      resource_group_name: azurerm(`${COMMONSCHEMA}/resource_group_name.go`, 15),
      container_registry_name: azurerm("internal/services/containers/container_registry_token_resource.go", 56),
    },
  },
  azurerm_container_registry_token_password: {
    attributes: {
      container_registry_token_id: azurerm("internal/services/containers/container_registry_token_password_resource.go", 48),
      "password1.expiry": azurerm("internal/services/containers/container_registry_token_password_resource.go", 62),
      "password2.expiry": azurerm("internal/services/containers/container_registry_token_password_resource.go", 86),
    },
  },

  // the tls, random and local providers mark every argument RequiresReplace (the first of them cited)
  tls_private_key: { attributes: { "*": tls("internal/provider/resource_private_key.go", 53) } },
  tls_self_signed_cert: { attributes: { "*": tls("internal/provider/resource_self_signed_cert.go", 66) } },
  tls_cert_request: { attributes: { "*": tls("internal/provider/resource_cert_request.go", 60) } },
  tls_locally_signed_cert: { attributes: { "*": tls("internal/provider/resource_locally_signed_cert.go", 79) } },
  random_password: { attributes: { "*": random("internal/provider/resource_password.go", 577) } },
  local_sensitive_file: { attributes: { "*": local("internal/provider/resource_local_sensitive_file.go", 49) } },
  // `input` changes update in place, `triggers_replace` changes replace
  terraform_data: { attributes: { triggers_replace: terraform("internal/builtin/providers/terraform/resource_data.go", 93) } },

  // app.data (docs/data.md), read at the same azurerm release
  azurerm_storage_account: {
    attributes: {
      name: azurerm("internal/services/storage/storage_account_resource.go", 103),
      ...AZURERM_RG_LOCATION,
      account_tier: azurerm("internal/services/storage/storage_account_resource.go", 121),
      is_hns_enabled: azurerm("internal/services/storage/storage_account_resource.go", 335),
      dns_endpoint_type: azurerm("internal/services/storage/storage_account_resource.go", 366),
      infrastructure_encryption_enabled: azurerm("internal/services/storage/storage_account_resource.go", 688),
    },
  },
  azurerm_storage_container: {
    attributes: { name: azurerm("internal/services/storage/storage_container_resource.go", 78), storage_account_id: azurerm("internal/services/storage/storage_container_resource.go", 85) },
  },
  azurerm_storage_management_policy: { attributes: { storage_account_id: azurerm("internal/services/storage/storage_management_policy_resource.go", 48) } },
  azurerm_public_ip: {
    attributes: {
      name: azurerm("internal/services/network/public_ip_resource.go", 55),
      ...AZURERM_RG_LOCATION,
      ip_version: azurerm("internal/services/network/public_ip_resource.go", 96),
      sku: azurerm("internal/services/network/public_ip_resource.go", 106),
      sku_tier: azurerm("internal/services/network/public_ip_resource.go", 119),
    },
  },
  azurerm_virtual_network: { attributes: { name: azurerm("internal/services/network/virtual_network_resource.go", 71), ...AZURERM_RG_LOCATION } },
  azurerm_subnet: {
    attributes: {
      name: azurerm("internal/services/network/subnet_resource.go", 139),
      resource_group_name: AZURERM_RG_LOCATION.resource_group_name,
      virtual_network_name: azurerm("internal/services/network/subnet_resource.go", 147),
    },
  },
  azurerm_network_security_group: { attributes: { name: azurerm("internal/services/network/network_security_group_resource.go", 56), ...AZURERM_RG_LOCATION } },
  azurerm_network_interface: { attributes: { name: azurerm("internal/services/network/network_interface_resource.go", 58), ...AZURERM_RG_LOCATION } },
  azurerm_network_interface_security_group_association: {
    attributes: {
      network_interface_id: azurerm("internal/services/network/network_interface_security_group_association_resource.go", 43),
      network_security_group_id: azurerm("internal/services/network/network_interface_security_group_association_resource.go", 50),
    },
  },
  azurerm_linux_virtual_machine: {
    attributes: {
      name: azurerm("internal/services/compute/linux_virtual_machine_resource.go", 61),
      ...AZURERM_RG_LOCATION,
      admin_username: azurerm("internal/services/compute/linux_virtual_machine_resource.go", 76),
      admin_password: azurerm("internal/services/compute/linux_virtual_machine_resource.go", 120),
      admin_ssh_key: azurerm("internal/services/compute/ssh_keys.go", 25),
      computer_name: azurerm("internal/services/compute/linux_virtual_machine_resource.go", 182),
      custom_data: azurerm("internal/services/compute/linux_virtual_machine_resource.go", 193),
      disable_password_authentication: azurerm("internal/services/compute/linux_virtual_machine_resource.go", 229),
      "os_disk.storage_account_type": azurerm("internal/services/compute/virtual_machine.go", 147),
      "os_disk.name": azurerm("internal/services/compute/virtual_machine.go", 222),
      source_image_reference: azurerm("internal/services/compute/shared_schema.go", 588),
    },
  },
  azurerm_cosmosdb_account: {
    attributes: {
      name: azurerm("internal/services/cosmos/cosmosdb_account_resource.go", 207),
      ...AZURERM_RG_LOCATION,
      create_mode: azurerm("internal/services/cosmos/cosmosdb_account_resource.go", 276),
      kind: azurerm("internal/services/cosmos/cosmosdb_account_resource.go", 301),
      free_tier_enabled: azurerm("internal/services/cosmos/cosmosdb_account_resource.go", 323),
      key_vault_key_id: azurerm("internal/services/cosmos/cosmosdb_account_resource.go", 347),
    },
  },
  azurerm_cosmosdb_mongo_database: {
    attributes: {
      name: azurerm("internal/services/cosmos/cosmosdb_mongo_database_resource.go", 53),
      resource_group_name: AZURERM_RG_LOCATION.resource_group_name,
      account_name: azurerm("internal/services/cosmos/cosmosdb_mongo_database_resource.go", 62),
    },
  },
  kubernetes_service_v1: { attributes: NAMESPACED },
  kubernetes_namespace_v1: { attributes: { "metadata.name": kubernetes(K8S_METADATA, 37) } },
  kubernetes_service_account_v1: { attributes: NAMESPACED },
  kubernetes_role_v1: { attributes: NAMESPACED },
  kubernetes_role_binding_v1: { attributes: { ...NAMESPACED, role_ref: kubernetes("kubernetes/resource_kubernetes_role_binding_v1.go", 35) } },
  kubernetes_horizontal_pod_autoscaler_v2: { attributes: NAMESPACED },
  // data and binary_data replace only an `immutable` Secret (CustomizeDiff), which the stacks never create
  kubernetes_secret_v1: { attributes: { ...NAMESPACED, type: kubernetes("kubernetes/resource_kubernetes_secret_v1.go", 123) } },
  helm_release: { attributes: { name: helm("helm/resource_helm_release.go", 417), namespace: helm("helm/resource_helm_release.go", 429) } },
  // azuredevops/internal/service/...; approvals and checks replace when their project or target changes
  azuredevops_serviceendpoint_kubernetes: {
    attributes: {
      project_id: azuredevops(`${AZDO_SERVICE}/serviceendpoint/commons.go`, 40),
      service_endpoint_name: azuredevops(`${AZDO_SERVICE}/serviceendpoint/commons.go`, 46),
      "azure_subscription.cluster_admin": azuredevops(`${AZDO_SERVICE}/serviceendpoint/resource_serviceendpoint_kubernetes.go`, 79),
    },
  },
  azuredevops_agent_pool: { attributes: { pool_type: azuredevops(`${AZDO_SERVICE}/taskagent/resource_agent_pool.go`, 43) } },
  // no Update function: every argument is ForceNew
  azuredevops_agent_queue: {
    attributes: {
      name: azuredevops(`${AZDO_SERVICE}/taskagent/resource_agent_queue.go`, 37),
      agent_pool_id: azuredevops(`${AZDO_SERVICE}/taskagent/resource_agent_queue.go`, 45),
      project_id: azuredevops(`${AZDO_SERVICE}/taskagent/resource_agent_queue.go`, 52),
    },
  },
  azuredevops_environment: { attributes: { project_id: azuredevops(`${AZDO_SERVICE}/taskagent/resource_environment.go`, 36) } },
  azuredevops_check_approval: { attributes: CHECK_TARGET },
  azuredevops_check_branch_control: { attributes: CHECK_TARGET },
  // no Update function: every argument is ForceNew
  azuredevops_pipeline_authorization: {
    attributes: {
      project_id: azuredevops(`${AZDO_SERVICE}/build/resource_pipeline_authorization.go`, 31),
      pipeline_project_id: azuredevops(`${AZDO_SERVICE}/build/resource_pipeline_authorization.go`, 36),
      resource_id: azuredevops(`${AZDO_SERVICE}/build/resource_pipeline_authorization.go`, 41),
      type: azuredevops(`${AZDO_SERVICE}/build/resource_pipeline_authorization.go`, 47),
      pipeline_id: azuredevops(`${AZDO_SERVICE}/build/resource_pipeline_authorization.go`, 53),
    },
  },
};

/**
 * Which of the changed attribute paths force replacement: `undefined` when the type is not in the
 * table (unknown), otherwise the (possibly empty) list of forcing paths.
 */
export function forcingAttributes(type: string, changedPaths: readonly string[]): string[] | undefined {
  const entry = FORCE_NEW[type];
  if (!entry) return undefined;
  const forcing = Object.keys(entry.attributes);
  const plain = (p: string) => p.replace(/\[\d+\]/g, "");
  return changedPaths.filter((p) => {
    const q = plain(p);
    return forcing.some((a) => a === "*" || q === a || q.startsWith(`${a}.`));
  });
}
