// The bench's start-up rows: the CLI as it ships (bin/ropa.cjs on the compiled dist/, plain node) on what a
// user runs first, against a bare `node -e 0` on the same machine in the same minute. Target (issue 15):
// `ropa check` on the 16-record example register under 3 × the bare node start.
import { join } from "node:path";
import { buildCli } from "../build-cli.js";

export interface Timed {
  ms: number;
  cpuMs: number | null;
  rssMb: number | null;
  exit: number;
}

export interface StartupRow {
  id: string;
  label: string;
  median_ms: number;
  median_cpu_ms: number | null;
  peak_rss_mb: number | null;
  /** Median wall time over the bare node start's. */
  over_node: number | null;
  /** Median CPU time over the bare node start's (less disturbed by a busy machine). */
  cpu_over_node: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Builds dist/ and times each command `runs` times, interleaved so that a busy spell hits all of them alike.
 * Where the environment sets NODE_EXTRA_CA_CERTS, a bare start and the example's check are timed without it
 * too: Node up to 22 reads and parses that file at every start, TLS or not (~50 ms of ~80 on this machine,
 * whose environment sets it), which every Node command here pays and `opa eval` does not.
 */
export async function measureStartup(root: string, today: string, runs: number, time: (cmd: string, args: string[], env?: NodeJS.ProcessEnv) => Timed): Promise<StartupRow[]> {
  await buildCli();
  const ropa = join(root, "bin/ropa.cjs");
  const check = [ropa, "check", join(root, "records"), "--today", today];
  const withoutCa = { NODE_EXTRA_CA_CERTS: undefined };
  const commands: { id: string; label: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [
    { id: "node", label: "`node -e 0` (a bare Node start)", args: ["-e", "0"] },
    { id: "help", label: "`ropa --help`", args: [ropa, "--help"] },
    { id: "check_example", label: "`ropa check records` on the 16-record example register", args: check },
    ...(process.env.NODE_EXTRA_CA_CERTS
      ? [
          { id: "node_without_extra_ca", label: "`node -e 0`, NODE_EXTRA_CA_CERTS unset (this environment sets it)", args: ["-e", "0"], env: withoutCa },
          { id: "check_example_without_extra_ca", label: "`ropa check records`, NODE_EXTRA_CA_CERTS unset", args: check, env: withoutCa },
        ]
      : []),
  ];
  const samples = new Map<string, Timed[]>(commands.map((c) => [c.id, []]));
  for (let r = 0; r < runs; r++) {
    for (const c of commands) {
      const t = time(process.execPath, c.args, c.env);
      if (t.exit !== 0) throw new Error(`${c.label} exited ${t.exit}`);
      samples.get(c.id)!.push(t);
    }
  }
  const node = median(samples.get("node")!.map((t) => t.ms));
  const nodeCpu = samples.get("node")!.map((t) => t.cpuMs).filter((x): x is number => x !== null);
  return commands.map((c) => {
    const ts = samples.get(c.id)!;
    const cpu = ts.map((t) => t.cpuMs).filter((x): x is number => x !== null);
    const rss = ts.map((t) => t.rssMb).filter((x): x is number => x !== null);
    const ms = median(ts.map((t) => t.ms));
    return { id: c.id, label: c.label, median_ms: round1(ms), median_cpu_ms: cpu.length ? round1(median(cpu)) : null, peak_rss_mb: rss.length ? round1(Math.max(...rss)) : null, over_node: node > 0 ? Math.round((ms / node) * 100) / 100 : null, cpu_over_node: cpu.length && nodeCpu.length ? Math.round((median(cpu) / median(nodeCpu)) * 100) / 100 : null };
  });
}

const x = (v: number | null) => (v === null ? "—" : `${v.toFixed(2)}×`);

/** The rows as a markdown table's rows (header first). */
export function startupRows(rows: StartupRow[]): string[][] {
  const cpuOf = (r: StartupRow) => (r.median_cpu_ms === null ? "—" : `${Math.round(r.median_cpu_ms)} ms`);
  return [["start-up (the shipped CLI, plain node)", "median wall", "median CPU", "peak RSS", "wall / node -e 0", "CPU / node -e 0"], ...rows.map((r) => [r.label, `${Math.round(r.median_ms)} ms`, cpuOf(r), r.peak_rss_mb === null ? "—" : `${Math.round(r.peak_rss_mb)} MB`, x(r.over_node), x(r.cpu_over_node)])];
}

/** The target: the example register's check under 3 × a bare node start. */
export function startupTarget(rows: StartupRow[]): { target: string; measured: number | null; met: boolean | null } {
  const check = rows.find((r) => r.id === "check_example");
  const measured = check?.over_node ?? null;
  return { target: "16-record example: ropa check < 3 × node -e 0 (wall)", measured, met: measured === null ? null : measured < 3 };
}
