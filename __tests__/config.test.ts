import { execFileSync } from "node:child_process";
import fs, { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig, parseConfig } from "../config/load";
import { aksEngineDownloadUrl } from "../config/catalog";
import { hubClientSecretVariable, isSecretName } from "../config/secrets";
import { configFrom, defaultConfig, defaultRaw, problemsAfter as mutate, problemsOf, fakePemPrivateKey } from "./helpers";

describe("bundled default config", () => {
  it("is valid and has the documented defaults", () => {
    const c = defaultConfig();
    expect(c.hubs.map((h) => h.name)).toEqual(["seattle", "orlando"]);
    for (const h of c.hubs) {
      expect(h.cluster.kubernetesVersion).toBe("1.34.4");
      expect(h.engine.aksEngineVersion).toBe("v0.85.0");
      expect(h.cluster.controlPlane.count).toBe(3);
      expect(h.cluster.nodePools).toEqual([{ name: "linuxpool", count: 3, vmSize: "Standard_D2_v2" }]);
      expect(h.externalDomain).toBe("azurestack.example.com");
    }
    expect(c.app.autoscaling).toEqual({ minReplicas: 1, maxReplicas: 10, cpuUtilization: 80 });
    expect(c.app.ingressController).toEqual({ repository: "oci://ghcr.io/nginx/charts", version: "2.6.4", replicas: 2, className: "nginx" });
    expect(c.app.monitoring).toEqual({ enabled: true, repository: "https://microsoft.github.io/charts/repo/azuremonitor-containers", version: "3.1.28" });
  });
});

describe("config validation: apps stack settings", () => {
  it("fills defaults for keys left out of app.ingressController and app.monitoring", () => {
    const raw = defaultRaw();
    raw.app.ingressController = { version: "2.6.3" };
    raw.app.monitoring = { enabled: false };
    const c = configFrom(raw);
    expect(c.app.ingressController).toEqual({ repository: "oci://ghcr.io/nginx/charts", version: "2.6.3", replicas: 2, className: "nginx" });
    expect(c.app.monitoring.enabled).toBe(false);
  });

  it("rejects chart repositories that are not oci:// or https:// and versions that are not exact", () => {
    expect(
      mutate((r) => {
        r.app.ingressController = { repository: "http://charts.example.com", version: "~2.6" };
        r.app.monitoring = { repository: "microsoft/charts", version: "latest" };
      }),
    ).toEqual([
      "test.yaml: app.ingressController.repository: must be a Helm repository URL starting with oci:// or https:// (e.g. a mirror in your own registry)",
      "test.yaml: app.ingressController.version: must be an exact chart version like 2.6.4 (pin it; ranges make plans unpredictable)",
      "test.yaml: app.monitoring.repository: must be a Helm repository URL starting with oci:// or https:// (e.g. a mirror in your own registry)",
      "test.yaml: app.monitoring.version: must be an exact chart version like 2.6.4 (pin it; ranges make plans unpredictable)",
    ]);
  });

  it("rejects an ingress class that is not a DNS label and a replica count out of range", () => {
    const lines = mutate((r) => (r.app.ingressController = { className: "NGINX", replicas: 0 }));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^test\.yaml: app\.ingressController\.replicas: /);
    expect(lines[1]).toMatch(/^test\.yaml: app\.ingressController\.className: must be a DNS label/);
  });

  it("accepts the official mongo image or a mirror of it, nothing else", () => {
    expect(mutate((r) => (r.app.images.mongodb = "docker.io/bitnami/mongodb:8.0.4"))).toEqual([
      "test.yaml: app.images.mongodb: must be the official mongo image or a mirror of it (e.g. docker.io/library/mongo:8.0.4)",
    ]);
    const raw = defaultRaw();
    raw.app.images.mongodb = "contosoharegistry.azurecr.io/mongo:8.0.4";
    expect(configFrom(raw).app.images.mongodb).toBe("contosoharegistry.azurecr.io/mongo:8.0.4");
  });
});

