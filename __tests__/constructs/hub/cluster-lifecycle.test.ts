import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Fn, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { ClusterLifecycle, LIFECYCLE_SCRIPT, type ClusterLifecycleOptions } from "../../../constructs/hub/cluster-lifecycle";
import { synthJson } from "../synth";
import { definitionIn } from "./fixtures";

/** The runner's field-decision table (FIELD_DECISIONS in cluster-lifecycle.sh): field path -> decision. */
function fieldDecisions(): Map<string, string> {
  const table = /^readonly FIELD_DECISIONS='\n([^']*)'$/m.exec(readFileSync(LIFECYCLE_SCRIPT, "utf8"));
  if (!table) throw new Error("FIELD_DECISIONS not found in cluster-lifecycle.sh");
  return new Map(table[1].trim().split("\n").map((line) => line.split(" ") as [string, string]));
}

/** Leaf paths of a definition the way the runner names them: pools and addons by name, list items as []. */
function fieldsOf(value: unknown, path: string[] = []): string[] {
  if (value === null || typeof value !== "object") {
    return [path.join(".").replace(/\.\[\]/g, "[]")];
  }
  const byName = path.at(-1) === "agentPoolProfiles" || path.at(-1) === "addons";
  return Object.entries(value).flatMap(([k, v]) => fieldsOf(v, [...path, Array.isArray(value) || byName ? "[]" : k]));
}

describe("the runner's field decisions", () => {
  const decisions = fieldDecisions();
  const model = definitionIn(new TerraformStack(Testing.app(), "fields")).model;
  const undecided = (m: object) => [...new Set(fieldsOf(m))].filter((f) => !decisions.has(f));

  it("has a decision for every field the definition holds, and none for a field it does not hold", () => {
    const fields = new Set(fieldsOf(model));
    expect(fields.size).toBeGreaterThanOrEqual(28);
    expect(undecided(model)).toEqual([]);
    expect([...decisions.keys()].filter((f) => !fields.has(f))).toEqual([]);
  });

  it("fails for a field added to the definition without a decision", () => {
    const grown = { ...model, properties: { ...model.properties, masterProfile: { ...model.properties.masterProfile, availabilityZones: ["1"] } } };
    expect(undecided(grown)).toEqual(["properties.masterProfile.availabilityZones[]"]);
  });

  it("uses only decisions the runner acts on, and acts on what day 2 changes", () => {
    expect([...new Set(decisions.values())].sort()).toEqual(["addpool", "refuse", "reimage", "release", "scale", "upgrade"]);
    expect(decisions.get("properties.orchestratorProfile.orchestratorVersion")).toBe("upgrade");
    expect(decisions.get("properties.agentPoolProfiles[].count")).toBe("scale");
    expect(decisions.get("properties.servicePrincipalProfile.clientId")).toBe("reimage");
    expect(decisions.get("properties.servicePrincipalProfile.secret")).toBe("reimage");
    expect(decisions.get("properties.orchestratorProfile.kubernetesConfig.networkPlugin")).toBe("refuse");
  });
});

