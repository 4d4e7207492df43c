// HTML for auditors: static pages that open from disk with no network, no script and no external asset
// (the CSS is inline and a Content-Security-Policy forbids loading anything). Every value that came from a
// record or a commit is escaped here; engine-written `code` spans become <code>.
import type { Finding } from "../types.js";
import type { RecordChange } from "../diff.js";
import type { Signature } from "../git/log.js";
import type { SourcedApproval } from "./approvals.js";
import type { Art30Layout, Row } from "./art30.js";
import type { Timeline, TimelineEntry } from "./history.js";
import type { DataMap } from "./datamap.js";
import { dataMapSvg } from "./datamap-svg.js";

// C0 and C1 controls (but tab and newline) and the bidirectional overrides that can make text read otherwise.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text as HTML that shows the same characters and does nothing else; controls become U+FFFD, seen not obeyed. */
export function esc(text: unknown): string {
  return String(text ?? "")
    .replace(CONTROLS, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Engine text where `x` marks an id or a value: escaped, with those spans as <code>. */
export function inline(text: string): string {
  let out = "";
  let last = 0;
  const span = /`([^`]+)`/g;
  for (let m = span.exec(text); m; m = span.exec(text)) {
    out += esc(text.slice(last, m.index)) + `<code>${esc(m[1])}</code>`;
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

/** An attribute value or a relative link target: escaped (and the caller builds it only from safe parts). */
export const attr = esc;

/** How much of a name or a line headings, tables and summaries show; the rest is in the title attribute. */
export const CAP = 300;

/** Text from a record or a commit, cut at `max` characters with the whole of it in a tooltip. */
export function capped(text: unknown, max = CAP): string {
  const s = String(text ?? "");
  return s.length <= max ? esc(s) : `<span title="${attr(s)}">${esc(s.slice(0, max))}…</span>`;
}

/** `inline` for a line that may carry a long name: cut like `capped`. */
export function cappedInline(text: string, max = CAP + 100): string {
  return text.length <= max ? inline(text) : `<span title="${attr(text)}">${inline(text.slice(0, max))}…</span>`;
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
  body: string;
  /** "" for a page at the top of the pack, "../" one folder down. */
  root?: string;
  /** Links for the top bar; none for a standalone page. */
  nav?: [string, string][];
  footer?: string;
}

/** A whole page: inline CSS, no script, and a policy that forbids loading anything from anywhere. */
export function page(opts: PageOptions): string {
  const root = opts.root ?? "";
  const nav = opts.nav?.length
    ? `<header class="top"><strong>Evidence pack</strong>${opts.nav.map(([href, label]) => `<a href="${attr(root + href)}">${esc(label)}</a>`).join("")}</header>`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(opts.title)}</title>
<style>${CSS}</style>
</head>
<body>
${nav}
<main>
${opts.body}
</main>
${opts.footer ? `<footer>${opts.footer}</footer>` : ""}
</body>
</html>
`;
}

