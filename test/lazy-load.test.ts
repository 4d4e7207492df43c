// The shipped CLI loads its large parts only when a command needs them: the full `yaml` package (dist/yaml.cjs,
// engine/full-yaml.ts) when a file needs it, and each library chunk (scripts/cli-chunks.ts) when a command
// uses it; never for a plain `ropa check`. Run as the package runs (bin/ropa.cjs on dist/, built by
// global-setup), with a preload that records every file of dist/ required and the Node modules loaded that a
// small check does not need.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateRegister, writeRegister } from "../scripts/bench/generate.js";
import { CLI_CHUNKS } from "../scripts/cli-chunks.js";
import { YAML_FILE } from "../scripts/lazy-yaml.js";
import { buildScenario } from "./helpers/audit-scenario.js";
import { preloadOpenApi, startFakeGitHub } from "./helpers/fake-github.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TODAY = "2026-06-01";
const LAZY = [YAML_FILE, ...CLI_CHUNKS.map((c) => c.file)];
const work = mkdtempSync(join(tmpdir(), "ropa-lazy-load-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hook = join(work, "hook.cjs");
writeFileSync(
  hook,
  `const Module = require("node:module");
const load = Module._load;
const lazy = ${JSON.stringify(LAZY)};
const loaded = new Set();
Module._load = function (request, ...rest) {
  for (const file of lazy) if (request.endsWith("/" + file)) loaded.add(file);
  return load.call(this, request, ...rest);
};
process.on("exit", () => {
  // Taken before this writes to stderr, which makes the stream.
  const builtins = process.moduleLoadList.filter((m) => /^NativeModule (child_process|worker_threads|perf_hooks|net|tty|internal[/]fs[/]sync_write_stream)$/.test(m));
  process.stderr.write("\\nlazy builtins loaded: " + JSON.stringify(builtins) + "\\nlazy files loaded: " + JSON.stringify([...loaded].sort()) + "\\n");
});
`,
);

interface Run {
  status: number | null;
  /** The files of dist/ that load on demand, as loaded. */
  files: string[];
  builtins: string[];
  stdout: string;
  stderr: string;
}

/** `ropa args` in a process of its own, asynchronously: a fake GitHub in this process answers it. */
function ropa(args: string[], cwd = work, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", hook, join(ROOT, "bin/ropa.cjs"), ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => {
      const files = /lazy files loaded: (.*)\s*$/.exec(stderr);
      if (!files) return reject(new Error(`no report from the preload: ${stderr}`));
      const builtins = JSON.parse(/lazy builtins loaded: (.*)$/m.exec(stderr)![1]!) as string[];
      resolve({ status, files: JSON.parse(files[1]!) as string[], builtins, stdout, stderr });
    });
  });
}

const check = (dir: string, ...more: string[]) => ropa(["check", dir, "--today", TODAY, "--no-cache", "--format", "json", ...more]);

it("ships every file it loads on demand beside the CLI", () => {
  for (const file of LAZY) expect(existsSync(join(ROOT, "dist", file)), file).toBe(true);
});

describe("a plain check", () => {
  const dir = join(work, "register");
  writeRegister(dir, generateRegister({ records: 20, seed: 7, today: TODAY }).files);

  it("loads none of them; the full yaml package is loaded for a file only it reads, with the same verdict", async () => {
    const plain = await check(dir);
    expect(plain.status === 0 || plain.status === 1).toBe(true);
    expect(plain.files).toEqual([]);
    // Nor are the modules only a thread (engine/threads.ts) or an executable subcommand (commander) needs, nor
    // perf_hooks (engine/timings.ts now), nor `net` and `tty`: standard output is a pipe here, written
    // without a stream (engine/output.ts standardOutput).
    expect(plain.builtins).toEqual([]);
    const toFile = await check(dir, "--output", join(work, "report.json"));
    expect(toFile.status).toBe(plain.status);
    expect(toFile.builtins).toEqual([]);

    // A %YAML directive is beyond the fast path (plain-yaml.ts): the same record, read by `yaml`.
    const organisation = join(dir, "organisation.yaml");
    writeFileSync(organisation, "%YAML 1.2\n---\n" + readFileSync(organisation, "utf8"));
    const full = await check(dir);
    expect(full.files).toEqual([YAML_FILE]);
    expect(full.status).toBe(plain.status);
    const verdict = (out: string) => {
      const { verdict, summary } = JSON.parse(out) as { verdict: string; summary: unknown };
      return { verdict, summary };
    };
    expect(verdict(full.stdout)).toEqual(verdict(plain.stdout));
  });
});

describe("each library chunk, loaded by the commands that use it, works", () => {
  const { repo } = buildScenario();
  // Which chunks a run loaded (the scenario's history has files only the full yaml package reads).
  const chunks = (run: Run) => run.files.filter((f) => f !== YAML_FILE);
  const period = ["--since", "2026-01-01", "--until", "2026-01-31"];

  it("yaml.cjs: migrate", async () => {
    const migrate = await ropa(["migrate", "records", "--check"], repo.dir);
    // The scenario's segments still name one storage location each, the register's earlier form.
    expect(migrate.status, migrate.stderr).toBe(1);
    expect(migrate.stdout).toContain("`storage_location: aws-london` → `storage_locations: [aws-london]`");
    expect(migrate.files).toEqual([YAML_FILE]);
  });

  it("simple-git.cjs: check --base", async () => {
    const change = await ropa(["check", "records", "--base", "HEAD~1", "--today", TODAY, "--no-cache"], repo.dir);
    expect(change.status, change.stderr).toBe(0);
    expect(chunks(change)).toEqual(["simple-git.cjs"]);
  });

  it("exceljs.cjs: register --format xlsx", async () => {
    const book = join(work, "register.xlsx");
    const xlsx = await ropa(["register", "--format", "xlsx", "--output", book], repo.dir);
    expect(xlsx.status, xlsx.stderr).toBe(0);
    expect(chunks(xlsx)).toEqual(["exceljs.cjs", "simple-git.cjs"]);
    // A workbook is a zip file.
    expect(readFileSync(book).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  });

  it("github.cjs: evidence --github, against a fake GitHub API", async () => {
    preloadOpenApi();
    const fake = await startFakeGitHub({ repository: "dignio/ropa", reviews: { 1: [{ user: "dana-dpo", state: "APPROVED", submitted_at: "2026-01-10T11:00:00Z" }] } });
    try {
      const pack = join(work, "pack");
      const evidence = await ropa(["evidence", ...period, "--out", pack, "--github", "dignio/ropa"], repo.dir, { GITHUB_TOKEN: "t0ken", GITHUB_API_URL: fake.url });
      expect(evidence.status, evidence.stderr).toBe(0);
      expect(chunks(evidence)).toEqual(["github.cjs", "simple-git.cjs"]);
      expect(fake.violations).toEqual([]);
      expect(fake.requests.some((r) => r.path.endsWith("/pulls/1/reviews"))).toBe(true);
      expect(readFileSync(join(pack, "index.html"), "utf8")).toContain("GitHub review of PR #1");
    } finally {
      await fake.close();
    }
  });
});
