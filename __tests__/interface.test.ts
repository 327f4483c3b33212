import { APPS_CONTRACT, GLOBAL_CONTRACT, HUB_CONTRACT, registryPullContract, RUNNER_CONTRACT, TRAFFIC_CONTRACT, type Contract } from "../stacks/contracts";
import { configFrom, defaultRaw, resources, synthApp, type SynthResult } from "./helpers";

/**
 * The product's public names, written out as literals on purpose: stack ids (`cdktf deploy 'hub-*'`, pipelines,
 * state keys), output names (other stacks' remote state, scripts, people), TF_VAR_ names (runners, docs) and the
 * addresses of resources that state would lose on a rename (a rename plans a destroy and a create). Changing
 * one here is a migration: say so in the change and give users the moved block or the one-time step.
 */
const OUTPUTS: Record<string, Record<string, string>> = {
  "hub-<hub>": {
    api_server_url: "apps-<hub>'s Kubernetes and Helm providers (also a retired hub's apps stack) and npm run rollout",
    cluster_ca_certificate: "apps-<hub>'s providers and npm run rollout",
    client_certificate: "apps-<hub>'s providers and npm run rollout",
    client_key: "apps-<hub>'s providers and npm run rollout",
    kubeconfig_file: "people (hubs[].cluster.kubeconfigFile)",
    ingress_ip_address: "traffic (the hub's endpoint) and npm run rollout",
    ingress_ip_name: "people",
    cluster_resource_group: "people",
    db_member_ip_addresses: "apps-<hub> of every site (app.data.acrossHubs)",
    engine_fqdn: "people (docs/lifecycle.md)",
    engine_ip_address: "people (docs/lifecycle.md)",
    engine_ssh: "people (docs/lifecycle.md)",
    engine_lifecycle_log: "people (docs/lifecycle.md)",
  },
  global: {
    log_analytics_workspace_id: "apps-<hub> (monitoring agent)",
    log_analytics_workspace_key: "apps-<hub> (monitoring agent)",
    registry_login_server: "npm run images and people",
    "registry_pull_username_<hub>": "apps-<hub> (image pull secret)",
    "registry_pull_password_<hub>": "apps-<hub> (image pull secret)",
    db_backup_storage_account: "npm run restore and people",
    db_backup_storage_key: "apps-<hub> (backups)",
    db_voter_ip_address: "the main site's apps stack (the voter)",
    db_cosmos_connection_string: "apps-<hub> (app.data.mode cosmos)",
    db_ca_certificate: "apps-<hub> (app.data.acrossHubs)",
    db_ca_private_key: "apps-<hub> (app.data.acrossHubs)",
    db_keyfile: "apps-<hub> (app.data.acrossHubs)",
    db_password_backup: "apps-<hub> (app.data.acrossHubs)",
    db_password_database_admin: "apps-<hub> (app.data.acrossHubs)",
    db_password_cluster_admin: "apps-<hub> (app.data.acrossHubs)",
    db_password_cluster_monitor: "apps-<hub> (app.data.acrossHubs)",
    db_password_user_admin: "apps-<hub> (app.data.acrossHubs)",
    db_password_ratings: "apps-<hub> (app.data.acrossHubs)",
  },
  "apps-<hub>": {
    pipeline_kubeconfig: "people (README: a service connection by hand)",
    pipeline_token: "devops (the hub's service connection)",
    pipeline_ca_certificate: "devops (the hub's service connection)",
  },
  "runner-<hub>": { runner_private_ip: "people (docs/rollout.md)" },
  traffic: { fqdn: "people (README: where to browse)" },
  devops: {},
};

/** Outputs that must never be in plain text (plans, `terraform output`). */
const SENSITIVE = ["client_key", "log_analytics_workspace_key", "registry_pull_password_<hub>", "db_backup_storage_key", "db_cosmos_connection_string", "db_ca_private_key", "db_keyfile", "db_password_backup", "db_password_database_admin", "db_password_cluster_admin", "db_password_cluster_monitor", "db_password_user_admin", "db_password_ratings", "pipeline_kubeconfig", "pipeline_token", "pipeline_ca_certificate"];

