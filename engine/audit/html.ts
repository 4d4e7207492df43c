// HTML for auditors: static pages that open from disk with no network, no script and no external asset
// (the CSS is inline and a Content-Security-Policy forbids loading anything). Every piece is made with the
// `html` template (./template.ts), which escapes every value unless it is markup made here, so a value
// from a record or a commit cannot reach a page as markup by a forgotten call; engine-written `code`
// spans become <code>.
import type { Finding } from "../types.js";
import type { RecordChange } from "../diff.js";
import type { Signature } from "../git/log.js";
import type { SourcedApproval } from "./approvals.js";
import type { Art30Layout, Row } from "./art30.js";
import type { Timeline, TimelineEntry } from "./history.js";
import type { DataMap } from "./datamap.js";
import { dataMapSvg } from "./datamap-svg.js";
import { html, Html, joinHtml, trusted, type Value } from "./template.js";

export { html, Html, joinHtml, type Value } from "./template.js";

/** Engine text where `x` marks an id or a value: escaped, with those spans as <code>. */
export function inline(text: string): Html {
  const parts: Html[] = [];
  let last = 0;
  const span = /`([^`]+)`/g;
  for (let m = span.exec(text); m; m = span.exec(text)) {
    parts.push(html`${text.slice(last, m.index)}<code>${m[1]}</code>`);
    last = m.index + m[0].length;
  }
  return html`${parts}${text.slice(last)}`;
}

/** How much of a name or a line headings, tables and summaries show; the rest is in the title attribute. */
export const CAP = 300;

/** Text from a record or a commit, cut at `max` characters with the whole of it in a tooltip. */
export function capped(text: unknown, max = CAP): Html {
  const s = String(text ?? "");
  return s.length <= max ? html`${s}` : html`<span title="${s}">${s.slice(0, max)}&hellip;</span>`;
}

/** `inline` for a line that may carry a long name: cut like `capped`. */
export function cappedInline(text: string, max = CAP + 100): Html {
  return text.length <= max ? inline(text) : html`<span title="${text}">${inline(text.slice(0, max))}&hellip;</span>`;
}

const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--alt:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--accent:#0b5cad}
*{box-sizing:border-box}
/* A long word from the data wraps rather than widen the page; the cells' min-width keeps short words whole. */
h1,h2,h3,p,li,dt,dd,td,th,caption,summary,footer{overflow-wrap:anywhere}
body{font:15px/1.5 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0 auto;max-width:1400px;padding:0 20px 48px}
a{color:var(--accent)}
header.top{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:baseline;border-bottom:2px solid var(--fg);padding:12px 0 8px;margin-bottom:12px;font-size:14px}
header.top strong{font-size:15px;margin-right:8px}
h1{font-size:26px;line-height:1.25;margin:16px 0 8px}
h2{font-size:20px;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:17px;margin:24px 0 6px}
p.lead{font-size:16px;color:var(--muted);margin-top:0}
dl.facts{display:grid;grid-template-columns:minmax(auto,16em) minmax(0,1fr);gap:4px 16px;margin:12px 0 20px}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:8px 0 24px;font-size:13.5px}
caption{text-align:left;font-weight:600;padding:4px 0 6px;color:var(--muted)}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;min-width:7em}
thead th{background:var(--alt)}
tbody th{background:var(--alt);font-weight:600;width:14em}
tr.in-period td{background:#fff8e1}
tr.failed td{background:#fff1f0}
code{font:13px "DejaVu Sans Mono",ui-monospace,Menlo,Consolas,monospace;background:var(--alt);padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
code.sha{white-space:nowrap;overflow-wrap:normal}
.sig{font-size:12.5px}
pre{font:13px "DejaVu Sans Mono",ui-monospace,monospace;background:var(--alt);padding:10px;white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line)}
ul.values{margin:0;padding-left:18px}
.nowrap{white-space:nowrap}
.muted{color:var(--muted)}
.verdict{font-weight:700;white-space:nowrap}
.pass{color:var(--pass)}
.fail{color:var(--fail)}
.unjudged{color:var(--warn)}
.badge{display:inline-block;border:1px solid currentColor;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;white-space:nowrap}
.badge.flag{white-space:normal}
.note{border-left:4px solid var(--warn);background:#fff8e1;padding:8px 12px;margin:12px 0}
.stats{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0 8px}
.stat{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:9em}
.stat b{display:block;font-size:22px}
figure.map{margin:8px 0 24px}
svg.datamap{display:block;max-width:100%;height:auto}
footer{margin-top:40px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:13px}
/* A phone: each table row becomes a card, each cell under its column's name, so nothing is wider than the screen. */
@media screen and (max-width:720px){
body{padding:0 12px 32px}
table,thead,tbody,tr,th,td,caption{display:block;width:auto}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:4px 0}
th,td{border:0;min-width:0;padding:3px 10px}
tbody th{width:auto;background:none}
td[data-label]:not([data-label=""])::before{content:attr(data-label);display:block;font-size:12px;font-weight:600;color:var(--muted)}
dl.facts{grid-template-columns:minmax(0,1fr)}
dl.facts dd{margin-bottom:6px}
.nowrap,.verdict,code.sha,.badge{white-space:normal}
}
/* Paper (A4 and letter): no navigation, links as text, tables in a smaller type that wraps to the sheet. */
@page{size:A4;margin:12mm}
@media print{
body{max-width:none;padding:0;font-size:11.5px}
header.top{display:none}
a{color:inherit;text-decoration:none}
h2{break-after:avoid}
tr,figure{break-inside:avoid}
table{font-size:10.5px}
th,td{min-width:0;padding:3px 5px}
thead th{overflow-wrap:normal}
tbody th{width:auto}
.nowrap{white-space:normal}
svg.datamap{max-height:260mm}
}
`;

