import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { LIFECYCLE_SCRIPT } from "../constructs/hub/cluster-lifecycle";
import { hubSshIdentityFileVariable, terraformLocalPath } from "../stacks/hub-stack";
import { configFrom, defaultRaw, REPO_ROOT, resources, synthApp } from "./helpers";

/** A hub's resources of a type, leaving out the optional pipelines agent VM's (asserted separately below). */
const own = (stack: any, type: string) => resources(stack, type).filter(([id]) => !id.startsWith("pipelines-agent_"));

const one = (stack: any, type: string) => {
  const all = own(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
};

describe("hub stack, bundled default config", () => {
  const raw = defaultRaw();
  const result = synthApp(configFrom(raw));
  const hub = result.stacks["hub-seattle"];
  const text = result.texts["hub-seattle"];

  it("has the engine VM, its network, the cluster CA and client certificate, the ingress IP and one runner", () => {
    for (const type of ["azurestack_virtual_network", "azurestack_network_security_group", "azurestack_network_interface", "azurestack_linux_virtual_machine", "terraform_data", "tls_self_signed_cert", "tls_locally_signed_cert"]) {
      expect(own(hub, type)).toHaveLength(1);
    }
    // three static IPs for the replica set members (app.data.acrossHubs in the bundled config)
    expect(resources(hub, "azurestack_public_ip").map(([, ip]) => ip.name).sort()).toEqual([
      "contoso-ha-seattle-db-0",
      "contoso-ha-seattle-db-1",
      "contoso-ha-seattle-db-2",
      "contoso-ha-seattle-engine-ip",
      "contoso-ha-seattle-ingress",
    ]);
  });

  it("holds no runner VM and no registration token: the runner lives in runner-<hub>, which no deploy job deploys", () => {
    expect(resources(hub, "azurestack_linux_virtual_machine").map(([id]) => id)).toEqual([expect.stringMatching(/^engine_vm_/)]);
    expect(Object.keys(hub.variable ?? {}).filter((v) => /pat|token/.test(v))).toEqual([]);
    expect(text).not.toMatch(/pipelines-agent|__AZP_TOKEN__|__GH_RUNNER_TOKEN__/);
  });

  it("puts the engine VM in the engine resource group and the ingress IP in the cluster resource group", () => {
    const vm = one(hub, "azurestack_linux_virtual_machine");
    expect(vm.resource_group_name).toBe("${azurestack_resource_group.engine-rg.name}");
    const ingress = resources(hub, "azurestack_public_ip").find(([, ip]) => ip.name === "contoso-ha-seattle-ingress")![1];
    expect(ingress.resource_group_name).toBe("${azurestack_resource_group.cluster-rg.name}");
  });

  it("allows SSH only from the configured CIDRs and no password login", () => {
    const vm = one(hub, "azurestack_linux_virtual_machine");
    expect(vm.disable_password_authentication).toBe(true);
    expect(vm.admin_password).toBeUndefined();
    const rules = one(hub, "azurestack_network_security_group").security_rule;
    const allowed = rules.filter((r: any) => r.access === "Allow" && r.direction === "Inbound");
    expect(allowed.map((r: any) => [r.source_address_prefix, r.destination_port_range])).toEqual(raw.hubs[0].engine.allowedSshCidrs.map((c: string) => [c, "22"]));
    expect(rules.filter((r: any) => r.access === "Deny").map((r: any) => r.source_address_prefix)).toEqual(["*"]);
    const cloudConfig = Buffer.from(vm.custom_data, "base64").toString("utf8");
    expect(YAML.parse(cloudConfig).ssh_pwauth).toBe(false);
  });

  it("installs the configured aks-engine release with the configured checksum", () => {
    const cloudConfig = Buffer.from(one(hub, "azurestack_linux_virtual_machine").custom_data, "base64").toString("utf8");
    expect(cloudConfig).toContain("URL='https://github.com/Azure/aks-engine-azurestack/releases/download/v0.85.0/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz'");
    expect(cloudConfig).toContain(`SHA256='${raw.hubs[0].engine.aksEngineSha256}'`);
  });

  it("renders the cluster definition with the config's fields and secrets as references only", () => {
    const runner = one(hub, "terraform_data");
    const def: string = runner.provisioner[2].file.content;
    for (const field of [
      '"location" = "seattle"',
      '"orchestratorVersion" = "1.34.4"',
      '"networkPlugin" = "kubenet"',
      '"useCloudControllerManager" = true',
      '"useInstanceMetadata" = false',
      '"portalURL" = "https://portal.seattle.azurestack.example.com"',
      '"identitySystem" = "azure_ad"',
      '"dnsPrefix" = "contoso-ha-seattle"',
      '"availabilityProfile" = "AvailabilitySet"',
      '"acceleratedNetworkingEnabled" = false',
      '"name" = "azuredisk-csi-driver"',
      '"clientId" = "22222222-2222-2222-2222-222222222222"',
      '"secret" = var.hub_seattle_client_secret',
    ]) {
      expect(def).toContain(field);
    }
    expect(def).toMatch(/"caPrivateKey" = tls_private_key\.credentials_ca-key_[0-9A-F]+\.private_key_pem/);
    expect(def).toMatch(/"caCertificate" = tls_self_signed_cert\.credentials_ca_[0-9A-F]+\.cert_pem/);
  });

  it("holds no secret literal: no private key, no password, the SP secret only as a sensitive variable", () => {
    expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    expect(text).not.toMatch(/"(admin_)?password"\s*:/);
    expect(text).not.toContain("--client-secret");
    expect(hub.variable.hub_seattle_client_secret).toMatchObject({ sensitive: true });
    expect(hub.variable.hub_seattle_client_secret.default).toBeUndefined();
  });

  it("runs the lifecycle script, shipped as an asset with a path relative to the stack folder", () => {
    const runner = one(hub, "terraform_data");
    expect(runner.provisioner[3].file.source).toMatch(/^assets\/lifecycle-script\/[0-9A-F]{32}\/cluster-lifecycle\.sh$/);
    expect(runner.triggers_replace.script).toMatch(/^[0-9A-F]{32}$/);
    expect(runner.connection).toMatchObject({ type: "ssh", agent: "true", user: "azureuser" });
    expect(runner.connection.host).toMatch(/^\$\{azurestack_public_ip\.engine_ip_[0-9A-F]+\.ip_address\}$/);
    // after the data disk is attached to the VM (the attachment depends on the VM)
    expect(runner.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^azurestack_virtual_machine_data_disk_attachment\.engine_cluster-disk-attachment_/)]));
    // the trigger is the script's content hash (cdktf hashes a file asset's bytes with md5): a new script replaces the runner
    expect(runner.triggers_replace.script).toBe(createHash("md5").update(readFileSync(LIFECYCLE_SCRIPT)).digest("hex").toUpperCase());
  });

  it("outputs the API server URL, CA and client certificate, the client key only as sensitive, and how to reach the engine VM", () => {
    expect(hub.output["api_server_url"].value).toBe("https://contoso-ha-seattle.seattle.cloudapp.azurestack.example.com");
    expect(hub.output["client_key"]).toMatchObject({ sensitive: true });
    expect(hub.output["client_key"].value).toMatch(/^\$\{tls_private_key\.credentials_admin-key_[0-9A-F]+\.private_key_pem\}$/);
    expect(hub.output["cluster_ca_certificate"].value).toMatch(/^\$\{tls_self_signed_cert\./);
    expect(hub.output["client_certificate"].value).toMatch(/^\$\{tls_locally_signed_cert\./);
    expect(hub.output["engine_ssh"].value).toMatch(/^ssh azureuser@\$\{azurestack_public_ip\.engine_ip_[0-9A-F]+\.fqdn\}$/);
    expect(hub.output["engine_lifecycle_log"].value).toBe("/home/azureuser/cluster/lifecycle.log");
    for (const [name, out] of Object.entries<any>(hub.output)) {
      if (/key/.test(name)) expect(out.sensitive).toBe(true);
    }
  });

  it("writes no kubeconfig unless asked", () => {
    expect(resources(hub, "local_sensitive_file")).toHaveLength(0);
    expect(hub.provider.local).toBeUndefined();
  });
});

