import { DataResource, Fn, type ITerraformDependable, type SSHProvisionerConnection } from "cdktf";
import { Construct } from "constructs";
import { join } from "node:path";
import type { ClusterShape } from "./cluster-definition";

export interface ClusterLifecycleOptions {
  /** Engine VM address and login. */
  readonly host: string;
  readonly adminUsername: string;
  /**
   * Private key file on the deploying machine, as a reference to a Terraform variable (never a literal path):
   * Terraform evaluates a connection block at validate and plan time, and `file("<literal>")` there fails on
   * every machine without the key, while a variable is unknown during validate (hashicorp/terraform
   * internal/terraform/evaluate.go GetInputVariable: "During the validate walk, input variables are always
   * unknown") and a connection is only evaluated when its provisioner runs at apply. `~/` is expanded.
   * Without it the SSH connection uses ssh-agent. The key is never part of the configuration.
   */
  readonly sshIdentityFile?: string;
  /** Desired cluster definition, a jsonencode() expression (holds sensitive references). */
  readonly definitionJson: string;
  /** Non-secret fields shown in plans when the runner runs again (any change of the definition re-runs it). */
  readonly shape: ClusterShape;
  /** Path of the lifecycle script relative to the stack folder (a TerraformAsset path) and its content hash. */
  readonly scriptSource: string;
  readonly scriptHash: string;
  /** The same for mount-cluster-disk.sh, which the runner runs (as root) before anything else. */
  readonly mountScriptSource: string;
  readonly mountScriptHash: string;
  /** LUN of the cluster data disk. */
  readonly clusterDiskLun: number;
  /** The engine VM's id: a replaced VM runs the runner again (mount the disk, check the cluster). */
  readonly engineVmId: string;
  readonly resourceGroup: string;
  readonly subscriptionId: string;
  readonly clientId: string;
  readonly identitySystem: "azure_ad" | "adfs";
  /** `upgrade --vm-timeout` / `--cordon-drain-timeout` in minutes; upstream's defaults when unset. */
  readonly upgradeTimeouts?: { readonly vmTimeoutMinutes?: number; readonly cordonDrainTimeoutMinutes?: number };
  /** Disconnected hubs: kubectl mirror (dl.k8s.io's layout) the runner installs kubectl from, instead of the snap store. */
  readonly kubectlMirrorUrl?: string;
  /** API server host name, for `aks-engine-azurestack scale --apiserver`. */
  readonly apiServerFqdn: string;
  /** Resources that must exist before the runner connects (the engine VM). */
  readonly dependsOn?: ITerraformDependable[];
}

/** Where the runner keeps its files on the engine VM, under the admin user's home (mode 0700): the data disk. */
export function engineClusterDir(adminUsername: string): string {
  return `/home/${adminUsername}/cluster`;
}

/** The disk mount script lives on the OS disk (it mounts the folder everything else lives in). */
export function engineMountScript(adminUsername: string): string {
  return `/home/${adminUsername}/mount-cluster-disk.sh`;
}

/** The scripts the runner ships to the engine VM (as Terraform assets, copied into the stack folder at synth). */
export const LIFECYCLE_SCRIPT = join(__dirname, "cluster-lifecycle.sh");
export const MOUNT_CLUSTER_DISK_SCRIPT = join(__dirname, "mount-cluster-disk.sh");

/**
 * Runs cluster-lifecycle.sh (beside this file) on the engine VM whenever the desired cluster definition changes. The script
 * compares every field of the definition with the last applied apimodel.json and deploys, upgrades, scales,
 * re-creates the nodes (a new service principal or SSH key), refuses, or does nothing,
 * then checks the nodes. aks-engine runs detached from this SSH session and outlives it; the session streams
 * its log and ends with its status (a re-run while it is still going waits for it).
 */
export class ClusterLifecycle extends Construct {
  readonly resource: DataResource;

