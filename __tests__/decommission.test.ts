import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { removedHubsWithState } from "../config/retired-hubs";
import { defaultRaw, configFrom, resources, synthApp } from "./helpers";
import { removeMainRuns, runMain } from "./run-main";

const ENDPOINT = "azurerm_traffic_manager_external_endpoint";

/** One replica set across hubs needs two active hubs (docs/data.md: a hub leaves the replica set before it retires). */
function withoutCrossHubData(): any {
  const raw = defaultRaw();
  raw.app.data.acrossHubs = false;
  return raw;
}

describe("hubs[].decommission", () => {
  const perHubData = withoutCrossHubData();
  const before = synthApp(configFrom(perHubData));
  const raw = structuredClone(perHubData);
  raw.hubs[1].decommission = true;
  const after = synthApp(configFrom(raw));

  it("keeps both of the hub's stacks, with no resources, but with the providers Terraform needs to destroy", () => {
    for (const id of ["hub-orlando", "apps-orlando"]) {
      expect(after.stacks[id]).toBeDefined();
      expect(after.stacks[id].resource).toBeUndefined();
      expect(after.stacks[id].terraform.backend).toEqual(before.stacks[id].terraform.backend);
    }
    expect(Object.keys(after.stacks["hub-orlando"].provider).sort()).toEqual(["azurestack", "local", "tls"]);
    expect(Object.keys(after.stacks["apps-orlando"].provider).sort()).toEqual(["helm", "kubernetes", "random", "tls"]);
    // the apps stack reaches the cluster with the credentials still in the hub's state
    expect(after.stacks["apps-orlando"].provider.kubernetes[0].client_key).toMatch(/^\$\{data\.terraform_remote_state\.hub-orlando-state\.outputs\.client_key\}$/);
    // the hub stack still takes its service principal secret (the azurestack provider needs it to delete)
    expect(Object.keys(after.stacks["hub-orlando"].variable)).toEqual(["hub_orlando_client_secret"]);
  });

  it("removes the hub's Traffic Manager endpoint and its registry pull token, leaves the other hub alone", () => {
    expect(resources(before.stacks.traffic, ENDPOINT)).toHaveLength(2);
    const endpoints = resources(after.stacks.traffic, ENDPOINT);
    expect(endpoints).toHaveLength(1);
    expect(endpoints[0][1].name).toBe("seattle");
    expect(JSON.stringify(after.stacks.global)).not.toContain("orlando");
    expect(after.texts["hub-seattle"]).toBe(before.texts["hub-seattle"]);
    expect(after.texts["apps-seattle"]).toBe(before.texts["apps-seattle"]);
  });

  it("orders the deploy traffic and devops -> apps -> hub, so each stack destroys its part while the next still exists", () => {
    const deps = (id: string) => after.manifest.stacks[id].dependencies.sort();
    expect(deps("traffic")).toEqual(["hub-seattle"]);
    expect(deps("devops")).toEqual(["apps-seattle"]);
    expect(deps("apps-orlando")).toEqual(["devops", "traffic"]);
    expect(deps("hub-orlando")).toEqual(["apps-orlando"]);
  });

  it("can retire every hub: the Traffic Manager profile stays, with no endpoint, and every hub stack is empty", () => {
    const all = withoutCrossHubData();
    for (const h of all.hubs) h.decommission = true;
    const retired = synthApp(configFrom(all));
    expect(resources(retired.stacks.traffic, ENDPOINT)).toHaveLength(0);
    expect(resources(retired.stacks.traffic, "azurerm_traffic_manager_profile")).toHaveLength(1);
    for (const id of ["hub-seattle", "apps-seattle", "hub-orlando", "apps-orlando"]) expect(retired.stacks[id].resource).toBeUndefined();
  });
});