export interface PageOptions {
  title: string;
  body: Html;
  /** "" for a page at the top of the pack, "../" one folder down. */
  root?: string;
  /** Links for the top bar; none for a standalone page. */
  nav?: [string, string][];
  footer?: Html;
}

/** A whole page: inline CSS, no script, and a policy that forbids loading anything from anywhere. */
export function page(opts: PageOptions): string {
  const root = opts.root ?? "";
  const nav = opts.nav?.length ? html`<header class="top"><strong>Evidence pack</strong>${opts.nav.map(([href, label]) => html`<a href="${root + href}">${label}</a>`)}</header>` : "";
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${opts.title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
${nav}
<main>
${opts.body}
</main>
${opts.footer ? html`<footer>${opts.footer}</footer>` : ""}
</body>
</html>
`.markup;
}

/** A table with a caption and column headers; each cell is escaped unless it is Html. */
export function table(headers: string[], rows: Value[][], opts: { caption?: string; rowClass?: (i: number) => string | undefined } = {}): Html {
  // Each cell names its column, for the stacked layout of a narrow screen.
  const body = rows.map((cells, i) => {
    const cls = opts.rowClass?.(i);
    return html`<tr${cls ? html` class="${cls}"` : ""}>${cells.map((c, j) => html`<td data-label="${headers[j] ?? ""}">${c}</td>`)}</tr>
`;
  });
  return html`<table>${opts.caption ? html`<caption>${opts.caption}</caption>` : ""}<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>
${body}</tbody></table>`;
}

export function values(list: string[]): Html {
  if (list.length === 0) return html`<span class="muted">&mdash;</span>`;
  if (list.length === 1) return html`${list[0]}`;
  return html`<ul class="values">${list.map((v) => html`<li>${v}</li>`)}</ul>`;
}

export function shortSha(sha: string): Html {
  return html`<code class="sha" title="${sha}">${sha.slice(0, 12)}</code>`;
}

export function when(iso: string): Html {
  return html`<span class="nowrap">${iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC")}</span>`;
}

export function signatureHtml(s: Signature | undefined): Html {
  if (!s) return html`<span class="muted">signature unknown</span>`;
  const cls = s.state === "verified" ? "pass" : s.state === "bad" ? "fail" : s.state === "unsigned" ? "muted" : "unjudged";
  return html`<span class="sig ${cls}">${s.text}${s.signer ? html` (${s.signer})` : ""}</span>`;
}

const SOURCE: Record<SourcedApproval["source"], string> = { "github-review": "GitHub review", "merge-trailer": "merge message", "commit-trailer": "commit message" };

function approvalHtml(a: SourcedApproval): Html {
  const badge = html`<span class="badge ${a.source === "github-review" && !a.warnings.length ? "pass" : "muted"}">${SOURCE[a.source]}</span>`;
  const warnings = a.warnings.map((w) => html` <span class="badge flag fail">&#9888; ${w}</span>`);
  return html`${capped(a.who)} ${badge}${warnings} <span class="muted">(${a.how}${a.date ? `, ${a.date.slice(0, 10)}` : ""})</span>`;
}

/**
 * Approvals, strongest first. `reviewsRead`: GitHub's reviews of the pull request were read, so a change
 * with none that approves says so beside any trailer that claims an approval.
 */
export function approvalsHtml(list: SourcedApproval[], reviewsRead = false): Html {
  const none = reviewsRead && !list.some((a) => a.source === "github-review") ? html`<span class="badge flag fail">no approving review on GitHub</span>` : undefined;
  if (!list.length) return none ?? html`<span class="muted">none recorded</span>`;
  const items = list.length === 1 ? approvalHtml(list[0]!) : html`<ul class="values">${list.map((a) => html`<li>${approvalHtml(a)}</li>`)}</ul>`;
  return none ? html`${none}<br>${items}` : items;
}

// ---------------------------------------------------------------------------------------------------------
// Art. 30 layout
// ---------------------------------------------------------------------------------------------------------

function rowsTable(ref: string, rows: Row[]): Html {
  return html`<table><thead><tr><th scope="col">${ref}</th><th scope="col">What</th><th scope="col">Content</th></tr></thead><tbody>
${rows.map((r) => html`<tr><th scope="row">${r.ref}</th><td>${r.label}</td><td>${values(r.values)}</td></tr>
`)}</tbody></table>`;
}

/** A heading of the level asked for, 1 to 6. */
function heading(level: number, content: Value, id?: string): Html {
  const h = trusted(`h${Math.min(6, Math.max(1, level))}`);
  return html`<${h}${id ? html` id="${id}"` : ""}>${content}</${h}>`;
}

/** The register as Art. 30 lays it out; headings start at `level`. */
export function art30Html(layout: Art30Layout, level = 2): Html {
  const out: Html[] = [];
  const r = layout.revision;
  if (r) {
    out.push(
      html`<dl class="facts"><dt>As it stood${r.asked !== r.sha ? ` for ${r.asked}` : ""}</dt><dd>commit ${shortSha(r.sha)} of ${when(r.date)}: &ldquo;${r.subject}&rdquo;</dd><dt>Reference data</dt><dd>${layout.referenceFrom}</dd></dl>`,
    );
  }
  const section = (title: string, id: string, part: Art30Layout["controller"], ref: string, none: string) => {
    out.push(heading(level, title, id));
    out.push(html`<table><thead><tr><th scope="col">${ref}</th><th scope="col">What</th><th scope="col">Content</th></tr></thead><tbody><tr><th scope="row">${part.a.ref}</th><td>${part.a.label}</td><td>${values(part.a.values)}</td></tr></tbody></table>`);
    if (!part.records.length) out.push(html`<p class="muted">${none}</p>`);
    for (const rec of part.records) {
      out.push(heading(level + 1, html`${capped(rec.name)} <code>${rec.id}</code>`, `activity-${rec.id}`));
      if (rec.description) out.push(html`<p>${rec.description}</p>`);
      out.push(rowsTable(ref, rec.rows), html`<p class="muted">Source: <code>${rec.file}</code></p>`);
    }
  };
  section("Controller's records (Art. 30(1))", "controller", layout.controller, "Art. 30(1)", "No activity as controller.");
  section("Processor's records (Art. 30(2))", "processor", layout.processor, "Art. 30(2)", "No activity as processor.");
  if (layout.retired.length) {
    out.push(heading(level, "Retired activities", "retired"), html`<p>Kept for the history; no longer carried out.</p>`);
    out.push(
      table(
        ["Activity", "Role", "Retired on", "Reason", "Source"],
        layout.retired.map((x) => [html`${capped(x.name)} <code>${x.id}</code>`, x.role, x.retiredOn ?? "—", x.reason ?? "—", html`<code>${x.file}</code>`]),
      ),
    );
  }
  return joinHtml(out, "\n");
}

/** The data map of the register as a figure, with what it shows said in words. */
export function dataMapFigure(map: DataMap): Html {
  return html`<figure class="map" id="data-map">${dataMapSvg(map)}<figcaption class="muted">Where the data goes: each activity, the subprocessors it uses and the places its data is stored or processed, grouped by regime and country. A curve the policies call a transfer out of the ${map.home === "UK" ? "UK" : "EEA"} is labelled with what covers it; red dashes mean nothing that fits does.</figcaption></figure>`;
}

/** `ropa register --format html`: the layout as one standalone page, with the data map when given. */
export function art30Page(layout: Art30Layout, map?: DataMap): string {
  return page({
    title: `Record of processing activities: ${layout.organisation.name}`,
    body: html`<h1>Record of processing activities (GDPR Art. 30): ${layout.organisation.name}</h1>
${map ? html`<h2>Data map</h2>
${dataMapFigure(map)}
` : ""}${art30Html(layout)}`,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Pieces shared by the evidence pages
// ---------------------------------------------------------------------------------------------------------

const CHANGE_CLASS: Record<string, string> = { added: "pass", restored: "pass", removed: "fail", deleted: "fail", retired: "unjudged" };

export function changeBadge(change: string): Html {
  return html`<span class="badge ${CHANGE_CLASS[change] ?? "muted"}">${change}</span>`;
}

/** An id as code, linked to its page when it has one. */
export function idLink(id: string, href: string | undefined): Html {
  return href ? html`<a href="${href}"><code>${id}</code></a>` : html`<code>${id}</code>`;
}

/** The register changes of a commit or a period, each linking to its record's page. */
export function registerChangesHtml(changes: RecordChange[], recordHref: (id: string) => string | undefined): Html {
  if (!changes.length) return html`<p class="muted">No change to the register's records.</p>`;
  return table(
    ["Change", "Record", "What changed"],
    changes.map((c) => {
      const fields = c.fields.length ? html`<ul class="values">${c.fields.map((f) => html`<li>${cappedInline(f.text, 1000)}</li>`)}</ul>` : "";
      return [changeBadge(c.change), html`${idLink(c.id, recordHref(c.id))}<br><span class="muted">${c.kind}</span>`, html`${cappedInline(c.summary)}${fields}`];
    }),
  );
}

export function findingsTable(findings: Finding[], caption: string, recordHref: (id: string) => string | undefined): Html {
  return table(
    ["Severity", "Rule", "Record", "What is wrong", "Law or promise", "Where"],
    findings.map((f) => {
      const why = [...f.legal.map((l) => html`${l.ref}`), ...(f.promise ? [html`promise: &ldquo;${f.promise}&rdquo;`] : [])];
      return [
        html`<span class="${f.severity === "error" ? "fail" : f.severity === "warning" ? "unjudged" : "muted"}">${f.severity}</span>`,
        html`<code>${f.rule}</code><br>${f.title}`,
        idLink(f.record, recordHref(f.record)),
        inline(f.message),
        why.length ? joinHtml(why, html`<br>`) : "—",
        html`<code>${`${f.file}:${f.line}`}</code>`,
      ];
    }),
    { caption },
  );
}

/** A record's timeline as a table, entries inside the period marked. */
export function timelineTable(timeline: Timeline, opts: { inPeriod?: (e: TimelineEntry) => boolean; commitHref?: (sha: string) => string | undefined } = {}): Html {
  if (!timeline.entries.length) return html`<p class="muted">No commit changed this record.</p>`;
  const link = (sha: string) => {
    const href = opts.commitHref?.(sha);
    return href ? html`<a href="${href}">${shortSha(sha)}</a>` : shortSha(sha);
  };
  return table(
    ["Date (UTC)", "Commit", "Change", "What changed", "Made by", "How it reached the branch, and who approved it"],
    timeline.entries.map((e) => {
      const c = e.commit;
      const fields = e.fields.length ? html`<ul class="values">${e.fields.map((f) => html`<li>${cappedInline(f.text, 1000)}</li>`)}</ul>` : "";
      const how = c.landed
        ? html`merged${c.landed.pr !== undefined ? ` in PR #${c.landed.pr}` : ""} by ${capped(c.landed.mergedBy)} on ${when(c.landed.date)} (${link(c.landed.sha)})`
        : e.byMerge
          ? html`in the merge commit itself${c.pr !== undefined ? ` of PR #${c.pr}` : ""}, not in a commit of the pull request`
          : c.onBranch
            ? html`${c.pr !== undefined ? `PR #${c.pr}, ` : ""}committed on the branch`
            : html`<span class="muted">not on the branch's first-parent line</span>`;
      return [
        when(c.date),
        html`${link(c.sha)}<br>${capped(c.subject)}<br>${signatureHtml(c.signature)}`,
        changeBadge(e.change),
        html`${cappedInline(e.summary)}${fields}`,
        joinHtml(c.authors.map((a) => capped(a)), html`<br>`),
        html`${how}<br>Approved by: ${approvalsHtml(c.approvals)}`,
      ];
    }),
    { rowClass: (i) => (opts.inPeriod?.(timeline.entries[i]!) ? "in-period" : undefined) },
  );
}
