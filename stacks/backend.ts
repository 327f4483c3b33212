import { AzurermBackend, DataTerraformRemoteState, DataTerraformRemoteStateAzurerm, DataTerraformRemoteStateLocal, LocalBackend, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { BackendConfig } from "../config/schema";

/**
 * Local state lives in <repo>/state/, outside cdktf.out (synth rewrites it) and out of git. The path is
 * relative to cdktf.out/stacks/<stack>/, where Terraform runs, so the JSON is the same on every machine.
 */
export function localStatePath(stackId: string): string {
  return `../../../state/${stackId}.tfstate`;
}

export function azurermStateKey(project: string, stackId: string): string {
  return `${project}/${stackId}.tfstate`;
}

export function configureBackend(stack: TerraformStack, backend: BackendConfig, project: string, stackId: string): void {
  if (backend.type === "local") {
    new LocalBackend(stack, { path: localStatePath(stackId) });
  } else {
    new AzurermBackend(stack, {
      resourceGroupName: backend.resourceGroupName,
      storageAccountName: backend.storageAccountName,
      containerName: backend.containerName,
      key: azurermStateKey(project, stackId),
      useAzureadAuth: true,
    });
  }
}

/** Reads another stack's explicit outputs (used where a value is not secret and plans should show it). */
export function remoteStateOf(
  scope: Construct,
  id: string,
  backend: BackendConfig,
  project: string,
  stackId: string,
  /** Values for outputs the state does not (or no longer) hold. */
  defaults?: Record<string, string>,
): DataTerraformRemoteState {
  if (backend.type === "local") {
    return new DataTerraformRemoteStateLocal(scope, id, { path: localStatePath(stackId), defaults });
  }
  return new DataTerraformRemoteStateAzurerm(scope, id, {
    defaults,
    resourceGroupName: backend.resourceGroupName,
    storageAccountName: backend.storageAccountName,
    containerName: backend.containerName,
    key: azurermStateKey(project, stackId),
    useAzureadAuth: true,
  });
}
