import { blocks, type Finding, type PolicyRule } from "../rule";

const FIX = "remove admin_password and set disable_password_authentication = true; sign in with the admin_ssh_key (hubs[].engine.sshPublicKey)";

/** Linux VMs accept SSH keys only: no password to guess, none to keep in state. */
export const linuxVmNoPassword: PolicyRule = {
  id: "linux-vm-no-password",
  summary: "Linux VMs have password authentication disabled and no admin_password",
  appliesTo: (v) =>
    v.kind === "resource" &&
    ["azurestack_linux_virtual_machine", "azurerm_linux_virtual_machine", "azurestack_virtual_machine", "azurerm_virtual_machine"].includes(v.type),
  check: (v) => {
    const b = v.body;
    const found: Finding[] = [];
    if (v.type.endsWith("_linux_virtual_machine")) {
      // the providers default disable_password_authentication to true; only an explicit false turns it on
      if (b.disable_password_authentication === false) found.push({ problem: "enables SSH password authentication (disable_password_authentication = false)", fix: FIX });
      if (b.admin_password !== undefined && b.admin_password !== null) found.push({ problem: "sets admin_password", fix: FIX });
      return found;
    }
    // the older azurestack_virtual_machine: Linux only when os_profile_linux_config is present
    const linux = blocks(b.os_profile_linux_config);
    if (linux.length === 0) return [];
    if (linux.some((c) => c.disable_password_authentication !== true)) {
      found.push({ problem: "does not set os_profile_linux_config.disable_password_authentication = true", fix: FIX });
    }
    if (blocks(b.os_profile).some((p) => p.admin_password !== undefined && p.admin_password !== null)) {
      found.push({ problem: "sets os_profile.admin_password", fix: FIX });
    }
    return found;
  },
};
