// The sticky PR comment, for the DPO: what the PR changes in plain words first, then what blocks it
// (rule, law or promise, the fix, the YAML line), then what was already wrong on the base branch.
// Everything a record supplied is escaped; the whole stays under GitHub's comment limit.
import type { ChangeResult } from "../change.js";
import type { Problem } from "../errors.js";
import type { Finding, RuleMeta } from "../types.js";
import { code, encodePath, escapeMarkdown, link, safeUrl } from "./escape.js";
import { waiverText } from "./markdown.js";

/** Starts every sticky comment, so the next run finds and updates it. */
export const COMMENT_MARKER = "<!-- ropa-check:sticky-comment -->";

/** GitHub refuses comment bodies over 65,536 characters; leave room for the marker and footer. */
export const COMMENT_LIMIT = 65_000;

export interface CommentContext {
  rules: Map<string, RuleMeta>;
  /** e.g. `https://github.com/o/r/blob/<head sha>/`: findings link to their line at the head commit. */
  linkBase?: string;
  /** Which policies judged, e.g. "the policies of `main` at 4f2c1e9" or "the policies bundled with ropa 0.1.0". */
  judgedBy: string;
  /** Where the complete report is, e.g. the run's URL. */
  fullReport?: string;
  /** Lines said right under the verdict (already markdown-safe), e.g. whether a waiver is approved. */
  notes?: string[];
  /** When the PR changes the policies or reference data. */
  policyChange?: { files: string[]; own: ChangeResult | { error: string } };
  maxLength?: number;
}

const ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

function where(f: Finding, linkBase?: string): string {
  const label = `${f.file}#L${f.line}`;
  const url = linkBase && f.file ? safeUrl(`${linkBase}${encodePath(f.file)}#L${f.line}`) : undefined;
  return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}

function findingRow(f: Finding, linkBase?: string): string {
  const why = [f.legal.map((l) => link(l.ref, l.url)).join(", "), f.promise ? `promise: “${escapeMarkdown(f.promise, 160)}”` : ""].filter(Boolean).join("<br>");
  return `| ${ICON[f.severity]} | ${code(f.rule)}<br>${why} | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.remediation)} ${where(f, linkBase)} |`;
}

