// Opt-in stage timer for the benchmark: with ROPA_TIMINGS=1 the CLI prints, on standard error, one JSON
// line with the milliseconds spent in each stage and the process's peak memory. Off, `timed` is a plain
// call: nothing is measured or kept.
const enabled = Boolean(process.env.ROPA_TIMINGS) && process.env.ROPA_TIMINGS !== "0";

const stages: Record<string, number> = {};
/** The process's peak resident memory (MB) when each stage last ended: the stage where it jumps is where the peak is. */
const peakAfter: Record<string, number> = {};
/** The JS heap in use and the memory outside it (WebAssembly memories, buffers), in MB, when each stage last ended. */
const heapAfter: Record<string, number> = {};
const externalAfter: Record<string, number> = {};

const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;

function noteMemory(stage: string): void {
  const m = process.memoryUsage();
  peakAfter[stage] = mb(process.resourceUsage().maxRSS * 1024);
  heapAfter[stage] = mb(m.heapUsed);
  externalAfter[stage] = mb(m.external);
}

/**
 * Milliseconds from an arbitrary start, for differences. Not `performance.now()`: the first use of `performance`
 * loads ten of Node's modules (~1.5 ms of every check's start).
 */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Runs `fn`, adding its wall time to `stage` (a stage run twice, as in judging a change, adds up). */
export function timed<T>(stage: string, fn: () => T): T {
  if (!enabled) return fn();
  const start = now();
  try {
    return fn();
  } finally {
    stages[stage] = (stages[stage] ?? 0) + (now() - start);
    noteMemory(stage);
  }
}

/** Adds `ms` to `stage`, for work timed elsewhere (on other threads). */
export function addTime(stage: string, ms: number): void {
  if (!enabled) return;
  stages[stage] = (stages[stage] ?? 0) + ms;
  noteMemory(stage);
}

const counts: Record<string, number> = {};

/** Adds `n` to a count of work done or skipped (files parsed, records from the cache, git objects read). */
export function count(name: string, n: number): void {
  if (enabled) counts[name] = (counts[name] ?? 0) + n;
}

/**
 * When timings are on, writes `{"ropa_timings": {stages, counts, total_ms, max_rss_mb, memory}}` to standard error;
 * `memory` has, per stage, the peak RSS so far, the JS heap in use and the external memory when it ended.
 */
export function reportTimings(stderr: (text: string) => void = (t) => process.stderr.write(t)): void {
  if (!enabled) return;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const out = {
    ropa_timings: {
      stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])),
      counts,
      // Since the process started: includes Node's own start-up and loading the modules.
      total_ms: round(process.uptime() * 1000),
      max_rss_mb: round(process.resourceUsage().maxRSS / 1024),
      memory: { peak_rss_mb_after: peakAfter, heap_used_mb_after: heapAfter, external_mb_after: externalAfter },
    },
  };
  stderr(JSON.stringify(out) + "\n");
}