/** Stack ids of the bundled config: the names `cdktf deploy`, the pipelines and the state keys use. */
const STACK_IDS = ["apps-orlando", "apps-seattle", "devops", "global", "hub-orlando", "hub-seattle", "runner-orlando", "runner-seattle", "traffic"];

/** Terraform variables, so TF_VAR_<name> (runners, pipelines and docs set them). */
const VARIABLES: Record<string, string[]> = {
  "hub-<hub>": ["hub_<hub>_client_secret", "hub_<hub>_ssh_identity_file"],
  "runner-<hub>": ["azure_devops_pat", "github_runner_token", "hub_<hub>_client_secret"],
  traffic: ["drained_hubs"],
};

/** Addresses of what must never be re-created by a refactoring: the cluster's VMs' manager and disk, the CAs, data, DNS. */
const KEPT_ADDRESSES: Record<string, string[]> = {
  "hub-seattle": [
    "azurestack_linux_virtual_machine.engine_vm_BAAAC5B1",
    "azurestack_managed_disk.engine_cluster-disk_93DE69FD",
    "azurestack_virtual_machine_data_disk_attachment.engine_cluster-disk-attachment_3A66F214",
    "tls_private_key.credentials_ca-key_1ECED112",
    "tls_self_signed_cert.credentials_ca_B1CBFC00",
    "terraform_data.lifecycle_runner_47D0B626",
    "azurestack_public_ip.ingress-ip_B39A3D4B",
    "azurestack_public_ip.db-member-ip-0_ip_FEB9C737",
  ],
  global: [
    "tls_private_key.db-secrets_ca-key_74037045",
    "tls_self_signed_cert.db-secrets_ca_B38645CB",
    "azurerm_storage_account.db-backup_account_C6E51F0A",
    "azurerm_container_registry.registry_71CE07F6",
    "azurerm_log_analytics_workspace.logs_workspace_11CB4DC9",
  ],
  traffic: ["azurerm_traffic_manager_profile.tm_profile_CC4FC700"],
  "apps-seattle": ["kubernetes_namespace_v1.namespace", "terraform_data.data_mode", "helm_release.db_database_485237BB"],
  "runner-seattle": ["azurestack_linux_virtual_machine.pipelines-agent_vm_0BCFA5F4"],
};

/** `hub-seattle` -> `hub-<hub>`, `registry_pull_password_seattle` -> `registry_pull_password_<hub>`. */
function generic(name: string): string {
  return name.replace(/(seattle|orlando)/, "<hub>");
}

function kindOf(stackId: string): string {
  return generic(stackId);
}

const bundled = synthApp(configFrom(defaultRaw()));
const variants: SynthResult[] = [
  bundled,
  synthApp(
    configFrom(
      (() => {
        const raw = defaultRaw();
        raw.app.data = { mode: "cosmos", cosmos: { regions: ["westeurope", "northeurope"] } };
        raw.hubs[0].cluster.kubeconfigFile = "kubeconfig/seattle.kubeconfig";
        raw.hubs[0].engine.sshIdentityFile = "~/.ssh/hub_rsa";
        raw.hubs[0].githubRunner = { enabled: true, url: "https://github.com/contoso/ha-k8s-azurestack" };
        return raw;
      })(),
    ),
  ),
];

/** Every output of every stack kind in the variants, generic names. */
function synthesizedOutputs(): Record<string, Set<string>> {
  const found: Record<string, Set<string>> = {};
  for (const result of variants) {
    for (const [id, stack] of Object.entries(result.stacks)) {
      const set = (found[kindOf(id)] ??= new Set());
      for (const name of Object.keys(stack.output ?? {})) set.add(generic(name));
    }
  }
  return found;
}

