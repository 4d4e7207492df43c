import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, sep } from "node:path";
import { RegisterError, type Problem } from "./errors.js";
import type { SourceFile } from "./types.js";

// Limits on what is read, so that no input can make ropa run out of memory or time. Each is far above
// any honest register (the example register is 17 files of about 1 KiB) and each, when reached, is named in the message.

/**
 * The largest record file read; a register entry is a page of YAML, not megabytes. YAML made of tiny items
 * takes up to ~7 s per MiB for the full `yaml` reader (with positions), so this also bounds the time one
 * file can cost (~2 s), and read.ts bounds how many bytes that reader is given in all (MAX_FULL_PARSE_BYTES).
 */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * The most record files in one register. A large organisation's register has up to ~100,000 records (the
 * benchmark checks that size); twice that is a wrong folder, or an attack.
 */
export const MAX_FILES = 200_000;

/**
 * The most bytes all record files of one register may hold together: a 100,000-record register is ~60 MiB.
 * The fast path reads the worst YAML per byte (tiny flow-list items) at ~4 MiB/s per core here, so a
 * register at this limit is read in about half a minute on 2 cores.
 */
export const MAX_REGISTER_BYTES = 128 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function isRecordFile(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** A size as the limits' messages say it. */
export const kib = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en")} KiB`;

/** The problem of one file over {@link MAX_FILE_BYTES}; also used when the register is read from git objects. */
export function fileTooBig(file: string, bytes: number): Problem {
  return {
    file,
    message: `the file is ${kib(bytes)}, over the limit of ${kib(MAX_FILE_BYTES)} for one record file (MAX_FILE_BYTES)`,
    hint: "a record is a page of YAML: keep one record per file, and put documents elsewhere and refer to them",
  };
}

/** The problem of a register over {@link MAX_FILES} files. */
export function tooManyFiles(dir: string, count: number | string): Problem {
  return {
    file: dir,
    message: `the register has ${typeof count === "number" ? count.toLocaleString("en") : count} YAML files, over the limit of ${MAX_FILES.toLocaleString("en")} files in one register (MAX_FILES)`,
    hint: "check that this is the register's folder and not a larger tree; a register with more records than this must be split",
  };
}

/** The problem of a register over {@link MAX_REGISTER_BYTES} in all. */
export function registerTooBig(dir: string, bytes: number): Problem {
  return {
    file: dir,
    message: `the register's YAML files hold ${kib(bytes)} or more, over the limit of ${kib(MAX_REGISTER_BYTES)} for one register (MAX_REGISTER_BYTES)`,
    hint: "check that this is the register's folder; records are short, and long documents belong elsewhere",
  };
}

/**
 * Reads every `.yaml`/`.yml` file below `dir`, sorted, skipping hidden folders.
 * Paths are given as `dir` was (e.g. `records/subprocessors/aws.yaml`) so they are clickable from where ropa ran.
 * Stops at the first limit reached (files, bytes), so a huge tree costs no more than reading up to the limit.
 */
export function readRegisterDir(dir: string): SourceFile[] {
  let root: string;
  let isFile = false;
  try {
    const stat = statSync(dir);
    isFile = stat.isFile();
    if (!stat.isDirectory()) throw new Error();
    root = realpathSync(dir);
  } catch {
    const message = isFile ? "is a file, not a folder: ropa judges a whole register, since rules look across records" : "no such folder";
    throw new RegisterError([{ file: dir, message, hint: "name the folder that holds the register's YAML files (default: records)" }]);
  }
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  let count = 0;
  let bytes = 0;
  const cannot = (shown: string, e: unknown): Problem => ({
    file: shown,
    message: `cannot be read: ${(e as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : (e as Error).message}`,
    hint: "make the file readable by the user that runs ropa, or remove it",
  });
  // `shown` is the folder as the user would write it (`dir` and the names below it, with `/`): built as the
  // walk goes down, not worked out again per file (path.relative per file was a third of reading 10,000 files).
  const walk = (abs: string, shown: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      problems.push(cannot(shown, e));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".")) continue;
      const full = join(abs, entry.name);
      const named = shown === "." ? entry.name : shown.endsWith("/") ? shown + entry.name : `${shown}/${entry.name}`;
      let target = full;
      if (entry.isSymbolicLink()) {
        try {
          target = realpathSync(full);
        } catch {
          problems.push({ file: named, message: "a symbolic link that leads nowhere", hint: "remove the link or point it at a file inside the register" });
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          problems.push({ file: named, message: "a symbolic link that leads out of the register folder", hint: "copy the record into the register instead of linking to it" });
          continue;
        }
      }
      // The entry's own type, as the folder gives it, when it has one: a stat per file was a tenth of reading a
      // large register. A link, or a file system that gives no types, is asked.
      let type: "dir" | "file" | "other";
      if (!entry.isSymbolicLink() && entry.isDirectory()) type = "dir";
      else if (!entry.isSymbolicLink() && entry.isFile()) type = "file";
      else {
        try {
          const stat = lstatSync(target);
          type = stat.isDirectory() ? "dir" : stat.isFile() ? "file" : "other";
        } catch (e) {
          problems.push(cannot(named, e));
          continue;
        }
      }
      if (type === "dir") {
        if (!entry.isSymbolicLink()) walk(full, named);
        if (count > MAX_FILES || bytes > MAX_REGISTER_BYTES) return;
        // Only regular files are read: a FIFO or a device named `.yaml` would block or never end.
      } else if (type === "file" && isRecordFile(entry.name)) {
        if (++count > MAX_FILES) return;
        let raw: Uint8Array | Problem;
        try {
          raw = readSmall(target, named);
        } catch (e) {
          problems.push(cannot(named, e));
          continue;
        }
        if (!(raw instanceof Uint8Array)) {
          problems.push(raw);
          continue;
        }
        bytes += raw.length;
        if (bytes > MAX_REGISTER_BYTES) return;
        const decoded = decode(raw, named);
        if (typeof decoded === "string") files.push({ path: named, text: decoded });
        else problems.push(decoded);
      }
    }
  };
  walk(root, toPosix(join(dir, ".")));
  // A limit reached ends the walk: that one problem says all, the others found so far would only distract.
  if (count > MAX_FILES) throw new RegisterError([tooManyFiles(dir, `more than ${MAX_FILES.toLocaleString("en")}`)]);
  if (bytes > MAX_REGISTER_BYTES) throw new RegisterError([registerTooBig(dir, bytes)]);
  if (problems.length) throw new RegisterError(problems);
  if (files.length === 0) {
    // An empty register would pass every rule: judging nothing must not read as compliant.
    throw new RegisterError([{ file: dir, message: "the folder holds no YAML records (.yaml or .yml files)", hint: "name the folder that holds the register's YAML files (default: records)" }]);
  }
  return files;
}

