// The sticky PR comment, for the DPO: what the PR changes in plain words first, then what blocks it
// (rule, law or promise, the fix, the YAML line), then what was already wrong on the base branch.
// Everything a record supplied is escaped; the whole stays under GitHub's comment limit.
import type { ChangeResult } from "../change.js";
import type { Problem } from "../errors.js";
import type { Finding, RuleMeta } from "../types.js";
import { code, encodePath, escapeMarkdown, link, measure, safeUrl } from "./escape.js";
import { waiverText } from "./markdown.js";
import { addDays } from "../due.js";
import { waivable } from "../waivers.js";

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
  /** The commit judged (the PR's head), named in the footer so an old comment never looks current. */
  commit?: string;
  /** Where the complete report is, e.g. the run's URL. */
  fullReport?: string;
  /** Lines said right under the verdict (already markdown-safe), e.g. whether a waiver is approved. */
  notes?: string[];
  /** When the PR changes the policies or reference data. */
  policyChange?: { files: string[]; own: ChangeResult | { error: string } };
  /** Why the change fails besides its findings (e.g. "the DPO team's approval is missing"). */
  blocked?: string;
  /** The register's folder in the repository, where a proposed waiver file goes; default `records`. */
  records?: string;
  /**
   * The job summary, which is the full report: every change, field and finding, as far as the size allows.
   * Otherwise (the PR comment) the first 50 changes, 6 fields each, and 30 findings under the PR's own policies.
   */
  complete?: boolean;
  /** Longest output in characters; default {@link COMMENT_LIMIT}. */
  maxLength?: number;
  /** Longest output in UTF-8 bytes (GitHub limits a job summary to 1 MiB). */
  maxBytes?: number;
}

const ICON = { error: "❌", warning: "⚠️", info: "ℹ️" } as const;

function where(f: Finding, linkBase?: string): string {
  const label = `${f.file}#L${f.line}`;
  const url = linkBase && f.file ? safeUrl(`${linkBase}${encodePath(f.file)}#L${f.line}`) : undefined;
  return url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label);
}

function findingRow(f: Finding, linkBase?: string): string {
  const why = [f.legal.map((l) => link(l.ref, l.url)).join(", "), f.promise ? `promise: ${link(`“${f.promise}”`, f.promise_url, 160)}` : ""].filter(Boolean).join("<br>");
  return `| ${ICON[f.severity]} | ${code(f.rule)}<br>${why} | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.remediation)} ${where(f, linkBase)} |`;
}

const TABLE_HEAD = ["| | Rule | What is wrong | How to fix |", "|---|---|---|---|"];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function heading(result: ChangeResult, blocked?: string): string {
  if (result.verdict === "fail") {
    const n = result.introduced.filter((f) => f.severity === "error" || (f.severity === "warning" && result.errors === 0)).length;
    if (!n && blocked) return `## ❌ Register check: this change is blocked: ${escapeMarkdown(blocked)}`;
    return `## ❌ Register check: ${plural(n, "problem")} ${n === 1 ? "blocks" : "block"} this change`;
  }
  const warnings = result.introduced.filter((f) => f.severity === "warning").length;
  return warnings ? `## ✅ Register check: compliant, with ${plural(warnings, "warning")} to look at` : "## ✅ Register check: this change is compliant";
}

/**
 * A part of the report. Its items (whole lines or groups of lines, never cut) are shown from the first while
 * they fit; `more` says how many were left out. `open` and `close` surround the items shown (a table's head,
 * a `<details>`), so markdown is never left unclosed. `rank` orders what gets the room: lower first.
 */
interface Part {
  rank: number;
  title?: string[];
  open?: string[];
  items?: string[];
  close?: string[];
  /** Items left out before fitting (beyond the PR comment's 50 changes): counted in `more`. */
  extra?: number;
  more?: (n: number) => string[];
}

function lines(part: Part, shown: number): string[] {
  const items = part.items ?? [];
  if (!items.length) return part.title ?? [];
  const left = items.length - shown + (part.extra ?? 0);
  return [
    ...(part.title ?? []),
    ...(shown ? [...(part.open ?? []), ...items.slice(0, shown), ...(part.close ?? [])] : []),
    ...(left && part.more ? part.more(left) : []),
  ];
}

