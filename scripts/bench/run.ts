// `npm run bench`: ropa against the floor and its peers, on the same generated registers in one run.
//
//   npm run bench -- [--sizes 100,1000,10000,100000] [--runs 5 | --runs 5,5,3,1] [--json out.json]
//                    [--timeout 120] [--policies <dir>] [--seed 1] [--today 2026-11-23]
//                    [--skip conftest,opa,pr] [--keep] [--lift-limits] [--only <scenario ids>]
//
// For each size, on the same files (a register written by scripts/bench/generate.ts into a temp dir):
//   floor     only finding, reading and parsing the YAML files with the `yaml` package (scripts/bench/floor.ts)
//   ours      `ropa check <dir> --format json --no-cache` end to end (cold: nothing of the register kept), as a
//             child process: the CLI built as the package is (bin/ropa.cjs on dist/, plain `node`), whose V8
//             compile cache the first, unmeasured run fills, as a user's first run does; with ROPA_TIMINGS=1
//             it reports its stages
//   opa eval  the pinned OPA CLI, the same Rego sources the WebAssembly was compiled from, and the same JSON
//             input document the engine builds (scripts/bench/input.ts)
//   conftest  the pinned conftest, `test --combine` on the same YAML files, the same Rego sources, and a thin
//             wrapper (scripts/bench/conftest/main.rego) that maps its combined input to the engine's document
// Every contender runs as a child process under /usr/bin/time (peak RSS, CPU time); wall time is measured
// here. Contenders alternate within each run, so drift in the machine's load hits them alike. A peer's run
// over --timeout seconds (ours, the floor and the scenarios: at least 600 s) is killed and reported as such;
// a contender whose time at the sizes before, extrapolated with its own growth (never better than linear),
// would pass its timeout is not started at a larger size (and opa eval's input is then not written).
// --lift-limits raises the engine's input limits (MAX_FILES, MAX_REGISTER_BYTES, MAX_WASM_MEMORY_PAGES) in the
// benchmark's bundle only, to measure what a size would cost beyond them; by default the real limits apply.
// --policies <dir> benchmarks another policies folder (ropa/ and reference/, like policies/): it is compiled
// into the temp dir and used by every contender, e.g. to measure a proposed fix to a rule.
// Scenarios (below) add rows measured against the full check of the same size: the one-record PR check (with the
// cache the base's check left, as the adoption guide's actions/cache step restores it; and cold, with nothing kept)
// and a second check of the unchanged register (warm, from --cache-dir).
// --only history_5000_commits,evidence_1000_merges runs just those scenarios (no contender, no ratio), at
// the sizes they belong to: e.g. to measure the audit commands without the 15 minutes of the 100k row.
import { spawnSync } from "node:child_process";
import { build, type Plugin } from "esbuild";
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildCli } from "../build-cli.js";
import { bundleChunk, YAML_CHUNK } from "../cli-chunks.js";
import { yamlDefine } from "../lazy-yaml.js";
import { opaBuiltinsStub } from "../opa-builtins.js";
import { emptyRegister, policyInput } from "../../engine/index.js";
import { DEFAULT_SEED, DEFAULT_TODAY, generateRegister, writeRegister } from "./generate.js";
import { CONTENDERS, LABEL, ran, round, table, targets, type Contender, type ScenarioResult, type SizeResult, type Stat } from "./report.js";
import { measureStartup, startupTarget, type StartupRow } from "./startup.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OPA = join(ROOT, ".tools/bin/opa");
const CONFTEST = join(ROOT, ".tools/bin/conftest");
const TIME = "/usr/bin/time";
const POLICIES = join(ROOT, "policies");
const BUNDLE = join(POLICIES, "build");

const DEFAULT_SIZES = [100, 1_000, 10_000, 100_000];
/** Runs per size when --runs is not given: 100k takes minutes per run, so it runs once. */
const DEFAULT_RUNS: Record<number, number> = { 100: 5, 1_000: 5, 10_000: 3, 100_000: 1 };
/** The ignores `npm run build:policies` gives `opa build`: the same Rego sources the WASM is compiled from. */
const OPA_IGNORES = ["build", "*_test.rego", "capabilities.json", "*.md"];

interface Run {
  ms: number;
  /** User + system CPU time of the child, which a busy machine inflates less than wall time. */
  cpuMs: number | null;
  rssMb: number | null;
  exit: number;
  stdout: string;
  stderr: string;
}

