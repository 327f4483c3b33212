import { voterCloudConfig } from "../../../constructs/global/public-voter";
import { cloudInitSchema } from "../../helpers";

describe("voterCloudConfig", () => {
  it("gives the voter a cloud-config that cloud-init's own schema accepts", () => {
    const text = voterCloudConfig({ tlsPemBase64: "QQ==", caBase64: "QQ==", keyFileBase64: "QQ==", replset: "rs0", port: 27017 });
    const r = cloudInitSchema(text);
    expect(r.output).toContain("Valid cloud-config");
    expect(r.status).toBe(0);
  });
});