const findingsNotShown = (n: number) => ["", `> ${plural(n, "more finding")} not shown here: see the job summary.`];

/**
 * The parts joined, each showing as many items as fit in `fits`: everything if it can; otherwise the parts
 * without items (the verdict, the notice `cut` that something is left out, the footer) and then, by rank, as
 * many items of each part as still fit. Items are whole, so no entity, link or table row is ever cut.
 */
function fit(parts: Part[], cut: Part, size: (text: string) => number, max: number): string {
  const join = (shown: number[], withCut: boolean) =>
    parts
      .flatMap((p, i) => [lines(p, shown[i]!), ...(withCut && p === parts[0] ? [lines(cut, 0)] : [])])
      .filter((l) => l.length)
      .map((l) => l.join("\n"))
      .join("\n");
  const all = parts.map((p) => p.items?.length ?? 0);
  const whole = join(all, false);
  if (size(whole) <= max) return whole;
  const shown = parts.map(() => 0);
  for (const i of parts.map((_, i) => i).sort((a, b) => parts[a]!.rank - parts[b]!.rank)) {
    // The most items of part i that fit, the others as they stand (the size grows with each item shown).
    let lo = 0;
    let hi = all[i]!;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      shown[i] = mid;
      if (size(join(shown, true)) <= max) lo = mid;
      else hi = mid - 1;
    }
    shown[i] = lo;
  }
  const text = join(shown, true);
  // Only a limit too small for the verdict and the footer gets here: cut at a line, never mid-line.
  if (size(text) <= max) return text;
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    if (size([...kept, line].join("\n")) > max) break;
    kept.push(line);
  }
  return kept.join("\n");
}


/** The notice that the comment shows less than the full report, and where that is. */
function cutNotice(fullReport: string | undefined): Part {
  const url = safeUrl(fullReport);
  return { rank: 0, title: ["", `> ✂️ Not everything fits in this comment (GitHub limits its size): the full report is in the job summary${url ? ` (${url})` : ""}.`] };
}

function changeItems(result: ChangeResult, complete: boolean): Part {
  const fieldsShown = complete ? Infinity : 6;
  const items = result.changes.map((c) => {
    const fields = c.change === "changed" ? c.fields : [];
    return [
      `- ${escapeMarkdown(capitalise(c.summary))}`,
      ...fields.slice(0, fieldsShown).map((f) => `  - ${escapeMarkdown(f.text)}`),
      ...(fields.length > fieldsShown ? [`  - … and ${plural(fields.length - fieldsShown, "more field")} (in the job summary)`] : []),
    ].join("\n");
  });
  const limit = complete ? items.length : 50;
  return {
    rank: 2,
    title: ["", "**What this PR changes in the register**"],
    items: items.length ? items.slice(0, limit) : ["- Nothing in the register's records."],
    extra: Math.max(0, items.length - limit),
    more: (n) => [`- … and ${plural(n, "more changed record")} (in the job summary).`],
  };
}

function findingsPart(rank: number, title: string[], findings: Finding[], linkBase?: string): Part {
  return { rank, title: findings.length ? title : [], open: ["", ...TABLE_HEAD], items: findings.map((f) => findingRow(f, linkBase)), more: findingsNotShown };
}