describe("config validation: one field-precise line per problem", () => {
  it("rejects unknown keys and suggests the right one", () => {
    expect(mutate((r) => (r.azure.logAnalytics = { retentionDys: 30 }))).toEqual([
      "test.yaml: azure.logAnalytics.retentionDys: unknown key (did you mean \"retentionDays\"?)",
    ]);
  });

  it("rejects wrong types", () => {
    expect(mutate((r) => (r.hubs[0].cluster.controlPlane.count = "three"))).toEqual([
      'test.yaml: hubs[0].cluster.controlPlane.count: must be a number, not "three" (change the value\'s type)',
    ]);
  });

  it("reports missing required fields", () => {
    expect(mutate((r) => delete r.hubs[1].clientId)).toEqual([
      "test.yaml: hubs[1].clientId: is missing (add it; config/default.yaml shows an example)",
    ]);
  });

  it("rejects names that are not DNS labels", () => {
    const lines = mutate((r) => (r.hubs[0].name = "Seattle_1"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^test\.yaml: hubs\[0\]\.name: must be a DNS label/);
  });

  it("rejects duplicate hub names", () => {
    expect(mutate((r) => (r.hubs[1].name = "seattle"))).toEqual([
      'test.yaml: hubs[1].name: duplicates hubs[0].name "seattle" (give every hub a unique name)',
    ]);
  });

  it("rejects bad CIDR syntax", () => {
    expect(mutate((r) => (r.hubs[0].engine.allowedSshCidrs = ["10.0.0.0/33", "10.1.2"]))).toEqual([
      "test.yaml: hubs[0].engine.allowedSshCidrs[0]: is not a CIDR (write it like 203.0.113.0/24)",
      "test.yaml: hubs[0].engine.allowedSshCidrs[1]: is not a CIDR (write it like 203.0.113.0/24)",
    ]);
  });

  it.each(["2001:db8::/48", "fd00::1/128"])("refuses IPv6 SSH sources (%s): hub networks are IPv4 only", (cidr) => {
    expect(mutate((r) => (r.hubs[0].engine.allowedSshCidrs = ["203.0.113.0/24", cidr]))).toEqual([
      "test.yaml: hubs[0].engine.allowedSshCidrs[1]: is an IPv6 CIDR, but Azure Stack Hub networks are IPv4 only (list the IPv4 CIDR of your admin network or jump host, e.g. 203.0.113.0/24)",
    ]);
  });

  it.each(["0.0.0.0/0", "::/0", "*", "Internet"])("refuses SSH open to the whole internet (%s)", (cidr) => {
    expect(mutate((r) => (r.hubs[1].engine.allowedSshCidrs = [cidr]))).toEqual([
      "test.yaml: hubs[1].engine.allowedSshCidrs[0]: opens SSH to the whole internet (list the CIDRs of your admin network or jump host, e.g. 203.0.113.0/24)",
    ]);
  });

  it("requires https URLs", () => {
    expect(mutate((r) => (r.hubs[0].portalUrl = "http://portal.seattle.azurestack.example.com"))).toEqual([
      "test.yaml: hubs[0].portalUrl: must be an https:// URL (e.g. https://management.seattle.example.com)",
    ]);
  });

  it("names the Kubernetes versions the pinned aks-engine release supports", () => {
    expect(mutate((r) => (r.hubs[0].cluster.kubernetesVersion = "1.31.13"))).toEqual([
      "test.yaml: hubs[0].cluster.kubernetesVersion: 1.31.13 is not supported by aks-engine-azurestack v0.85.0 (use one of 1.33.10, 1.34.4, 1.35.0)",
    ]);
    // the older pinned release accepts its own versions
    expect(() =>
      configFrom(
        (() => {
          const r = defaultRaw();
          r.hubs[0].engine.aksEngineVersion = "v0.84.2";
          r.hubs[0].cluster.kubernetesVersion = "1.33.5";
          return r;
        })(),
      ),
    ).not.toThrow();
  });

  it("rejects aks-engine releases the product does not pin", () => {
    expect(mutate((r) => (r.hubs[0].engine.aksEngineVersion = "v0.70.0"))).toEqual([
      "test.yaml: hubs[0].engine.aksEngineVersion: is not a release this product pins (use one of v0.85.0, v0.84.2)",
    ]);
  });

  it.each([2, 4, 7])("rejects a control plane of %i nodes", (n) => {
    expect(mutate((r) => (r.hubs[0].cluster.controlPlane.count = n))).toEqual([
      "test.yaml: hubs[0].cluster.controlPlane.count: aks-engine supports 1, 3 or 5 control plane nodes (use 3 for high availability)",
    ]);
  });

  it.each(["Linux", "pool_1", "1pool", "averyveryverylongpool"])("rejects node pool name %s", (name) => {
    expect(mutate((r) => (r.hubs[0].cluster.nodePools[0].name = name))).toEqual([
      "test.yaml: hubs[0].cluster.nodePools[0].name: aks-engine rejects this pool name: use 1-12 lowercase letters and digits, starting with a letter (e.g. linuxpool)",
    ]);
  });

  it("rejects node counts out of range, alone and in total", () => {
    expect(mutate((r) => (r.hubs[0].cluster.nodePools[0].count = 0))).toEqual([
      "test.yaml: hubs[0].cluster.nodePools[0].count: 0 is below the minimum 1 (use a value >= 1)",
    ]);
    expect(
      mutate((r) => r.hubs[0].cluster.nodePools.push({ name: "big", count: 48, vmSize: "Standard_D2_v2" })),
    ).toEqual(["test.yaml: hubs[0].cluster.nodePools: 54 nodes in all exceeds Azure Stack Hub's 50 nodes per subscription (lower the pool counts)"]);
  });

  it("accepts exactly 50 nodes on a hub and rejects 51", () => {
    const withExtraPool = (count: number) => {
      const raw = defaultRaw();
      const h = raw.hubs[0].cluster;
      h.nodePools.push({ name: "big", count: count - h.controlPlane.count - h.nodePools[0].count });
      return raw;
    };
    const hub = configFrom(withExtraPool(50)).hubs[0].cluster;
    expect(hub.controlPlane.count + hub.nodePools.reduce((n, p) => n + p.count, 0)).toBe(50);
    expect(problemsOf(withExtraPool(51))).toEqual([
      "test.yaml: hubs[0].cluster.nodePools: 51 nodes in all exceeds Azure Stack Hub's 50 nodes per subscription (lower the pool counts)",
    ]);
  });

  it("rejects minReplicas > maxReplicas and percentages out of range", () => {
    expect(
      mutate((r) => {
        r.app.autoscaling.minReplicas = 5;
        r.app.autoscaling.maxReplicas = 3;
        r.app.autoscaling.cpuUtilization = 150;
      }),
    ).toEqual([
      "test.yaml: app.autoscaling.cpuUtilization: 150 is above the maximum 100 (use a value <= 100)",
      "test.yaml: app.autoscaling.minReplicas: 5 is greater than maxReplicas 3 (make minReplicas <= maxReplicas)",
    ]);
  });

  it("rejects Traffic Manager weights and priorities out of range", () => {
    expect(
      mutate((r) => {
        r.hubs[0].trafficManager.weight = 1001;
        r.hubs[1].trafficManager.priority = 0;
      }),
    ).toEqual([
      "test.yaml: hubs[0].trafficManager.weight: 1001 is above the maximum 1000 (use a value <= 1000)",
      "test.yaml: hubs[1].trafficManager.priority: 0 is below the minimum 1 (use a value >= 1)",
    ]);
  });

  it("rejects duplicate priorities under Priority routing only", () => {
    const dup = (r: any) => {
      r.hubs[1].trafficManager.priority = 1;
    };
    const weighted = defaultRaw();
    dup(weighted);
    expect(weighted.azure.trafficManager.routingMethod ?? "Weighted").not.toBe("Priority");
    expect(configFrom(weighted).hubs.map((h) => h.trafficManager.priority)).toEqual([1, 1]);
    expect(
      mutate((r) => {
        r.azure.trafficManager.routingMethod = "Priority";
        dup(r);
      }),
    ).toEqual(["test.yaml: hubs[1].trafficManager.priority: 1 is also hubs[0]'s priority (priorities must be unique under Priority routing)"]);
  });

  it("rejects an unknown routing method", () => {
    expect(mutate((r) => (r.azure.trafficManager.routingMethod = "RoundRobin"))).toEqual([
      'test.yaml: azure.trafficManager.routingMethod: must be one of "Priority", "Weighted", "Performance", not "RoundRobin" (pick one of those)',
    ]);
  });

  it("refuses secrets in the file and names the environment variable to use", () => {
    expect(
      mutate((r) => {
        r.hubs[0].clientSecret = "hunter2";
        r.azure.clientSecret = "x";
        r.backend = { type: "azurerm", resourceGroupName: "tfstate", storageAccountName: "tfstate01", containerName: "state", accessKey: "k" };
      }),
    ).toEqual([
      "test.yaml: backend.accessKey: would put a secret in the config file (remove it; the azurerm backend signs in with Azure AD, or set ARM_ACCESS_KEY in the environment)",
      "test.yaml: azure.clientSecret: would put a secret in the config file (remove it; sign in with `az login` or set ARM_CLIENT_SECRET when you plan or deploy)",
      "test.yaml: hubs[0].clientSecret: would put a secret in the config file (remove it; set the environment variable TF_VAR_hub_seattle_client_secret when you plan or deploy)",
    ]);
  });

  it("refuses a private key pasted anywhere", () => {
    const lines = mutate((r) => (r.hubs[0].engine.sshPublicKey = fakePemPrivateKey()));
    expect(lines[0]).toBe(
      "test.yaml: hubs[0].engine.sshPublicKey: holds a private key (remove it; keys are generated in Terraform or read from the environment)",
    );
  });

  it("rejects images tagged latest or untagged", () => {
    expect(
      mutate((r) => {
        r.app.images.web = "contosoharegistry.azurecr.io/ratings-web:latest";
        r.app.images.api = "contosoharegistry.azurecr.io/ratings-api";
      }),
    ).toEqual([
      "test.yaml: app.images.web: uses the mutable tag 'latest' (pin a version tag or a digest)",
      "test.yaml: app.images.api: must be an image reference with a tag or digest (e.g. myregistry.azurecr.io/ratings-api:v1.0.0)",
    ]);
  });

  it("reports every problem at once, not only the first", () => {
    const lines = mutate((r) => {
      r.name = "BAD NAME";
      r.hubs[0].cluster.controlPlane.count = 2;
      r.hubs[1].engine.allowedSshCidrs = ["0.0.0.0/0"];
    });
    expect(lines).toHaveLength(3);
  });

  it("reports YAML syntax errors with the line, in file order", () => {
    const err = (() => {
      try {
        parseConfig("name: x\nhubs:\n  - name: a\n   bad: [\n", "bad.yaml");
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error("accepted");
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.lines()[0]).toMatch(/^bad\.yaml: line [34]: YAML syntax error: /);
  });

  it("reports a missing file", () => {
    expect(() => loadConfig("/nonexistent/ha.yaml")).toThrow(ConfigError);
    try {
      loadConfig("/nonexistent/ha.yaml");
    } catch (e) {
      expect((e as ConfigError).lines()).toEqual([
        "/nonexistent/ha.yaml: file not found (check HA_CONFIG, or copy config/default.yaml and edit it)",
      ]);
    }
  });

  it("orders problems as they appear in the file, not as the schema lists the keys", () => {
    const { stringify } = require("yaml");
    const { app, ...rest } = defaultRaw();
    app.autoscaling.cpuUtilization = 0;
    rest.hubs[0].cluster.controlPlane.count = 2;
    // `app` first in the file: the schema checks `hubs` before `app`
    const paths = (text: string) => {
      try {
        parseConfig(text, "c.yaml");
      } catch (e) {
        return (e as ConfigError).problems.map((p) => p.path);
      }
      throw new Error("accepted");
    };
    expect(paths(stringify({ app, ...rest }))).toEqual(["app.autoscaling.cpuUtilization", "hubs[0].cluster.controlPlane.count"]);
    expect(paths(stringify({ ...rest, app }))).toEqual(["hubs[0].cluster.controlPlane.count", "app.autoscaling.cpuUtilization"]);
  });

});

describe("config file reading never crashes: one line per failure, never an exception", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "ha-cfg-read-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const linesOf = (file: string) => problemLinesOf(() => loadConfig(file));
  const write = (name: string, content: string | Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it.each([
    ["a missing file", () => join(dir, "missing.yaml"), "missing.yaml: file not found (check HA_CONFIG, or copy config/default.yaml and edit it)"],
    ["a path through a file", () => join(write("plain.yaml", "x: 1\n"), "c.yaml"), "c.yaml: file not found: a part of the path is a file, not a folder (check HA_CONFIG)"],
    ["a symbolic link loop", () => (symlinkSync("loop.yaml", join(dir, "loop.yaml")), join(dir, "loop.yaml")), "loop.yaml: cannot be read: the path loops through symbolic links (point HA_CONFIG at the file itself)"],
    ["a path that is too long", () => join(dir, `${"a".repeat(300)}.yaml`), ".yaml: cannot be read: the path is too long (use a shorter path)"],
    ["a folder", () => dir, `: is a folder, not a file (point HA_CONFIG at a YAML file such as config/default.yaml)`],
    ["a device", () => "/dev/null", "/dev/null: is not a regular file but a pipe, socket or device (copy the config into a file)"],
    ["a named pipe (reading it would block)", () => (execFileSync("mkfifo", [join(dir, "fifo")]), join(dir, "fifo")), "fifo: is not a regular file but a pipe, socket or device (copy the config into a file)"],
  ])("reports %s", (_, path, line) => {
    const lines = linesOf(path());
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith(line)).toBe(true);
  });

  it.each([
    ["EACCES", "cannot be read: permission denied (let the user who runs synth read it)"],
    ["EIO", "cannot be read: EIO (check the file and HA_CONFIG)"],
  ])("reports a read failing with %s (root reads any file, so the error is injected)", (code, message) => {
    const file = write("unreadable.yaml", "name: x\n");
    const read = jest.spyOn(fs, "readFileSync").mockImplementationOnce(() => {
      throw Object.assign(new Error(`${code}: injected`), { code });
    });
    try {
      expect(linesOf(file)).toEqual([`${file}: ${message}`]);
    } finally {
      read.mockRestore();
    }
  });

  it("reports bytes that are not UTF-8 with their line, instead of reading replacement characters", () => {
    const file = write("latin1.yaml", Buffer.concat([Buffer.from("name: x\n# caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    expect(linesOf(file)).toEqual([`${file}: line 2: is not UTF-8 text (save the file as UTF-8)`]);
  });

  it.each([
    ["nesting deeper than the parser's stack", "[".repeat(5000) + "]".repeat(5000), ["line 1: is nested too deeply for the YAML parser (a config needs a few levels; check the indentation)"]],
    [
      "an alias bomb",
      "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
      ["expands YAML aliases beyond the parser's limit (write the values out instead of nesting aliases)"],
    ],
    ["an alias without anchor", "name: *base\n", ["uses the alias *base with no anchor &base before it (define the anchor first)"]],
    ["two documents", "name: a\n---\nname: b\n", ["line 2: holds more than one YAML document (keep one: remove the '---' line and what follows)"]],
  ])("reports %s as one line", (_, text, messages) => {
    expect(linesOf(write("limits.yaml", text))).toEqual(messages.map((m) => `${join(dir, "limits.yaml")}: ${m}`));
  });

  it("keeps at most 10 syntax errors of a broken file", () => {
    const lines = linesOf(write("broken.yaml", Array.from({ length: 40 }, (_, i) => `k${i}: [\n`).join("")));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(10);
  });
});

describe("secret names (one pattern for config keys, Terraform names and policy)", () => {
  it.each(["clientSecret", "client_secret", "private_key_pem", "azure_devops_pat", "AZP-PAT", "workspaceKey", "sasToken", "adminPassword", "connection_string"])(
    "%s names a secret",
    (name) => expect(isSecretName(name)).toBe(true),
  );
  it.each(["path", "patch", "public_key", "name", "sku", "keyData", "subscriptionId"])("%s does not", (name) => expect(isSecretName(name)).toBe(false));
});

/** The problem lines a config load reports; fails the test on any other outcome. */
function problemLinesOf(load: () => unknown): string[] {
  try {
    load();
  } catch (e) {
    if (e instanceof ConfigError) return e.lines();
    throw e;
  }
  throw new Error("accepted");
}

describe("config rules and messages, one edit each", () => {
  it.each<[string, (r: any) => void, string[]]>([
    ["Performance routing without an endpoint location", (r) => ((r.azure.trafficManager.routingMethod = "Performance"), delete r.hubs[1].trafficManager.endpointLocation), ["hubs[1].trafficManager.endpointLocation: is required with Performance routing (set the Azure region nearest the hub, e.g. West US)"]],
    ["Priority routing without a priority", (r) => ((r.azure.trafficManager.routingMethod = "Priority"), delete r.hubs[1].trafficManager.priority), ["hubs[1].trafficManager.priority: is required with Priority routing (set a unique number 1-1000; 1 receives traffic first)"]],
    ["a 10 s probe interval with the default 10 s timeout", (r) => (r.azure.trafficManager.monitor = { intervalSeconds: 10 }), ["azure.trafficManager.monitor.timeoutSeconds: must be 5-9 when intervalSeconds is 10 (lower it or use intervalSeconds 30)"]],
    ["a path on a TCP probe", (r) => (r.azure.trafficManager.monitor = { protocol: "TCP", path: "/x" }), ["azure.trafficManager.monitor.path: is not used with TCP probes (remove it or use HTTP/HTTPS)"]],
    ["a probe interval that is neither 10 nor 30", (r) => (r.azure.trafficManager.monitor = { intervalSeconds: 20 }), ["azure.trafficManager.monitor.intervalSeconds: 20 is not valid here (see config/default.yaml)"]],
    ["two pools with one name", (r) => r.hubs[0].cluster.nodePools.push({ name: "linuxpool", count: 1 }), ["hubs[0].cluster.nodePools[1].name: duplicates another pool's name (give every node pool a unique name)"]],
    ["an ARM endpoint the domain cannot be derived from", (r) => (r.hubs[0].armEndpoint = "https://arm.example.com"), ["hubs[0].externalDomain: cannot be derived: the armEndpoint host is not management.seattle.<domain> (set externalDomain, e.g. azurestack.external)"]],
    ["an ARM endpoint that is no URL", (r) => (r.hubs[0].armEndpoint = "not a url"), ["hubs[0].armEndpoint: must be an https:// URL (e.g. https://management.seattle.example.com)", "hubs[0].externalDomain: cannot be derived: the armEndpoint host is not management.seattle.<domain> (set externalDomain, e.g. azurestack.external)"]],
    ["an unknown backend type", (r) => (r.backend = { type: "s3" }), ["backend.type: has no valid type (set type: local or type: azurerm)"]],
    ["a misspelt azurerm backend key", (r) => (r.backend = { type: "azurerm", resourceGroupName: "rg", storageAccountName: "sa123", containerName: "tfstate", storageAcount: "x" }), ["backend.storageAcount: unknown key (remove it; allowed here: type, resourceGroupName, storageAccountName, containerName)"]],
    ["an unknown engine key", (r) => (r.hubs[0].engine.foo = 1), ["hubs[0].engine.foo: unknown key (remove it; allowed here: vmSize, adminUsername, sshPublicKey, allowedSshCidrs, aksEngineVersion, image, addressSpace, aksEngineDownloadUrl, aksEngineSha256, jqDownloadUrl, jqSha256, kubectlMirrorUrl, sshIdentityFile, clusterDiskSizeGb)"]],
    ["a misspelt key in a list entry", (r) => (r.hubs[0].trafficManager = { weight: 1, wieght: 2 }), ['hubs[0].trafficManager.wieght: unknown key (did you mean "weight"?)']],
    ["an empty string", (r) => (r.hubs[0].engine.vmSize = ""), ["hubs[0].engine.vmSize: must have at least 1 characters (add some)"]],
    ["a number as text", (r) => (r.azure.trafficManager.monitor = { port: "80" }), ['azure.trafficManager.monitor.port: must be a number, not "80" (change the value\'s type)']],
    ["a mapping for a list", (r) => (r.hubs = {}), ["hubs: must be a list, not a mapping (change the value's type)"]],
    ["a list for a mapping", (r) => (r.app = []), ["app: must be a mapping, not a list (change the value's type)"]],
    ["text for a boolean", (r) => (r.app.monitoring = { enabled: "yes" }), ['app.monitoring.enabled: must be a boolean, not "yes" (change the value\'s type)']],
    ["a fraction for an integer", (r) => (r.app.autoscaling.minReplicas = 1.5), ["app.autoscaling.minReplicas: must be an int, not 1.5 (change the value's type)"]],
    ["null for a string", (r) => (r.name = null), ["name: must be a string, not null (change the value's type)"]],
    ["malformed CIDRs, and IPv6, which Azure Stack Hub networks do not carry", (r) => (r.hubs[0].engine.allowedSshCidrs = ["2001:db8::/48", "1:2:3:4:5:6:7:8:9/64", "2001:db8::/129", "12345::/64", "1::2::3/64", "300.1.1.1/24"]), [
      "hubs[0].engine.allowedSshCidrs[0]: is an IPv6 CIDR, but Azure Stack Hub networks are IPv4 only (list the IPv4 CIDR of your admin network or jump host, e.g. 203.0.113.0/24)",
      ...[1, 2, 3, 4, 5].map((i) => `hubs[0].engine.allowedSshCidrs[${i}]: is not a CIDR (write it like 203.0.113.0/24)`),
    ]],
    ["a service principal secret in a hub", (r) => (r.hubs[0].clientSecret = "x"), ["hubs[0].clientSecret: would put a secret in the config file (remove it; set the environment variable TF_VAR_hub_seattle_client_secret when you plan or deploy)"]],
    ["a secret under azure", (r) => (r.azure.clientSecret = "x"), ["azure.clientSecret: would put a secret in the config file (remove it; sign in with `az login` or set ARM_CLIENT_SECRET when you plan or deploy)"]],
    ["a key under backend", (r) => (r.backend = { type: "local", accessKey: "x" }), ["backend.accessKey: would put a secret in the config file (remove it; the azurerm backend signs in with Azure AD, or set ARM_ACCESS_KEY in the environment)"]],
    ["a token elsewhere", (r) => (r.app.apiToken = "x"), ["app.apiToken: would put a secret in the config file (remove it; secrets come from TF_VAR_* environment variables, see docs/config.md 'Secrets')"]],
  ])("reports %s", (_, edit, lines) => {
    expect(mutate(edit)).toEqual(lines.map((l) => `test.yaml: ${l}`));
  });

  it("accepts what the rules above allow: a 10 s interval with a 9 s timeout, a TCP probe on /, a given externalDomain", () => {
    const raw = defaultRaw();
    raw.azure.trafficManager.monitor = { intervalSeconds: 10, timeoutSeconds: 9, protocol: "TCP" };
    raw.hubs[0].armEndpoint = "https://management.seattle.example.com";
    raw.hubs[0].portalUrl = "https://portal.seattle.example.com";
    raw.hubs[0].externalDomain = "example.com";
    const c = configFrom(raw);
    expect(c.azure.trafficManager.monitor).toMatchObject({ intervalSeconds: 10, timeoutSeconds: 9, protocol: "TCP", path: "/" });
    expect(c.hubs[0].externalDomain).toBe("example.com");
  });

  it("accepts CIDRs at the limits and rejects one step beyond", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.allowedSshCidrs = ["255.255.255.255/32", "0.0.0.0/1"];
    expect(configFrom(raw).hubs[0].engine.allowedSshCidrs).toHaveLength(2);
    const bad = ["1.2.3.4.5/24", "x/1.2.3.4/24", "1.2.3.4/24x", "256.1.1.1/24", "1.2.3.4/33", "a::b::/64", "::g/64", "1.2.3/24"];
    expect(mutate((r) => (r.hubs[0].engine.allowedSshCidrs = bad))).toEqual(
      bad.map((_, i) => `test.yaml: hubs[0].engine.allowedSshCidrs[${i}]: is not a CIDR (write it like 203.0.113.0/24)`),
    );
  });

  it("finds a private key in any text field, even one the schema accepts", () => {
    expect(mutate((r) => (r.hubs[0].trafficManager.endpointLocation = fakePemPrivateKey()))).toEqual([
      "test.yaml: hubs[0].trafficManager.endpointLocation: holds a private key (remove it; keys are generated in Terraform or read from the environment)",
    ]);
  });

  it("accepts minReplicas equal to maxReplicas, a tag that only starts with 'latest', and refuses reserved user names", () => {
    const raw = defaultRaw();
    raw.app.autoscaling = { minReplicas: 5, maxReplicas: 5 };
    raw.app.images.mongodb = "docker.io/library/mongo:latest-x";
    expect(configFrom(raw).app.autoscaling.minReplicas).toBe(5);
    for (const name of ["root", "admin", "administrator"]) {
      expect(mutate((r) => (r.hubs[0].engine.adminUsername = name))).toEqual([
        "test.yaml: hubs[0].engine.adminUsername: is reserved on Azure Stack Hub VMs (use e.g. azureuser)",
      ]);
    }
  });

  it("derives no external domain from an ARM host that ends after the location", () => {
    expect(mutate((r) => (r.hubs[0].armEndpoint = "https://management.seattle."))).toEqual([
      "test.yaml: hubs[0].externalDomain: cannot be derived: the armEndpoint host is not management.seattle.<domain> (set externalDomain, e.g. azurestack.external)",
    ]);
  });

  it("reports the first line of a too deeply nested block document", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `${" ".repeat(i)}a:`).join("\n");
    const lines = problemLinesOf(() => parseConfig(text, "deep.yaml"));
    expect(lines).toHaveLength(1);
    // where the parser's stack runs out depends on the caller's stack depth: somewhere inside the file
    const line = Number(/^deep\.yaml: line (\d+): is nested too deeply/.exec(lines[0])?.[1]);
    expect(line).toBeGreaterThan(1);
    expect(line).toBeLessThanOrEqual(5000);
  });

  it("refuses a key given twice (YAML would keep the last one silently)", () => {
    expect(problemLinesOf(() => parseConfig("name: a\nname: b\n", "d.yaml"))).toEqual(["d.yaml: line 2: YAML syntax error: Map keys must be unique (fix the YAML at that line)"]);
  });

  it("names the Terraform variable of a hub's secret with '_' for '-'", () => {
    expect(hubClientSecretVariable("new-york")).toBe("hub_new_york_client_secret");
  });

  it("points at the release asset aks-engine-azurestack publishes for a tag", () => {
    expect(aksEngineDownloadUrl("v0.85.0")).toBe(
      "https://github.com/Azure/aks-engine-azurestack/releases/download/v0.85.0/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz",
    );
  });

  it("reports a read error without a code by its text", () => {
    const stat = jest.spyOn(fs, "statSync").mockImplementationOnce(() => {
      throw new Error("disk on fire");
    });
    try {
      expect(problemLinesOf(() => loadConfig("x.yaml"))).toEqual(["x.yaml: cannot be read: Error: disk on fire (check the file and HA_CONFIG)"]);
    } finally {
      stat.mockRestore();
    }
  });

});
