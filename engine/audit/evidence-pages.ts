// The evidence pack's pages, rendered from what buildEvidence gathered and judged: the index, the register
// at the start and the end of the period (with its data map), a page per merge and per record, the changes
// and the waivers. Every piece is made with the escaping `html` template; nothing here judges.
import { approvingReviews } from "./approvals.js";
import { formatArt30Csv } from "./art30.js";
import type { Evidence, MergeEvidence, Verdict, VerdictState } from "./evidence.js";
import type { Timeline } from "./history.js";
import {
  approvalsHtml,
  art30Html,
  CAP,
  capped,
  changeBadge,
  dataMapFigure,
  findingsTable,
  html,
  idLink,
  joinHtml,
  page,
  registerChangesHtml,
  shortSha,
  signatureHtml,
  table,
  timelineTable,
  when,
  type Html,
} from "./html.js";
import { EVIDENCE, sha256 } from "./manifest.js";
import type { Problem } from "../errors.js";

const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A record's page, by id; an id that is not a plain id gets a name derived from its hash. */
export function recordPage(id: string): string {
  return `records/${SAFE_ID.test(id) ? id : `id-${sha256(id).slice(0, 16)}`}.html`;
}

export function mergePage(sha: string): string {
  return `merges/${sha}.html`;
}

const NAV: [string, string][] = [
  ["index.html", "Summary"],
  ["index.html#merges", "Merges"],
  ["register-start.html", "Register at start"],
  ["register-end.html", "Register at end"],
  ["changes.html", "Changes in the period"],
  ["records/index.html", "Records"],
  ["waivers.html", "Waivers"],
];

const FILES_ONLY = { none: "none", renamed: "renamed files only", edited: "files edited, no value changed" };

const VERDICT_LABEL: Record<VerdictState, string> = { pass: "✓ pass", fail: "✗ fail", unjudged: "! not judged" };

