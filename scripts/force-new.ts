/**
 * Arguments whose change makes Terraform destroy and re-create the resource (ForceNew / RequiresReplace),
 * for every resource type the stacks synthesize, read from each provider's source: every attribute names
 * the file and line that marks it. A type missing here is reported as "unknown" by the synth diff rather
 * than guessed.
 *
 * Paths are attribute paths without list indexes (`dns_config.relative_name`); a path also covers
 * everything below it. `*` means every argument.
 */
export interface ForceNewEntry {
  /** Provider repository and the commit the lines below were read at. */
  readonly repo: string;
  /** Attribute path -> `file:line` in `repo` that makes it replace the resource. */
  readonly attributes: Readonly<Record<string, string>>;
}

const AZURESTACK = "hashicorp/terraform-provider-azurestack@0256d402 (v1.0.0 line)";
const AZURERM = "hashicorp/terraform-provider-azurerm@69697b7f (4.x)";
const KUBERNETES = "hashicorp/terraform-provider-kubernetes@3a33fb6c (2.x)";
const HELM = "hashicorp/terraform-provider-helm@ecffae07 (3.x)";
const TLS = "hashicorp/terraform-provider-tls@d72d90e1";
const RANDOM = "hashicorp/terraform-provider-random@ad788e23";
const LOCAL = "hashicorp/terraform-provider-local@d480f231";
const TERRAFORM = "hashicorp/terraform@883c7221";
const AZDO = "microsoft/terraform-provider-azuredevops@6785031b (v1.1.1)";

// go-azure-helpers' commonschema.ResourceGroupName() and Location() are ForceNew (vendored in both providers)
const COMMONSCHEMA = "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager/commonschema";
const RG_LOCATION = { resource_group_name: `${COMMONSCHEMA}/resource_group_name.go:12`, location: `${COMMONSCHEMA}/location.go:12` };

const VM = "internal/services/compute/linux_virtual_machine_resource.go";
const VM_SHARED = "internal/services/compute/virtual_machine.go";
const COMPUTE_SHARED = "internal/services/compute/shared_schema.go";
const DISK = "internal/services/compute/managed_disk_resource.go";
const DISK_ATTACHMENT = "internal/services/compute/virtual_machine_data_disk_attachment_resource.go";
const K8S_METADATA = "kubernetes/schema_metadata.go";
/** namespacedMetadataSchema: name and namespace of a namespaced object are ForceNew. */
const AZDO_SERVICE = "azuredevops/internal/service";
const CHECK = `${AZDO_SERVICE}/approvalsandchecks/common_check.go`;
const CHECK_TARGET = { project_id: `${CHECK}:74`, target_resource_id: `${CHECK}:80`, target_resource_type: `${CHECK}:86` };
const NAMESPACED = { "metadata.name": `${K8S_METADATA}:37`, "metadata.namespace": `${K8S_METADATA}:95` };

/** The same commonschema helpers at other lines in azurerm's vendored copy (as azurerm_resource_group cites). */
const AZURERM_RG_LOCATION = { resource_group_name: `${COMMONSCHEMA}/resource_group_name.go:15`, location: `${COMMONSCHEMA}/location.go:15` };