function table(findings: Finding[], linkBase?: string): string[] {
  return ["| | Rule | What is wrong | How to fix |", "|---|---|---|---|", ...findings.map((f) => findingRow(f, linkBase))];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function heading(result: ChangeResult): string {
  if (result.verdict === "fail") {
    const n = result.introduced.filter((f) => f.severity === "error" || (f.severity === "warning" && result.errors === 0)).length;
    return `## ❌ Register check: ${plural(n, "problem")} ${n === 1 ? "blocks" : "block"} this change`;
  }
  const warnings = result.introduced.filter((f) => f.severity === "warning").length;
  return warnings ? `## ✅ Register check: compliant, with ${plural(warnings, "warning")} to look at` : "## ✅ Register check: this change is compliant";
}

/** The comment body with the given findings shown; `hidden` says how many were left out to fit. */
function render(result: ChangeResult, ctx: CommentContext, introduced: Finding[], existing: Finding[], hidden: number): string {
  const out = [COMMENT_MARKER, heading(result), ""];
  for (const note of ctx.notes ?? []) out.push(`> ${note}`, "");
  out.push("**What this PR changes in the register**");
  if (result.changes.length === 0) out.push("- Nothing in the register's records.");
  for (const c of result.changes.slice(0, 50)) {
    out.push(`- ${escapeMarkdown(capitalise(c.summary))}`);
    if (c.change === "changed") for (const f of c.fields.slice(0, 6)) out.push(`  - ${escapeMarkdown(f.text)}`);
  }
  if (result.changes.length > 50) out.push(`- … and ${result.changes.length - 50} more records.`);

  const blocking = introduced.filter((f) => f.severity === "error" && !f.waived);
  const other = introduced.filter((f) => f.severity !== "error" && !f.waived);
  const waived = [...introduced, ...existing].filter((f) => f.waived);
  if (blocking.length) out.push("", result.verdict === "fail" ? "**Blocking**" : "**Errors**", "", ...table(blocking, ctx.linkBase));
  if (other.length) out.push("", result.verdict === "fail" && !blocking.length ? "**Blocking** (warnings fail this check)" : "**Worth a look** (does not block)", "", ...table(other, ctx.linkBase));
  if (result.verdict === "pass" && !blocking.length && !other.length) out.push("", "No rule is broken by this change.");
  if (waived.length) {
    out.push("", "**Waived by the DPO** (shown, not counted)", "", "| Rule | What is wrong | Waiver |", "|---|---|---|");
    for (const f of waived) out.push(`| ${code(f.rule)} | ${escapeMarkdown(f.message)} ${where(f, ctx.linkBase)} | ${waiverText(f)} |`);
  }
  if (blocking.length) out.push("", ...waiverOffer(blocking, result.today));

  const before = existing.filter((f) => !f.waived);
  if (before.length) {
    out.push("", `<details><summary><b>Already on the base branch, not caused by this PR</b> (${plural(before.length, "finding")})</summary>`, "", ...table(before, ctx.linkBase), "", "</details>");
  }
  if (hidden) out.push("", `> ${plural(hidden, "more finding is", "more findings are")} not shown, to keep this comment within GitHub's size limit. The full report is in the job summary${ctx.fullReport ? ` (${safeUrl(ctx.fullReport) ?? "this run"})` : ""}.`);

  if (ctx.policyChange) out.push("", ...policySection(ctx.policyChange, ctx));

  const footer = [`Judged with ${ctx.judgedBy}`, plural(ctx.rules.size, "rule"), `on ${result.today}`];
  if (ctx.fullReport && safeUrl(ctx.fullReport)) footer.push(`[full report in the job summary](${safeUrl(ctx.fullReport)})`);
  out.push("", `<sub>${footer.join(" · ")}</sub>`);
  return out.join("\n");
}

function policySection(change: NonNullable<CommentContext["policyChange"]>, ctx: CommentContext): string[] {
  const files = change.files.slice(0, 20).map((f) => code(f)).join(", ") + (change.files.length > 20 ? `, and ${change.files.length - 20} more` : "");
  const out = [
    "### ⚖️ This PR changes the policies or their reference data",
    "",
    `Changed: ${files}. These changes need the DPO's review: the verdict above uses the policies of the base branch, so this PR cannot weaken the rules that judge it.`,
  ];
  if ("error" in change.own) {
    out.push("", `Under the PR's own policies the register could not be judged: ${escapeMarkdown(change.own.error)}`);
  } else {
    const own = change.own;
    const n = own.introduced.length;
    out.push("", `Under the PR's own policies this change would **${own.verdict}**${n ? ` with ${plural(n, "finding")}:` : "."}`);
    if (n) out.push("", "<details><summary>Findings under the PR's own policies</summary>", "", ...table(own.introduced.slice(0, 30), ctx.linkBase), "", "</details>");
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function formatComment(result: ChangeResult, ctx: CommentContext): string {
  const max = ctx.maxLength ?? COMMENT_LIMIT;
  const full = render(result, ctx, result.introduced, result.existing, 0);
  if (full.length <= max) return full;
  // Drop what was already on the base first, then the change's own findings from the end.
  const ordered = [...result.introduced, ...result.existing];
  const fits = (k: number) => {
    const shown = ordered.slice(0, k);
    return render(result, ctx, shown.filter((f) => result.introduced.includes(f)), shown.filter((f) => !result.introduced.includes(f)), ordered.length - k);
  };
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  const text = fits(lo);
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** When the register cannot be judged at all: the input errors, each at its file and line. */
export function formatProblemsComment(problems: Problem[], ctx: { linkBase?: string; maxLength?: number }): string {
  const rows = problems.slice(0, 200).map((p) => {
    const label = p.line ? `${p.file}#L${p.line}` : p.file;
    const url = ctx.linkBase && p.line ? safeUrl(`${ctx.linkBase}${encodePath(p.file)}#L${p.line}`) : undefined;
    return `| ${url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label)} | ${escapeMarkdown(p.message)} | ${escapeMarkdown(p.hint ?? "")} |`;
  });
  const text = [
    COMMENT_MARKER,
    `## ❌ Register check: the register cannot be read (${plural(problems.length, "problem")})`,
    "",
    "No rule was judged, so this change cannot be merged until these are fixed:",
    "",
    "| Where | What is wrong | What to do |",
    "|---|---|---|",
    ...rows,
    ...(problems.length > 200 ? ["", `> ${problems.length - 200} more problems are listed in the job summary.`] : []),
  ].join("\n");
  const max = ctx.maxLength ?? COMMENT_LIMIT;
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** Days a proposed waiver runs: well inside the 180-day default maximum. */
const OFFER_DAYS = 90;

/**
 * A ready-to-commit waiver per blocking finding, for the DPO who decides to accept the risk for a time.
 * Ids and rule names come from the schema's restricted alphabet; the YAML is in a fenced block.
 */
function waiverOffer(blocking: Finding[], today: string): string[] {
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCDate(until.getUTCDate() + OFFER_DAYS);
  const expires = until.toISOString().slice(0, 10);
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const f of blocking) {
    const key = `${f.rule}|${f.record}`;
    if (seen.has(key) || !/^[a-z0-9-]+$/.test(f.record)) continue;
    seen.add(key);
    const id = `${f.record}-${f.rule.replace(/[._]/g, "-")}`.slice(0, 64);
    blocks.push(
      `\`records/waivers/${id}.yaml\`:`,
      "```yaml",
      "apiVersion: ropa/v1",
      "kind: Waiver",
      `id: ${id}`,
      `name: Exception to ${f.rule} for ${f.record}`,
      `rule: ${f.rule}`,
      `record: ${f.record}`,
      'reason: "…"   # why the risk is accepted, and what will fix it',
      'approved_by: "…"',
      `approved_on: ${today}`,
      `expires_on: ${expires}`,
      "```",
    );
    if (seen.size >= 10) break;
  }
  return [
    "<details><summary><b>Need an exception?</b> A DPO can grant a time-limited waiver</summary>",
    "",
    "Commit the file in this pull request; it counts only once a member of the DPO team approves the pull request.",
    "",
    ...blocks,
    "",
    "</details>",
  ];
}