describe("removing a hub entry (local state)", () => {
  afterAll(removeMainRuns);

  const withoutOrlando = () => {
    const raw = withoutCrossHubData();
    raw.hubs = raw.hubs.slice(0, 1);
    return YAML.stringify(raw);
  };
  const state = (resources: { mode: string; type: string }[]) => JSON.stringify({ version: 4, resources });

  it("is refused when a hub's runner is turned off while its runner stack's state holds the VM", () => {
    const raw = defaultRaw();
    raw.hubs[1].pipelinesAgent.enabled = false;
    const dir = mkdtempSync(join(tmpdir(), "ha-runner-state-"));
    writeFileSync(join(dir, "runner-orlando.tfstate"), state([{ mode: "managed", type: "azurestack_linux_virtual_machine" }]));
    writeFileSync(join(dir, "runner-seattle.tfstate"), state([{ mode: "managed", type: "azurestack_linux_virtual_machine" }]));
    const problems = removedHubsWithState(configFrom(raw), dir);
    rmSync(dir, { recursive: true, force: true });
    // main.ts prints these like any config problem (exit 2, nothing synthesized), as the test below shows
    expect(problems).toEqual([
      {
        path: "hubs[1]",
        message:
          "has no runner any more (pipelinesAgent and githubRunner off), but state/runner-orlando.tfstate still holds 1 resource(s) that would keep running unmanaged (set decommission: true on the hub, or turn its runner back on and destroy it with npx cdktf destroy runner-orlando, then turn it off)",
      },
    ]);
  });

  it("is refused while the hub's state holds resources: exact message, exit 2, nothing synthesized", () => {
    const r = runMain(withoutOrlando(), {}, {
      files: (dir) => {
        mkdirSync(join(dir, "state"));
        writeFileSync(join(dir, "state/hub-orlando.tfstate"), state([{ mode: "managed", type: "azurestack_linux_virtual_machine" }, { mode: "managed", type: "tls_private_key" }]));
        writeFileSync(join(dir, "state/apps-orlando.tfstate"), state([]));
        writeFileSync(join(dir, "state/runner-orlando.tfstate"), state([{ mode: "managed", type: "azurestack_linux_virtual_machine" }]));
        writeFileSync(join(dir, "state/hub-seattle.tfstate"), state([{ mode: "managed", type: "tls_private_key" }]));
      },
    });
    expect(r.stderr.trim().split("\n")).toEqual([
      'my.yaml: hubs: hub "orlando" was removed, but state/hub-orlando.tfstate still holds 2 resource(s) that would keep running unmanaged (put the hub back with decommission: true and deploy first; remove the entry once its stacks are empty)',
      'my.yaml: hubs: hub "orlando" was removed, but state/runner-orlando.tfstate still holds 1 resource(s) that would keep running unmanaged (put the hub back with decommission: true and deploy first; remove the entry once its stacks are empty)',
      "2 problem(s): nothing was synthesized.",
    ]);
    expect(r.status).toBe(2);
  });

  it("counts a decommissioned hub's stacks in the synth summary (they are still synthesized)", () => {
    const raw = withoutCrossHubData();
    raw.hubs[1].decommission = true;
    const r = runMain(YAML.stringify(raw), {});
    // global, traffic, devops, seattle's hub, apps and runner, orlando's retired hub, apps and runner
    expect(r.stderr).toContain("synthesized 9 stacks");
    expect(readdirSync(join(r.dir, "cdktf.out/stacks"))).toHaveLength(9);
    expect(r.status).toBe(0);
  });

  it("is accepted once the decommissioned stacks are empty (only data sources left)", () => {
    const r = runMain(withoutOrlando(), {}, {
      files: (dir) => {
        mkdirSync(join(dir, "state"));
        writeFileSync(join(dir, "state/hub-orlando.tfstate"), state([]));
        writeFileSync(join(dir, "state/apps-orlando.tfstate"), state([{ mode: "data", type: "terraform_remote_state" }]));
      },
    });
    expect(r.stderr).toContain("synthesized 6 stacks");
    expect(readdirSync(join(r.dir, "cdktf.out/stacks")).sort()).toEqual(["apps-seattle", "devops", "global", "hub-seattle", "runner-seattle", "traffic"]);
    expect(r.status).toBe(0);
  });
});