function verdictHtml(v: Verdict): Html {
  return html`<span class="verdict ${v.state}">${VERDICT_LABEL[v.state]}</span><br>${v.text}${v.judgedBy ? html`<br><span class="muted">by the ${v.judgedBy}</span>` : ""}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface Pages {
  [path: string]: string;
}

function footer(e: Evidence, root: string): Html {
  return html`Made by ${e.tool.name} ${e.tool.version} from ${e.branch} at ${shortSha(e.end.revision.sha)}. Every file of this pack is listed with its sha256 in <a href="${root}manifest.json">manifest.json</a>; check it with <code>ropa evidence verify &lt;folder&gt;</code>.`;
}

function problemsTable(problems: Problem[], caption?: string): Html {
  return table(
    ["File", "Line", "Problem"],
    problems.map((p) => [html`<code>${p.file}</code>`, p.line ?? "", html`${p.message}${p.hint ? html`<br><span class="muted">${p.hint}</span>` : ""}`]),
    caption ? { caption } : {},
  );
}

function registerPage(e: Evidence, which: "start" | "end"): string {
  const state = which === "start" ? e.start : e.end;
  const title = which === "start" ? `The register at the start of the period (${e.period.since})` : `The register at the end of the period (${e.period.until})`;
  const body = !state
    ? html`<p>There was no commit on ${e.branch} before ${e.period.since}: the register did not exist yet.</p>`
    : state.problems
      ? html`<p class="note">At commit ${shortSha(state.revision.sha)} (${when(state.revision.date)}) the register did not load; what was wrong with it:</p>${problemsTable(state.problems)}`
      : html`<p class="lead">Laid out as GDPR Art. 30 asks: the controller's records (Art. 30(1)(a)&ndash;(g)) and the processor's records (Art. 30(2)(a)&ndash;(d)). Also as a spreadsheet: <a href="register-${which}.csv">register-${which}.csv</a>.</p>${state.map ? html`<h2>Data map</h2>${dataMapFigure(state.map)}` : ""}${art30Html(state.layout!)}`;
  return page({ title, body: html`<h1>${title}</h1>${body}`, nav: NAV, footer: footer(e, "") });
}

/** Links to the spreadsheets of the register, for the ends of the period that had a register that loads. */
function csvLinks(e: Evidence): Html {
  const links = (["start", "end"] as const).filter((w) => (w === "start" ? e.start : e.end)?.layout).map((w) => html`<a href="register-${w}.csv">${w}</a>`);
  return links.length ? html` (also as CSV: ${joinHtml(links, ", ")})` : html``;
}

function indexPage(e: Evidence): string {
  const count = (s: VerdictState) => e.merges.filter((m) => m.verdict.state === s).length;
  const name = e.repository ?? "the repository";
  const org = e.end.layout?.organisation.name ?? e.start?.layout?.organisation.name;
  const start = e.start ? html`${shortSha(e.start.revision.sha)} of ${when(e.start.revision.date)}` : "none: the register did not exist before the period";
  const merges = e.merges.length
    ? table(
        ["Date (UTC)", "Commit", "Pull request", "Authors", "Approved by", "Verdict under the policies before it", "Register changes"],
        e.merges.map((m) => [
          when(m.date),
          html`<a href="${mergePage(m.sha)}">${shortSha(m.sha)}</a> <span class="muted">${m.kind === "merge" ? "merge commit" : m.kind === "squash" ? "squash merge" : "direct commit"}</span><br>${capped(m.subject)}<br>${signatureHtml(m.signature)}`,
          m.pr !== undefined ? `#${m.pr}` : html`<span class="muted">none named</span>`,
          joinHtml(m.authors.map((a) => capped(a)), html`<br>`),
          approvalsHtml(m.approvals, m.reviews !== undefined && !m.reviews.error),
          html`${verdictHtml(m.verdict)}${m.changesPolicies ? html`<br><span class="badge unjudged">changes the policies</span>` : ""}`,
          m.changes.length
            ? html`${plural(m.changes.length, "record")}: ${joinHtml(m.changes.slice(0, 3).map((c) => html`<code>${c.id}</code> ${c.change}`), ", ")}${m.changes.length > 3 ? ", …" : ""}`
            : html`<span class="muted">${FILES_ONLY[m.filesOnly ?? "none"]}</span>`,
        ]),
        { caption: `${plural(e.merges.length, "change")} in the period, oldest first`, rowClass: (i) => (e.merges[i]!.verdict.state === "fail" ? "failed" : undefined) },
      )
    : html`<p class="muted">No change landed on the branch in the period.</p>`;
  const body = html`<h1>Evidence pack: the register of processing activities${org ? ` of ${org}` : ""}, ${e.period.since} to ${e.period.until}</h1>
<p class="lead">What the register said, every change made to it in the period, who made and approved each change, and whether it passed the policies in force when it was made. Dates are UTC; the period includes both days.</p>
<div class="stats">
<div class="stat"><b>${e.merges.length}</b>changes landed</div>
<div class="stat pass"><b>${count("pass")}</b>passed</div>
<div class="stat fail"><b>${count("fail")}</b>failed</div>
<div class="stat unjudged"><b>${count("unjudged")}</b>not judged</div>
<div class="stat"><b>${e.waivers.length}</b>${e.waivers.length === 1 ? "waiver" : "waivers"} granted</div>
<div class="stat"><b>${e.changes.length}</b>records changed</div>
</div>
<dl class="facts">
<dt>Repository</dt><dd>${name}</dd>
<dt>Branch</dt><dd><code>${e.branch}</code>${e.branchChosen ? html` <span class="muted">(${e.branchChosen}; name another with --branch)</span>` : ""}</dd>
<dt>Period</dt><dd>${e.period.since} 00:00 UTC to ${e.period.until} 23:59:59 UTC</dd>
<dt>Register at start</dt><dd>${start} (<a href="register-start.html">Art. 30 layout</a>)</dd>
<dt>Register at end</dt><dd>${shortSha(e.end.revision.sha)} of ${when(e.end.revision.date)} (<a href="register-end.html">Art. 30 layout</a>)</dd>
<dt>Made by</dt><dd>${e.tool.name} ${e.tool.version}, from git objects only (nothing was checked out)</dd>
</dl>
<h2 id="merges">Changes that landed on ${e.branch} in the period</h2>
<p>Each commit on the branch's first-parent line: merges, squash merges and direct commits. Each is judged again here as the change from its first parent (the branch just before it), by the engine's one judge, the same that judges a pull request: under the compiled policies committed in that first parent, or, when it has none, the policies bundled with the ropa release it pins, if that is this release (not today's, and never the policies the change brought), with the first parent's register beside it so the rules about changes apply, with the date of the commit as &ldquo;today&rdquo;, counting only the findings it introduced. A waiver it added counts only when the DPO team, as the first parent's workflow names it, approved its pull request in a review on GitHub, as the check asks; otherwise the change fails, as the check failed it. A commit that changed the policies is marked, and its verdict under the policies it brought is shown apart.</p>
${merges}
<h2 id="register">The register</h2>
<ul><li><a href="register-start.html">At the start of the period</a> and <a href="register-end.html">at the end</a>, laid out as Art. 30 asks${csvLinks(e)}</li><li><a href="changes.html">What changed between them</a>: ${plural(e.changes.length, "record")}</li><li><a href="records/index.html">Every record's timeline</a>: ${plural(e.timelines.length, "record")}</li><li><a href="waivers.html">Waivers granted in the period</a>: ${e.waivers.length}</li></ul>
<h2 id="verify">Checking this pack</h2>
<p><a href="manifest.json">manifest.json</a> lists the sha256 of every file of the pack, the commits it was made from and the version of ropa that made it. <code>ropa evidence verify &lt;folder&gt;</code> names any file that was altered, added or removed since. The machine-readable data behind these pages is in <a href="evidence.json">evidence.json</a>.</p>`;
  return page({ title: `Evidence pack ${e.period.since} to ${e.period.until}`, body, nav: NAV, footer: footer(e, "") });
}