describe("hub stack, options", () => {
  it("writes an opt-in kubeconfig with mode 0600 after the cluster is up", () => {
    const raw = defaultRaw();
    raw.hubs[0].cluster.kubeconfigFile = "kubeconfig/seattle.kubeconfig";
    const hub = synthApp(configFrom(raw)).stacks["hub-seattle"];
    const file = one(hub, "local_sensitive_file");
    expect(file).toMatchObject({ filename: "../../../kubeconfig/seattle.kubeconfig", file_permission: "0600" });
    expect(file.depends_on).toEqual([expect.stringMatching(/^terraform_data\.lifecycle_runner_/)]);
    expect(hub.output["kubeconfig_file"].value).toMatch(/^\$\{local_sensitive_file\./);
  });

  it("uses the identity file, the download mirror and AD FS from config", () => {
    const raw = defaultRaw();
    raw.hubs[0].identitySystem = "adfs";
    raw.hubs[0].engine.sshIdentityFile = "~/.ssh/hub_rsa";
    raw.hubs[0].engine.aksEngineDownloadUrl = "https://mirror.contoso.example/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz";
    const hub = synthApp(configFrom(raw)).stacks["hub-seattle"];
    const runner = one(hub, "terraform_data");
    // validate and plan never open the key: the path is a variable (unknown while validating), read at apply
    expect(runner.connection.private_key).toBe("${file(pathexpand(var.hub_seattle_ssh_identity_file))}");
    expect(hub.variable.hub_seattle_ssh_identity_file).toMatchObject({ type: "string", default: "~/.ssh/hub_rsa" });
    expect(hub.variable.hub_seattle_ssh_identity_file.sensitive).toBeUndefined();
    expect(JSON.stringify(hub)).not.toMatch(/file\((pathexpand\()?\\"/);
    expect(runner.provisioner[4]["remote-exec"].inline.join(" ")).toContain("--identity-system adfs");
    const cloudConfig = Buffer.from(one(hub, "azurestack_linux_virtual_machine").custom_data, "base64").toString("utf8");
    expect(cloudConfig).toContain("URL='https://mirror.contoso.example/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz'");
  });

  it("takes the identity file and the kubeconfig path relative to the repository or under ~/, never null", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.sshIdentityFile = "keys/hub_rsa";
    raw.hubs[0].cluster.kubeconfigFile = "~/.kube/seattle";
    const hub = synthApp(configFrom(raw)).stacks["hub-seattle"];
    expect(hub.variable.hub_seattle_ssh_identity_file).toMatchObject({ default: "../../../keys/hub_rsa", nullable: false });
    expect(one(hub, "local_sensitive_file").filename).toBe('${pathexpand("~/.kube/seattle")}');
    // TF_VAR_<name> must be settable from a shell: no dash from the hub name
    expect(hubSshIdentityFileVariable("new-york")).toBe("hub_new_york_ssh_identity_file");
  });

  it("maps config paths to what Terraform sees from cdktf.out/stacks/<stack>", () => {
    expect(terraformLocalPath("kube/a.kubeconfig")).toBe("../../../kube/a.kubeconfig");
    expect(terraformLocalPath("./a.kubeconfig")).toBe("../../../a.kubeconfig");
    expect(terraformLocalPath("/etc/k/a")).toBe("/etc/k/a");
    expect(join(REPO_ROOT, "cdktf.out/stacks/hub-x", terraformLocalPath("kube/a"))).toBe(join(REPO_ROOT, "kube/a"));
  });
});

describe("Done when: upgrade and scale are config edits that change only the runner", () => {
  /** The hub stack with the runner (terraform_data) removed: everything that must stay byte-identical. */
  const withoutRunner = (stack: any) => {
    const copy = structuredClone(stack);
    delete copy.resource.terraform_data;
    return JSON.stringify(copy);
  };
  /** The default with an admin kubeconfig file, so the file (whose content names the cluster) is compared too. */
  const baseRaw = () => {
    const raw = defaultRaw();
    raw.hubs[0].cluster.kubeconfigFile = "kube/seattle.kubeconfig";
    return raw;
  };
  const before = synthApp(configFrom(baseRaw()));

  it("compares a stack that writes a kubeconfig file", () => {
    expect(resources(before.stacks["hub-seattle"], "local_sensitive_file")).toHaveLength(1);
  });

  it.each([
    ["kubernetesVersion 1.34.4 -> 1.35.0", (r: any) => (r.hubs[0].cluster.kubernetesVersion = "1.35.0")],
    ["linuxpool count 3 -> 5", (r: any) => (r.hubs[0].cluster.nodePools[0].count = 5)],
    ["both", (r: any) => ((r.hubs[0].cluster.kubernetesVersion = "1.35.0"), (r.hubs[0].cluster.nodePools[0].count = 2))],
  ])("%s", (_, edit) => {
    const raw = baseRaw();
    edit(raw);
    const after = synthApp(configFrom(raw));
    const [b, a] = [before.stacks["hub-seattle"], after.stacks["hub-seattle"]];

    // the runner changes (new triggers: terraform replaces it and the script runs)...
    expect(a.resource.terraform_data).not.toEqual(b.resource.terraform_data);
    const [[name, runnerAfter]] = resources(a, "terraform_data");
    expect(runnerAfter.triggers_replace).not.toEqual(b.resource.terraform_data[name].triggers_replace);
    // ...and nothing else in the hub stack does: engine VM (custom_data too), network, CA, public IPs, outputs
    expect(withoutRunner(a)).toBe(withoutRunner(b));
    expect(one(a, "azurestack_linux_virtual_machine").custom_data).toBe(one(b, "azurestack_linux_virtual_machine").custom_data);
    // the other hub is untouched
    expect(after.texts["hub-orlando"]).toBe(before.texts["hub-orlando"]);
  });

  it("would notice a change outside the runner (the comparison can fail)", () => {
    const raw = baseRaw();
    raw.hubs[0].engine.vmSize = "Standard_D4_v2";
    const after = synthApp(configFrom(raw));
    expect(withoutRunner(after.stacks["hub-seattle"])).not.toBe(withoutRunner(before.stacks["hub-seattle"]));
  });
});