/**
 * A measurement compared with the full check of the same register. Add one here to put it in the table and
 * the JSON: e.g. `ropa history <record>` over a generated repository of 5,000 commits (issue 5).
 */
interface Scenario {
  id: string;
  label: string;
  /** The register size it runs on; it runs only when that size is benchmarked. */
  records: number;
  /** Builds what it needs in `work` (once) and returns the command to time. */
  setup(ctx: { work: string; register: string; bin: string; policies: string; today: string }): { cmd: string; args: string[]; env?: NodeJS.ProcessEnv };
  /** The target from the issue, as the highest ratio to the full check. */
  maxRatio?: number;
  /** The exit codes of a run that completed (default 0 only; `ropa check` exits 1 when the verdict is fail). */
  exits?: number[];
  /** False when the scenario is not on the generated register, so a ratio to its full check means nothing. */
  compare?: false;
}

/**
 * The generated register in a git repository of two commits: the register, then one realistic edit (a
 * controller activity now answers requests in 45 days, a new warning). Made once per size, for both PR checks.
 */
function prRepo(work: string, register: string): { repo: string; base: string; head: string } {
  const repo = join(work, "pr-repo");
  const git = (...args: string[]) => {
    const r = spawnSync("git", ["-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], { cwd: repo, encoding: "utf8", env: { ...process.env, ...GIT_ENV } });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
    return r.stdout.trim();
  };
  if (!existsSync(repo)) {
    cpSync(register, join(repo, "records"), { recursive: true });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "The register before the change");
    const dir = join(repo, "records/activities/customer-operations");
    const file = join(dir, readdirSync(dir).sort()[0]);
    writeFileSync(file, readFileSync(file, "utf8").replace("response_days: 30", "response_days: 45"));
    git("commit", "-q", "-am", "Answer requests within 45 days");
  }
  return { repo, base: git("rev-parse", "HEAD~1"), head: git("rev-parse", "HEAD") };
}

/** Runs the PR check with $RUNNER_TEMP (where the action keeps its cache) emptied, or made a copy of `kept`, first. */
function prCheck(bin: string, temp: string, args: string[], kept?: string): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
  const restore = kept ? `cp -R "${kept}" "$RUNNER_TEMP"` : 'mkdir -p "$RUNNER_TEMP"';
  const script = `rm -rf "$RUNNER_TEMP" && ${restore} && exec "$0" "$@"`;
  return { cmd: "sh", args: ["-c", script, process.execPath, join(bin, "pr-check.mjs"), ...args], env: { ROPA_TIMINGS: "1", RUNNER_TEMP: temp } };
}

const SCENARIOS: Scenario[] = [
  {
    id: "pr_check_one_record",
    label: "PR check, one record changed, as the adoption guide runs it: the cache the base's check left restored (actions/cache)",
    records: 10_000,
    maxRatio: 1.5,
    setup({ work, register, bin, policies, today }) {
      const { repo, base, head } = prRepo(work, register);
      // The action's run on the push of the base commit (no base: the whole register) leaves the cache that
      // actions/cache restores for the pull request; each timed run starts from a copy of it.
      const kept = join(work, "pr-base-cache");
      const filled = spawnSync(process.execPath, [join(bin, "pr-check.mjs"), repo, "records", "-", base, policies, today], { encoding: "utf8", env: { ...process.env, RUNNER_TEMP: kept } });
      if (filled.status !== 0) throw new Error(`the base's check: ${filled.stderr}`);
      return prCheck(bin, join(work, "pr-runner-temp"), [repo, "records", base, head, policies, today], kept);
    },
  },
  {
    id: "pr_check_one_record_cold",
    label: "the same PR check with nothing kept (no actions/cache step): both sides read and judged",
    records: 10_000,
    setup({ work, register, bin, policies, today }) {
      const { repo, base, head } = prRepo(work, register);
      return prCheck(bin, join(work, "pr-runner-temp"), [repo, "records", base, head, policies, today]);
    },
  },
  {
    id: "warm_check_unchanged",
    label: "the same check again, the register unchanged (warm: `--cache-dir` kept from the run before)",
    records: 10_000,
    maxRatio: 0.2,
    exits: [0, 1],
    setup({ work, register, bin, policies, today }) {
      const cache = join(work, "warm-cache");
      const args = [ropaBin(bin), "check", register, "--today", today, "--policies", policies, "--format", "json", "--output", join(work, "warm.json"), "--cache-dir", cache];
      // The first check, which fills the cache, is not timed.
      spawnSync(process.execPath, args, { stdio: "ignore" });
      return { cmd: process.execPath, args, env: { ROPA_TIMINGS: "1" } };
    },
  },
];