function mergePageHtml(e: Evidence, m: MergeEvidence, recordHref: (id: string) => string | undefined): string {
  const v = m.verdict;
  const facts: [string, Html | string][] = [
    ["Commit", html`<code>${m.sha}</code>`],
    ["Date (committed)", when(m.date)],
    ["Kind", m.kind === "merge" ? "merge commit" : m.kind === "squash" ? "squash merge (one commit for the pull request)" : "direct commit on the branch"],
    ["Pull request", m.pr !== undefined ? html`#${m.pr}${m.reviews?.url ? html` <span class="muted">(${m.reviews.url})</span>` : ""}` : html`<span class="muted">none named in the message</span>`],
    ...(m.mergedBy ? [["Merged by", capped(m.mergedBy)] as [string, Html]] : []),
    ["Committed by", capped(m.committer)],
    ["Authors", joinHtml(m.authors.map((a) => capped(a)), html`<br>`)],
    ["Approved by", approvalsHtml(m.approvals, m.reviews !== undefined && !m.reviews.error)],
    ["Signature", signatureHtml(m.signature)],
    ["Verdict", verdictHtml(v)],
    [
      "Judged by",
      v.policies
        ? html`the change from its first parent${m.parent ? html` ${shortSha(m.parent)}` : ""}, under the policies committed at that first parent in <code>${v.policies.dir}</code> (policy.wasm ${shortSha(v.policies.wasm)}, data.json ${shortSha(v.policies.data)}, rules.json ${shortSha(v.policies.rules)}${v.rules ? `; ${v.rules} rules` : ""}), as of ${v.today}`
        : v.bundled
          ? html`the change from its first parent${m.parent ? html` ${shortSha(m.parent)}` : ""}, under the bundled policies of ropa ${v.bundled.version}, the release that first parent pins (${v.bundled.pinnedBy.join("; ")}; it has no compiled policies of its own${v.rules ? `; ${v.rules} rules` : ""}), as of ${v.today}`
          : html`<span class="unjudged">no policies: ${v.text}</span>`,
    ],
    ...(v.approval ? [["Waiver approval", html`${v.approval}`] as [string, Html]] : []),
  ];
  const body: Html[] = [html`<h1>${capped(m.subject)}</h1>`, html`<dl class="facts">${facts.map(([k, val]) => html`<dt>${k}</dt><dd>${val}</dd>`)}</dl>`];
  if (m.changesPolicies) {
    const own = v.underOwnPolicies ? html` Under the policies it brought: ${v.underOwnPolicies.text}.` : "";
    const pin = m.changesPin;
    const what = pin ? `the ropa release the repository pins (${pin.from ?? "none"} → ${pin.to ?? "none"})` : "the compiled policies";
    body.push(html`<p class="note">This commit changed ${what}: it was judged by the policies before it, never by those it brought.${own} Review the policy change itself in the pull request.</p>`);
  }
  body.push(html`<h2>The message</h2><pre>${m.message}</pre>`);
  if (m.commits.length) {
    body.push(
      html`<h2>Commits this merge brought in</h2>`,
      table(
        ["Date (UTC)", "Commit", "Author", "Signature"],
        m.commits.map((s) => [when(s.date), html`${shortSha(s.sha)}<br>${capped(s.subject)}`, capped(s.author), signatureHtml(s.signature)]),
      ),
    );
  }
  if (m.reviews) {
    body.push(html`<h2>Reviews on GitHub</h2>`);
    if (m.reviews.error) body.push(html`<p class="note">The reviews could not be fetched: ${m.reviews.error}</p>`);
    else if (!m.reviews.reviews.length) body.push(html`<p>The pull request has no review.</p>`);
    else {
      const counted = new Set(approvingReviews(m.reviews.reviews));
      body.push(
        html`<p>Each reviewer's latest decision counts: an approval followed by a request for changes, or dismissed, is not an approval.</p>`,
        table(
          ["Reviewer", "State", "Submitted (UTC)", "Counts as approval"],
          m.reviews.reviews.map((r) => [capped(r.who), r.state, r.date ? when(r.date) : "—", counted.has(r) ? html`<span class="pass">yes</span>` : html`<span class="muted">no</span>`]),
        ),
      );
    }
  }
  body.push(html`<h2>What it changed in the register</h2>`, m.filesOnly ? html`<p class="muted">No value of any record changed: ${FILES_ONLY[m.filesOnly]}.</p>` : registerChangesHtml(m.changes, recordHref));
  body.push(html`<h2>Findings</h2>`);
  if (v.problems?.length) body.push(problemsTable(v.problems, "The register does not load at this commit"));
  if (v.introduced.length) body.push(findingsTable(v.introduced, `${plural(v.introduced.length, "finding")} introduced by this change`, recordHref));
  else if (v.state !== "unjudged" && !v.problems?.length) body.push(html`<p class="pass">No finding introduced by this change.</p>`);
  if (v.existing.length) body.push(html`<details><summary>${plural(v.existing.length, "finding")} already present before this change</summary>${findingsTable(v.existing, "Findings already present before this change", recordHref)}</details>`);
  return page({ title: `${m.sha.slice(0, 12)} ${m.subject.slice(0, CAP)}`, body: joinHtml(body, "\n"), root: "../", nav: NAV, footer: footer(e, "../") });
}