export const FORCE_NEW: Readonly<Record<string, ForceNewEntry>> = {
  azurestack_linux_virtual_machine: {
    repo: AZURESTACK,
    // `size` and `tags` update in place
    attributes: {
      name: `${VM}:55`,
      ...RG_LOCATION,
      admin_username: `${VM}:67`,
      admin_password: `${VM}:95`,
      admin_ssh_key: "internal/services/compute/ssh_keys.go:26",
      availability_set_id: `${VM}:111`,
      computer_name: `${VM}:131`,
      // the VM API refuses to change customData
      custom_data: "internal/tf/base64/schema.go:18",
      disable_password_authentication: `${VM}:141`,
      eviction_policy: `${VM}:154`,
      "os_disk.storage_account_type": `${VM_SHARED}:124`,
      "os_disk.diff_disk_settings": `${VM_SHARED}:136`,
      "os_disk.name": `${VM_SHARED}:170`,
      plan: `${COMPUTE_SHARED}:261`,
      priority: `${VM}:189`,
      provision_vm_agent: `${VM}:202`,
      source_image_id: `${VM}:210`,
      source_image_reference: `${COMPUTE_SHARED}:338`,
      virtual_machine_scale_set_id: `${VM}:223`,
      zone: `${VM}:235`,
    },
  },
  azurestack_managed_disk: {
    repo: AZURESTACK,
    // storage_account_type, disk_size_gb (grow only), encryption and tags update in place
    attributes: {
      name: `${DISK}:53`,
      ...RG_LOCATION,
      create_option: `${DISK}:82`,
      hyper_v_generation: `${DISK}:94`,
      source_uri: `${DISK}:105`,
      source_resource_id: `${DISK}:111`,
      storage_account_id: `${DISK}:117`,
      image_reference_id: `${DISK}:124`,
    },
  },
  azurestack_virtual_machine_data_disk_attachment: {
    repo: AZURESTACK,
    // caching and write_accelerator_enabled update in place
    attributes: {
      managed_disk_id: `${DISK_ATTACHMENT}:47`,
      virtual_machine_id: `${DISK_ATTACHMENT}:55`,
      lun: `${DISK_ATTACHMENT}:62`,
      create_option: `${DISK_ATTACHMENT}:80`,
    },
  },
  azurestack_public_ip: {
    repo: AZURESTACK,
    // allocation_method and domain_name_label update in place
    attributes: {
      name: "internal/services/network/public_ip_resource.go:52",
      ...RG_LOCATION,
      ip_version: "internal/services/network/public_ip_resource.go:88",
      sku: "internal/services/network/public_ip_resource.go:98",
    },
  },
  azurestack_resource_group: { repo: AZURESTACK, attributes: { name: `${COMMONSCHEMA}/resource_group_name.go:12`, location: RG_LOCATION.location } },
  azurestack_network_interface: { repo: AZURESTACK, attributes: { name: "internal/services/network/network_interface_resource.go:53", ...RG_LOCATION } },
  azurestack_network_security_group: { repo: AZURESTACK, attributes: { name: "internal/services/network/network_security_group_resource.go:50", ...RG_LOCATION } },
  azurestack_virtual_network: { repo: AZURESTACK, attributes: { name: "internal/services/network/virtual_network_resource.go:51", ...RG_LOCATION } },

  azurerm_resource_group: { repo: AZURERM, attributes: { name: `${COMMONSCHEMA}/resource_group_name.go:15`, location: `${COMMONSCHEMA}/location.go:15` } },
  azurerm_log_analytics_workspace: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/loganalytics/log_analytics_workspace_resource.go:67",
      resource_group_name: `${COMMONSCHEMA}/resource_group_name.go:15`,
      location: `${COMMONSCHEMA}/location.go:15`,
      // CustomizeDiff forces a new workspace on a sku change, except from LACluster and between
      // CapacityReservation and PerGB2018: reported as a replacement, the plan has the last word
      sku: "internal/services/loganalytics/log_analytics_workspace_resource.go:215",
    },
  },
  azurerm_log_analytics_solution: {
    repo: AZURERM,
    attributes: {
      solution_name: "internal/services/loganalytics/log_analytics_solution_resource.go:79",
      workspace_name: "internal/services/loganalytics/log_analytics_solution_resource.go:86",
      workspace_resource_id: "internal/services/loganalytics/log_analytics_solution_resource.go:93",
      location: `${COMMONSCHEMA}/location.go:15`,
      resource_group_name: "helpers/azure/deprecated_soon.go:24",
      "plan.publisher": "internal/services/loganalytics/log_analytics_solution_resource.go:114",
      "plan.promotion_code": "internal/services/loganalytics/log_analytics_solution_resource.go:119",
      "plan.product": "internal/services/loganalytics/log_analytics_solution_resource.go:124",
    },
  },
  azurerm_traffic_manager_profile: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/trafficmanager/traffic_manager_profile_resource.go:57",
      resource_group_name: "helpers/azure/deprecated_soon.go:24",
      "dns_config.relative_name": "internal/services/trafficmanager/traffic_manager_profile_resource.go:84",
    },
  },
  azurerm_traffic_manager_external_endpoint: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/trafficmanager/traffic_manager_external_endpoint_resource.go:54",
      profile_id: "internal/services/trafficmanager/traffic_manager_external_endpoint_resource.go:61",
      subnet: "internal/services/trafficmanager/traffic_manager_external_endpoint_resource.go:133",
    },
  },
  azurerm_container_registry: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/containers/container_registry_resource.go:64",
      resource_group_name: `${COMMONSCHEMA}/resource_group_name.go:15`,
      location: `${COMMONSCHEMA}/location.go:15`,
      zone_redundancy_enabled: "internal/services/containers/container_registry_resource.go:229",
    },
  },
  azurerm_container_registry_scope_map: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/containers/container_registry_scope_map_resource.go:48",
      resource_group_name: `${COMMONSCHEMA}/resource_group_name.go:15`,
      container_registry_name: "internal/services/containers/container_registry_scope_map_resource.go:63",
    },
  },
  azurerm_container_registry_token: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/containers/container_registry_token_resource.go:48",
      resource_group_name: `${COMMONSCHEMA}/resource_group_name.go:15`,
      container_registry_name: "internal/services/containers/container_registry_token_resource.go:57",
    },
  },
  azurerm_container_registry_token_password: {
    repo: AZURERM,
    attributes: {
      container_registry_token_id: "internal/services/containers/container_registry_token_password_resource.go:48",
      "password1.expiry": "internal/services/containers/container_registry_token_password_resource.go:62",
      "password2.expiry": "internal/services/containers/container_registry_token_password_resource.go:86",
    },
  },

  // the tls, random and local providers mark every argument RequiresReplace (the first of them cited)
  tls_private_key: { repo: TLS, attributes: { "*": "internal/provider/resource_private_key.go:60" } },
  tls_self_signed_cert: { repo: TLS, attributes: { "*": "internal/provider/resource_self_signed_cert.go:66" } },
  tls_cert_request: { repo: TLS, attributes: { "*": "internal/provider/resource_cert_request.go:60" } },
  tls_locally_signed_cert: { repo: TLS, attributes: { "*": "internal/provider/resource_locally_signed_cert.go:79" } },
  random_password: { repo: RANDOM, attributes: { "*": "internal/provider/resource_password.go:576" } },
  local_sensitive_file: { repo: LOCAL, attributes: { "*": "internal/provider/resource_local_sensitive_file.go:49" } },
  // `input` changes update in place, `triggers_replace` changes replace
  terraform_data: { repo: TERRAFORM, attributes: { triggers_replace: "internal/builtin/providers/terraform/resource_data.go:133" } },

  // app.data (docs/data.md), read at the same azurerm commit
  azurerm_storage_account: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/storage/storage_account_resource.go:95",
      ...AZURERM_RG_LOCATION,
      account_tier: "internal/services/storage/storage_account_resource.go:113",
      is_hns_enabled: "internal/services/storage/storage_account_resource.go:319",
      dns_endpoint_type: "internal/services/storage/storage_account_resource.go:350",
      infrastructure_encryption_enabled: "internal/services/storage/storage_account_resource.go:672",
    },
  },
  azurerm_storage_container: {
    repo: AZURERM,
    attributes: { name: "internal/services/storage/storage_container_resource.go:69", storage_account_id: "internal/services/storage/storage_container_resource.go:76" },
  },
  azurerm_storage_management_policy: { repo: AZURERM, attributes: { storage_account_id: "internal/services/storage/storage_management_policy_resource.go:48" } },
  azurerm_public_ip: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/network/public_ip_resource.go:59",
      ...AZURERM_RG_LOCATION,
      ip_version: "internal/services/network/public_ip_resource.go:100",
      sku: "internal/services/network/public_ip_resource.go:110",
      sku_tier: "internal/services/network/public_ip_resource.go:120",
    },
  },
  azurerm_virtual_network: { repo: AZURERM, attributes: { name: "internal/services/network/virtual_network_resource.go:74", ...AZURERM_RG_LOCATION } },
  azurerm_subnet: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/network/subnet_resource.go:148",
      resource_group_name: AZURERM_RG_LOCATION.resource_group_name,
      virtual_network_name: "internal/services/network/subnet_resource.go:156",
    },
  },
  azurerm_network_security_group: { repo: AZURERM, attributes: { name: "internal/services/network/network_security_group_resource.go:60", ...AZURERM_RG_LOCATION } },
  azurerm_network_interface: { repo: AZURERM, attributes: { name: "internal/services/network/network_interface_resource.go:59", ...AZURERM_RG_LOCATION } },
  azurerm_network_interface_security_group_association: {
    repo: AZURERM,
    attributes: {
      network_interface_id: "internal/services/network/network_interface_security_group_association_resource.go:44",
      network_security_group_id: "internal/services/network/network_interface_security_group_association_resource.go:51",
    },
  },
  azurerm_linux_virtual_machine: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/compute/linux_virtual_machine_resource.go:61",
      ...AZURERM_RG_LOCATION,
      admin_username: "internal/services/compute/linux_virtual_machine_resource.go:76",
      admin_password: "internal/services/compute/linux_virtual_machine_resource.go:120",
      admin_ssh_key: "internal/services/compute/ssh_keys.go:25",
      computer_name: "internal/services/compute/linux_virtual_machine_resource.go:182",
      custom_data: "internal/services/compute/linux_virtual_machine_resource.go:193",
      disable_password_authentication: "internal/services/compute/linux_virtual_machine_resource.go:229",
      "os_disk.storage_account_type": "internal/services/compute/virtual_machine.go:135",
      "os_disk.name": "internal/services/compute/virtual_machine.go:210",
      source_image_reference: "internal/services/compute/shared_schema.go:564",
    },
  },
  azurerm_cosmosdb_account: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/cosmos/cosmosdb_account_resource.go:205",
      ...AZURERM_RG_LOCATION,
      create_mode: "internal/services/cosmos/cosmosdb_account_resource.go:274",
      kind: "internal/services/cosmos/cosmosdb_account_resource.go:299",
      free_tier_enabled: "internal/services/cosmos/cosmosdb_account_resource.go:321",
      key_vault_key_id: "internal/services/cosmos/cosmosdb_account_resource.go:345",
    },
  },
  azurerm_cosmosdb_mongo_database: {
    repo: AZURERM,
    attributes: {
      name: "internal/services/cosmos/cosmosdb_mongo_database_resource.go:52",
      resource_group_name: AZURERM_RG_LOCATION.resource_group_name,
      account_name: "internal/services/cosmos/cosmosdb_mongo_database_resource.go:61",
    },
  },
  kubernetes_service_v1: { repo: KUBERNETES, attributes: NAMESPACED },
  kubernetes_namespace_v1: { repo: KUBERNETES, attributes: { "metadata.name": `${K8S_METADATA}:37` } },
  kubernetes_service_account_v1: { repo: KUBERNETES, attributes: NAMESPACED },
  kubernetes_role_v1: { repo: KUBERNETES, attributes: NAMESPACED },
  kubernetes_role_binding_v1: { repo: KUBERNETES, attributes: { ...NAMESPACED, role_ref: "kubernetes/resource_kubernetes_role_binding_v1.go:36" } },
  kubernetes_horizontal_pod_autoscaler_v2: { repo: KUBERNETES, attributes: NAMESPACED },
  // data and binary_data replace only an `immutable` Secret (CustomizeDiff), which the stacks never create
  kubernetes_secret_v1: { repo: KUBERNETES, attributes: { ...NAMESPACED, type: "kubernetes/resource_kubernetes_secret_v1.go:124" } },
  helm_release: { repo: HELM, attributes: { name: "helm/resource_helm_release.go:417", namespace: "helm/resource_helm_release.go:429" } },
  // azuredevops/internal/service/...; approvals and checks replace when their project or target changes
  azuredevops_serviceendpoint_kubernetes: {
    repo: AZDO,
    attributes: {
      project_id: `${AZDO_SERVICE}/serviceendpoint/commons.go:40`,
      service_endpoint_name: `${AZDO_SERVICE}/serviceendpoint/commons.go:46`,
      "azure_subscription.cluster_admin": `${AZDO_SERVICE}/serviceendpoint/resource_serviceendpoint_kubernetes.go:79`,
    },
  },
  azuredevops_agent_pool: { repo: AZDO, attributes: { pool_type: `${AZDO_SERVICE}/taskagent/resource_agent_pool.go:43` } },
  // no Update function: every argument is ForceNew
  azuredevops_agent_queue: {
    repo: AZDO,
    attributes: {
      name: `${AZDO_SERVICE}/taskagent/resource_agent_queue.go:37`,
      agent_pool_id: `${AZDO_SERVICE}/taskagent/resource_agent_queue.go:45`,
      project_id: `${AZDO_SERVICE}/taskagent/resource_agent_queue.go:52`,
    },
  },
  azuredevops_environment: { repo: AZDO, attributes: { project_id: `${AZDO_SERVICE}/taskagent/resource_environment.go:36` } },
  azuredevops_check_approval: { repo: AZDO, attributes: CHECK_TARGET },
  azuredevops_check_branch_control: { repo: AZDO, attributes: CHECK_TARGET },
  // no Update function: every argument is ForceNew
  azuredevops_pipeline_authorization: {
    repo: AZDO,
    attributes: {
      project_id: `${AZDO_SERVICE}/build/resource_pipeline_authorization.go:31`,
      pipeline_project_id: `${AZDO_SERVICE}/build/resource_pipeline_authorization.go:36`,
      resource_id: `${AZDO_SERVICE}/build/resource_pipeline_authorization.go:41`,
      type: `${AZDO_SERVICE}/build/resource_pipeline_authorization.go:47`,
      pipeline_id: `${AZDO_SERVICE}/build/resource_pipeline_authorization.go:53`,
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