/** The comment's parts, in the order they are shown. */
function parts(result: ChangeResult, ctx: CommentContext): Part[] {
  const { introduced, existing } = result;
  const blocking = introduced.filter((f) => f.severity === "error" && !f.waived);
  const other = introduced.filter((f) => f.severity !== "error" && !f.waived);
  const waived = [...introduced, ...existing].filter((f) => f.waived);
  const before = existing.filter((f) => !f.waived);
  const out: Part[] = [
    { rank: 0, title: [COMMENT_MARKER, heading(result, ctx.blocked)] },
    { rank: 1, items: (ctx.notes ?? []).map((note) => `\n> ${note}`), more: (n) => ["", `> ${plural(n, "more note")} in the job summary.`] },
    changeItems(result, ctx.complete ?? false),
    findingsPart(1, ["", result.verdict === "fail" ? "**Blocking**" : "**Errors**"], blocking, ctx.linkBase),
    findingsPart(3, ["", result.verdict === "fail" && !blocking.length ? "**Blocking** (warnings fail this check)" : "**Worth a look** (does not block)"], other, ctx.linkBase),
  ];
  if (result.verdict === "pass" && !blocking.length && !other.length) out.push({ rank: 0, title: ["", "No rule is broken by this change."] });
  out.push({
    rank: 4,
    title: waived.length ? ["", "**Waived by the DPO** (shown, not counted)"] : [],
    open: ["", "| Rule | What is wrong | Waiver |", "|---|---|---|"],
    items: waived.map((f) => `| ${code(f.rule)} | ${escapeMarkdown(f.message)} ${where(f, ctx.linkBase)} | ${waiverText(f)} |`),
    more: (n) => ["", `> ${plural(n, "more waived finding")} not shown here: see the job summary.`],
  });
  const offer = waiverOffer(blocking, result, ctx);
  if (offer.length) out.push({ rank: 7, items: [["", ...offer].join("\n")] });
  out.push({
    rank: 6,
    open: ["", `<details><summary><b>Already on the base branch, not caused by this PR</b> (${plural(before.length, "finding")})</summary>`, "", ...TABLE_HEAD],
    items: before.map((f) => findingRow(f, ctx.linkBase)),
    close: ["", "</details>"],
    more: (n) => ["", `> ${plural(n, "more finding")} already on the base branch ${n === 1 ? "is" : "are"} not shown here: see the job summary.`],
  });
  if (ctx.policyChange) out.push(...policyParts(ctx.policyChange, ctx));

  const footer = [`Judged with ${ctx.judgedBy}`, plural(ctx.rules.size, "rule"), `on ${result.today}`];
  if (ctx.commit && /^[0-9a-f]{7,64}$/.test(ctx.commit)) footer.push(`for \`${ctx.commit.slice(0, 7)}\``);
  if (ctx.fullReport && safeUrl(ctx.fullReport)) footer.push(`[full report in the job summary](${safeUrl(ctx.fullReport)})`);
  out.push({ rank: 0, title: ["", `<sub>${footer.join(" · ")}</sub>`] });
  return out;
}

