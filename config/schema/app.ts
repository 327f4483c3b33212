import { z } from "zod";
import { INGRESS_CONTROLLER_CHART, MONITORING_CHART, PERCONA_CHARTS } from "../catalog";
import { azureRegion, chartRepository, chartVersion, dnsLabel, int, ipv4Cidr } from "./fields";

/** `app`: the ratings app, its charts (pinned in config/catalog.ts, overridable for mirrors) and its data. */

const image = z
  .string()
  .regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)+(:[A-Za-z0-9_.-]+|@sha256:[a-f0-9]{64})$/, "must be an image reference with a tag or digest (e.g. myregistry.azurecr.io/ratings-api:v1.0.0)")
  .refine((s) => !/:latest$/.test(s), "uses the mutable tag 'latest' (pin a version tag or a digest)");

const ingressControllerSettings = z.strictObject({
  repository: chartRepository.default(INGRESS_CONTROLLER_CHART.repository),
  version: chartVersion.default(INGRESS_CONTROLLER_CHART.version),
  replicas: int(1, 10).default(2),
  className: dnsLabel(63).default("nginx"),
});

const monitoringSettings = z.strictObject({
  enabled: z.boolean().default(true),
  repository: chartRepository.default(MONITORING_CHART.repository),
  version: chartVersion.default(MONITORING_CHART.version),
});

// --- app.data: where the ratings data lives (docs/data.md) ---
const dataMode = z.enum(["replica-set", "cosmos", "per-hub"]);
/** Five-field cron as PBM's scheduled backups (backup.tasks[].schedule) take it, e.g. "0 2 * * *". */
const cron = z
  .string()
  .regex(/^(\S+\s+){4}\S+$/, 'must be a five-field cron schedule like "0 2 * * *" (minute hour day-of-month month day-of-week, UTC)');

const dataSettings = z
  .strictObject({
    /** replica-set: Percona Operator in every hub; cosmos: Azure Cosmos DB for MongoDB; per-hub: one pod per hub (trials). */
    mode: dataMode.default("replica-set"),
    /** The documented migration flag: the mode the running system has now; lifts the refusal to change modes. */
    migrateFrom: dataMode.optional(),
    /** replica-set only: one replica set spanning the hubs (Percona cross-site replication). */
    acrossHubs: z.boolean().default(false),
    /** acrossHubs only: a voting member in public Azure; default: exactly when the number of hubs is even. */
    arbiter: z.boolean().optional(),
    replicaSet: z
      .strictObject({
        repository: chartRepository.default(PERCONA_CHARTS.repository),
        operatorVersion: chartVersion.default(PERCONA_CHARTS.operatorVersion),
        databaseVersion: chartVersion.default(PERCONA_CHARTS.databaseVersion),
        /** StorageClass of the members' volumes; unset: the cluster's default class. */
        storageClass: dnsLabel(63).optional(),
        storageSizeGi: int(1, 1023).default(8),
        /** VM size of the public Azure voter (acrossHubs with an even number of hubs). */
        arbiterVmSize: z.string().min(1).default("Standard_B2s"),
        /** Address space of the public Azure voter's own virtual network (one subnet spans it). */
        arbiterAddressSpace: ipv4Cidr("must be an IPv4 CIDR (e.g. 10.110.0.0/24)").default("10.110.0.0/24"),
      })
      .prefault({}),
    backup: z
      .strictObject({
        schedule: cron.default("0 2 * * *"),
        /** Days backups (and the point-in-time window) are kept; the storage lifecycle rule deletes older blobs. */
        retentionDays: z.number().int().min(1, "must be at least 1 day: a retention of 0 keeps no backup (e.g. 30)").max(3650).default(30),
        /** Soft delete of blobs and containers, days (Azure allows 1-365). */
        softDeleteDays: int(1, 365).default(14),
        pointInTimeRecovery: z.boolean().default(true),
      })
      .prefault({}),
    cosmos: z
      .strictObject({
        /** First region is the write region; at least two for failover. */
        regions: z.array(azureRegion).default([]),
      })
      .prefault({}),
  })
  // combinations the modes cannot run with (docs/data.md); those that depend on the hubs are in config/schema.ts
  .superRefine((data, ctx) => {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (data.acrossHubs && data.mode !== "replica-set") add(["acrossHubs"], `applies to mode replica-set only, not ${data.mode} (remove it or set mode: replica-set)`);
    if (data.arbiter !== undefined && !(data.mode === "replica-set" && data.acrossHubs)) add(["arbiter"], "applies to mode replica-set with acrossHubs: true only (remove it)");
    if (data.mode === "cosmos") {
      const regions = data.cosmos.regions;
      if (regions.length < 2) add(["cosmos", "regions"], `lists ${regions.length} region(s): cosmos needs at least two for automatic failover (e.g. [westeurope, northeurope])`);
      const dup = regions.find((r, i) => regions.indexOf(r) !== i);
      if (dup) add(["cosmos", "regions"], `names ${dup} twice (list each region once)`);
    }
    if (data.migrateFrom === data.mode) add(["migrateFrom"], `is the same as mode ${data.mode} (remove migrateFrom once the migration is deployed)`);
  });
// --- end app.data ---

export const appSection = z
  .strictObject({
    namespace: dnsLabel(63).default("ratings"),
    // web and api default to the product registry, tagged with the upstream commit `npm run images` builds
    images: z.strictObject({ web: image.optional(), api: image.optional(), mongodb: image }),
    autoscaling: z
      .strictObject({
        minReplicas: int(1, 100).default(1),
        maxReplicas: int(1, 100).default(10),
        cpuUtilization: int(1, 100).default(80),
      })
      .superRefine((a, ctx) => {
        if (a.minReplicas > a.maxReplicas) {
          ctx.addIssue({ code: "custom", path: ["minReplicas"], message: `${a.minReplicas} is greater than maxReplicas ${a.maxReplicas} (make minReplicas <= maxReplicas)` });
        }
      })
      .prefault({}),
    ingressController: ingressControllerSettings.prefault({}),
    monitoring: monitoringSettings.prefault({}),
    data: dataSettings.prefault({}),
  })
  .superRefine((app, ctx) => {
    // the ratings chart's values.schema.json accepts only the official image (or a mirror of it)
    if (!/\/mongo[:@]/.test(app.images.mongodb)) {
      ctx.addIssue({ code: "custom", path: ["images", "mongodb"], message: "must be the official mongo image or a mirror of it (e.g. docker.io/library/mongo:8.0.4)" });
    }
  });
