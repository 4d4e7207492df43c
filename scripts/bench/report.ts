// The benchmark's report: its results' shape, the targets from issue 16, and the tables printed by
// `npm run bench` and written into the README (scripts/docs.ts, from the JSON of the run kept in
// scripts/bench/latest.json), so that the README shows a run exactly as it printed.

import { startupRows, type StartupRow } from "./startup.js";

export type Contender = "floor" | "ours" | "opa_eval" | "conftest";
export const CONTENDERS: Contender[] = ["floor", "ours", "opa_eval", "conftest"];
export const LABEL: Record<Contender, string> = { floor: "floor", ours: "ours", opa_eval: "opa eval", conftest: "conftest" };

export interface Stat {
  median_ms: number;
  median_cpu_ms: number | null;
  peak_rss_mb: number | null;
  runs_ms: number[];
}

/** A contender that did not finish at a size: killed at the timeout, or not started because it would not finish. */
export interface NotRun {
  not_run: string;
}

export interface SizeResult {
  records: number;
  bytes: number;
  counts: Record<string, number>;
  /** Findings of ours; violations of opa eval and failures of conftest on the first run (should agree). */
  findings: Partial<Record<Contender, number>>;
  floor?: Stat | NotRun;
  ours?: (Stat & { stages: Record<string, number> }) | NotRun;
  opa_eval?: Stat | NotRun;
  conftest?: Stat | NotRun;
  /** Ratios of median wall times, and of median CPU times. */
  ratios: { ours_over_floor?: number; opa_eval_over_ours?: number; conftest_over_ours?: number };
  cpu_ratios: { ours_over_floor?: number; opa_eval_over_ours?: number; conftest_over_ours?: number };
}

export interface ScenarioResult extends Stat {
  id: string;
  label: string;
  records: number;
  baseline_ms: number | null;
  ratio: number | null;
  stages?: Record<string, number>;
  output?: unknown;
  not_run?: string;
}

export const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

export const ran = (s?: Stat | NotRun): s is Stat => s !== undefined && !("not_run" in s);

export interface Target {
  target: string;
  measured: number | string | null;
  met: boolean | null;
}

export function targets(sizes: SizeResult[], scenarios: ScenarioResult[]): Target[] {
  const at = (n: number) => sizes.find((s) => s.records === n);
  const k10 = at(10_000);
  const k100 = at(100_000);
  const t = (target: string, measured: number | null | undefined, ok: (x: number) => boolean, notRun?: string): Target => ({
    target,
    measured: measured ?? notRun ?? null,
    met: measured === undefined || measured === null ? (notRun ? false : null) : ok(measured),
  });
  const pr = scenarios.find((s) => s.id === "pr_check_one_record");
  const median = (id: string) => {
    const s = scenarios.find((x) => x.id === id);
    return { ms: s && !s.not_run ? s.median_ms : undefined, notRun: s?.not_run };
  };
  const history = median("history_5000_commits");
  const evidence = median("evidence_1000_merges");
  const o10 = ran(k10?.ours) ? k10.ours : undefined;
  const o100 = ran(k100?.ours) ? k100.ours : undefined;
  const missed = (s?: SizeResult, c: Contender = "ours") => {
    const v = s?.[c];
    return v && "not_run" in v ? `${LABEL[c]}: ${v.not_run}` : undefined;
  };
  const warm = scenarios.find((s) => s.id === "warm_check_unchanged");
  const k100r = at(100);
  return [
    t("100: ours ≤ opa eval (opa eval / ours ≥ 1)", k100r?.ratios.opa_eval_over_ours, (x) => x >= 1, missed(k100r) ?? missed(k100r, "opa_eval")),
    t("10k: ours ≤ 2.0 × floor", k10?.ratios.ours_over_floor, (x) => x <= 2, missed(k10)),
    t("10k: ≥ 2 × faster than opa eval (opa eval / ours ≥ 2)", k10?.ratios.opa_eval_over_ours, (x) => x >= 2, missed(k10) ?? missed(k10, "opa_eval")),
    t("10k: ≥ 5 × faster than conftest (conftest / ours ≥ 5)", k10?.ratios.conftest_over_ours, (x) => x >= 5, missed(k10) ?? missed(k10, "conftest")),
    t("100k: completes (ours, median ms)", o100?.median_ms, () => true, missed(k100)),
    t("100k: peak RSS < 1 GiB (ours, MB)", o100?.peak_rss_mb, (x) => x < 1024, missed(k100)),
    t("time(100k) / time(10k) ≤ 12 (ours)", o10 && o100 ? round(o100.median_ms / o10.median_ms, 2) : null, (x) => x <= 12, missed(k100)),
    t("10k: one-record PR check, the base's cache restored, ≤ 1.5 × full check", pr?.ratio, (x) => x <= 1.5, pr?.not_run),
    t("10k: warm second check of the unchanged register ≤ 0.2 × a cold one", warm?.ratio, (x) => x <= 0.2, warm?.not_run),
    t("history over 5,000 commits about 2 s (median ms, ≤ 2,500)", history.ms, (x) => x <= 2_500, history.notRun),
    t("evidence pack over ≥ 1,000 merges under a minute (median ms)", evidence.ms, (x) => x < 60_000, evidence.notRun),
  ];
}