function policyParts(change: NonNullable<CommentContext["policyChange"]>, ctx: CommentContext): Part[] {
  const out: Part[] = [
    {
      rank: 0,
      title: [
        "",
        "### ⚖️ This PR changes the policies or their reference data",
        "",
        "These changes need the DPO's review: the verdict above uses the policies of the base branch, so this PR cannot weaken the rules that judge it. Changed:",
        "",
      ],
    },
    { rank: 1, items: change.files.map((f) => `- ${code(f)}`), more: (n) => [`- … and ${n} more`] },
  ];
  if ("error" in change.own) {
    out.push({ rank: 0, title: ["", `Under the PR's own policies the register could not be judged: ${escapeMarkdown(change.own.error)}`] });
    return out;
  }
  const own = change.own.introduced;
  const shown = ctx.complete ? own.length : 30;
  out.push(
    { rank: 0, title: ["", `Under the PR's own policies this change would **${change.own.verdict}**${own.length ? ` with ${plural(own.length, "finding")}:` : "."}`] },
    {
      rank: 5,
      open: ["", "<details><summary>Findings under the PR's own policies</summary>", "", ...TABLE_HEAD],
      items: own.slice(0, shown).map((f) => findingRow(f, ctx.linkBase)),
      close: ["", "</details>"],
      extra: Math.max(0, own.length - shown),
      more: findingsNotShown,
    },
  );
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The PR comment (or, with `complete`, the job summary) within `maxLength` characters or `maxBytes` bytes:
 * when the whole does not fit, the verdict, the notes, a pointer to the job summary and the footer always
 * stay, then the blocking findings, the changes, the other findings and the rest as far as they fit.
 */
export function formatComment(result: ChangeResult, ctx: CommentContext): string {
  const { size, max } = measure(ctx, COMMENT_LIMIT);
  return fit(parts(result, ctx), cutNotice(ctx.fullReport), size, max);
}

/** When the register cannot be judged at all: the input errors, each at its file and line. */
export function formatProblemsComment(problems: Problem[], ctx: { linkBase?: string; fullReport?: string; maxLength?: number; maxBytes?: number }): string {
  const rows = problems.map((p) => {
    const label = p.line ? `${p.file}#L${p.line}` : p.file;
    const url = ctx.linkBase && p.line ? safeUrl(`${ctx.linkBase}${encodePath(p.file)}#L${p.line}`) : undefined;
    return `| ${url ? `[${escapeMarkdown(label)}](${url})` : escapeMarkdown(label)} | ${escapeMarkdown(p.message)} | ${escapeMarkdown(p.hint ?? "")} |`;
  });
  const parts: Part[] = [
    {
      rank: 0,
      title: [COMMENT_MARKER, `## ❌ Register check: the register cannot be read (${plural(problems.length, "problem")})`, "", "No rule was judged, so this change cannot be merged until these are fixed:"],
    },
    { rank: 1, open: ["", "| Where | What is wrong | What to do |", "|---|---|---|"], items: rows, more: (n) => ["", `> ${plural(n, "more problem")} not shown here: see the job summary.`] },
  ];
  const { size, max } = measure(ctx, COMMENT_LIMIT);
  return fit(parts, cutNotice(ctx.fullReport), size, max);
}

/** Days a proposed waiver runs, unless the organisation allows fewer (`waiver_max_days`; its default, 180, is more). */
const OFFER_DAYS = 90;

/**
 * A ready-to-commit waiver per rule and record among the blocking findings, for the DPO who decides to
 * accept the risk for a time. Left out: rules no waiver can cover, and records the change deletes (a
 * waiver must name a record of the register). Ids, rule names and paths come from the schema's
 * restricted alphabets; the YAML is in a fenced block.
 */
function waiverOffer(blocking: Finding[], result: ChangeResult, ctx: CommentContext): string[] {
  const days = Math.min(OFFER_DAYS, Number(result.register.doc.organisation?.waiver_max_days) || OFFER_DAYS);
  const expires = addDays(result.today, days);
  const groups = new Map<string, Finding[]>();
  for (const f of blocking) {
    const rule = ctx.rules.get(f.rule);
    if (!rule || !waivable(rule) || !result.register.records.has(f.record) || !/^[a-z0-9-]+$/.test(f.record)) continue;
    const key = `${f.rule}|${f.record}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const blocks: string[] = [];
  for (const [first, ...rest] of [...groups.values()].slice(0, 10)) {
    // The path all its findings share: the waiver covers them and nothing beside them.
    let field = first.path.map(String);
    for (const f of rest) {
      const differs = field.findIndex((p, i) => String(f.path[i]) !== p);
      if (differs >= 0) field = field.slice(0, differs);
    }
    const safeField = field.length && field.every((p) => /^[A-Za-z0-9_-]+$/.test(p)) ? field.join(".") : "";
    const id = `${first.record}-${first.rule.replace(/[._]/g, "-")}`.slice(0, 64);
    blocks.push(
      `\`${ctx.records ?? "records"}/waivers/${id}.yaml\`:`,
      "```yaml",
      "apiVersion: ropa/v1",
      "kind: Waiver",
      `id: ${id}`,
      `name: Exception to ${first.rule} for ${first.record}`,
      `rule: ${first.rule}`,
      `record: ${first.record}`,
      ...(safeField ? [`field: ${safeField}`] : []),
      'reason: "…"   # why the risk is accepted, and what will fix it',
      'approved_by: "…"',
      `approved_on: ${result.today}`,
      `expires_on: ${expires}`,
      "# ticket: https://…   # where the fix is tracked",
      "```",
    );
  }
  if (!blocks.length) return [];
  return [
    "<details><summary><b>Need an exception?</b> A DPO can grant a time-limited waiver</summary>",
    "",
    "Commit the file in this pull request: the check then fails until a member of the DPO team approves the pull request, and the waiver applies from that approval.",
    "",
    ...blocks,
    "",
    "</details>",
  ];
}