/** The generated history of 5,000 commits both audit scenarios read, made once per run. */
function historyRepo(work: string): string {
  const repo = join(work, "history-repo");
  if (!existsSync(repo)) {
    // Run the generator as this script runs (through tsx): it writes every commit with one git fast-import.
    const r = spawnSync(process.execPath, [...process.execArgv, join(ROOT, "scripts/generate-history-repo.ts"), "--out", repo, "--commits", "5000"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`generate-history-repo: ${r.stderr}`);
  }
  return repo;
}

SCENARIOS.push({
  id: "history_5000_commits",
  label: "`ropa history aws` over 5,000 commits of the example register (scripts/generate-history-repo.ts)",
  records: 100,
  compare: false,
  setup({ work, bin }) {
    return { cmd: process.execPath, args: [ropaBin(bin), "history", "aws", "--repo", historyRepo(work), "--format", "json", "--output", join(work, "history.json")] };
  },
});

SCENARIOS.push({
  id: "evidence_1000_merges",
  // In that history, 2024-01-01..2025-06-15 holds 1,008 merge commits among 2,019 changes (squashes and direct commits too).
  label: "`ropa evidence` over 1,008 merges (2,019 changes judged, a 2,044-file pack) of the same 5,000-commit history",
  records: 100,
  compare: false,
  setup({ work, bin }) {
    const out = join(work, "evidence-pack");
    // A pack is never written over another, so each run first removes the last one (a few ms of the time).
    const script = 'rm -rf "$1" && exec "$0" "$2" evidence --since 2024-01-01 --until 2025-06-15 --branch main --out "$1" --repo "$3"';
    return { cmd: "sh", args: ["-c", script, process.execPath, out, ropaBin(bin), historyRepo(work)] };
  },
});

const GIT_ENV = {
  GIT_AUTHOR_NAME: "bench",
  GIT_AUTHOR_EMAIL: "bench@example.invalid",
  GIT_COMMITTER_NAME: "bench",
  GIT_COMMITTER_EMAIL: "bench@example.invalid",
  GIT_AUTHOR_DATE: "2026-11-01T12:00:00Z",
  GIT_COMMITTER_DATE: "2026-11-01T12:00:00Z",
};

// ---------------------------------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function log(line: string) {
  process.stderr.write(`bench: ${line}\n`);
}

let timeWorks: boolean | undefined;

/**
 * Runs a command as a child process: wall time measured here; peak RSS and CPU time by /usr/bin/time; killed
 * (with its whole process group, by coreutils `timeout`) after `timeoutS` seconds, when that is given.
 */
function measure(work: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutS?: number): Run {
  timeWorks ??= existsSync(TIME) && spawnSync(TIME, ["-f", "%M", "true"]).status === 0;
  const out = join(work, "stdout.txt");
  const err = join(work, "stderr.txt");
  const rusage = join(work, "rusage.txt");
  const fdOut = openSync(out, "w");
  const fdErr = openSync(err, "w");
  const limited: [string, string[]] = timeoutS ? ["timeout", ["-s", "KILL", String(timeoutS), cmd, ...args]] : [cmd, args];
  const [c, a] = timeWorks ? [TIME, ["-f", "%e %U %S %M", "-o", rusage, ...limited.flat()]] : limited;
  const start = performance.now();
  // A variable given as undefined is left out, not passed as the text "undefined".
  const childEnv = Object.fromEntries(Object.entries({ ...process.env, NO_COLOR: "1", ...env }).filter(([, v]) => v !== undefined));
  const r = spawnSync(c, a, { stdio: ["ignore", fdOut, fdErr], env: childEnv });
  const ms = performance.now() - start;
  closeSync(fdOut);
  closeSync(fdErr);
  if (r.error) throw r.error;
  let rssMb: number | null = null;
  let cpuMs: number | null = null;
  if (timeWorks) {
    const m = /(\S+) (\S+) (\S+) (\d+)\s*$/.exec(readFileSync(rusage, "utf8"));
    if (m) {
      cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
      rssMb = Number(m[4]) / 1024;
    }
  }
  const timedOut = timeoutS !== undefined && (r.status === 124 || r.status === 137 || r.signal === "SIGKILL") && ms >= timeoutS * 1000 - 500;
  return { ms, cpuMs, rssMb, exit: timedOut ? TIMED_OUT : (r.status ?? -1), stdout: readFileSync(out, "utf8"), stderr: readFileSync(err, "utf8") };
}

