// What the action leaves behind besides the exit code: annotations on the YAML lines, the job summary,
// the SARIF file and the step outputs. All of it is written before any API call, so it survives one failing.
import * as core from "@actions/core";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChangeResult, Finding, Problem } from "../../../engine/index.js";
import { cap, formatSarif, terminalSafe } from "../../../engine/report/index.js";
import type { RuleMeta } from "../../../engine/types.js";

/** GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; the rest are counted in the summary. */
export const ANNOTATIONS_PER_LEVEL = 10;
/**
 * Annotations per level for findings and problems: one of each level is kept for the step's own message (the
 * failed verdict is an error, "could not post the PR comment" a warning), which GitHub would otherwise drop.
 */
export const FINDING_ANNOTATIONS = ANNOTATIONS_PER_LEVEL - 1;

/** GitHub's limit on a step's job summary: 1 MiB, counted in bytes. */
export const SUMMARY_BYTES = 1024 * 1024;

/** One line of at most 1,000 characters (whole code points): core escapes `%`, CR and LF, this does the rest. */
function one(text: string): string {
  return cap(terminalSafe(text).replace(/\s+/g, " "), 1000);
}

export function annotate(findings: Finding[]): number {
  let dropped = 0;
  const shown = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (shown[f.severity] >= FINDING_ANNOTATIONS) {
      dropped++;
      continue;
    }
    shown[f.severity]++;
    const props = { title: `${f.rule}: ${one(f.title)}`, file: f.file, startLine: f.line, startColumn: f.col };
    const text = `${one(f.message)}\nFix: ${one(f.remediation)}`;
    if (f.severity === "error") core.error(text, props);
    else if (f.severity === "warning") core.warning(text, props);
    else core.notice(text, props);
  }
  return dropped;
}

export function annotateProblems(problems: Problem[]): void {
  for (const p of problems.slice(0, FINDING_ANNOTATIONS)) {
    core.error(`${one(p.message)}${p.hint ? `\nFix: ${one(p.hint)}` : ""}`, { title: "ropa: the register cannot be read", file: p.file, startLine: p.line, startColumn: p.col });
  }
}

export function writeSarif(result: ChangeResult, rules: RuleMeta[], dir: string): string {
  const path = join(dir, "ropa.sarif");
  writeFileSync(path, formatSarif(result, rules));
  return path;
}

export function setOutputs(verdict: "pass" | "fail", errors: number, warnings: number, sarif?: string): void {
  core.setOutput("verdict", verdict);
  core.setOutput("errors", String(errors));
  core.setOutput("warnings", String(warnings));
  if (sarif) core.setOutput("sarif-file", sarif);
}

/**
 * The job summary; without one (a runner that has none, or a local run) the report goes to the log instead.
 * The report quotes record text, and a log line that starts with `::` is a workflow command: between
 * `::stop-commands::` and its random token the runner obeys none.
 */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    const token = randomUUID();
    process.stdout.write(`::stop-commands::${token}\n${markdown}\n::${token}::\n`);
    return;
  }
  await core.summary.addRaw(markdown).write();
}
