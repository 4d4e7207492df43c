// The shipped CLI loads the full `yaml` package (dist/yaml.cjs, engine/full-yaml.ts) only when a file needs
// it: not for a plain register, and it still reads a file that does need it. Run as the package runs
// (bin/ropa.cjs on dist/, built by global-setup), with a preload that records every require of yaml.cjs and
// the Node modules loaded that a small check does not need.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateRegister, writeRegister } from "../scripts/bench/generate.js";
import { YAML_FILE } from "../scripts/lazy-yaml.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TODAY = "2026-06-01";
const work = mkdtempSync(join(tmpdir(), "ropa-lazy-yaml-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hook = join(work, "hook.cjs");
writeFileSync(
  hook,
  `const Module = require("node:module");
const load = Module._load;
let loaded = false;
Module._load = function (request, ...rest) {
  if (request.endsWith(${JSON.stringify(YAML_FILE)})) loaded = true;
  return load.call(this, request, ...rest);
};
process.on("exit", () => {
  // Taken before this writes to stderr, which makes the stream.
  const lazy = process.moduleLoadList.filter((m) => /^NativeModule (child_process|worker_threads|perf_hooks|net|tty|internal[/]fs[/]sync_write_stream)$/.test(m));
  process.stderr.write("\\nlazy builtins loaded: " + JSON.stringify(lazy) + "\\nyaml loaded: " + loaded + "\\n");
});
`,
);

function check(dir: string, ...more: string[]): { status: number | null; yamlLoaded: boolean; builtins: string[]; stdout: string } {
  const r = spawnSync(process.execPath, ["--require", hook, join(ROOT, "bin/ropa.cjs"), "check", dir, "--today", TODAY, "--no-cache", "--format", "json", ...more], { encoding: "utf8" });
  const said = /yaml loaded: (true|false)\s*$/.exec(r.stderr);
  if (!said) throw new Error(`no report from the preload: ${r.stderr}`);
  const builtins = JSON.parse(/lazy builtins loaded: (.*)$/m.exec(r.stderr)![1]!) as string[];
  return { status: r.status, yamlLoaded: said[1] === "true", builtins, stdout: r.stdout };
}

describe("the full yaml package is loaded on demand", () => {
  const dir = join(work, "register");
  writeRegister(dir, generateRegister({ records: 20, seed: 7, today: TODAY }).files);

  it("ships beside the chunks", () => {
    expect(existsSync(join(ROOT, "dist", YAML_FILE))).toBe(true);
  });

  it("is not loaded for a plain register, and is for a file only it reads, with the same verdict", () => {
    const plain = check(dir);
    expect(plain.status === 0 || plain.status === 1).toBe(true);
    expect(plain.yamlLoaded).toBe(false);
    // Nor are the modules only a thread (engine/threads.ts) or an executable subcommand (commander) needs, nor
    // perf_hooks (engine/timings.ts now).
    // Standard output is a pipe here: the report written to it makes its stream (net).
    expect(plain.builtins).toEqual(["NativeModule net"]);
    // A report written to a file makes no stream at all (engine/output.ts processIo).
    const toFile = check(dir, "--output", join(work, "report.json"));
    expect(toFile.status).toBe(plain.status);
    expect(toFile.builtins).toEqual([]);

    // A %YAML directive is beyond the fast path (plain-yaml.ts): the same record, read by `yaml`.
    const organisation = join(dir, "organisation.yaml");
    writeFileSync(organisation, "%YAML 1.2\n---\n" + readFileSync(organisation, "utf8"));
    const full = check(dir);
    expect(full.yamlLoaded).toBe(true);
    expect(full.status).toBe(plain.status);
    const verdict = (out: string) => {
      const { verdict, summary } = JSON.parse(out) as { verdict: string; summary: unknown };
      return { verdict, summary };
    };
    expect(verdict(full.stdout)).toEqual(verdict(plain.stdout));
  });
});
