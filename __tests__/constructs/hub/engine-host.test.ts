import { join } from "node:path";
import { LinuxVirtualMachine } from "@cdktf/provider-azurestack/lib/linux-virtual-machine";
import { AzurestackProvider } from "@cdktf/provider-azurestack/lib/provider";
import { App, TerraformStack, Testing } from "cdktf";
import YAML from "yaml";
import { EngineHost, type EngineHostOptions } from "../../../constructs/hub/engine-host";
import { defaultConfig, only, providerMirror, scratchDir, terraformValidate } from "../../helpers";
import { synthJson } from "../synth";
import { cloudOptions } from "./fixtures";

const scratch = scratchDir("ha-engine-host-");

describe("EngineHost", () => {
  const options: EngineHostOptions = {
    name: "c1-engine",
    location: "local",
    resourceGroupName: "rg",
    addressSpace: "10.100.0.0/24",
    allowedSshCidrs: ["203.0.113.0/24", "198.51.100.7/32"],
    adminUsername: "azureuser",
    sshPublicKey: "ssh-rsa AAAAB3NzaC1yc2E test",
    vmSize: "Standard_D2_v2",
    image: { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" },
    aksEngine: cloudOptions,
    clusterDiskSizeGb: 32,
  };
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const host = new EngineHost(stack, "engine", options);
  const text = Testing.synth(stack);
  const json = JSON.parse(text);
  const one = (type: string) => only(json, type);

  it("logs in with the SSH key only: password authentication disabled, no password anywhere", () => {
    expect(text).toHaveResourceWithProperties(LinuxVirtualMachine, {
      disable_password_authentication: true,
      admin_username: "azureuser",
      admin_ssh_key: [{ username: "azureuser", public_key: "ssh-rsa AAAAB3NzaC1yc2E test" }],
      size: "Standard_D2_v2",
    });
    expect(one("azurestack_linux_virtual_machine").admin_password).toBeUndefined();
    expect(text).not.toMatch(/password"\s*:\s*"/i);
  });

  it("boots the configured Ubuntu 22.04 image with the cloud-config as base64 custom_data", () => {
    const vm = one("azurestack_linux_virtual_machine");
    expect(vm.source_image_reference).toEqual({ publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" });
    const cloudConfig = Buffer.from(vm.custom_data, "base64").toString("utf8");
    expect(cloudConfig.startsWith("#cloud-config\n")).toBe(true);
    const installer = YAML.parse(cloudConfig).write_files.map((f: any) => f.content).join("\n");
    expect(installer).toContain(`URL='${cloudOptions.downloadUrl}'`);
    expect(installer).toContain(`SHA256='${cloudOptions.sha256}'`);
  });

  it("changes custom_data (a new VM) for another aks-engine checksum, and boots another configured image", () => {
    const other = synthJson((s) => new EngineHost(s, "engine", { ...options, aksEngine: { ...cloudOptions, sha256: "c".repeat(64) }, image: { ...options.image, sku: "22_04-lts-gen2" } }));
    const vm = only(other, "azurestack_linux_virtual_machine");
    expect(vm.custom_data).not.toBe(one("azurestack_linux_virtual_machine").custom_data);
    expect(Buffer.from(vm.custom_data, "base64").toString("utf8")).toContain(`SHA256='${"c".repeat(64)}'`);
    expect(vm.source_image_reference.sku).toBe("22_04-lts-gen2");
  });

  it("tells people how to reach it", () => {
    expect(host.sshCommand).toMatch(/^ssh azureuser@\$\{TfToken\[TOKEN\.\d+\]\}$/);
  });

  it("allows only 22/tcp from each listed CIDR and denies every other inbound", () => {
    const rules = one("azurestack_network_security_group").security_rule;
    const allows = rules.filter((r: any) => r.access === "Allow");
    expect(allows.map((r: any) => [r.direction, r.protocol, r.destination_port_range, r.source_address_prefix])).toEqual([
      ["Inbound", "Tcp", "22", "203.0.113.0/24"],
      ["Inbound", "Tcp", "22", "198.51.100.7/32"],
    ]);
    // every source port, to any address of the subnet
    for (const r of allows) expect(r).toMatchObject({ source_port_range: "*", destination_address_prefix: "*" });
    const deny = rules.find((r: any) => r.access === "Deny");
    expect(deny).toMatchObject({ direction: "Inbound", protocol: "*", source_address_prefix: "*", source_port_range: "*", destination_address_prefix: "*", destination_port_range: "*" });
    // Azure applies the lowest number first: every allow before the deny
    expect(Math.max(...allows.map((r: any) => r.priority))).toBeLessThan(deny.priority);
    // Azure refuses two rules of one NSG with the same name or priority
    expect(new Set(rules.map((r: any) => r.name)).size).toBe(rules.length);
    expect(rules.every((r: any) => r.name !== "")).toBe(true);
    expect(new Set(rules.map((r: any) => r.priority)).size).toBe(rules.length);
  });

  it("keeps one allow rule per listed CIDR, each before the deny, however many are listed", () => {
    const cidrs = ["203.0.113.0/24", "198.51.100.7/32", "198.51.100.8/32", "192.0.2.0/28", "192.0.2.64/26"];
    const rules = only(synthJson((s) => new EngineHost(s, "engine", { ...options, allowedSshCidrs: cidrs })), "azurestack_network_security_group").security_rule;
    const allows = rules.filter((r: any) => r.access === "Allow");
    expect(allows.map((r: any) => r.source_address_prefix)).toEqual(cidrs);
    const deny = rules.find((r: any) => r.access === "Deny");
    expect(Math.max(...allows.map((r: any) => r.priority))).toBeLessThan(deny.priority);
    expect(new Set(rules.map((r: any) => r.priority)).size).toBe(rules.length);
    expect(new Set(rules.map((r: any) => r.name)).size).toBe(rules.length);
  });

  const mirror = providerMirror();
  (mirror ? it : it.skip)("is accepted by real Terraform and the real azurestack provider (required attributes, value checks)", () => {
    const outdir = join(scratch, "validate");
    const app = new App({ outdir });
    const validated = new TerraformStack(app, "engine");
    new AzurestackProvider(validated, "azurestack", { features: {}, metadataHost: "management.seattle.example.com" });
    // the provider parses the key: a real one
    new EngineHost(validated, "engine", { ...options, sshPublicKey: defaultConfig().hubs[0].engine.sshPublicKey });
    app.synth();
    expect(terraformValidate(mirror!, join(outdir, "stacks", "engine"), scratch)).toEqual({ valid: true, errors: [] });
  });

  it("attaches its network interface to the VM", () => {
    const nic = Object.keys(json.resource.azurestack_network_interface)[0];
    expect(one("azurestack_linux_virtual_machine").network_interface_ids).toEqual([`\${azurestack_network_interface.${nic}.id}`]);
  });

  it("puts the NSG on the subnet, a static public IP with a DNS label on the NIC", () => {
    const vnet = one("azurestack_virtual_network");
    expect(vnet.address_space).toEqual(["10.100.0.0/24"]);
    expect(vnet.subnet[0].security_group).toMatch(/^\$\{azurestack_network_security_group\.engine_nsg_[0-9A-F]+\.id\}$/);
    expect(one("azurestack_public_ip")).toMatchObject({ allocation_method: "Static", domain_name_label: "c1-engine" });
    const ipConfig = one("azurestack_network_interface").ip_configuration[0];
    expect(ipConfig.subnet_id).toMatch(/^\$\{azurestack_virtual_network\.engine_vnet_[0-9A-F]+\.id\}\/subnets\/engine$/);
    expect(ipConfig.public_ip_address_id).toMatch(/^\$\{azurestack_public_ip\.engine_ip_[0-9A-F]+\.id\}$/);
  });
});