/** A table with a caption and column headers; cells are HTML the caller escaped. */
export function table(headers: string[], rows: string[][], opts: { caption?: string; rowClass?: (i: number) => string | undefined } = {}): string {
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead>`;
  const body = rows
    .map((cells, i) => {
      const cls = opts.rowClass?.(i);
      // Each cell names its column, for the stacked layout of a narrow screen.
      return `<tr${cls ? ` class="${attr(cls)}"` : ""}>${cells.map((c, j) => `<td data-label="${attr(headers[j] ?? "")}">${c}</td>`).join("")}</tr>`;
    })
    .join("\n");
  return `<table>${opts.caption ? `<caption>${esc(opts.caption)}</caption>` : ""}${head}<tbody>\n${body}\n</tbody></table>`;
}

export function values(list: string[]): string {
  if (list.length === 0) return `<span class="muted">—</span>`;
  if (list.length === 1) return esc(list[0]);
  return `<ul class="values">${list.map((v) => `<li>${esc(v)}</li>`).join("")}</ul>`;
}

export function shortSha(sha: string): string {
  return `<code class="sha" title="${attr(sha)}">${esc(sha.slice(0, 12))}</code>`;
}

export function when(iso: string): string {
  return `<span class="nowrap">${esc(iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC"))}</span>`;
}

export function signatureHtml(s: Signature | undefined): string {
  if (!s) return `<span class="muted">signature unknown</span>`;
  const cls = s.state === "verified" ? "pass" : s.state === "bad" ? "fail" : s.state === "unsigned" ? "muted" : "unjudged";
  return `<span class="sig ${cls}">${esc(s.text)}${s.signer ? ` (${esc(s.signer)})` : ""}</span>`;
}

const SOURCE: Record<SourcedApproval["source"], string> = { "github-review": "GitHub review", "merge-trailer": "merge message", "commit-trailer": "commit message" };

function approvalHtml(a: SourcedApproval): string {
  const badge = `<span class="badge ${a.source === "github-review" && !a.warnings.length ? "pass" : "muted"}">${SOURCE[a.source]}</span>`;
  const warnings = a.warnings.map((w) => ` <span class="badge flag fail">⚠ ${esc(w)}</span>`).join("");
  return `${capped(a.who)} ${badge}${warnings} <span class="muted">(${esc(a.how)}${a.date ? `, ${esc(a.date.slice(0, 10))}` : ""})</span>`;
}

/**
 * Approvals, strongest first. `reviewsRead`: GitHub's reviews of the pull request were read, so a change
 * with none that approves says so beside any trailer that claims an approval.
 */
export function approvalsHtml(list: SourcedApproval[], reviewsRead = false): string {
  const none = reviewsRead && !list.some((a) => a.source === "github-review") ? `<span class="badge flag fail">no approving review on GitHub</span>` : "";
  if (!list.length) return none || `<span class="muted">none recorded</span>`;
  const items = list.length === 1 ? approvalHtml(list[0]!) : `<ul class="values">${list.map((a) => `<li>${approvalHtml(a)}</li>`).join("")}</ul>`;
  return none ? `${none}<br>${items}` : items;
}

// ---------------------------------------------------------------------------------------------------------
// Art. 30 layout
// ---------------------------------------------------------------------------------------------------------

function rowsTable(ref: string, rows: Row[]): string {
  return `<table><thead><tr><th scope="col">${esc(ref)}</th><th scope="col">What</th><th scope="col">Content</th></tr></thead><tbody>\n${rows
    .map((r) => `<tr><th scope="row">${esc(r.ref)}</th><td>${esc(r.label)}</td><td>${values(r.values)}</td></tr>`)
    .join("\n")}\n</tbody></table>`;
}

/** The register as Art. 30 lays it out; headings start at `level`. */
export function art30Html(layout: Art30Layout, level = 2): string {
  const h = (n: number) => `h${Math.min(6, level + n)}`;
  const out: string[] = [];
  const r = layout.revision;
  if (r) {
    out.push(
      `<dl class="facts"><dt>As it stood${r.asked !== r.sha ? ` for ${esc(r.asked)}` : ""}</dt><dd>commit ${shortSha(r.sha)} of ${when(r.date)}: “${esc(r.subject)}”</dd><dt>Reference data</dt><dd>${esc(layout.referenceFrom)}</dd></dl>`,
    );
  }
  const section = (title: string, id: string, part: Art30Layout["controller"], ref: string, none: string) => {
    out.push(`<${h(0)} id="${id}">${esc(title)}</${h(0)}>`);
    out.push(`<table><thead><tr><th scope="col">${esc(ref)}</th><th scope="col">What</th><th scope="col">Content</th></tr></thead><tbody><tr><th scope="row">${esc(part.a.ref)}</th><td>${esc(part.a.label)}</td><td>${values(part.a.values)}</td></tr></tbody></table>`);
    if (!part.records.length) out.push(`<p class="muted">${esc(none)}</p>`);
    for (const rec of part.records) {
      out.push(`<${h(1)} id="activity-${attr(rec.id)}">${capped(rec.name)} <code>${esc(rec.id)}</code></${h(1)}>`);
      if (rec.description) out.push(`<p>${esc(rec.description)}</p>`);
      out.push(rowsTable(ref, rec.rows), `<p class="muted">Source: <code>${esc(rec.file)}</code></p>`);
    }
  };
  section("Controller's records (Art. 30(1))", "controller", layout.controller, "Art. 30(1)", "No activity as controller.");
  section("Processor's records (Art. 30(2))", "processor", layout.processor, "Art. 30(2)", "No activity as processor.");
  if (layout.retired.length) {
    out.push(`<${h(0)} id="retired">Retired activities</${h(0)}>`, `<p>Kept for the history; no longer carried out.</p>`);
    out.push(
      table(
        ["Activity", "Role", "Retired on", "Reason", "Source"],
        layout.retired.map((x) => [`${capped(x.name)} <code>${esc(x.id)}</code>`, esc(x.role), esc(x.retiredOn ?? "—"), esc(x.reason ?? "—"), `<code>${esc(x.file)}</code>`]),
      ),
    );
  }
  return out.join("\n");
}

/** The data map of the register as a figure, with what it shows said in words. */
export function dataMapFigure(map: DataMap): string {
  return `<figure class="map" id="data-map">${dataMapSvg(map).markup}<figcaption class="muted">Where the data goes: each activity, the subprocessors it uses and the places its data is stored or processed, grouped by regime and country. A curve that leaves the ${map.home === "UK" ? "UK" : "EEA"} is labelled with its transfer mechanism; red dashes mean none is recorded.</figcaption></figure>`;
}

/** `ropa register --format html`: the layout as one standalone page, with the data map when given. */
export function art30Page(layout: Art30Layout, map?: DataMap): string {
  return page({
    title: `Record of processing activities: ${layout.organisation.name}`,
    body: `<h1>Record of processing activities (GDPR Art. 30): ${esc(layout.organisation.name)}</h1>\n${map ? `<h2>Data map</h2>\n${dataMapFigure(map)}\n` : ""}${art30Html(layout)}`,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Pieces shared by the evidence pages
// ---------------------------------------------------------------------------------------------------------

const CHANGE_CLASS: Record<string, string> = { added: "pass", restored: "pass", removed: "fail", deleted: "fail", retired: "unjudged" };

export function changeBadge(change: string): string {
  return `<span class="badge ${CHANGE_CLASS[change] ?? "muted"}">${esc(change)}</span>`;
}

/** The register changes of a commit or a period, each linking to its record's page. */
export function registerChangesHtml(changes: RecordChange[], recordHref: (id: string) => string | undefined): string {
  if (!changes.length) return `<p class="muted">No change to the register's records.</p>`;
  return table(
    ["Change", "Record", "What changed"],
    changes.map((c) => {
      const href = recordHref(c.id);
      const name = href ? `<a href="${attr(href)}"><code>${esc(c.id)}</code></a>` : `<code>${esc(c.id)}</code>`;
      const fields = c.fields.length ? `<ul class="values">${c.fields.map((f) => `<li>${cappedInline(f.text, 1000)}</li>`).join("")}</ul>` : "";
      return [changeBadge(c.change), `${name}<br><span class="muted">${esc(c.kind)}</span>`, `${cappedInline(c.summary)}${fields}`];
    }),
  );
}

export function findingsTable(findings: Finding[], caption: string, recordHref: (id: string) => string | undefined): string {
  return table(
    ["Severity", "Rule", "Record", "What is wrong", "Law or promise", "Where"],
    findings.map((f) => {
      const href = recordHref(f.record);
      const record = href ? `<a href="${attr(href)}"><code>${esc(f.record)}</code></a>` : `<code>${esc(f.record)}</code>`;
      const why = [...f.legal.map((l) => esc(l.ref)), ...(f.promise ? [`promise: “${esc(f.promise)}”`] : [])].join("<br>");
      return [
        `<span class="${f.severity === "error" ? "fail" : f.severity === "warning" ? "unjudged" : "muted"}">${esc(f.severity)}</span>`,
        `<code>${esc(f.rule)}</code><br>${esc(f.title)}`,
        record,
        inline(f.message),
        why || "—",
        `<code>${esc(`${f.file}:${f.line}`)}</code>`,
      ];
    }),
    { caption },
  );
}

/** A record's timeline as a table, entries inside the period marked. */
export function timelineTable(timeline: Timeline, opts: { inPeriod?: (e: TimelineEntry) => boolean; commitHref?: (sha: string) => string | undefined } = {}): string {
  if (!timeline.entries.length) return `<p class="muted">No commit changed this record.</p>`;
  const link = (sha: string) => {
    const href = opts.commitHref?.(sha);
    return href ? `<a href="${attr(href)}">${shortSha(sha)}</a>` : shortSha(sha);
  };
  return table(
    ["Date (UTC)", "Commit", "Change", "What changed", "Made by", "How it reached the branch, and who approved it"],
    timeline.entries.map((e) => {
      const c = e.commit;
      const fields = e.fields.length ? `<ul class="values">${e.fields.map((f) => `<li>${cappedInline(f.text, 1000)}</li>`).join("")}</ul>` : "";
      const how = c.landed
        ? `merged${c.landed.pr !== undefined ? ` in PR #${esc(c.landed.pr)}` : ""} by ${capped(c.landed.mergedBy)} on ${when(c.landed.date)} (${link(c.landed.sha)})`
        : e.byMerge
          ? `in the merge commit itself${c.pr !== undefined ? ` of PR #${esc(c.pr)}` : ""}, not in a commit of the pull request`
          : c.onBranch
            ? `${c.pr !== undefined ? `PR #${esc(c.pr)}, ` : ""}committed on the branch`
            : `<span class="muted">not on the branch's first-parent line</span>`;
      return [
        when(c.date),
        `${link(c.sha)}<br>${capped(c.subject)}<br>${signatureHtml(c.signature)}`,
        changeBadge(e.change),
        `${cappedInline(e.summary)}${fields}`,
        c.authors.map((a) => capped(a)).join("<br>"),
        `${how}<br>Approved by: ${approvalsHtml(c.approvals)}`,
      ];
    }),
    { rowClass: (i) => (opts.inPeriod?.(timeline.entries[i]!) ? "in-period" : undefined) },
  );
}
