// Opt-in stage timer for the benchmark: with ROPA_TIMINGS=1 the CLI prints, on standard error, one JSON
// line with the milliseconds spent in each stage and the process's peak memory. Off, `timed` is a plain
// call: nothing is measured or kept.
const enabled = Boolean(process.env.ROPA_TIMINGS) && process.env.ROPA_TIMINGS !== "0";

const stages: Record<string, number> = {};

/** Runs `fn`, adding its wall time to `stage` (a stage run twice, as in judging a change, adds up). */
export function timed<T>(stage: string, fn: () => T): T {
  if (!enabled) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    stages[stage] = (stages[stage] ?? 0) + (performance.now() - start);
  }
}

/** Adds `ms` to `stage`, for work timed elsewhere (on other threads). */
export function addTime(stage: string, ms: number): void {
  if (enabled) stages[stage] = (stages[stage] ?? 0) + ms;
}

const counts: Record<string, number> = {};

/** Adds `n` to a count of work done or skipped (files parsed, records from the cache, git objects read). */
export function count(name: string, n: number): void {
  if (enabled) counts[name] = (counts[name] ?? 0) + n;
}

/** When timings are on, writes `{"ropa_timings": {stages, counts, total_ms, max_rss_mb}}` to standard error. */
export function reportTimings(stderr: (text: string) => void = (t) => process.stderr.write(t)): void {
  if (!enabled) return;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const out = {
    ropa_timings: {
      stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])),
      counts,
      // Since the process started: includes Node's own start-up and loading the modules.
      total_ms: round(performance.now()),
      max_rss_mb: round(process.resourceUsage().maxRSS / 1024),
    },
  };
  stderr(JSON.stringify(out) + "\n");
}
