// The CLI two ways: in-process through `main(argv, io)` (the contract: exit code, stdout, stderr; most
// tests), and as a user runs it, in a child process `node bin/ropa.cjs …` (a few smoke tests).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { main } from "../../engine/cli.js";
import type { Problem } from "../../engine/errors.js";
import { ROOT } from "./register.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ropa args` in-process in `cwd`, with `env` over the process's (no colour, no debug stack). */
export async function ropa(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    tty: { stdout: false, stderr: false },
    cwd,
    env: { ...process.env, NO_COLOR: "1", ROPA_DEBUG: "", ...env },
  });
  return { code, stdout, stderr };
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `ropa` with `args` in `cwd` as a child process (the bundled CLI, as installed); killed (and so failing any exit-code check) after `timeoutMs`. */
export function runCli(args: string[], cwd: string, timeoutMs = 60_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(ROOT, "bin/ropa.cjs"), ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ROPA_DEBUG: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/**
 * The problems `ropa` printed on standard error (engine/report/text.ts formatProblems, without colour):
 * `file:line:col  error  message` and an optional `  → hint` line under it, then one summary line.
 */
export function parseProblems(stderr: string): Problem[] {
  const out: Problem[] = [];
  for (const line of stderr.split("\n")) {
    const problem = /^(.*?)  error  (.*)$/.exec(line);
    if (problem) {
      const where = /^(.*):(\d+):(\d+)$/.exec(problem[1]);
      out.push(where ? { file: where[1], line: Number(where[2]), col: Number(where[3]), message: problem[2] } : { file: problem[1], message: problem[2] });
      continue;
    }
    const hint = /^ {2}→ (.*)$/.exec(line);
    if (hint && out.length) out[out.length - 1].hint = hint[1];
  }
  return out;
}