describe("the product's public interface", () => {
  it("keeps the bundled config's stack ids", () => {
    expect(Object.keys(bundled.stacks).sort()).toEqual(STACK_IDS);
  });

  it("keeps every public output name; a renamed or removed one says who reads it", () => {
    const found = synthesizedOutputs();
    const missing = Object.entries(OUTPUTS).flatMap(([kind, outputs]) =>
      Object.entries(outputs)
        .filter(([name]) => !found[kind]?.has(name))
        .map(([name, readers]) => `output "${name}" of ${kind} is gone (renamed or removed), but ${readers} read it: keep the name, or migrate them first`),
    );
    expect(missing).toEqual([]);
  });

  it("has no output that is not pinned here (a new one is public too: add it above, with who reads it)", () => {
    const unknown = Object.entries(synthesizedOutputs()).flatMap(([kind, names]) => [...names].filter((name) => !(name in (OUTPUTS[kind] ?? {}))).map((name) => `${kind}: ${name}`));
    expect(unknown).toEqual([]);
  });

  it("declares the same names in stacks/contracts.ts, where the readers take them from", () => {
    const names = (contract: Contract) => Object.values(contract).map((spec) => generic(spec.name)).sort();
    expect(names(HUB_CONTRACT)).toEqual(Object.keys(OUTPUTS["hub-<hub>"]).sort());
    expect([...names(GLOBAL_CONTRACT), ...names(registryPullContract("seattle"))].sort()).toEqual(Object.keys(OUTPUTS.global).sort());
    expect(names(APPS_CONTRACT)).toEqual(Object.keys(OUTPUTS["apps-<hub>"]).sort());
    expect(names(RUNNER_CONTRACT)).toEqual(Object.keys(OUTPUTS["runner-<hub>"]).sort());
    expect(names(TRAFFIC_CONTRACT)).toEqual(Object.keys(OUTPUTS.traffic).sort());
  });

  it("outputs each value once, under an explicit name with no construct path or hash (no cdktf automatic cross-stack output)", () => {
    for (const result of variants) {
      for (const [id, stack] of Object.entries(result.stacks)) {
        const outputs = Object.entries<any>(stack.output ?? {});
        expect(outputs.map(([name]) => name).filter((name) => /cross-stack|[0-9A-F]{8}/.test(name))).toEqual([]);
        const values = outputs.map(([, o]) => JSON.stringify(o.value));
        expect({ id, duplicates: values.filter((v, i) => values.indexOf(v) !== i) }).toEqual({ id, duplicates: [] });
        expect(Object.keys(stack.data?.terraform_remote_state ?? {}).filter((ref) => ref.startsWith("cross-stack"))).toEqual([]);
      }
    }
  });

  it("keeps secrets sensitive", () => {
    for (const result of variants) {
      for (const [id, stack] of Object.entries(result.stacks)) {
        for (const [name, output] of Object.entries<any>(stack.output ?? {})) {
          expect({ stack: id, name, sensitive: output.sensitive === true }).toEqual({ stack: id, name, sensitive: SENSITIVE.includes(generic(name)) });
        }
      }
    }
  });

  it("keeps the Terraform variables (TF_VAR_<name>)", () => {
    const found: Record<string, Set<string>> = {};
    for (const result of variants) {
      for (const [id, stack] of Object.entries(result.stacks)) for (const name of Object.keys(stack.variable ?? {})) (found[kindOf(id)] ??= new Set()).add(generic(name));
    }
    expect(Object.fromEntries(Object.entries(found).map(([kind, names]) => [kind, [...names].sort()]))).toEqual(VARIABLES);
  });

  it("keeps the addresses of what state must never lose: the engine VM and its cluster disk, the CAs, the data, the profile", () => {
    for (const [id, addresses] of Object.entries(KEPT_ADDRESSES)) {
      const stack = bundled.stacks[id];
      const present = Object.entries<any>(stack.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
      const lost = addresses.filter((a) => !present.includes(a)).map((a) => `${id}: ${a} (a rename plans destroy + create: add a moved block instead)`);
      expect(lost).toEqual([]);
    }
    expect(resources(bundled.stacks["hub-seattle"], "azurestack_managed_disk")[0][1].lifecycle).toEqual({ prevent_destroy: true });
  });
});
