// The one way a finding is written in a markdown table, shared by the PR comment, the job summary and
// `--format markdown`: what is wrong, why the law or the promise cares, the fix, and where in the YAML.
import type { Finding } from "../types.js";
import { code, encodePath, escapeMarkdown, link, safeUrl } from "./escape.js";

export const ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

export const FINDINGS_HEAD = ["| | Rule | What is wrong | Why | How to fix | Where |", "|---|---|---|---|---|---|"];

/** `file:line`, linked to the line when a link base (`https://github.com/o/r/blob/<sha>/`) is known. */
export function where(f: Pick<Finding, "file" | "line">, linkBase?: string): string {
  const label = `${f.file}:${f.line}`;
  const url = linkBase && f.file ? safeUrl(`${linkBase}${encodePath(f.file)}#L${f.line}`) : undefined;
  return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}

export function findingRow(f: Finding, linkBase?: string): string {
  const legal = f.legal.map((l) => link(l.ref, l.url));
  const why = [...(legal.length ? [legal.join("; ")] : []), ...(f.promise ? [`Promise: ${link(`“${f.promise}”`, f.promise_url, 160)}`] : [])].join("<br>");
  return `| ${ICON[f.severity]} | ${code(f.rule)}<br>${escapeMarkdown(f.title)} | ${escapeMarkdown(f.message)} | ${why || "—"} | ${escapeMarkdown(f.remediation)} | ${where(f, linkBase)} |`;
}

export const WAIVED_HEAD = ["| Rule | What is wrong | Waiver | Where |", "|---|---|---|---|"];

export function waivedRow(f: Finding, linkBase?: string): string {
  return `| ${code(f.rule)} | ${escapeMarkdown(f.message)} | ${waiverText(f)} | ${where(f, linkBase)} |`;
}

/** Who waived a finding, until when and why: the line an auditor looks for. */
export function waiverText(f: Finding): string {
  const w = f.waived!;
  return `${code(w.waiver)} by ${escapeMarkdown(w.approved_by)} until ${escapeMarkdown(w.expires_on)}: ${escapeMarkdown(w.reason)}`;
}
