// Regenerates what the documentation derives from the code: in README.md and docs/*.md the parts between
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` (what the example pull request,
// test/fixtures/examples/twilio, gets from the CLI and in its PR comment, rendered by the same functions
// the CLI and the action use), and a page per rule in docs/rules/ (scripts/rule-docs.ts).
// `npm run docs`; test/readme.test.ts fails when any of it is stale.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { loadPolicy, readRegister, type ChangeResult, type Policy } from "../engine/index.js";
import { approveAll, judgeChange } from "../engine/judge.js";
import { readBundleDir } from "../engine/policy.js";
import { formatComment, formatText } from "../engine/report/index.js";
import { flowDiagram } from "../engine/report/mermaid.js";
import { readRegisterDir } from "../engine/source.js";
import { rulePages } from "./rule-docs.js";
import { benchSection, benchTargets } from "./bench/report.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLE = join(ROOT, "test/fixtures/examples/twilio");
/** Fixed, so the documents do not change with the calendar or the commit. */
const TODAY = "2026-11-23";
const HEAD = "9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c";

/** Dignio's register before and after the example pull request, judged as the action judges it. */
async function examplePullRequest(policy: Policy): Promise<ChangeResult> {
  const dir = mkdtempSync(join(tmpdir(), "ropa-docs-"));
  try {
    cpSync(join(ROOT, "records"), join(dir, "records"), { recursive: true });
    const base = await readRegister(readRegisterDir(join(dir, "records")), "records");
    cpSync(join(EXAMPLE, "records"), join(dir, "records"), { recursive: true });
    const app = join(dir, "records/activities/patient-app.yaml");
    const doc = parseDocument(readFileSync(app, "utf8"));
    doc.set("subprocessors", [...(doc.toJS().subprocessors as string[]), "twilio"]);
    writeFileSync(app, doc.toString());
    // Paths as the user sees them (records/…), not the temp dir's.
    const files = readRegisterDir(join(dir, "records")).map((f) => ({ ...f, path: f.path.slice(dir.length + 1) }));
    const head = await readRegister(files, "records");
    return (await judgeChange({ base, head, root: "records", policy, approve: approveAll, today: TODAY })).result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function generatedSections(): Promise<Record<string, string>> {
  const bench = JSON.parse(readFileSync(join(ROOT, "scripts/bench/latest.json"), "utf8"));
  const policy = loadPolicy(readBundleDir(join(ROOT, "policies/build")));
  const change = await examplePullRequest(policy);
  const text = formatText({ ...change, findings: change.introduced }, { color: false, rules: policy.rules });
  const comment = formatComment(change, {
    rules: policy.rules,
    linkBase: `https://github.com/dignio/register/blob/${HEAD}/`,
    judgedBy: "the policies in `policies/build` at 4f2c1e9 (the base branch `main`)",
    commit: HEAD,
    fullReport: "https://github.com/dignio/register/actions/runs/1",
  });
  return {
    "example-text": "```text\n" + text.trimEnd() + "\n```",
    "example-comment": "````markdown\n" + comment.trimEnd() + "\n````",
    "example-diagram": flowDiagram(change.flows).join("\n"),
    bench: benchSection(bench),
    "bench-targets": benchTargets(bench),
  };
}

/** A document with each of its generated parts rewritten; a part it names that does not exist is an error. */
export function renderGenerated(text: string, sections: Record<string, string>, file: string): string {
  return text.replace(/(<!-- generated:([\w-]+) -->)[\s\S]*?(<!-- \/generated:\2 -->)/g, (_, open: string, name: string, close: string) => {
    if (!(name in sections)) throw new Error(`${file} has a <!-- generated:${name} --> part that scripts/docs.ts does not make`);
    return `${open}\n${sections[name]}\n${close}`;
  });
}

/** README.md and every page under docs/ as they should be, by path from the repository root. */
export async function documentation(): Promise<Map<string, string>> {
  const sections = await generatedSections();
  const out = new Map<string, string>();
  const docs = existsSync(join(ROOT, "docs")) ? readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`) : [];
  for (const file of ["README.md", "CONTRIBUTING.md", ...docs].filter((f) => existsSync(join(ROOT, f)))) {
    out.set(file, renderGenerated(readFileSync(join(ROOT, file), "utf8"), sections, file));
  }
  const policy = loadPolicy(readBundleDir(join(ROOT, "policies/build")));
  for (const [file, text] of rulePages(ROOT, [...policy.rules.values()])) out.set(file, text);
  return out;
}

/** The rule pages on disk that no rule has any more. */
export function staleRulePages(expected: Map<string, string>): string[] {
  const dir = join(ROOT, "docs/rules");
  return existsSync(dir) ? readdirSync(dir).map((f) => `docs/rules/${f}`).filter((f) => !expected.has(f)) : [];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await documentation();
  mkdirSync(join(ROOT, "docs/rules"), { recursive: true });
  for (const stale of staleRulePages(files)) rmSync(join(ROOT, stale));
  let changed = 0;
  for (const [file, text] of files) {
    const path = join(ROOT, file);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    writeFileSync(path, text);
    changed++;
  }
  console.log(`docs: ${files.size} files checked, ${changed} rewritten`);
}
