import YAML from "yaml";
import { PerconaMongoDb, type PerconaMongoDbOptions } from "../../../constructs/apps/percona-mongodb";
import { MongoSecrets } from "../../../constructs/shared/mongo-secrets";
import { resources } from "../../helpers";
import { synthJson } from "../synth";

describe("PerconaMongoDb", () => {
  const options: Omit<PerconaMongoDbOptions, "secrets"> = {
    namespace: "ratings",
    repository: "https://mirror.example.com/charts",
    operatorVersion: "1.22.0",
    databaseVersion: "1.22.2",
    site: { role: "single" },
    storageClass: "managed-premium",
    storageSizeGi: 20,
    backup: { storageAccountName: "a", storageAccountKey: "k", container: "c", schedule: "0 3 * * *", pointInTimeRecovery: false, scheduled: true },
  };

  // a configured class and size (the construct alone: a whole-app synth per setting is too slow for this)
  it("installs the configured chart versions from the configured repository, with the configured volume, schedule and recovery", () => {
    const json = synthJson((s) => new PerconaMongoDb(s, "db", { ...options, secrets: new MongoSecrets(s, "s", { name: "ca" }) }));
    const release = (chart: string) => resources(json, "helm_release").find(([, r]) => r.chart === chart)![1];
    expect(release("psmdb-operator")).toMatchObject({ repository: "https://mirror.example.com/charts", version: "1.22.0" });
    const db = release("psmdb-db");
    expect(db).toMatchObject({ repository: "https://mirror.example.com/charts", version: "1.22.2" });
    const values = YAML.parse(db.values[0]);
    expect(values.replsets.rs0.volumeSpec.pvc).toMatchObject({ storageClassName: "managed-premium", resources: { requests: { storage: "20Gi" } } });
    expect(values.backup.pitr.enabled).toBe(false);
    expect(values.backup.tasks[0].schedule).toBe("0 3 * * *");
  });
});
