/**
 * cdktf records a full creation stack trace for every token it makes (only for its own debugging metadata);
 * capturing and formatting those thousands of traces was a third of a synth's time, growing with the hubs.
 * While `work` runs, cdktf's own capture helper (every token calls it through its module's exports) returns
 * no trace; Error.captureStackTrace and every other error's stack are left alone.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cdktfStackTrace: { captureStackTrace: (below?: unknown) => string[] } = require("cdktf/lib/tokens/private/stack-trace");

export function withoutStackTraces<T>(work: () => T): T {
  const capture = cdktfStackTrace.captureStackTrace;
  cdktfStackTrace.captureStackTrace = () => [];
  try {
    return work();
  } finally {
    cdktfStackTrace.captureStackTrace = capture;
  }
}
