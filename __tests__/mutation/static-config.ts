/**
 * Mutation runs of config/ only (stryker.config.mjs): load config/load.ts, and with it every zod schema, before
 * any test, as test files did before helpers.ts loaded it at first use. The schemas are then static code, which
 * `ignoreStatic` leaves out; loaded inside a test instead, a schema mutant counts as covered by whichever test
 * loaded the module first, and only that test is run against it, so the score would depend on test order.
 */
import "../../config/load";