function recordPageHtml(e: Evidence, t: Timeline): string {
  const periodShas = new Set(e.inPeriod[t.id] ?? []);
  const status = t.status === "active" ? "active" : t.status === "retired" ? `retired${t.retiredOn ? ` as of ${t.retiredOn}` : ""}${t.retiredReason ? `: ${t.retiredReason}` : ""}` : "deleted (no file holds it at the end of the period)";
  const mergeShas = new Set(e.merges.map((m) => m.sha));
  const changed = periodShas.size ? plural(t.entries.filter((x) => periodShas.has(x.commit.sha)).length, "change") : "none";
  const body = html`<h1>${capped(t.name ?? t.id)} <code>${t.id}</code></h1>
<dl class="facts">${t.name && t.name.length > CAP ? html`<dt>Name</dt><dd>${t.name}</dd>` : ""}<dt>Kind</dt><dd>${t.kind ?? "unknown"}</dd><dt>At the end of the period</dt><dd>${status}</dd>${t.path ? html`<dt>File</dt><dd><code>${t.path}</code></dd>` : ""}<dt>Changes in the period</dt><dd>${changed} (highlighted below)</dd></dl>
<h2>Timeline</h2>
<p>Every commit that changed this record up to the end of the period, oldest first, followed across file moves by its id. Highlighted rows fall in the period.</p>
${timelineTable(t, { inPeriod: (x) => periodShas.has(x.commit.sha), commitHref: (sha) => (mergeShas.has(sha) ? `../${mergePage(sha)}` : undefined) })}`;
  return page({ title: `${t.id}: timeline`, body, root: "../", nav: NAV, footer: footer(e, "../") });
}

