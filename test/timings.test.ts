// ROPA_TIMINGS=1: beside each stage's time, the memory when it ended, so a run shows which stage reaches the peak.
import { afterEach, expect, test, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

test("each stage's peak RSS, heap in use and external memory are reported", async () => {
  vi.stubEnv("ROPA_TIMINGS", "1");
  vi.resetModules();
  const timings = await import("../engine/timings.js");
  const kept = timings.timed("fill", () => new Array(1 << 20).fill(1));
  timings.addTime("elsewhere", 5);
  let out = "";
  timings.reportTimings((text) => (out += text));
  const { stages, memory, max_rss_mb } = JSON.parse(out).ropa_timings;
  expect(Object.keys(stages)).toEqual(["fill", "elsewhere"]);
  for (const stage of ["fill", "elsewhere"]) {
    expect(memory.peak_rss_mb_after[stage]).toBeGreaterThan(0);
    expect(memory.peak_rss_mb_after[stage]).toBeLessThanOrEqual(max_rss_mb);
    expect(memory.heap_used_mb_after[stage]).toBeGreaterThan(0);
    expect(memory.external_mb_after[stage]).toBeGreaterThanOrEqual(0);
  }
  expect(kept.length).toBe(1 << 20);
});
