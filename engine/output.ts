import { closeSync, fstatSync, openSync, rmSync, statSync, writeFileSync, writeSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { RegisterError } from "./errors.js";

/**
 * What one run of the CLI talks to: the process's own streams and environment when run as `ropa`, a test's
 * buffers when called in-process. Relative paths are read from `cwd`.
 */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard output / error are terminals (colour is only for terminals). */
  tty?: { stdout?: boolean; stderr?: boolean };
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** ropa's exit codes: 0 pass, 1 policy failures, 2 bad input or internal error. */
export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

/** Colour only on a terminal, and never with NO_COLOR set. */
export const colorFor = (run: { io: Io; env: NodeJS.ProcessEnv }, stream: "stdout" | "stderr") => Boolean(run.io.tty?.[stream]) && !run.env.NO_COLOR;

/** The process's own standard output and error, environment and folder (see standardOutput). */
export function processIo(): Io {
  const stdout = standardOutput(1);
  const stderr = standardOutput(2);
  return {
    stdout: stdout.write,
    stderr: stderr.write,
    tty: {
      get stdout() {
        return stdout.isTTY();
      },
      get stderr() {
        return stderr.isTTY();
      },
    },
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * Standard output or error. A file, pipe or socket is written with blocking system calls, in order, and no
 * stream: making `process.stdout` for a pipe loads `net` (~2 ms of a small check writing to a CI log, or of
 * a benchmark's timings line). A reader that went away (`ropa check | head`) ends the writing quietly: the
 * exit code stays the verdict's, where the stream crashed on EPIPE with exit 1. A terminal (or /dev/null)
 * gets Node's stream, which handles terminals; so does a non-blocking descriptor once a write would block,
 * and Windows (throughStream).
 */
function standardOutput(fd: 1 | 2): { write: (text: string) => void; isTTY: () => boolean } {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  let mode: "direct" | "stream" | "gone" | undefined;
  const direct = () => (mode ??= throughStream(fd) ? "stream" : "direct") === "direct";
  const write = (text: string) => {
    if (!direct()) {
      if (mode === "stream") stream().write(text);
      return;
    }
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EPIPE") {
          mode = "gone";
          return;
        }
        if (code !== "EAGAIN") throw e;
        mode = "stream";
        stream().write(bytes.subarray(at));
        return;
      }
    }
  };
  return { write, isTTY: () => !direct() && mode !== "gone" && Boolean(stream().isTTY) };
}

/**
 * Whether Node's stream is to write `fd`: a terminal or another character device, a descriptor that is not
 * open (the stream copes), and every descriptor on Windows, whose pipes only the stream writes as they need.
 */
function throughStream(fd: number): boolean {
  if (process.platform === "win32") return true;
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}

/** Refuses an --output path whose folder does not exist, before any work is done for it. */
export function checkOutput(output?: string): void {
  if (!output) return;
  const folder = dirname(output);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // missing: said below
  }
  if (!isFolder) throw new RegisterError([{ file: output, message: `--output names a file in \`${folder}\`, which is not a folder that exists`, hint: "create the folder first, or name a file in an existing one" }]);
}

/** A report: one text, or its pieces in order (a large JSON report is never one string). */
export type Report = string | Iterable<string>;

/** Writes a report to `stdout`, ending in a line break, or to a file whole or not at all: a reader never sees half a file. */
export function emit(stdout: (text: string) => void, report: Report, output?: string): void {
  if (output) {
    writeWhole(output, report);
    return;
  }
  if (typeof report === "string") {
    stdout(report.endsWith("\n") ? report : report + "\n");
    return;
  }
  let last = "";
  for (const piece of batches(report)) {
    stdout(piece);
    if (piece) last = piece;
  }
  if (!last.endsWith("\n")) stdout("\n");
}

/** The pieces joined into texts of about 64 KiB: a write per piece would be a system call per finding. */
function* batches(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= 1 << 16) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  yield batch.join("");
}

/** Writes a file whole or not at all (a report, or the bytes of a workbook). */
export function writeWhole(output: string, report: Report | Uint8Array): void {
  const tmp = `${output}.${process.pid}.tmp`;
  try {
    if (typeof report === "string" || report instanceof Uint8Array) writeFileSync(tmp, report);
    else {
      const fd = openSync(tmp, "w");
      try {
        for (const piece of batches(report)) writeSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, output);
  } catch (e) {
    rmSync(tmp, { force: true });
    const reason = (e as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new RegisterError([{ file: output, message: `--output cannot be written: ${reason}`, hint: "name a file in a folder that exists and that you may write to" }]);
  }
}