function recordsIndexHtml(e: Evidence): string {
  const rows = e.timelines.map((t) => {
    const n = t.entries.filter((x) => (e.inPeriod[t.id] ?? []).includes(x.commit.sha)).length;
    return [idLink(t.id, recordPage(t.id).slice("records/".length)), t.kind ?? "—", capped(t.name ?? "—"), changeBadge(t.status), n ? String(n) : html`<span class="muted">0</span>`, String(t.entries.length)];
  });
  const body = html`<h1>Records</h1><p>Every record in the register at the start or the end of the period, or changed in it. Each page shows the record's timeline.</p>${table(["Record", "Kind", "Name", "At the end", "Changes in the period", "Changes in all"], rows)}`;
  return page({ title: "Records", body, root: "../", nav: NAV, footer: footer(e, "../") });
}

function changesPage(e: Evidence): string {
  const from = e.start ? html`${shortSha(e.start.revision.sha)} (${when(e.start.revision.date)})` : "an empty register";
  const body = html`<h1>What changed in the register between ${e.period.since} and ${e.period.until}</h1><p>From ${from} to ${shortSha(e.end.revision.sha)} (${when(e.end.revision.date)}), in plain words; each record links to its timeline.</p>${registerChangesHtml(e.changes, (id) => recordPage(id))}`;
  return page({ title: "Changes in the period", body, nav: NAV, footer: footer(e, "") });
}

function waiversPage(e: Evidence): string {
  // What the judge found of the DPO team's review, on the merge that added the waiver.
  const checked = (w: Evidence["waivers"][number]) => e.merges.find((m) => m.sha === w.grantedIn?.sha)?.verdict.approval;
  const rows = e.waivers.map((w) => [
    html`${idLink(w.id, recordPage(w.id))}${w.name ? html`<br>${capped(w.name)}` : ""}`,
    html`<code>${w.rule ?? "?"}</code>`,
    w.record ? idLink(w.record, recordPage(w.record)) : "—",
    html`${w.reason ?? "—"}${w.ticket ? html`<br><span class="muted">${w.ticket}</span>` : ""}`,
    html`${w.approvedBy ?? "—"}${checked(w) ? html`<br><span class="muted">${checked(w)}</span>` : ""}`,
    w.approvedOn ?? "—",
    w.expiresOn ?? "—",
    w.grantedIn
      ? html`${e.merges.some((m) => m.sha === w.grantedIn!.sha) ? html`<a href="${mergePage(w.grantedIn.sha)}">${shortSha(w.grantedIn.sha)}</a>` : shortSha(w.grantedIn.sha)}${w.grantedIn.pr !== undefined ? ` (PR #${w.grantedIn.pr})` : ""}<br>${when(w.grantedIn.date)}`
      : html`<span class="muted">before the period</span>`,
    w.status,
  ]);
  const body = html`<h1>Waivers granted between ${e.period.since} and ${e.period.until}</h1><p>Exceptions to a rule for one record, added to the register or approved in the period: who approved them and until when they hold. &ldquo;Approved by&rdquo; is what the waiver's file says; under it, what the merge that added it shows of the DPO team's review (a waiver without one made that merge fail).</p>${
    e.waivers.length
      ? table(["Waiver", "Rule waived", "For record", "Reason", "Approved by", "Approved on", "Expires on", "Added in", "Status"], rows)
      : html`<p class="muted">No waiver was granted in the period.</p>`
  }`;
  return page({ title: "Waivers", body, nav: NAV, footer: footer(e, "") });
}

/** Every file of the pack, by path. */
export function renderPack(e: Evidence): Pages {
  const known = new Set(e.timelines.map((t) => t.id));
  const recordHref = (depth: string) => (id: string) => (known.has(id) ? `${depth}${recordPage(id)}` : undefined);
  const pages: Pages = {
    "index.html": indexPage(e),
    "register-start.html": registerPage(e, "start"),
    "register-end.html": registerPage(e, "end"),
    "changes.html": changesPage(e),
    "waivers.html": waiversPage(e),
    "records/index.html": recordsIndexHtml(e),
    [EVIDENCE]: JSON.stringify(e, null, 1) + "\n",
  };
  for (const which of ["start", "end"] as const) {
    const layout = (which === "start" ? e.start : e.end)?.layout;
    if (layout) pages[`register-${which}.csv`] = formatArt30Csv(layout);
  }
  for (const m of e.merges) pages[mergePage(m.sha)] = mergePageHtml(e, m, recordHref("../"));
  for (const t of e.timelines) pages[recordPage(t.id)] = recordPageHtml(e, t);
  return pages;
}
