import { configFrom, defaultConfig, defaultRaw, problemsAfter as problems } from "./helpers";

describe("config: container registry and images", () => {
  it("derives the registry name and points the app images at it, tagged with the pinned upstream commits", () => {
    const c = defaultConfig();
    expect(c.azure.containerRegistry).toEqual({ name: "contosoharegistry", sku: "Standard" });
    expect(c.app.images).toEqual({
      api: "contosoharegistry.azurecr.io/ratings-api:a0af402ca607433d116f1226dac32e7618bd92bb",
      web: "contosoharegistry.azurecr.io/ratings-web:6af69758e2cba30bbc8f2e9efadfc54c48574379",
      mongodb: "docker.io/library/mongo:8.0.4",
    });
  });

  it("follows a renamed registry, and keeps images the user points elsewhere", () => {
    const raw = defaultRaw();
    raw.azure.containerRegistry = { name: "ContosoAcr01", sku: "Premium" };
    raw.app.images.web = "registry.seattle.example.com/ratings/web:2.0.0";
    const c = configFrom(raw);
    expect(c.app.images.api).toBe("contosoacr01.azurecr.io/ratings-api:a0af402ca607433d116f1226dac32e7618bd92bb");
    expect(c.app.images.web).toBe("registry.seattle.example.com/ratings/web:2.0.0");
    expect(c.azure.containerRegistry.sku).toBe("Premium");
  });

  it("rejects a registry name ACR refuses", () => {
    expect(problems((r) => (r.azure.containerRegistry = { name: "contoso-acr" }))).toEqual([
      "test.yaml: azure.containerRegistry.name: must be a container registry name: 5-50 letters and digits, globally unique (e.g. contosoharegistry)",
    ]);
  });

  it("rejects an unknown SKU", () => {
    expect(problems((r) => (r.azure.containerRegistry = { sku: "Free" }))).toEqual([
      'test.yaml: azure.containerRegistry.sku: must be one of "Basic", "Standard", "Premium", not "Free" (pick one of those)',
    ]);
  });

  it("still rejects mutable image tags the user sets", () => {
    expect(problems((r) => (r.app.images.api = "myreg.azurecr.io/ratings-api:latest"))).toEqual([
      "test.yaml: app.images.api: uses the mutable tag 'latest' (pin a version tag or a digest)",
    ]);
  });
});

describe("config: self-hosted Azure Pipelines agent per hub", () => {
  it("is off by default, with a pinned agent, a pool named after the hub and the official download URL", () => {
    const raw = defaultRaw();
    delete raw.hubs[0].pipelinesAgent; // the bundled file turns it on
    const [seattle] = configFrom(raw).hubs;
    expect(seattle.pipelinesAgent).toEqual({
      enabled: false,
      vmSize: "Standard_D2_v2",
      agentVersion: "4.260.0",
      azureCli: false,
      pool: "seattle",
      downloadUrl: "https://download.agent.dev.azure.com/agent/4.260.0/vsts-agent-linux-x64-4.260.0.tar.gz",
      addressSpace: "10.250.0.0/24",
    });
  });

  it("carries the organization an enabled agent registers with, and takes the runner VM's own address space", () => {
    const raw = defaultRaw();
    raw.azure.devops.organizationUrl = "https://dev.azure.com/fabrikam";
    raw.hubs[1].pipelinesAgent.addressSpace = "10.251.0.0/24";
    const [s, o] = configFrom(raw).hubs;
    expect(s.pipelinesAgent).toMatchObject({ enabled: true, organizationUrl: "https://dev.azure.com/fabrikam", addressSpace: "10.250.0.0/24" });
    expect(o.pipelinesAgent).toMatchObject({ enabled: true, organizationUrl: "https://dev.azure.com/fabrikam", addressSpace: "10.251.0.0/24" });
    expect(problems((r) => (r.hubs[1].pipelinesAgent.addressSpace = "10.250.0.0/33"))).toEqual([
      "test.yaml: hubs[1].pipelinesAgent.addressSpace: must be an IPv4 CIDR (e.g. 10.250.0.0/24)",
    ]);
  });

  it("derives the download URL from an overridden version and keeps a mirror URL", () => {
    const raw = defaultRaw();
    raw.azure.devops = { organizationUrl: "https://dev.azure.com/contoso" };
    raw.hubs[0].pipelinesAgent = { enabled: true, agentVersion: "4.261.0", pool: "Seattle Hub" };
    raw.hubs[1].pipelinesAgent = { enabled: true, downloadUrl: "https://mirror.orlando.example.com/agent.tar.gz", sha256: "a".repeat(64) };
    const [s, o] = configFrom(raw).hubs;
    expect(s.pipelinesAgent.downloadUrl).toBe("https://download.agent.dev.azure.com/agent/4.261.0/vsts-agent-linux-x64-4.261.0.tar.gz");
    expect(s.pipelinesAgent.pool).toBe("Seattle Hub");
    expect(o.pipelinesAgent.downloadUrl).toBe("https://mirror.orlando.example.com/agent.tar.gz");
    expect(o.pipelinesAgent.sha256).toBe("a".repeat(64));
  });

  it("needs the Azure DevOps organization URL when an agent is enabled", () => {
    expect(
      problems((r) => {
        delete r.azure.devops;
        r.hubs[0].pipelinesAgent = { enabled: false };
        r.hubs[1].pipelinesAgent = { enabled: true };
      }),
    ).toEqual([
      "test.yaml: hubs[1].pipelinesAgent.enabled: needs azure.devops.organizationUrl (add it, e.g. https://dev.azure.com/contoso)",
    ]);
  });

  it("wants an https organization URL", () => {
    expect(problems((r) => (r.azure.devops = { organizationUrl: "http://dev.azure.com/contoso" }))).toEqual([
      "test.yaml: azure.devops.organizationUrl: must be an https:// URL (e.g. https://management.seattle.example.com)",
    ]);
  });

  it("checks the agent version, download URL, checksum and pool name", () => {
    expect(
      problems((r) => {
        r.hubs[0].pipelinesAgent = { agentVersion: "latest", downloadUrl: "ftp://x/agent.tar.gz", sha256: "ABC", pool: "-bad" };
      }),
    ).toEqual([
      "test.yaml: hubs[0].pipelinesAgent.pool: must be an agent pool name: letters, digits, ' ', '.', '_', '-' (e.g. seattle)",
      "test.yaml: hubs[0].pipelinesAgent.agentVersion: must be an Azure Pipelines agent version like 4.260.0",
      "test.yaml: hubs[0].pipelinesAgent.downloadUrl: must be an https:// URL (e.g. https://management.seattle.example.com)",
      "test.yaml: hubs[0].pipelinesAgent.sha256: must be a SHA-256 hex digest: 64 lowercase hex characters (from the agent's release notes)",
    ]);
  });

  it("refuses a PAT written into the config", () => {
    expect(problems((r) => (r.azure.devops = { organizationUrl: "https://dev.azure.com/contoso", pat: "abc" }))).toEqual([
      expect.stringMatching(/^test\.yaml: azure\.devops\.pat: would put a secret in the config file/),
    ]);
  });
});
