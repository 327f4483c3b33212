/**
 * cdktf records a full creation stack trace for every token it makes (only for its own debugging metadata);
 * capturing and formatting those thousands of traces was a third of a synth's time, growing with the hubs.
 * Errors created meanwhile (`new Error`) keep their stack; explicit captures get none.
 */
export function withoutStackTraces<T>(work: () => T): T {
  const capture = Error.captureStackTrace;
  Error.captureStackTrace = (target: object) => {
    (target as { stack?: string }).stack = "";
  };
  try {
    return work();
  } finally {
    Error.captureStackTrace = capture;
  }
}
