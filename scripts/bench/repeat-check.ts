// Runs `ropa check` on one register several times in one process and prints each run's stage times
// (ROPA_TIMINGS), to tell a cold check's cost from the steady state:
//   npx tsx scripts/bench/repeat-check.ts <register> [runs=4] [--today YYYY-MM-DD]
// The timings a process prints add up over its runs; each line here is one run's own.
import { DEFAULT_TODAY } from "./generate.js";

const [register, runsArg] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--today");
const todayAt = process.argv.indexOf("--today");
const today = todayAt > 0 ? process.argv[todayAt + 1]! : DEFAULT_TODAY;
if (!register) throw new Error("usage: repeat-check.ts <register> [runs] [--today YYYY-MM-DD]");
// Read when the engine loads, so set before it is imported.
process.env.ROPA_TIMINGS = "1";
const { main } = await import("../../engine/cli.js");

let before: Record<string, number> = {};
for (let run = 1; run <= Number(runsArg ?? 4); run++) {
  let timings: Record<string, number> = {};
  const started = performance.now();
  await main(["check", register, "--no-cache", "--format", "json", "--output", "/dev/null", "--today", today], {
    stdout: () => {},
    stderr: (text) => {
      if (text.includes("ropa_timings")) timings = (JSON.parse(text) as { ropa_timings: { stages: Record<string, number> } }).ropa_timings.stages;
    },
  });
  const own = Object.fromEntries(Object.entries(timings).map(([stage, ms]) => [stage, Math.round(ms - (before[stage] ?? 0))]));
  before = timings;
  console.log(`run ${run}: ${Math.round(performance.now() - started)} ms`, JSON.stringify(own));
}