describe("ClusterLifecycle", () => {
  /** Every option but the definition, as the hub stack passes them. */
  const base: Omit<ClusterLifecycleOptions, "definitionJson" | "shape"> = {
    host: "198.51.100.10",
    adminUsername: "azureuser",
    scriptSource: "assets/script/HASH/cluster-lifecycle.sh",
    scriptHash: "HASH",
    mountScriptSource: "assets/mount/MHASH/mount-cluster-disk.sh",
    mountScriptHash: "MHASH",
    clusterDiskLun: 0,
    engineVmId: "${azurestack_linux_virtual_machine.vm.id}",
    resourceGroup: "c1-cluster",
    subscriptionId: "11111111-1111-1111-1111-111111111111",
    clientId: "22222222-2222-2222-2222-222222222222",
    identitySystem: "adfs",
    apiServerFqdn: "c1.local.cloudapp.azurestack.external",
  };
  const options = (over: Partial<ClusterLifecycleOptions> = {}) => (s: TerraformStack) => {
    const d = definitionIn(s);
    new ClusterLifecycle(s, "lifecycle", { ...base, definitionJson: d.json, shape: d.shape, ...over });
  };
  const runnerOf = (json: any) => Object.values<any>(json.resource.terraform_data)[0];
  const runner = runnerOf(synthJson(options()));

  it("re-runs when the desired shape, any field of the definition, a script or the engine VM changes, and on nothing secret", () => {
    expect(runner.triggers_replace).toEqual({
      kubernetesVersion: "1.34.4",
      controlPlane: { count: 3, vmSize: "Standard_D2_v2" },
      nodePools: [{ name: "linuxpool", count: 3, vmSize: "Standard_D2_v2" }],
      script: "HASH",
      mountScript: "MHASH",
      engineVm: "${azurestack_linux_virtual_machine.vm.id}",
      definitionSha256: expect.stringMatching(/^\$\{sha256\(jsonencode\(\{/),
    });
  });

  it("re-runs on a new client id, secret, SSH key or network plugin through the definition's hash, no secret being in a trigger", () => {
    const { definitionSha256, ...others } = runner.triggers_replace;
    expect(definitionSha256).toContain('"secret" = var.sp_secret');
    expect(definitionSha256).toContain('"clientId" = "22222222-2222-2222-2222-222222222222"');
    expect(definitionSha256).toContain('"networkPlugin" = "kubenet"');
    expect(definitionSha256).toContain('"keyData" = "ssh-rsa AAAAB3NzaC1yc2E test"');
    expect(JSON.stringify(others)).not.toContain("sp_secret");
  });

  it("passes the upgrade timeouts only when set", () => {
    const command = (r: any) => r.provisioner[4]["remote-exec"].inline.join("\n");
    expect(command(runner)).not.toMatch(/--vm-timeout|--cordon-drain-timeout/);
    const timed = runnerOf(synthJson(options({ upgradeTimeouts: { vmTimeoutMinutes: 45, cordonDrainTimeoutMinutes: 90 } })));
    expect(command(timed)).toMatch(/--identity-system adfs --vm-timeout 45 --cordon-drain-timeout 90$/);
    const drainOnly = runnerOf(synthJson(options({ upgradeTimeouts: { cordonDrainTimeoutMinutes: 120 } })));
    expect(command(drainOnly)).toMatch(/--identity-system adfs --cordon-drain-timeout 120$/);
  });

  it("passes every option cluster-lifecycle.sh requires, each with its value", () => {
    const required = readFileSync(LIFECYCLE_SCRIPT, "utf8").match(/^for required in ([a-z_ ]+); do$/m)![1].split(" ");
    const words = runner.provisioner[4]["remote-exec"].inline.at(-1).split(" ").slice(1);
    const options = Object.fromEntries(words.flatMap((w: string, i: number) => (i % 2 === 0 ? [[w, words[i + 1]]] : [])));
    expect(Object.keys(options)).toEqual(expect.arrayContaining(required.map((r) => `--${r.replace(/_/g, "-")}`)));
    expect(options).toMatchObject({
      "--resource-group": "c1-cluster",
      "--subscription-id": "11111111-1111-1111-1111-111111111111",
      "--client-id": "22222222-2222-2222-2222-222222222222",
      "--apiserver": "c1.local.cloudapp.azurestack.external",
      "--identity-system": "adfs",
    });
  });

  it("connects over SSH with ssh-agent by default, never with an embedded key", () => {
    expect(runner.connection).toEqual({ type: "ssh", host: "198.51.100.10", user: "azureuser", agent: "true", timeout: "15m" });
  });

  it("reads the private key from the file a variable names, expanding ~/", () => {
    const r = runnerOf(synthJson((s) => options({ sshIdentityFile: new TerraformVariable(s, "key_file", { type: "string" }).stringValue })(s)));
    expect(r.connection.private_key).toBe("${file(pathexpand(var.key_file))}");
    expect(r.connection.agent).toBe("false");
  });

  // The real Terraform (terraform_data is built in: no provider download): validate and plan must not open
  // the key file, only the apply that runs the provisioner does. A literal path is the trap this guards against.
  describe("with real terraform validate and plan, the key file absent", () => {
    const missing = join(tmpdir(), "no-such-dir", "id_rsa");
    const terraform = (dir: string, ...args: string[]) =>
      spawnSync("terraform", [`-chdir=${dir}`, ...args, "-no-color"], { encoding: "utf8", env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null" } });
    const stackWithKey = (keyPath: (s: TerraformStack) => string) => {
      const app = Testing.app();
      const s = new TerraformStack(app, "runner");
      // no tls resources and no VM: terraform_data alone needs no provider
      new ClusterLifecycle(s, "lifecycle", {
        ...base,
        sshIdentityFile: keyPath(s),
        definitionJson: Fn.jsonencode({ apiVersion: "vlabs" }),
        shape: { kubernetesVersion: "1.34.4", controlPlane: { count: 1, vmSize: "Standard_D2_v2" }, nodePools: [] },
        engineVmId: "vm-id",
      });
      const dir = mkdtempSync(join(tmpdir(), "runner-tf-"));
      writeFileSync(join(dir, "main.tf.json"), Testing.synth(s));
      expect(terraform(dir, "init", "-backend=false", "-input=false").status).toBe(0);
      return dir;
    };

    it("validates and plans with the path in a variable", () => {
      const dir = stackWithKey((s) => new TerraformVariable(s, "key_file", { type: "string", default: missing }).stringValue);
      try {
        const validate = terraform(dir, "validate");
        expect(validate.stderr + validate.stdout).toContain("The configuration is valid");
        const plan = terraform(dir, "plan", "-input=false", "-lock=false", "-refresh=false");
        expect(plan.status).toBe(0);
        expect(plan.stdout).toContain("terraform_data.lifecycle_runner");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("fails validate with a literal path (the trap)", () => {
      const dir = stackWithKey(() => missing);
      try {
        const validate = terraform(dir, "validate");
        expect(validate.status).not.toBe(0);
        expect(validate.stderr.replace(/\s+/g, " ")).toContain(`no file exists at "${missing}"`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it("mounts the cluster disk, waits for cloud-init, copies the definition and the script onto the disk, then runs the script", () => {
    const [mount, wait, def, script, run] = runner.provisioner;
    expect(mount.file).toEqual({ source: "assets/mount/MHASH/mount-cluster-disk.sh", destination: "/home/azureuser/mount-cluster-disk.sh" });
    expect(wait["remote-exec"].inline.join("\n")).toContain("cloud-init status --wait");
    // before anything is written into the cluster folder
    expect(wait["remote-exec"].inline.at(-1)).toBe(
      "chmod 0755 /home/azureuser/mount-cluster-disk.sh && sudo -n /home/azureuser/mount-cluster-disk.sh --lun 0 --mount-point /home/azureuser/cluster --owner azureuser",
    );
    expect(def.file.destination).toBe("/home/azureuser/cluster/desired.json");
    expect(def.file.content).toMatch(/^\$\{jsonencode\(/);
    expect(script.file).toEqual({ source: "assets/script/HASH/cluster-lifecycle.sh", destination: "/home/azureuser/cluster/cluster-lifecycle.sh" });
    const command = run["remote-exec"].inline.join("\n");
    expect(command).toContain("chmod 0600 /home/azureuser/cluster/desired.json");
    expect(command).toContain(
      "/home/azureuser/cluster/cluster-lifecycle.sh --definition /home/azureuser/cluster/desired.json --output-dir /home/azureuser/cluster/_output --log-file /home/azureuser/cluster/lifecycle.log --resource-group c1-cluster",
    );
    expect(command).toContain("--apiserver c1.local.cloudapp.azurestack.external --identity-system adfs");
  });

  it("follows the admin user and the disk's LUN: every path under that user's home, the mount at that LUN", () => {
    const r = runnerOf(synthJson(options({ adminUsername: "opsuser", clusterDiskLun: 3 })));
    const [mount, wait, def, script, run] = r.provisioner;
    // the definition's own linuxProfile names the cluster nodes' admin, another option
    expect(JSON.stringify([r.connection, mount, wait, def.file.destination, script, run])).not.toContain("azureuser");
    expect(r.connection.user).toBe("opsuser");
    expect(mount.file.destination).toBe("/home/opsuser/mount-cluster-disk.sh");
    expect(wait["remote-exec"].inline.at(-1)).toContain("--lun 3 --mount-point /home/opsuser/cluster --owner opsuser");
    expect([def.file.destination, script.file.destination]).toEqual(["/home/opsuser/cluster/desired.json", "/home/opsuser/cluster/cluster-lifecycle.sh"]);
    expect(run["remote-exec"].inline.join("\n")).toContain("/home/opsuser/cluster/cluster-lifecycle.sh --definition /home/opsuser/cluster/desired.json --output-dir /home/opsuser/cluster/_output");
  });

  it("leaves the SP secret to the script, which reads it from the 0600 definition: not in the command, its environment or a Terraform literal", () => {
    const command = runner.provisioner[4]["remote-exec"].inline.join("\n");
    expect(command).not.toMatch(/secret/i);
    expect(command).not.toContain("--client-secret");
    expect(command).not.toContain("var.");
  });
});