const TIMED_OUT = -124;

function stat(runs: Run[]): Stat {
  const rss = runs.map((r) => r.rssMb).filter((x): x is number => x !== null);
  const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
  return {
    median_ms: round(median(runs.map((r) => r.ms)), 1),
    median_cpu_ms: cpu.length ? round(median(cpu), 1) : null,
    peak_rss_mb: rss.length ? round(Math.max(...rss), 1) : null,
    runs_ms: runs.map((r) => round(r.ms, 1)),
  };
}

function timingsOf(run: Run): { stages: Record<string, number>; total_ms: number; max_rss_mb: number } | undefined {
  const line = run.stderr.split("\n").find((l) => l.startsWith('{"ropa_timings"'));
  return line ? JSON.parse(line).ropa_timings : undefined;
}

function medianStages(runs: Run[]): Record<string, number> {
  const all = runs.map(timingsOf).filter((t) => t !== undefined);
  const names = [...new Set(all.flatMap((t) => Object.keys(t.stages)))];
  const out: Record<string, number> = {};
  for (const n of names) out[n] = round(median(all.map((t) => t.stages[n] ?? 0)), 1);
  // What the stages do not cover: Node's start-up, loading the bundle, parsing the arguments.
  const total = median(all.map((t) => t.total_ms));
  out["startup+other"] = round(total - Object.values(out).reduce((a, b) => a + b, 0), 1);
  return out;
}

// ---------------------------------------------------------------------------------------------------

/** The benchmark's copy of the CLI as it ships: bin/ropa.cjs on dist/ (scripts/build-cli.ts). */
const ropaBin = (bin: string) => join(bin, "bin/ropa.cjs");

/**
 * The benchmark's copies of the CLI (built as the package's, beside a copy of its bin/), the floor, the input
 * writer and the PR check, bundled with esbuild so that each run is plain `node file`. `liftLimits` raises the engine's MAX_FILES, MAX_REGISTER_BYTES (source.ts)
 * and MAX_WASM_MEMORY_PAGES (instance.ts, to the 4 GiB of 32-bit WebAssembly) in these copies only (see the note
 * printed with the table); nothing else in the engine is touched.
 */
async function bundle(out: string, liftLimits: boolean): Promise<string[]> {
  const lifted: string[] = [];
  const plugin: Plugin = {
    name: "lift-register-limits",
    setup(b) {
      b.onLoad({ filter: /engine[\\/](source|instance)\.ts$/ }, (args) => {
        let text = readFileSync(args.path, "utf8");
        text = text.replace(/export const (MAX_FILES|MAX_REGISTER_BYTES|MAX_WASM_MEMORY_PAGES) = [^;]+;/g, (_m, name: string) => {
          lifted.push(name);
          return `export const ${name} = ${name === "MAX_WASM_MEMORY_PAGES" ? 65_536 : "Number.MAX_SAFE_INTEGER"};`;
        });
        return { contents: text, loader: "ts" };
      });
    },
  };
  await buildCli(join(out, "dist"), liftLimits ? [plugin] : []);
  cpSync(join(ROOT, "bin/ropa.cjs"), ropaBin(out));
  await build({
    entryPoints: {
      floor: join(ROOT, "scripts/bench/floor.ts"),
      input: join(ROOT, "scripts/bench/input.ts"),
      "pr-check": join(ROOT, "scripts/bench/pr-check.ts"),
      // The engine's parsing and evaluation threads, found beside the bundle that starts them (engine/threads.ts).
      "read-worker": join(ROOT, "engine/read-worker.ts"),
      "eval-worker": join(ROOT, "engine/eval-worker.ts"),
    },
    outdir: out,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    chunkNames: "[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    plugins: [opaBuiltinsStub, ...(liftLimits ? [plugin] : [])],
    define: yamlDefine,
    banner: { js: 'import { createRequire as __benchRequire } from "node:module"; const require = __benchRequire(import.meta.url);' },
  });
  await bundleChunk(out, YAML_CHUNK);
  return [...new Set(lifted)];
}

