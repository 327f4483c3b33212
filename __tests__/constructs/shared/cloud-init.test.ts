import { Fn, TerraformOutput } from "cdktf";
import { terraformLiteral, trustedRootCaCloudConfig } from "../../../constructs/shared/cloud-init";
import { terraformEval } from "../../helpers";
import { synthJson } from "../synth";

describe("terraformLiteral", () => {
  it("hands text to Terraform literally: backslashes, ${ and %{ are not interpolated (real terraform console)", () => {
    const text = 'a\\b ${var.x} %{ if true }y%{ endif } "q"\n';
    const json = synthJson((s) => new TerraformOutput(s, "literal", { value: Fn.base64encode(terraformLiteral(text)) }));
    const body = json.output.literal.value.slice(2, -1);
    expect(Buffer.from(terraformEval(body) as string, "base64").toString("utf8")).toBe(text);
  });
});

describe("trustedRootCaCloudConfig", () => {
  it("gives cloud-init's ca_certs the PEM as is, and nothing at all without one", () => {
    const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    expect(trustedRootCaCloudConfig(pem)).toEqual({ ca_certs: { trusted: [pem] } });
    expect(trustedRootCaCloudConfig(undefined)).toEqual({});
    expect(trustedRootCaCloudConfig("")).toEqual({});
  });
});
