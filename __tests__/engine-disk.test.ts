import { forcingAttributes } from "../scripts/force-new";
import { configFrom, defaultRaw, problemsAfter, resources, synthApp } from "./helpers";

/** The engine's resource of a type in hub-seattle (the pipelines agent VM is left out). */
const engineOne = (stack: any, type: string) => {
  const all = resources(stack, type).filter(([id]) => !id.startsWith("pipelines-agent_"));
  expect(all).toHaveLength(1);
  return all[0][1];
};
const VM = "azurestack_linux_virtual_machine";
const DISK = "azurestack_managed_disk";
const ATTACHMENT = "azurestack_virtual_machine_data_disk_attachment";

/** Top-level attributes whose value differs between two resource bodies. */
const changed = (a: any, b: any) => [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

describe("the cluster folder's data disk", () => {
  const before = synthApp(configFrom(defaultRaw())).stacks["hub-seattle"];

  it("is an empty managed disk Terraform refuses to destroy, attached to the engine VM at LUN 0 without host caching", () => {
    const disk = engineOne(before, DISK);
    expect(disk).toMatchObject({ name: "contoso-ha-seattle-engine-cluster", create_option: "Empty", disk_size_gb: 32, storage_account_type: "Standard_LRS" });
    expect(disk.lifecycle).toEqual({ prevent_destroy: true });
    const attachment = engineOne(before, ATTACHMENT);
    expect(attachment).toMatchObject({ lun: 0, caching: "None" });
    expect(attachment.managed_disk_id).toMatch(/^\$\{azurestack_managed_disk\.engine_cluster-disk_[0-9A-F]+\.id\}$/);
    expect(attachment.virtual_machine_id).toMatch(/^\$\{azurestack_linux_virtual_machine\.engine_vm_[0-9A-F]+\.id\}$/);
  });

  it("is mounted by the runner only after it is attached", () => {
    const runner = engineOne(before, "terraform_data");
    expect(runner.depends_on).toContainEqual(expect.stringMatching(/^azurestack_virtual_machine_data_disk_attachment\.engine_cluster-disk-attachment_/));
  });

  it.each([
    ["aksEngineSha256", (h: any) => (h.engine.aksEngineSha256 = "1".repeat(64))],
    ["aksEngineDownloadUrl", (h: any) => (h.engine.aksEngineDownloadUrl = "https://mirror.contoso.example/aks-engine.tar.gz")],
    ["image", (h: any) => (h.engine.image = { sku: "22_04-lts-gen2" })],
    ["adminUsername", (h: any) => (h.engine.adminUsername = "opsuser")],
    ["sshPublicKey", (h: any) => (h.engine.sshPublicKey = `${h.engine.sshPublicKey.split(" ").slice(0, 2).join(" ")} rotated`)],
  ])("%s: replaces the engine VM and leaves the disk and the attachment's disk reference identical", (_, edit) => {
    const raw = defaultRaw();
    edit(raw.hubs[0]);
    const after = synthApp(configFrom(raw)).stacks["hub-seattle"];
    const [vmBefore, vmAfter] = [engineOne(before, VM), engineOne(after, VM)];
    // the edit really replaces the VM (a ForceNew attribute of azurestack_linux_virtual_machine changes)...
    expect(forcingAttributes(VM, changed(vmBefore, vmAfter))).not.toEqual([]);
    // ...and the disk's whole body and the attachment's disk reference stay as they were
    expect(engineOne(after, DISK)).toEqual(engineOne(before, DISK));
    expect(engineOne(after, ATTACHMENT).managed_disk_id).toBe(engineOne(before, ATTACHMENT).managed_disk_id);
  });

  it("grows in place when clusterDiskSizeGb grows (disk_size_gb is not ForceNew)", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.clusterDiskSizeGb = 64;
    const after = synthApp(configFrom(raw)).stacks["hub-seattle"];
    const diff = changed(engineOne(before, DISK), engineOne(after, DISK));
    expect(diff).toEqual(["disk_size_gb"]);
    expect(forcingAttributes(DISK, diff)).toEqual([]);
  });
});

describe("hubs[].engine.clusterDiskSizeGb", () => {
  it("is refused below 8 GB and above 1023 GB, with the limit in the message", () => {
    expect(problemsAfter((r) => (r.hubs[0].engine.clusterDiskSizeGb = 4))).toEqual(["test.yaml: hubs[0].engine.clusterDiskSizeGb: 4 is below the minimum 8 (use a value >= 8)"]);
    expect(problemsAfter((r) => (r.hubs[1].engine.clusterDiskSizeGb = 2048))).toEqual(["test.yaml: hubs[1].engine.clusterDiskSizeGb: 2048 is above the maximum 1023 (use a value <= 1023)"]);
  });
});