/** The Rego sources (no tests) and the wrapper for conftest, and its data: the reference data and the rest of the input. */
function conftestTree(work: string, policies: string, today: string): { policy: string; data: string } {
  const policy = join(work, "conftest/policy");
  const data = join(work, "conftest/data");
  if (!existsSync(policy)) {
    cpSync(join(policies, "ropa"), join(policy, "ropa"), { recursive: true, filter: (src) => !src.endsWith("_test.rego") });
    cpSync(join(ROOT, "scripts/bench/conftest/main.rego"), join(policy, "main.rego"));
    cpSync(join(policies, "reference"), join(data, "reference"), { recursive: true, filter: (src) => !src.endsWith(".md") });
  }
  // Everything of the engine's document (a full check's) but the register, which the wrapper builds from the files.
  const doc = policyInput(emptyRegister(), today) as Record<string, unknown>;
  delete doc.register;
  mkdirSync(join(data, "bench"), { recursive: true });
  writeFileSync(join(data, "bench/data.json"), JSON.stringify({ rest: doc }));
  return { policy, data };
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const s = statSync(join(dir, rel));
    if (s.isFile()) total += s.size;
  }
  return total;
}

function count(c: Contender, run: Run, oursOut: string): number | undefined {
  try {
    if (c === "ours") return (JSON.parse(readFileSync(oursOut, "utf8")) as { findings: unknown[] }).findings.length;
    if (c === "opa_eval") return (JSON.parse(run.stdout) as unknown[]).length;
    if (c === "conftest") return (JSON.parse(run.stdout) as { failures?: unknown[] }[]).reduce((n, r) => n + (r.failures?.length ?? 0), 0);
  } catch {
    return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      runs: { type: "string" },
      json: { type: "string" },
      timeout: { type: "string", default: "120" },
      policies: { type: "string" },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      today: { type: "string", default: DEFAULT_TODAY },
      skip: { type: "string", default: "" },
      keep: { type: "boolean", default: false },
      "lift-limits": { type: "boolean", default: false },
      only: { type: "string" },
    },
    strict: true,
  });
  const only = values.only ? new Set(values.only.split(",").filter(Boolean)) : undefined;
  const unknown = [...(only ?? [])].filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length) throw new Error(`--only: no scenario ${unknown.join(", ")}; there are ${SCENARIOS.map((s) => s.id).join(", ")}`);
  const onlySizes = only && [...new Set(SCENARIOS.filter((s) => only.has(s.id)).map((s) => s.records))];
  const sizes = values.sizes ? values.sizes.split(",").map((s) => Number(s.replace(/_/g, ""))) : (onlySizes ?? DEFAULT_SIZES);
  if (sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error("--sizes takes whole numbers of at least 20, e.g. 100,1000");
  const runsGiven = values.runs?.split(",").map(Number);
  if (runsGiven?.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--runs takes a number of runs, or one per size");
  const runsFor = (n: number, i: number) => (runsGiven ? (runsGiven[i] ?? runsGiven[runsGiven.length - 1]) : (DEFAULT_RUNS[n] ?? (n >= 50_000 ? 1 : 3)));
  const timeoutS = Number(values.timeout);
  if (!(timeoutS > 0)) throw new Error("--timeout takes a number of seconds");
  const skip = new Set(values.skip.split(",").filter(Boolean));
  const today = values.today;
  const seed = Number(values.seed);

  const contenders = CONTENDERS.filter((c) => !(c === "opa_eval" && skip.has("opa")) && !(c === "conftest" && skip.has("conftest")));
  if (!only && contenders.includes("opa_eval") && !existsSync(OPA)) throw new Error(`${OPA} is missing: run \`npm run tools\` (or pass --skip opa)`);
  const conftestNote = !contenders.includes("conftest") ? "skipped (--skip conftest)" : existsSync(CONFTEST) ? undefined : "not installed: scripts/install-bench-tools.sh could not install it (see its output), so only opa eval is compared";
  // --only: the scenarios alone.
  const active = only ? [] : contenders.filter((c) => c !== "conftest" || !conftestNote);

  const started = new Date();
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memory_gib: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    opa: existsSync(OPA) ? spawnSync(OPA, ["version"], { encoding: "utf8" }).stdout.split("\n")[0].replace("Version: ", "") : null,
    conftest: existsSync(CONFTEST) ? spawnSync(CONFTEST, ["--version"], { encoding: "utf8" }).stdout.trim().replace(/\n/g, ", ") : null,
    loadavg_start: loadavg().map((x) => round(x, 2)),
  };
  log(`${started.toISOString()} · ${machine.nproc} cores (${machine.cpu}) · node ${machine.node} · load average ${machine.loadavg_start.join(" ")}`);

  const work = mkdtempSync(join(tmpdir(), "ropa-bench-"));
  const bin = join(work, "bin");
  const lifted = await bundle(bin, values["lift-limits"]);
  // The CLI's compile cache (bin/ropa.cjs) in the run's folder, not the user's.
  process.env.NODE_COMPILE_CACHE = join(work, "compile-cache");
  log(`bundled the CLI, the floor, the input writer and the PR check with esbuild into ${bin}${lifted.length ? ` (limits lifted in the bundle: ${lifted.join(", ")})` : ""}`);
  // The policies every contender uses: the committed ones, or --policies compiled here.
  const policySrc = values.policies ? resolve(values.policies) : POLICIES;
  let compiled = BUNDLE;
  if (values.policies) {
    compiled = join(work, "policy-build");
    const { buildPolicies } = await import("../build-policies.js");
    buildPolicies(policySrc, compiled);
    log(`compiled ${policySrc} into ${compiled}`);
  }

  const results: SizeResult[] = [];
  const scenarios: ScenarioResult[] = [];
  // Start-up of the CLI as it ships, before the sizes (--only: the scenarios alone).
  const startup: StartupRow[] = only ? [] : await measureStartup(ROOT, today, 10, (cmd, args, env) => measure(work, cmd, args, env));
  for (const r of startup) log(`start-up: ${r.label} ${Math.round(r.median_ms)} ms${r.over_node !== null ? ` (${r.over_node}× node -e 0)` : ""}`);
  /** Median (or time at which it was killed) of each contender at each size so far, to predict the next. */
  const history: Partial<Record<Contender | string, { n: number; ms: number; timedOut: boolean }[]>> = {};
  /** Ours, the floor and the scenarios are what the targets are about: they get at least 600 s. */
  const limitFor = (key: string) => (key === "ours" || key === "floor" || !CONTENDERS.includes(key as Contender) ? Math.max(timeoutS, 600) : timeoutS);
  const wouldExceed = (key: string, n: number): string | undefined => {
    const h = history[key] ?? [];
    const last = h[h.length - 1];
    if (!last) return undefined;
    if (last.timedOut) return `not started: it did not finish at ${last.n.toLocaleString("en")} records`;
    const prev = h[h.length - 2];
    // Its own growth between the last two sizes, and never better than linear.
    const exponent = prev && prev.ms > 0 ? Math.max(1, Math.log(last.ms / prev.ms) / Math.log(last.n / prev.n)) : 1;
    const predicted = last.ms * (n / last.n) ** exponent;
    if (predicted > limitFor(key) * 1000) return `not started: ${round(last.ms / 1000, 1)} s at ${last.n.toLocaleString("en")} records, growing as n^${exponent.toFixed(2)}, predicts ${Math.round(predicted / 1000)} s, over the ${limitFor(key)} s timeout`;
    return undefined;
  };

  try {
    for (const [i, n] of sizes.entries()) {
      const runs = runsFor(n, i);
      const dir = join(work, String(n));
      const register = join(dir, "records");
      const t = performance.now();
      const gen = generateRegister({ records: n, seed, today });
      writeRegister(register, gen.files);
      const bytes = dirBytes(register);
      log(`${n} records: generated (${(bytes / 2 ** 20).toFixed(1)} MiB, ${gen.injected} with a deliberate violation) in ${Math.round(performance.now() - t)} ms`);
      const skipped = new Map<Contender, string>();
      for (const c of active) {
        const why = wouldExceed(c, n);
        if (why) {
          skipped.set(c, why);
          log(`${n} records: ${LABEL[c]} ${why}`);
        }
      }
      const input = join(dir, "input.json");
      if (active.includes("opa_eval") && !skipped.has("opa_eval")) {
        // In a child, from the same bundle as the CLI: the engine's own parse, validate, resolve and policyInput.
        const made = measure(work, process.execPath, [join(bin, "input.mjs"), register, input, "--today", today]);
        if (made.exit !== 0) {
          // opa eval has no input to read at this size; the run goes on without it, and says why.
          const why = `not run: writing its policy input failed with exit ${made.exit}: ${firstLines(made.stderr)}`;
          skipped.set("opa_eval", why);
          log(`${n} records: ${LABEL.opa_eval} ${why}`);
        } else log(`${n} records: ${made.stdout.trim().replace(/^bench:input: /, "policy input ")} in ${Math.round(made.ms)} ms`);
      }
      const ct = active.includes("conftest") ? conftestTree(work, policySrc, today) : undefined;
      const oursOut = join(dir, "ours.json");

      const command: Record<Contender, () => [string, string[], NodeJS.ProcessEnv?]> = {
        floor: () => [process.execPath, [join(bin, "floor.mjs"), register]],
        // Cold: nothing kept from an earlier run (the warm check is a scenario of its own).
        ours: () => [process.execPath, [ropaBin(bin), "check", register, "--today", today, "--policies", compiled, "--format", "json", "--output", oursOut, "--no-cache"], { ROPA_TIMINGS: "1" }],
        opa_eval: () => [OPA, ["eval", "-d", policySrc, ...OPA_IGNORES.flatMap((g) => ["--ignore", g]), "--input", input, "--format", "raw", "data.ropa.main.violations"]],
        conftest: () => [CONFTEST, ["test", "--combine", "--no-color", "-o", "json", "-p", ct!.policy, "-d", ct!.data, register]],
      };
      const ok: Record<Contender, number[]> = { floor: [0], ours: [0, 1], opa_eval: [0], conftest: [0, 1] };

      if (i === 0) for (const c of active) measure(work, ...command[c](), limitFor(c)); // warm the binaries and the disk cache once

      const byContender: Partial<Record<Contender, Run[]>> = {};
      const result: SizeResult = { records: n, bytes, counts: gen.counts, findings: {}, ratios: {}, cpu_ratios: {} };
      for (let r = 0; r < runs; r++) {
        for (const c of active) {
          if (skipped.has(c)) continue;
          const [cmd, args, env] = command[c]();
          const run = measure(work, cmd, args, env, limitFor(c));
          if (run.exit === TIMED_OUT) {
            skipped.set(c, `killed at the ${limitFor(c)} s timeout`);
            log(`${n} records: run ${r + 1}/${runs} ${LABEL[c]} killed at the ${limitFor(c)} s timeout`);
            continue;
          }
          if (!ok[c].includes(run.exit)) {
            // A contender that fails at a size (e.g. out of memory) is reported as such, and the rest go on.
            const why = `failed with exit ${run.exit}: ${firstLines(run.stderr)}`;
            skipped.set(c, why);
            log(`${n} records: run ${r + 1}/${runs} ${LABEL[c]} ${why}`);
            continue;
          }
          if (r === 0 && c !== "floor") result.findings[c] = count(c, run, oursOut);
          (byContender[c] ??= []).push(run);
          log(`${n} records: run ${r + 1}/${runs} ${LABEL[c]} ${Math.round(run.ms)} ms${run.cpuMs !== null ? ` (cpu ${Math.round(run.cpuMs)} ms)` : ""}${run.rssMb ? `, ${Math.round(run.rssMb)} MB` : ""}`);
        }
      }
      for (const c of active) {
        const why = skipped.get(c);
        const done = byContender[c];
        // A contender killed at the timeout, or that failed, is not tried at a larger size.
        if (why && !why.startsWith("not started")) (history[c] ??= []).push({ n, ms: limitFor(c) * 1000, timedOut: true });
        if (why) {
          result[c] = { not_run: why };
          continue;
        }
        const s = stat(done!);
        (history[c] ??= []).push({ n, ms: s.median_ms, timedOut: false });
        if (c === "ours") result.ours = { ...s, stages: medianStages(done!) };
        else result[c] = s;
      }
      const f = result.findings;
      if (new Set(Object.values(f)).size > 1) log(`${n} records: WARNING the contenders disagree on the number of findings: ${JSON.stringify(f)}`);
      const { floor, ours, opa_eval: opa, conftest } = result;
      const ratio = (a?: number | null, b?: number | null) => (a && b ? round(a / b, 2) : undefined);
      if (ran(ours)) {
        if (ran(floor)) {
          result.ratios.ours_over_floor = ratio(ours.median_ms, floor.median_ms);
          result.cpu_ratios.ours_over_floor = ratio(ours.median_cpu_ms, floor.median_cpu_ms);
        }
        if (ran(opa)) {
          result.ratios.opa_eval_over_ours = ratio(opa.median_ms, ours.median_ms);
          result.cpu_ratios.opa_eval_over_ours = ratio(opa.median_cpu_ms, ours.median_cpu_ms);
        }
        if (ran(conftest)) {
          result.ratios.conftest_over_ours = ratio(conftest.median_ms, ours.median_ms);
          result.cpu_ratios.conftest_over_ours = ratio(conftest.median_cpu_ms, ours.median_cpu_ms);
        }
      }
      if (!only) results.push(result);

      for (const sc of SCENARIOS.filter((s) => s.records === n && (!only || only.has(s.id)) && !skip.has(s.id) && !(s.id.startsWith("pr_") && skip.has("pr")))) {
        const base: Omit<ScenarioResult, keyof Stat> = { id: sc.id, label: sc.label, records: n, baseline_ms: ran(ours) && sc.compare !== false ? ours.median_ms : null, ratio: null };
        const why = ran(ours) || sc.compare === false || only ? undefined : "not run: the full check at this size did not run";
        const { cmd, args, env } = sc.setup({ work: dir, register, bin, policies: compiled, today });
        const scRuns: Run[] = [];
        let killed = false;
        let failed: string | undefined;
        for (let r = 0; r < runs && !why && !killed; r++) {
          const run = measure(work, cmd, args, env, limitFor(sc.id));
          if (run.exit === TIMED_OUT) {
            killed = true;
            log(`${n} records: ${sc.id} killed at the ${limitFor(sc.id)} s timeout`);
            break;
          }
          if (!(sc.exits ?? [0]).includes(run.exit)) {
            // A scenario that fails (e.g. out of memory) is a missed target with its reason, and the run goes on.
            failed = `failed with exit ${run.exit}: ${firstLines(run.stderr)}`;
            log(`${n} records: run ${r + 1}/${runs} ${sc.id} ${failed}`);
            break;
          }
          scRuns.push(run);
          log(`${n} records: run ${r + 1}/${runs} ${sc.id} ${Math.round(run.ms)} ms${run.cpuMs !== null ? ` (cpu ${Math.round(run.cpuMs)} ms)` : ""}${run.rssMb ? `, ${Math.round(run.rssMb)} MB` : ""}`);
        }
        if (!scRuns.length || failed) {
          scenarios.push({ ...base, median_ms: NaN, median_cpu_ms: null, peak_rss_mb: null, runs_ms: [], not_run: why ?? failed ?? `killed at the ${limitFor(sc.id)} s timeout` });
          continue;
        }
        const s = stat(scRuns);
        let output: unknown;
        try {
          output = JSON.parse(scRuns[0].stdout.trim().split("\n")[0]);
        } catch {
          output = undefined;
        }
        scenarios.push({ ...base, ...s, ratio: base.baseline_ms ? round(s.median_ms / base.baseline_ms, 2) : null, stages: medianStages(scRuns), output });
      }
    }
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }

  const report = {
    date: started.toISOString(),
    commit: spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() || undefined,
    machine: { ...machine, loadavg_end: loadavg().map((x) => round(x, 2)) },
    settings: {
      seed,
      today,
      timeout_s: timeoutS,
      policies: values.policies ? `${policySrc} (compiled for this run)` : "policies/ (ours: the committed policies/build)",
      ours: "the CLI built as the package is (scripts/build-cli.ts), `node bin/ropa.cjs check <dir> --format json --output <file> --no-cache`, ROPA_TIMINGS=1, its compile cache filled by the first run",
      floor: "esbuild bundle of scripts/bench/floor.ts: readdirSync + readFileSync + yaml.parse per file",
      opa_eval: `opa eval -d <policies> ${OPA_IGNORES.map((g) => `--ignore '${g}'`).join(" ")} --input <policy input JSON> --format raw data.ropa.main.violations`,
      conftest: conftestNote ?? "conftest test --combine -p <policies/ropa without tests + scripts/bench/conftest/main.rego> -d <policies/reference + bench/data.json> -o json <register>",
      limits_lifted: lifted,
      rss_and_cpu: timeWorks ? "/usr/bin/time -f '%e %U %S %M' (peak resident set and user+system CPU of the child)" : "unavailable (no /usr/bin/time)",
    },
    startup,
    sizes: results,
    scenarios,
    targets: [...(startup.length ? [startupTarget(startup)] : []), ...targets(results, scenarios)],
  };
  process.stdout.write(table(report.date, machine, results, scenarios, report.targets, lifted, conftestNote, startup));
  if (values.json) {
    mkdirSync(dirname(resolve(values.json)), { recursive: true });
    writeFileSync(values.json, JSON.stringify(report, null, 2) + "\n");
    log(`wrote ${values.json}`);
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

/** The first lines of a failed child's stderr that say what went wrong (a stack trace's frames left out). */
function firstLines(stderr: string): string {
  const lines = stderr.trim().split("\n").filter((l) => l.trim() && !/^\s+at /.test(l));
  const error = lines.find((l) => /^\w*Error\b/.test(l.trim()));
  return (error ? [error] : lines.slice(0, 3)).join(" ").replace(/\s+/g, " ").slice(0, 400);
}
