#!/usr/bin/env node
// The installed `ropa`: the CLI compiled to dist/cli.cjs (`npm run build:cli`, run by `prepare`).
"use strict";
const { isAscii } = require("node:buffer");
const { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { tmpdir } = require("node:os");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const CLI = join(__dirname, "../dist/cli.cjs");

/**
 * dist/cli.cjs's exports, run from V8's compiled code of an earlier run when there is one (cachedCompile):
 * compiling the CLI was about a sixth of a small check. Node ≥ 22.1 has a compile cache of its own
 * (module.enableCompileCache), but it keeps the code compiled when a file loads, not the functions a command
 * compiles as it runs: a 100-record check under Node 24 took 121 ms with it and 103 with this one.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
function loadCli() {
  const requireFromCli = Module.createRequire(CLI);
  const dir = !process.env.NODE_DISABLE_COMPILE_CACHE && cacheDir();
  return dir ? cachedCompile(CLI, dir, requireFromCli) : requireFromCli(CLI);
}

/**
 * A folder for the cache that only this user can write (code read from it runs as this user), or undefined:
 * NODE_COMPILE_CACHE as on newer Node, or one in the OS's temp folder.
 */
function cacheDir() {
  const uid = process.getuid?.();
  const dir = process.env.NODE_COMPILE_CACHE || join(tmpdir(), `ropa-compile-cache-${uid ?? "user"}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = lstatSync(dir);
    return s.isDirectory() && (uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0)) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the CommonJS file `file` from the V8 code cache in `dir`, and when there was none (or V8 refused it:
 * another Node or V8 flags), writes one as the process exits, after the command ran: it then holds every
 * function the command compiled, not only the file's top level. V8 checks a cache only against the source's
 * length, so a cache is named for the file's size, modification time and inode (as Python's .pyc files
 * are), and one per command, since `ropa --help` compiles little of what `ropa check` runs; writing one
 * removes that command's caches of earlier builds in the same place (placeOf), not those of another install
 * (a global one and a project's, run in turn, each compiled again and rewrote its cache at every run). A run
 * that failed (exit code 2) writes none: it may have stopped before most of its command ran.
 */
function cachedCompile(file, dir, requireFromFile) {
  const fd = openSync(file, "r");
  const { size, mtimeNs, ino } = fstatSync(fd, { bigint: true });
  // The build writes the bundle in ASCII, which reads faster as Latin-1 than through a UTF-8 decoder.
  const bytes = readFileSync(fd);
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  closeSync(fd);
  const command = /^[a-z][a-z-]{0,30}$/.test(process.argv[2] ?? "") ? process.argv[2] : "other";
  const kind = `cli-${process.version}-${process.arch}-${command}-${placeOf(file)}-`;
  const cache = join(dir, `${kind}${size}-${mtimeNs}-${ino}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cache);
  } catch {
    // None yet.
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const cjs = { exports: {} };
  script.runInThisContext()(cjs.exports, requireFromFile, cjs, file, dirname(file));
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", (code) => {
      if (code > 1) return;
      try {
        const partial = `${cache}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cache);
        // The caches of this command from earlier builds of the CLI (each `npm install` or build writes anew).
        for (const name of readdirSync(dir)) if (name.startsWith(kind) && /^\d[\d-]*\.bin$/.test(name.slice(kind.length)) && join(dir, name) !== cache) rmSync(join(dir, name), { force: true });
      } catch {
        // Only a cache: the next run compiles again.
      }
    });
  }
  return cjs.exports;
}

/** Where the CLI is installed, as 8 hex digits (FNV-1a of its path): a name for the cache, not a secret. */
function placeOf(file) {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

const { main } = loadCli();
void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
