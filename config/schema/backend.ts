import { z } from "zod";

/** `backend`: where Terraform keeps each stack's state (docs/config.md "State"). */
export const backendSection = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("local") }),
    z.strictObject({
      type: z.literal("azurerm"),
      resourceGroupName: z.string().min(1),
      storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, "must be a storage account name: 3-24 lowercase letters and digits"),
      containerName: z.string().regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/, "must be a blob container name: 3-63 lowercase letters, digits and '-'"),
    }),
  ])
  .default({ type: "local" });
