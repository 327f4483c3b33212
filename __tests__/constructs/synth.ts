import { TerraformStack, Testing } from "cdktf";

/** Synthesized JSON text of a one-construct stack (what cdktf's jest matchers take). */
export function synthText(build: (stack: TerraformStack) => void): string {
  const stack = new TerraformStack(Testing.app(), "test");
  build(stack);
  return Testing.synth(stack);
}

/** The same, parsed. */
export const synthJson = (build: (stack: TerraformStack) => void): any => JSON.parse(synthText(build));
