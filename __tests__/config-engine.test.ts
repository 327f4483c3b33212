import { AKS_ENGINE_RELEASES } from "../config/catalog";
import { configFrom, defaultConfig, defaultRaw, problemsAfter as problems, fakePemPrivateKey } from "./helpers";

describe("engine and cluster config", () => {
  it("defaults to a Gen1 Ubuntu 22.04 image, its own /24, the release page's archive and no kubeconfig or identity file", () => {
    const h = defaultConfig().hubs[0];
    expect(h.engine.image).toEqual({ publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" });
    expect(h.engine.addressSpace).toBe("10.100.0.0/24");
    expect(h.engine.aksEngineDownloadUrl).toBe("https://github.com/Azure/aks-engine-azurestack/releases/download/v0.85.0/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz");
    expect(h.engine.sshIdentityFile).toBeUndefined();
    expect(h.cluster.kubeconfigFile).toBeUndefined();
  });

  it("fills the image fields that are not given", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.image = { sku: "22_04-lts-gen2" };
    expect(configFrom(raw).hubs[0].engine.image).toEqual({ publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts-gen2", version: "latest" });
  });

  it("requires a checksum when the catalog pins none for the release (fail closed)", () => {
    expect(problems((r) => delete r.hubs[1].engine.aksEngineSha256)).toEqual([
      "test.yaml: hubs[1].engine.aksEngineSha256: is required: the product pins no checksum for aks-engine-azurestack v0.85.0 (set the sha256sum of aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz, checked against the release page)",
    ]);
  });

  it("needs no checksum in config for a release the catalog pins one for", () => {
    const release = AKS_ENGINE_RELEASES["v0.85.0"] as { linuxAmd64Sha256?: string };
    release.linuxAmd64Sha256 = "c".repeat(64);
    try {
      const raw = defaultRaw();
      for (const h of raw.hubs) delete h.engine.aksEngineSha256;
      // resolved from the catalog: the stacks take the config's value and never default it
      expect(configFrom(raw).hubs.map((h) => h.engine.aksEngineSha256)).toEqual(["c".repeat(64), "c".repeat(64)]);
    } finally {
      delete release.linuxAmd64Sha256;
    }
  });

  it.each(["abc", "A".repeat(64), "0".repeat(63), `sha256:${"0".repeat(64)}`])("rejects checksum %s", (sha) => {
    expect(problems((r) => (r.hubs[0].engine.aksEngineSha256 = sha))).toEqual([
      "test.yaml: hubs[0].engine.aksEngineSha256: must be a SHA-256 checksum: 64 lowercase hex digits (from sha256sum of the release archive)",
    ]);
  });

  it("accepts an https mirror URL for disconnected hubs and rejects other URLs", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.aksEngineDownloadUrl = "https://mirror.contoso.example/aks/aks-engine-azurestack-v0.85.0-linux-amd64.tar.gz";
    expect(configFrom(raw).hubs[0].engine.aksEngineDownloadUrl).toContain("mirror.contoso.example");
    expect(problems((r) => (r.hubs[0].engine.aksEngineDownloadUrl = "http://mirror/x.tar.gz"))).toEqual([
      "test.yaml: hubs[0].engine.aksEngineDownloadUrl: must be an https:// URL (e.g. https://management.seattle.example.com)",
    ]);
  });

  it("disconnected hubs: jq from a mirror needs its checksum (and the checksum its URL); the kubectl mirror is an https URL", () => {
    const raw = defaultRaw();
    Object.assign(raw.hubs[0].engine, {
      jqDownloadUrl: "https://mirror.contoso.example/tools/jq-linux-amd64",
      jqSha256: "d".repeat(64),
      kubectlMirrorUrl: "https://mirror.contoso.example/kubernetes",
    });
    expect(configFrom(raw).hubs[0].engine).toMatchObject({ jqSha256: "d".repeat(64), kubectlMirrorUrl: "https://mirror.contoso.example/kubernetes" });
    expect(problems((r) => (r.hubs[0].engine.jqDownloadUrl = "https://mirror.contoso.example/tools/jq-linux-amd64"))).toEqual([
      "test.yaml: hubs[0].engine.jqSha256: is required with engine.jqDownloadUrl (set both: the jq binary's mirror URL and its sha256sum)",
    ]);
    expect(problems((r) => (r.hubs[0].engine.jqSha256 = "d".repeat(64)))).toEqual([
      "test.yaml: hubs[0].engine.jqDownloadUrl: is required with engine.jqSha256 (set both: the jq binary's mirror URL and its sha256sum)",
    ]);
    expect(problems((r) => (r.hubs[0].engine.kubectlMirrorUrl = "http://mirror/k8s"))).toEqual([
      "test.yaml: hubs[0].engine.kubectlMirrorUrl: must be an https:// URL (e.g. https://management.seattle.example.com)",
    ]);
  });

  it.each(["10.0.0.0", "2001:db8::/64", "10.0.0.0/33"])("rejects engine address space %s", (cidr) => {
    expect(problems((r) => (r.hubs[0].engine.addressSpace = cidr))).toEqual([
      "test.yaml: hubs[0].engine.addressSpace: must be an IPv4 CIDR (e.g. 10.100.0.0/24)",
    ]);
  });

  it("accepts plain file paths for the kubeconfig and the SSH identity file", () => {
    const raw = defaultRaw();
    raw.hubs[0].cluster.kubeconfigFile = "kubeconfig/seattle.kubeconfig";
    raw.hubs[0].engine.sshIdentityFile = "~/.ssh/id_rsa";
    const h = configFrom(raw).hubs[0];
    expect([h.cluster.kubeconfigFile, h.engine.sshIdentityFile]).toEqual(["kubeconfig/seattle.kubeconfig", "~/.ssh/id_rsa"]);
  });

  it.each(['a"b', "${file(x)}", "a\nb", "$HOME/.kube/c"])("rejects path %j that would be a Terraform expression or break quoting", (p) => {
    expect(problems((r) => (r.hubs[0].cluster.kubeconfigFile = p))).toEqual([
      "test.yaml: hubs[0].cluster.kubeconfigFile: must be a plain file path without quotes, '$' or newlines (e.g. ~/.ssh/id_rsa)",
    ]);
  });

  it("refuses a private key pasted instead of the identity file path", () => {
    const lines = problems((r) => (r.hubs[0].engine.sshIdentityFile = fakePemPrivateKey()));
    expect(lines).toContain("test.yaml: hubs[0].engine.sshIdentityFile: holds a private key (remove it; keys are generated in Terraform or read from the environment)");
  });
});

// config/schema/fields.ts uses zod's built-in formats (z.cidrv4, z.cidrv6, z.url, z.guid, z.hash); where they
// differ from the hand-written checks they replaced, these pin the new behaviour.
describe("built-in format checks: where they differ from the former hand-written ones", () => {
  const SSH_NOT_CIDR = "is not a CIDR (write it like 203.0.113.0/24)";
  const SSH_IPV6 = "is an IPv6 CIDR, but Azure Stack Hub networks are IPv4 only (list the IPv4 CIDR of your admin network or jump host, e.g. 203.0.113.0/24)";

  it.each([
    ["hubs[0].engine.addressSpace", (r: any, v: string) => (r.hubs[0].engine.addressSpace = v), "must be an IPv4 CIDR (e.g. 10.100.0.0/24)"],
    ["hubs[0].egressCidrs[0]", (r: any, v: string) => (r.hubs[0].egressCidrs = [v]), "is not an IPv4 CIDR (write it like 198.51.100.0/28)"],
    ["hubs[0].engine.allowedSshCidrs[0]", (r: any, v: string) => (r.hubs[0].engine.allowedSshCidrs = [v]), SSH_NOT_CIDR],
  ])("%s: refuses leading zeros in an octet or the prefix length (formerly accepted)", (path, set, message) => {
    for (const cidr of ["198.051.100.0/28", "198.51.100.0/028"]) {
      expect(problems((r) => set(r, cidr))).toEqual([`test.yaml: ${path}: ${message}`]);
    }
  });

  it("tells a malformed IPv6 CIDR from a valid one, IPv4-mapped addresses included", () => {
    const ssh = (cidr: string) => problems((r) => (r.hubs[0].engine.allowedSshCidrs = [cidr]));
    // formerly "is an IPv6 CIDR": the hand-written check counted colons, not groups
    expect(ssh("1:2:3/64")).toEqual([`test.yaml: hubs[0].engine.allowedSshCidrs[0]: ${SSH_NOT_CIDR}`]);
    expect(ssh(":::/64")).toEqual([`test.yaml: hubs[0].engine.allowedSshCidrs[0]: ${SSH_NOT_CIDR}`]);
    // formerly "is not a CIDR": the hand-written check allowed no dots in an IPv6 address
    expect(ssh("::ffff:203.0.113.0/120")).toEqual([`test.yaml: hubs[0].engine.allowedSshCidrs[0]: ${SSH_IPV6}`]);
  });

  it("trims an https URL and drops tabs and line breaks inside it, as the URL parser reads it (formerly kept as written)", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.aksEngineDownloadUrl = " https://mirror.contoso.example/aks\t/a.tar.gz\n";
    expect(configFrom(raw).hubs[0].engine.aksEngineDownloadUrl).toBe("https://mirror.contoso.example/aks/a.tar.gz");
  });

  it("keeps a wrong type's own message rather than the format's", () => {
    expect(problems((r) => (r.hubs[0].subscriptionId = 42))).toEqual(["test.yaml: hubs[0].subscriptionId: must be a string, not 42 (change the value's type)"]);
    expect(problems((r) => (r.hubs[0].engine.addressSpace = 24))).toEqual(["test.yaml: hubs[0].engine.addressSpace: must be a string, not 24 (change the value's type)"]);
  });
});

describe("hubs[].egressCidrs: public IPv4 only, never a large part of the internet", () => {
  const PRIVATE = "is a private address: other hubs and public Azure see this hub's public egress address (e.g. 198.51.100.0/28)";
  const LARGE = "is open to the internet or a large part of it (list only the public IPv4 addresses this hub's nodes leave from, e.g. 198.51.100.0/28)";
  const egress = (cidr: string) => problems((r) => (r.hubs[0].egressCidrs = [cidr])).map((line) => line.replace("test.yaml: hubs[0].egressCidrs[0]: ", ""));

  it.each([
    // RFC 1918, loopback, link-local and carrier-grade NAT, at both ends of each range
    ["10.1.2.0/28"],
    ["127.0.0.0/8"],
    ["172.16.0.0/12"],
    ["172.31.255.0/28"],
    ["192.168.1.0/24"],
    ["169.254.0.0/16"],
    ["100.64.0.0/10"],
    ["100.127.0.0/16"],
  ])("refuses the private range %s", (cidr) => {
    expect(egress(cidr)).toEqual([PRIVATE]);
  });

  it.each([["172.15.0.0/16"], ["172.32.0.0/16"], ["192.169.0.0/24"], ["169.253.0.0/16"], ["100.63.0.0/16"], ["100.128.0.0/16"], ["11.0.0.0/8"], ["198.51.100.0/28"]])(
    "accepts the public range %s",
    (cidr) => {
      const raw = defaultRaw();
      raw.hubs[0].egressCidrs = [cidr];
      expect(configFrom(raw).hubs[0].egressCidrs).toEqual([cidr]);
    },
  );

  it("refuses more than a /8 and the whole internet, and says only that", () => {
    expect(egress("198.0.0.0/7")).toEqual([LARGE]);
    expect(egress("0.0.0.0/0")).toEqual([LARGE]);
    expect(egress("10.0.0.0/7")).toEqual([LARGE, PRIVATE]);
  });

  it("refuses an IPv6 CIDR with the IPv4 message", () => {
    expect(egress("2001:db8::/48")).toEqual(["is not an IPv4 CIDR (write it like 198.51.100.0/28)"]);
  });
});

describe("hubs[].engine.allowedSshCidrs: never the whole internet", () => {
  const OPEN = "opens SSH to the whole internet (list the CIDRs of your admin network or jump host, e.g. 203.0.113.0/24)";
  const ssh = (cidr: string) => problems((r) => (r.hubs[0].engine.allowedSshCidrs = [cidr])).map((line) => line.replace("test.yaml: hubs[0].engine.allowedSshCidrs[0]: ", ""));

  it.each([["0.0.0.0/0"], ["::/0"], ["Internet"], ["*"], ["any"]])("refuses %s", (cidr) => {
    expect(ssh(cidr)).toEqual([OPEN]);
  });

  it("accepts a /1 (the rule is about the whole internet, not its size)", () => {
    const raw = defaultRaw();
    raw.hubs[0].engine.allowedSshCidrs = ["128.0.0.0/1"];
    expect(configFrom(raw).hubs[0].engine.allowedSshCidrs).toEqual(["128.0.0.0/1"]);
  });
});
