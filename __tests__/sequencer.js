/**
 * Jest's own order (slowest and failed first, from its cache; by file size on a fresh checkout), except that
 * the bats run of the lifecycle scripts (scripts.test.ts, the longest file) always starts first: started last,
 * as file size puts it on a clean CI machine, its half minute becomes the suite's tail.
 */
const Sequencer = require("@jest/test-sequencer").default;

class BatsFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const first = (t) => t.path.endsWith("/scripts.test.ts");
    return [...sorted.filter(first), ...sorted.filter((t) => !first(t))];
  }
}

module.exports = BatsFirst;
