// bin/ropa.cjs, the installed `ropa`, in processes of its own: it keeps V8's compiled code of dist/cli.cjs
// after a run, on every Node (its own cache, not Node's module.enableCompileCache).
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectGarbage } from "../engine/instance.js";
import { ROOT, TODAY } from "./helpers/register.js";

describe("bin/ropa.cjs's compile cache", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ropa-compile-cache-"));
    chmodSync(dir, 0o700);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ropa = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [join(ROOT, "bin/ropa.cjs"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", NODE_COMPILE_CACHE: dir, ...env } });
  const check = (env?: NodeJS.ProcessEnv) => ropa(["check", "records", "--today", TODAY], env);
  const caches = () => readdirSync(dir).filter((f) => f.endsWith(".bin"));

  it("keeps the compiled code of a run, one file per command, and runs from it unchanged", () => {
    const first = check();
    expect(first.status).toBe(0);
    const [cache, ...more] = caches();
    expect(more).toEqual([]);
    expect(cache).toMatch(new RegExp(`^cli-${process.version}-${process.arch}-check-[0-9a-f]{8}-\\d+-\\d+-\\d+\\.bin$`));
    const written = statSync(join(dir, cache!)).mtimeMs;

    // V8 took it: a refused cache is written again.
    const second = check();
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(dir, cache!)).mtimeMs).toBe(written);

    expect(ropa(["rules", "--format", "json"]).status).toBe(0);
    expect(caches()).toHaveLength(2);
  });

  it("compiles again when V8 refuses the cache, and writes a good one", () => {
    expect(check().status).toBe(0);
    const [cache] = caches();
    writeFileSync(join(dir, cache!), "not V8's code");
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/verdict: pass/);
    expect(readFileSync(join(dir, cache!), "utf8")).not.toBe("not V8's code");
  });

  it("replaces the command's caches of earlier builds in the same place, and keeps other commands' and other installs'", () => {
    expect(check().status).toBe(0);
    const [here] = caches();
    const place = here!.replace(/-\d+-\d+-\d+\.bin$/, "-");
    const stale = `${place}1-2-3.bin`;
    const otherCommand = place.replace("-check-", "-rules-") + "1-2-3.bin";
    const otherInstall = here!.replace(/-[0-9a-f]{8}-/, "-00000000-");
    for (const name of [stale, otherCommand, otherInstall]) writeFileSync(join(dir, name), "another build's");
    rmSync(join(dir, here!));
    expect(check().status).toBe(0);
    expect(caches().sort()).toEqual([here, otherCommand, otherInstall].sort());
  });

  it("keeps one cache per install: two installs run in turn compile once each", () => {
    const installs = [1, 2].map(() => mkdtempSync(join(tmpdir(), "ropa-install-")));
    try {
      for (const pkg of installs) {
        mkdirSync(join(pkg, "bin"));
        mkdirSync(join(pkg, "dist"));
        copyFileSync(join(ROOT, "bin/ropa.cjs"), join(pkg, "bin/ropa.cjs"));
        writeFileSync(join(pkg, "dist/cli.cjs"), 'exports.main = async () => { process.stdout.write("ok"); return 0; };\n');
      }
      const run = (pkg: string) => spawnSync(process.execPath, [join(pkg, "bin/ropa.cjs"), "check"], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: dir } });
      for (const pkg of installs) expect(run(pkg).stdout).toBe("ok");
      const written = new Map(caches().map((f) => [f, statSync(join(dir, f)).mtimeMs]));
      expect(written.size).toBe(2);
      for (const pkg of installs) expect(run(pkg).stdout).toBe("ok");
      expect(new Map(caches().map((f) => [f, statSync(join(dir, f)).mtimeMs]))).toEqual(written);
    } finally {
      for (const pkg of installs) rmSync(pkg, { recursive: true, force: true });
    }
  });

  it("writes none for a run that failed, when turned off, or into a folder others can write", () => {
    expect(ropa(["check", "no-such-folder"]).status).toBe(2);
    expect(caches()).toEqual([]);
    expect(check({ NODE_DISABLE_COMPILE_CACHE: "1" }).status).toBe(0);
    expect(caches()).toEqual([]);
    chmodSync(dir, 0o777);
    expect(check().status).toBe(0);
    expect(caches()).toEqual([]);
  });

  it("reads a bundle that is not ASCII as UTF-8 (the build writes ASCII, which it reads as Latin-1)", () => {
    const pkg = mkdtempSync(join(tmpdir(), "ropa-launcher-"));
    try {
      mkdirSync(join(pkg, "bin"));
      mkdirSync(join(pkg, "dist"));
      copyFileSync(join(ROOT, "bin/ropa.cjs"), join(pkg, "bin/ropa.cjs"));
      writeFileSync(join(pkg, "dist/cli.cjs"), 'exports.main = async () => { process.stdout.write("Malmö — ✔"); return 0; };\n');
      for (const run of [1, 2]) {
        const r = spawnSync(process.execPath, [join(pkg, "bin/ropa.cjs"), "check"], { encoding: "utf8", env: { ...process.env, NODE_COMPILE_CACHE: dir } });
        expect([run, r.status, r.stdout]).toEqual([run, 0, "Malmö — ✔"]);
      }
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});

describe("V8's flags, which the engine sets for a moment", () => {
  it("are set back after a large register's collection: a new process takes code cached after it", () => {
    // V8 refuses code cached under other flags: with --expose-gc left on, bin/ropa.cjs compiled the CLI again
    // on every check of a large register, and wrote its cache anew.
    collectGarbage();
    const source = "(function add(a, b) { return a + b; })(1, 2);";
    const script = new Script(source, { filename: "flags.js" });
    script.runInThisContext();
    const dir = mkdtempSync(join(tmpdir(), "ropa-flags-"));
    try {
      writeFileSync(join(dir, "cache.bin"), script.createCachedData());
      const take = `const s = new (require("node:vm").Script)(${JSON.stringify(source)}, { filename: "flags.js", cachedData: require("node:fs").readFileSync(${JSON.stringify(join(dir, "cache.bin"))}) }); process.stdout.write(s.cachedDataRejected ? "refused" : "taken");`;
      expect(spawnSync(process.execPath, ["-e", take], { encoding: "utf8" }).stdout).toBe("taken");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
