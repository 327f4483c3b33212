import { App } from "cdktf";
import { ConfigError, DEFAULT_CONFIG_FILE, loadConfig } from "./config/load";
import { buildStacks } from "./stacks";

// Config is validated completely before `new App()`, which creates the output folder: a bad file
// produces one line per problem, exit status 2, and no output.
function main(): void {
  const file = process.env.HA_CONFIG || DEFAULT_CONFIG_FILE;
  let config;
  try {
    config = loadConfig(file);
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const line of e.lines()) console.error(line);
      console.error(`${e.problems.length} problem(s): nothing was synthesized.`);
      process.exit(2);
    }
    throw e;
  }
  const app = new App();
  buildStacks(app, config);
  app.synth();
  console.error(`synthesized ${config.hubs.length * 2 + 2} stacks from ${file} into ${app.outdir}`);
}

main();
