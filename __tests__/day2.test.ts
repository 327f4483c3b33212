import { configFrom, defaultRaw, problemsAfter, resources, synthApp } from "./helpers";

const runnerOf = (stack: any) => resources(stack, "terraform_data")[0][1];
const runCommand = (stack: any) => runnerOf(stack).provisioner.at(-1)["remote-exec"].inline.join("\n");

describe("service principal secret rotation", () => {
  const before = synthApp(configFrom(defaultRaw()));

  it("re-runs the runner on a new secret through the definition's hash; no trigger holds the secret", () => {
    const { definitionSha256, ...others } = runnerOf(before.stacks["hub-seattle"]).triggers_replace;
    expect(definitionSha256).toMatch(/^\$\{sha256\(jsonencode\(/);
    expect(definitionSha256).toContain('"secret" = var.hub_seattle_client_secret');
    expect(JSON.stringify(others)).not.toContain("client_secret");
    expect(runnerOf(before.stacks["hub-orlando"]).triggers_replace.definitionSha256).toContain('"secret" = var.hub_orlando_client_secret');
  });
});

describe("hubs[].cluster.upgrade", () => {
  it("passes vmTimeoutMinutes and cordonDrainTimeoutMinutes to the runner as --vm-timeout and --cordon-drain-timeout", () => {
    const raw = defaultRaw();
    raw.hubs[0].cluster.upgrade = { vmTimeoutMinutes: 40, cordonDrainTimeoutMinutes: 120 };
    const stacks = synthApp(configFrom(raw)).stacks;
    expect(runCommand(stacks["hub-seattle"])).toMatch(/ --vm-timeout 40 --cordon-drain-timeout 120$/);
    expect(runCommand(stacks["hub-orlando"])).not.toContain("--vm-timeout");
  });

  it("refuses values aks-engine would wait forever or never for, and unknown keys, with exact messages", () => {
    expect(problemsAfter((r) => (r.hubs[0].cluster.upgrade = { vmTimeoutMinutes: 0 }))).toEqual([
      "test.yaml: hubs[0].cluster.upgrade.vmTimeoutMinutes: 0 is below the minimum 1 (use a value >= 1)",
    ]);
    expect(problemsAfter((r) => (r.hubs[0].cluster.upgrade = { cordonDrainTimeoutMinutes: 2000 }))).toEqual([
      "test.yaml: hubs[0].cluster.upgrade.cordonDrainTimeoutMinutes: 2000 is above the maximum 1440 (use a value <= 1440)",
    ]);
    expect(problemsAfter((r) => (r.hubs[0].cluster.upgrade = { drainTimeout: 5 }))).toEqual([
      "test.yaml: hubs[0].cluster.upgrade.drainTimeout: unknown key (remove it; allowed here: vmTimeoutMinutes, cordonDrainTimeoutMinutes)",
    ]);
  });
});

describe("hub stack as wiring (engine host and cluster constructs)", () => {
  const hub = synthApp(configFrom(defaultRaw())).stacks["hub-seattle"];
  const addresses = Object.entries<any>(hub.resource).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));

  it("keeps the Terraform addresses the resources had when the stack built them itself (no state moves)", () => {
    // the addresses of the previous release: the CA must never be planned for re-creation by a refactoring
    expect(addresses).toEqual(
      expect.arrayContaining([
        "tls_private_key.credentials_ca-key_1ECED112",
        "tls_self_signed_cert.credentials_ca_B1CBFC00",
        "tls_private_key.credentials_admin-key_52E94954",
        "tls_cert_request.credentials_admin-csr_9F684EF5",
        "tls_locally_signed_cert.credentials_admin-cert_94E72D61",
        "terraform_data.lifecycle_runner_47D0B626",
        "azurestack_linux_virtual_machine.engine_vm_BAAAC5B1",
        "azurestack_public_ip.engine_ip_5914F631",
      ]),
    );
    expect(addresses.filter((a) => /default/i.test(a))).toEqual([]);
  });
});

describe("disconnected hubs: jq and kubectl from mirrors", () => {
  const raw = defaultRaw();
  Object.assign(raw.hubs[0].engine, {
    jqDownloadUrl: "https://mirror.contoso.example/tools/jq-linux-amd64",
    jqSha256: "d".repeat(64),
    kubectlMirrorUrl: "https://mirror.contoso.example/kubernetes",
  });
  const stacks = synthApp(configFrom(raw)).stacks;
  const cloudConfigOf = (stack: any) =>
    Buffer.from(resources(stack, "azurestack_linux_virtual_machine").find(([, vm]) => vm.custom_data)![1].custom_data, "base64").toString("utf8");

  it("passes the kubectl mirror to the runner, only on that hub", () => {
    expect(runCommand(stacks["hub-seattle"])).toMatch(/ --kubectl-mirror https:\/\/mirror\.contoso\.example\/kubernetes$/);
    expect(runCommand(stacks["hub-orlando"])).not.toContain("--kubectl-mirror");
  });

  it("installs jq on that hub's engine VM from the mirror, without apt", () => {
    const seattle = cloudConfigOf(stacks["hub-seattle"]);
    expect(seattle).toContain("URL='https://mirror.contoso.example/tools/jq-linux-amd64'");
    expect(seattle).not.toContain("packages:");
    expect(cloudConfigOf(stacks["hub-orlando"])).toContain("packages:");
  });
});
