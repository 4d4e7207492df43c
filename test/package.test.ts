// Real processes, as a user runs ropa: the built CLI from this checkout (exit codes through the process),
// and the package `npm pack` makes, installed into an empty folder and run with plain node, no tsx or
// TypeScript. The contract itself (every exit code, message and format) is tested in-process elsewhere.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { generateRegister, writeRegister } from "../scripts/bench/generate.js";
import { CLI_CHUNKS } from "../scripts/cli-chunks.js";
import { runCli } from "./helpers/cli.js";
import { ROOT, TODAY, copyRegister, editYaml } from "./helpers/register.js";

describe("bin/ropa.cjs, the built CLI in a process of its own", () => {
  it("sets the exit code: 0 pass, 1 fail, 2 bad input", async () => {
    const dir = copyRegister();
    expect((await runCli(["check", "records", "--today", TODAY], dir)).code).toBe(0);
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    const fail = await runCli(["check", "records", "--today", TODAY], dir);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain("subprocessors.dpa");
    const bad = await runCli(["check", "no-such-folder"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("no-such-folder");
  });
});

describe("bin/ropa.cjs's standard output", () => {
  it("ends quietly when its reader goes away (`ropa check | head`): the exit code stays the verdict's", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.delete("dpa"));
    const child = spawn(process.execPath, [join(ROOT, "bin/ropa.cjs"), "check", "records", "--today", TODAY, "--format", "json"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    // Closed before the report is written: its first write finds no reader (EPIPE).
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });

  it("falls back to Node's stream, whole and in order, when a non-blocking pipe is full", async () => {
    // A parent may have made the shared descriptor non-blocking: a write to the full pipe fails with EAGAIN. The
    // report (~450 KB) is larger than the pipe, a socket pair of ~200 KB.
    const dir = mkdtempSync(join(tmpdir(), "ropa-nonblocking-"));
    try {
      writeRegister(join(dir, "records"), generateRegister({ records: 1_000, seed: 3, today: TODAY }).files);
      const hook = join(dir, "nonblocking.cjs");
      writeFileSync(hook, `process.stdout._handle.setBlocking(false);
const fs = require("node:fs"); const write = fs.writeSync; let eagain = 0;
fs.writeSync = function (...args) { try { return write.apply(this, args); } catch (e) { if (e.code === "EAGAIN") eagain++; throw e; } };
process.on("exit", () => write(2, "EAGAIN " + eagain));
`);
      const args = [join(ROOT, "bin/ropa.cjs"), "check", "records", "--today", TODAY, "--format", "json", "--no-cache"];
      const child = spawn(process.execPath, ["--require", hook, ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      const chunks: Buffer[] = [];
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      // Not read for a while: the pipe fills.
      child.stdout.pause();
      setTimeout(() => {
        child.stdout.on("data", (d: Buffer) => chunks.push(d));
        child.stdout.resume();
      }, 1000);
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(stderr).toMatch(/^EAGAIN [1-9]/);
      expect(code === 0 || code === 1).toBe(true);
      const file = join(dir, "report.json");
      expect(spawnSync(process.execPath, [...args, "--output", file], { cwd: dir }).status).toBe(code);
      expect(Buffer.concat(chunks).toString("utf8")).toBe(readFileSync(file, "utf8") + "\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is written whole to a pipe, as to a file", () => {
    const dir = copyRegister();
    const args = [join(ROOT, "bin/ropa.cjs"), "check", join(ROOT, "records"), "--today", TODAY, "--format", "json"];
    const piped = execFileSync(process.execPath, args, { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
    const file = join(dir, "report.json");
    execFileSync(process.execPath, [...args, "--output", file], { cwd: dir });
    expect(piped).toBe(readFileSync(file, "utf8") + "\n");
  });
});

describe("the npm package", () => {
  let work: string;
  let app: string;
  let tarball: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ropa-package-"));
    app = join(work, "app");
    mkdirSync(app);
    // dist/ was built by the test setup; --ignore-scripts keeps `prepare` from rebuilding it under other tests.
    const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });
    npm(["pack", "--ignore-scripts", "--silent", "--pack-destination", work], ROOT);
    tarball = join(work, `ropa-${pkg.version}.tgz`);
    npm(["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], app);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const ropa = (args: string[], cwd = app) => {
    try {
      return { code: 0, stdout: execFileSync(process.execPath, [join(app, "node_modules/ropa/bin/ropa.cjs"), ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, stdout: err.stdout + err.stderr };
    }
  };

  it("holds compiled JavaScript, the compiled policies, the schemas and the licence, and no TypeScript", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    expect(files).toEqual(expect.arrayContaining(["package/bin/ropa.cjs", "package/dist/cli.cjs", "package/dist/read-worker.cjs", "package/dist/eval-worker.cjs", ...CLI_CHUNKS.map((c) => `package/dist/${c.file}`), "package/policies/build/policy.wasm", "package/policies/build/rules.json", "package/policies/build/data.json", "package/engine/schemas/processing-activity.schema.json", "package/engine/templates/register/README.md", "package/LICENSE", "package/CHANGELOG.md"]));
    expect(files.filter((f) => f.endsWith(".ts"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("package/test/") || f.startsWith("package/records/"))).toEqual([]);
  });

  it("installs nothing but itself: its dependencies are bundled into dist/, with their licences", () => {
    const installed = readdirSync(join(app, "node_modules")).filter((f) => !f.startsWith("."));
    expect(installed).toEqual(["ropa"]);
    expect(readFileSync(join(app, "node_modules/ropa/dist/licenses.txt"), "utf8")).toMatch(/^@octokit\/core \d/m);
  });

  it("runs `ropa --version` and `ropa check` on a copy of the example register with plain node", () => {
    expect(ropa(["--version"]).stdout.trim()).toBe(pkg.version);
    cpSync(join(ROOT, "records"), join(app, "records"), { recursive: true });
    const check = ropa(["check", "records", "--today", TODAY]);
    expect(check.stdout).toMatch(/17 records checked .* verdict: pass/);
    expect(check.code).toBe(0);
    expect(ropa(["rules", "--format", "json"]).code).toBe(0);
  });

  it("starts a new register with `ropa init` from the templates it ships", () => {
    const init = ropa(["init", "new-register"]);
    expect(init.code, init.stdout).toBe(0);
    expect(existsSync(join(app, "new-register/records/organisation.yaml"))).toBe(true);
  });

  it("serves the JSON schemas at a stable path: ropa/schemas/<kind>.schema.json", () => {
    const resolved = execFileSync(process.execPath, ["--input-type=module", "-e", 'console.log(import.meta.resolve("ropa/schemas/product.schema.json"))'], { cwd: app, encoding: "utf8" });
    expect(resolved.trim()).toMatch(/node_modules\/ropa\/engine\/schemas\/product\.schema\.json$/);
  });
});
