// Regenerates the parts of README.md that are derived from the code, between `<!-- generated:NAME -->`
// and `<!-- /generated:NAME -->`: the rule list (from METADATA), and what the example pull request
// (test/fixtures/examples/twilio) gets from the CLI and in its PR comment, rendered by the same
// functions the CLI and the action use. `npm run docs`; test/readme.test.ts keeps them current.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import { judgeChange, loadPolicy, readRegister, type ChangeResult, type Policy } from "../engine/index.js";
import { readBundleDir } from "../engine/policy.js";
import { formatComment, formatText } from "../engine/report/index.js";
import { formatRules } from "../engine/rules.js";
import { readRegisterDir } from "../engine/source.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXAMPLE = join(ROOT, "test/fixtures/examples/twilio");
/** Fixed, so the README does not change with the calendar or the commit. */
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
    return judgeChange({ base, head, policy, today: TODAY });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function generatedSections(): Promise<Record<string, string>> {
  const policy = loadPolicy(readBundleDir(join(ROOT, "policies/build")));
  const rules = [...policy.rules.values()];
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
    rules: `${rules.length} rules, from the METADATA of \`policies/\`:\n\n${formatRules(rules, "markdown")}`,
    "example-text": "```text\n" + text.trimEnd() + "\n```",
    "example-comment": "````markdown\n" + comment.trimEnd() + "\n````",
  };
}

export async function renderReadme(readme: string): Promise<string> {
  let out = readme;
  for (const [name, body] of Object.entries(await generatedSections())) {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- generated:${name} --> section`);
    out = out.replace(pattern, (_, open: string, close: string) => `${open}\n${body}\n${close}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = `${ROOT}/README.md`;
  writeFileSync(path, await renderReadme(readFileSync(path, "utf8")));
  console.log("docs: README.md regenerated");
}