  constructor(scope: Construct, id: string, o: ClusterLifecycleOptions) {
    super(scope, id);
    const dir = engineClusterDir(o.adminUsername);
    const mountScript = engineMountScript(o.adminUsername);
    const connection: SSHProvisionerConnection = {
      type: "ssh",
      host: o.host,
      user: o.adminUsername,
      timeout: "15m",
      ...(o.sshIdentityFile ? { privateKey: Fn.file(Fn.pathexpand(o.sshIdentityFile)), agent: "false" } : { agent: "true" }),
    };
    const args = [
      `--definition ${dir}/desired.json`,
      `--output-dir ${dir}/_output`,
      `--log-file ${dir}/lifecycle.log`,
      `--resource-group ${o.resourceGroup}`,
      `--subscription-id ${o.subscriptionId}`,
      `--client-id ${o.clientId}`,
      `--apiserver ${o.apiServerFqdn}`,
      `--identity-system ${o.identitySystem}`,
      ...(o.upgradeTimeouts?.vmTimeoutMinutes ? [`--vm-timeout ${o.upgradeTimeouts.vmTimeoutMinutes}`] : []),
      ...(o.upgradeTimeouts?.cordonDrainTimeoutMinutes ? [`--cordon-drain-timeout ${o.upgradeTimeouts.cordonDrainTimeoutMinutes}`] : []),
      ...(o.kubectlMirrorUrl ? [`--kubectl-mirror ${o.kubectlMirrorUrl}`] : []),
    ].join(" ");

    this.resource = new DataResource(this, "runner", {
      triggersReplace: {
        kubernetesVersion: o.shape.kubernetesVersion,
        controlPlane: { ...o.shape.controlPlane },
        nodePools: o.shape.nodePools.map((p) => ({ ...p })),
        script: o.scriptHash,
        mountScript: o.mountScriptHash,
        engineVm: o.engineVmId,
        // Any edit of the definition re-runs the runner, which acts on every field or refuses it (a new client id,
        // secret or SSH key, networkPlugin, ...); the hash is sensitive in plans, never the definition itself.
        definitionSha256: Fn.sha256(o.definitionJson),
      },
      dependsOn: o.dependsOn,
      connection,
      provisioners: [
        { type: "file", source: o.mountScriptSource, destination: mountScript },
        {
          // Provisioners start as soon as SSH answers: wait until cloud-init has installed aks-engine.
          type: "remote-exec",
          inline: [
            "#!/bin/bash",
            "set -euo pipefail",
            "rc=0; cloud-init status --wait >/dev/null || rc=$?",
            `if [ "$rc" -eq 1 ]; then echo 'engine VM: cloud-init failed, aks-engine-azurestack is not installed (see /var/log/cloud-init-output.log):' >&2; cloud-init status --long >&2 || true; exit 1; fi`,
            "command -v aks-engine-azurestack >/dev/null || { echo 'engine VM: aks-engine-azurestack is not on PATH' >&2; exit 1; }",
            // the cluster folder is the data disk: mounted (formatted only if blank) before anything is written
            `chmod 0755 ${mountScript} && sudo -n ${mountScript} --lun ${o.clusterDiskLun} --mount-point ${dir} --owner ${o.adminUsername}`,
          ],
        },
        // The definition holds the SP secret and the CA key: it only lands in the 0700 folder.
        { type: "file", content: o.definitionJson, destination: `${dir}/desired.json` },
        { type: "file", source: o.scriptSource, destination: `${dir}/cluster-lifecycle.sh` },
        {
          type: "remote-exec",
          inline: [
            "#!/bin/bash",
            "set -euo pipefail",
            `chmod 0600 ${dir}/desired.json && chmod 0700 ${dir}/cluster-lifecycle.sh`,
            // The script reads the SP secret from the 0600 definition itself: it is never in this command
            // (Terraform shows provisioner commands) nor in the environment of the detached operation.
            `${dir}/cluster-lifecycle.sh ${args}`,
          ],
        },
      ],
    });
  }
}
