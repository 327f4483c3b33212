import { TerraformStack, Testing } from "cdktf";

/** Synthesized JSON text of a one-construct stack (what cdktf's jest matchers take). */
export function synthText(build: (stack: TerraformStack) => void): string {
  const stack = new TerraformStack(Testing.app(), "test");
  build(stack);
  return Testing.synth(stack);
}

/** The same, parsed. */
export const synthJson = (build: (stack: TerraformStack) => void): any => JSON.parse(synthText(build));

/** The one resource of a type in a synthesized stack; fails the test when there is none or more than one. */
export function only(json: any, type: string): any {
  const all = Object.values<any>(json.resource?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}
