// The sticky PR comment, for the DPO: what the PR changes in plain words first, then what blocks it
// (rule, law or promise, the fix, the YAML line), then what was already wrong on the base branch.
// Everything a record supplied is escaped; the whole stays under GitHub's comment limit.
import type { ChangeResult } from "../change.js";
import type { Problem } from "../errors.js";
import type { Finding, RuleMeta } from "../types.js";
import type { WaiverOffer } from "../offer.js";
import { fit, plural, type Part } from "./budget.js";
import { code, encodePath, escapeMarkdown, safeUrl } from "./escape.js";
import { flowDiagram } from "./mermaid.js";
import { FINDINGS_HEAD, findingRow, WAIVED_HEAD, waivedRow } from "./rows.js";

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

function heading(result: ChangeResult, blocked?: string): string {
  if (result.verdict === "fail") {
    const n = result.blocking.length;
    if (!n && blocked) return `## ❌ Register check: this change is blocked: ${escapeMarkdown(blocked)}`;
    return `## ❌ Register check: ${plural(n, "problem")} ${n === 1 ? "blocks" : "block"} this change`;
  }
  const warnings = result.introduced.filter((f) => f.severity === "warning").length;
  return warnings ? `## ✅ Register check: compliant, with ${plural(warnings, "warning")} to look at` : "## ✅ Register check: this change is compliant";
}

const findingsNotShown = (n: number) => ["", `> ${plural(n, "more finding")} not shown here: see the job summary.`];

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
  return { rank, title: findings.length ? title : [], open: ["", ...FINDINGS_HEAD], items: findings.map((f) => findingRow(f, linkBase)), more: findingsNotShown };
}

/** The data-flow diagram, the first thing dropped when room is short (it is a picture of the list above it). */
function diagramPart(result: ChangeResult): Part {
  const diagram = flowDiagram(result.flows);
  return {
    rank: 8,
    title: diagram.length ? ["", "**Where the data goes after this change**"] : [],
    items: diagram.length ? [["", ...diagram].join("\n")] : [],
    more: () => ["", "> The data-flow diagram of this change does not fit here: see the job summary."],
  };
}

/** The comment's parts, in the order they are shown. */
function parts(result: ChangeResult, ctx: CommentContext): Part[] {
  const { introduced, existing, blocking } = result;
  const other = introduced.filter((f) => !f.waived && !blocking.includes(f));
  const waived = [...introduced, ...existing].filter((f) => f.waived);
  const before = existing.filter((f) => !f.waived);
  const out: Part[] = [
    { rank: 0, title: [COMMENT_MARKER, heading(result, ctx.blocked)] },
    { rank: 1, items: (ctx.notes ?? []).map((note) => `\n> ${note}`), more: (n) => ["", `> ${plural(n, "more note")} in the job summary.`] },
    changeItems(result, ctx.complete ?? false),
    diagramPart(result),
    findingsPart(1, ["", blocking.some((f) => f.severity !== "error") ? "**Blocking** (warnings fail this check)" : "**Blocking**"], blocking, ctx.linkBase),
    findingsPart(3, ["", "**Worth a look** (does not block)"], other, ctx.linkBase),
  ];
  if (result.verdict === "pass" && !blocking.length && !other.length) out.push({ rank: 0, title: ["", "No rule is broken by this change."] });
  out.push({
    rank: 4,
    title: waived.length ? ["", "**Waived by the DPO** (shown, not counted)"] : [],
    open: ["", ...WAIVED_HEAD],
    items: waived.map((f) => waivedRow(f, ctx.linkBase)),
    more: (n) => ["", `> ${plural(n, "more waived finding")} not shown here: see the job summary.`],
  });
  const offer = offerText(result.offers, ctx.records ?? "records");
  if (offer.length) out.push({ rank: 7, items: [["", ...offer].join("\n")] });
  out.push({
    rank: 6,
    open: ["", `<details><summary><b>Already on the base branch, not caused by this PR</b> (${plural(before.length, "finding")})</summary>`, "", ...FINDINGS_HEAD],
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
      open: ["", "<details><summary>Findings under the PR's own policies</summary>", "", ...FINDINGS_HEAD],
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
  return fit(parts(result, ctx), cutNotice(ctx.fullReport), ctx, COMMENT_LIMIT);
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
  return fit(parts, cutNotice(ctx.fullReport), ctx, COMMENT_LIMIT);
}

/**
 * The engine's waiver offers as files to commit, for the DPO who decides to accept the risk for a time.
 * Ids and rule names come from restricted alphabets, fields hold no line break or backtick (the engine
 * checks); the YAML is fenced.
 */
function offerText(offers: WaiverOffer[], records: string): string[] {
  const blocks = offers.flatMap((o) => [
    `\`${records}/waivers/${o.id}.yaml\`:`,
    "```yaml",
    "apiVersion: ropa/v1",
    "kind: Waiver",
    `id: ${o.id}`,
    `name: Exception to ${o.rule} for ${o.record}`,
    `rule: ${o.rule}`,
    `record: ${o.record}`,
    // A field of plain names as it is; one with other characters (a key with a `\.`, an item's JSON) as a JSON string.
    ...(o.field ? [`field: ${/^[A-Za-z0-9_.-]+$/.test(o.field) ? o.field : JSON.stringify(o.field)}`] : []),
    // Values as JSON strings, which YAML reads as they are: record text cannot break out of the mapping.
    ...(o.subject ? [`subject: {${Object.entries(o.subject).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")}}`] : []),
    'reason: "…"   # why the risk is accepted, and what will fix it',
    'approved_by: "…"',
    `approved_on: ${o.approved_on}`,
    `expires_on: ${o.expires_on}`,
    "# ticket: https://…   # where the fix is tracked",
    "```",
  ]);
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
