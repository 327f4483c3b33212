import { PublicIp } from "@cdktf/provider-azurestack/lib/public-ip";
import { IngressPublicIp } from "../../../constructs/hub/ingress-public-ip";
import { synthText } from "../synth";

describe("IngressPublicIp", () => {
  it("is static, with a DNS label, in the given resource group", () => {
    const text = synthText((s) => new IngressPublicIp(s, "ip", { name: "pip", location: "local", resourceGroupName: "cluster-rg", domainNameLabel: "x-ingress" }));
    expect(text).toHaveResourceWithProperties(
      PublicIp,
      { name: "pip", allocation_method: "Static", resource_group_name: "cluster-rg", domain_name_label: "x-ingress" },
    );
  });
});
