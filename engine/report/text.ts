// The terminal report: findings grouped by file, each with its fix and its legal reason, and one closing
// line with the verdict. Colour only when asked; the caller knows whether the output is a terminal.
import type { CheckResult } from "../check.js";
import type { Problem } from "../errors.js";
import type { Finding, RuleMeta, Severity } from "../types.js";
import { terminalSafe } from "./escape.js";

export interface TextOptions {
  color: boolean;
  /** Every rule the register was judged against (for the count in the summary). */
  rules: Map<string, RuleMeta>;
}

// Plain SGR escape codes rather than util.styleText: styleText exists from Node 20.12 only, and newer
// versions drop the colour on their own when stdout is not a terminal, which is the caller's decision.
const SGR = { bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], yellow: [33, 39], blue: [34, 39], cyan: [36, 39], green: [32, 39] } as const;
type Style = keyof typeof SGR;
type Paint = (style: Style | Style[], text: string) => string;

function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text;
  return (style, text) => {
    const styles = Array.isArray(style) ? style : [style];
    return styles.reduceRight((t, s) => `\u001b[${SGR[s][0]}m${t}\u001b[${SGR[s][1]}m`, text);
  };
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "blue" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function why(f: Finding): string | undefined {
  const parts = f.legal.map((l) => l.ref);
  if (f.promise) parts.push(`promise: “${f.promise}”`);
  return parts.length ? parts.map(terminalSafe).join("; ") : undefined;
}

export function formatText(result: CheckResult, opts: TextOptions): string {
  const paint = painter(opts.color);
  const lines: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }

  const where = (f: Finding) => `${terminalSafe(f.file)}:${f.line}:${f.col}`;
  const whereWidth = Math.max(0, ...result.findings.map((f) => where(f).length));
  const ruleWidth = Math.max(0, ...result.findings.map((f) => f.rule.length));
  const indent = " ".repeat(4);

  for (const [file, findings] of byFile) {
    lines.push(paint(["bold", "underline"], terminalSafe(file || "(no file)")));
    for (const f of findings) {
      lines.push(
        `  ${paint("dim", where(f).padEnd(whereWidth))}  ${f.waived ? paint("dim", "waived ") : paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7))}  ${paint("cyan", f.rule.padEnd(ruleWidth))}  ${terminalSafe(f.message)}`,
      );
      lines.push(`${indent}${paint("green", "fix:")} ${terminalSafe(f.remediation)}`);
      if (f.waived) lines.push(`${indent}${paint("dim", "waived:")} ${terminalSafe(`${f.severity} waived by ${f.waived.approved_by} until ${f.waived.expires_on} (waiver ${f.waived.waiver}: ${f.waived.reason})`)}`);
      const reason = why(f);
      if (reason) lines.push(`${indent}${paint("dim", "why:")} ${paint("dim", reason)}`);
    }
    lines.push("");
  }

  lines.push(summaryLine(result, opts.rules.size, byFile.size, paint));
  return lines.join("\n");
}

function summaryLine(result: CheckResult, rules: number, files: number, paint: Paint): string {
  const verdict = `verdict: ${result.verdict}`;
  const existing = result.existing?.length ?? 0;
  // A change's findings hide what was already there: say how much remains rather than "no problems".
  const remain = existing ? `; ${plural(existing, "finding")} already present at the base ${existing === 1 ? "remains" : "remain"} (not counted)` : "";
  if (result.findings.length === 0) {
    const records = plural(result.records, "record");
    if (result.existing) {
      return `${paint(["green", "bold"], "✔ This change brings no new problems:")} ${records} checked against ${plural(rules, "rule")}${remain} — ${paint("bold", verdict)}`;
    }
    return `${paint(["green", "bold"], "✔ No problems:")} ${records} checked against ${plural(rules, "rule")} — ${paint("bold", verdict)}`;
  }
  const counts = [plural(result.errors, "error"), plural(result.warnings, "warning")];
  if (result.infos) counts.push(plural(result.infos, "info", "infos"));
  if (result.waived) counts.push(`${result.waived} waived`);
  const failed = result.verdict === "fail";
  const mark = failed ? paint(["red", "bold"], "✖") : paint(["yellow", "bold"], "⚠");
  return `${mark} ${counts.join(", ")} in ${plural(files, "file")}${result.existing ? ` brought by this change${remain}` : ""} — ${paint(["bold", failed ? "red" : "green"], verdict)}`;
}

/** Problems listed one by one; a register with more has one mistake made many times, and the rest is noise. */
export const MAX_PROBLEMS_SHOWN = 500;

/** Input the engine could not judge (bad YAML, schema, references): where, what, and what to do. */
export function formatProblems(problems: Problem[], color: boolean): string {
  const paint = painter(color);
  const lines: string[] = [];
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) {
    const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
    lines.push(`${paint(["bold"], terminalSafe(where))}  ${paint("red", "error")}  ${terminalSafe(p.message)}`);
    if (p.hint) lines.push(`  ${paint("green", "→")} ${terminalSafe(p.hint)}`);
  }
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`… and ${problems.length - MAX_PROBLEMS_SHOWN} more (the first ${MAX_PROBLEMS_SHOWN} are shown)`);
  lines.push("", `${paint(["red", "bold"], "✖")} ${plural(problems.length, "problem")} in the input — nothing was judged; fix ${problems.length === 1 ? "it" : "them"} and run again`);
  return lines.join("\n");
}