/**
 * The bytes of a regular file, or the problem of one over MAX_FILE_BYTES: read into one buffer of
 * MAX_FILE_BYTES + 1 bytes until the file ends or the buffer is full, so a file that grows while it is read
 * cannot slip past the limit, and no stat is needed (a tenth of reading 10,000 files). The bytes are a view
 * of that buffer: valid until the next call.
 */
function readSmall(path: string, shown: string): Uint8Array | Problem {
  const fd = openSync(path, "r");
  try {
    let read = 0;
    for (let n; read < READ_BUFFER.length && (n = readSync(fd, READ_BUFFER, read, READ_BUFFER.length - read, null)) > 0; ) read += n;
    if (read > MAX_FILE_BYTES) return fileTooBig(shown, Math.max(read, fstatSync(fd).size));
    return READ_BUFFER.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

const READ_BUFFER = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

/** Decodes strict UTF-8; anything else is named, not silently replaced. */
export function decode(bytes: Uint8Array, path: string): string | Problem {
  try {
    return utf8.decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const before = text.slice(0, bad).split("\n");
    const line = before.length;
    const col = before[before.length - 1].length + 1;
    const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? " (it looks like UTF-16)" : bytes[0] === 0xfe && bytes[1] === 0xff ? " (it looks like UTF-16)" : "";
    return { file: path, line, col, message: `the file is not valid UTF-8${encoding}`, hint: "save the file as UTF-8 (your editor's 'Save with encoding')" };
  }
}

function toPosix(p: string): string {
  return p.split(sep).join("/");
}