export function table(date: string, machine: { nproc: number; cpu: string; node: string; loadavg_start: number[] }, sizes: SizeResult[], scenarios: ScenarioResult[], goals: Target[], lifted: string[], conftestNote?: string, startup: StartupRow[] = []): string {
  const ms = (s?: Stat | NotRun) => (s === undefined ? "—" : !ran(s) ? (s.not_run.startsWith("killed") ? "timeout" : s.not_run.startsWith("failed") ? "failed" : "not run") : fmtMs(s.median_ms));
  const fmtMs = (v: number) => (v >= 10_000 ? `${round(v / 1000, 1)} s` : `${Math.round(v)} ms`);
  const cpu = (s?: Stat | NotRun) => (ran(s) && s.median_cpu_ms !== null ? fmtMs(s.median_cpu_ms) : "—");
  const mb = (s?: Stat | NotRun) => (ran(s) && s.peak_rss_mb ? `${Math.round(s.peak_rss_mb)} MB` : "—");
  const x = (r?: number) => (r === undefined ? "—" : `${r.toFixed(2)}×`);
  const out: string[] = [];
  out.push("", `ropa benchmark · ${date.slice(0, 10)} · ${machine.nproc} cores, ${machine.cpu} · node ${machine.node} · load average at start ${machine.loadavg_start.join(" ")}`, "");
  if (startup.length) out.push(...markdownTable(startupRows(startup)), "");
  const rows: string[][] = [["records", "floor", "ours", "opa eval", "conftest", "ours / floor", "opa eval / ours", "conftest / ours", "RSS floor", "RSS ours", "RSS opa eval", "RSS conftest"]];
  for (const s of sizes) {
    rows.push([s.records.toLocaleString("en"), ms(s.floor), ms(s.ours), ms(s.opa_eval), ms(s.conftest), x(s.ratios.ours_over_floor), x(s.ratios.opa_eval_over_ours), x(s.ratios.conftest_over_ours), mb(s.floor), mb(s.ours), mb(s.opa_eval), mb(s.conftest)]);
  }
  // --only measures scenarios alone: no contender ran, so no size table, finding count or unmeasured target.
  const contenders = sizes.length > 0;
  if (contenders) out.push("median wall time, peak RSS, and ratios of median wall times:", "", ...markdownTable(rows), "");
  const cpuRows: string[][] = [["records", "floor", "ours", "opa eval", "conftest", "ours / floor", "opa eval / ours", "conftest / ours"]];
  for (const s of sizes) cpuRows.push([s.records.toLocaleString("en"), cpu(s.floor), cpu(s.ours), cpu(s.opa_eval), cpu(s.conftest), x(s.cpu_ratios.ours_over_floor), x(s.cpu_ratios.opa_eval_over_ours), x(s.cpu_ratios.conftest_over_ours)]);
  if (contenders) out.push("median CPU time (user + system; less disturbed by a busy machine, but counts every core used):", "", ...markdownTable(cpuRows), "");
  const names = [...new Set(sizes.flatMap((s) => (ran(s.ours) ? Object.keys(s.ours.stages) : [])))];
  if (names.length) {
    const stageRows: string[][] = [["records", ...names]];
    for (const s of sizes) stageRows.push([s.records.toLocaleString("en"), ...names.map((n) => (ran(s.ours) && s.ours.stages[n] !== undefined ? `${Math.round(s.ours.stages[n])}` : "—"))]);
    out.push("ours, median ms per stage (ROPA_TIMINGS=1):", "", ...markdownTable(stageRows), "");
  }
  const scRows: string[][] = [["scenario", "records", "median", "median CPU", "peak RSS", "full check", "ratio"]];
  for (const s of scenarios) scRows.push([s.label, s.records.toLocaleString("en"), s.not_run ? s.not_run : fmtMs(s.median_ms), cpu(s), mb(s), s.baseline_ms ? fmtMs(s.baseline_ms) : "—", s.ratio === null ? "—" : `${s.ratio.toFixed(2)}×`]);
  out.push(...markdownTable(scRows), "");
  out.push("targets:", ...targetLines(goals.filter((g) => contenders || g.measured !== null)), "");
  const f = sizes.map((s) => `${s.records}: ${Object.entries(s.findings).map(([k, v]) => `${LABEL[k as Contender]} ${v ?? "?"}`).join(", ")}`).join("; ");
  if (contenders) out.push(`findings per contender (first run): ${f}`);
  for (const s of sizes) {
    for (const c of CONTENDERS) {
      const v = s[c];
      if (v && "not_run" in v) out.push(`note: ${LABEL[c]} at ${s.records.toLocaleString("en")} records: ${v.not_run}.`);
    }
  }
  if (lifted.length) out.push(`note: --lift-limits: ${lifted.join(", ")} were lifted in the benchmark's bundle only; the real CLI stops at them.`);
  if (conftestNote && contenders) out.push(`note: conftest ${conftestNote}.`);
  out.push("");
  return out.join("\n");
}

export function markdownTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)];
}

/** What `--json` writes: one run of the benchmark. */
export interface BenchReport {
  date: string;
  commit?: string;
  machine: { nproc: number; cpu: string; node: string; loadavg_start: number[]; loadavg_end?: number[] };
  settings: { limits_lifted: string[] };
  /** Absent in runs kept from before the start-up rows. */
  startup?: StartupRow[];
  sizes: SizeResult[];
  scenarios: ScenarioResult[];
  targets: Target[];
}

const targetLines = (goals: Target[]) => goals.map((g) => `  ${g.met === null ? "·" : g.met ? "✔" : "✘"} ${g.target}: ${g.measured === null ? "not measured" : g.measured}`);

/** The command and run a kept report (scripts/bench/latest.json) came from. */
const ranAs = (report: BenchReport) =>
  `\`npm run bench -- --sizes ${report.sizes.map((s) => s.records).join(",")} --runs ${report.sizes.map((s) => (ran(s.ours) ? s.ours.runs_ms.length : 0)).join(",")} --json scripts/bench/latest.json\`${report.commit ? ` at ${report.commit}` : ""}, load average ${report.machine.loadavg_start.join(" ")} at the start${report.machine.loadavg_end ? ` and ${report.machine.loadavg_end.join(" ")} at the end` : ""}`;

/** docs/benchmark.md's tables: a kept run as `npm run bench` printed it. */
export function benchSection(report: BenchReport): string {
  const printed = table(report.date, report.machine, report.sizes, report.scenarios, report.targets, report.settings.limits_lifted, undefined, report.startup).trim();
  return `${ranAs(report)}:\n\n${printed.split("\n").slice(1).join("\n").trim()}`;
}

/** The README's summary of the same run: its targets, as `npm run bench` printed them. */
export function benchTargets(report: BenchReport): string {
  return `${ranAs(report)}, on ${report.machine.nproc} cores (${report.machine.cpu}), node ${report.machine.node}:\n\n\`\`\`text\n${targetLines(report.targets).join("\n")}\n\`\`\``;
}
