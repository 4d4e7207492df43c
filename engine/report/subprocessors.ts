// The public subprocessor list for customers and its change feed: Markdown and HTML to publish, JSON for
// programs, Atom for customers who subscribe to the Art. 28(2) notices. Every value from a record is escaped
// for the format it goes into.
import { countryName } from "../diff.js";
import type { ListChange, PublicLocation, PublicSubprocessor, SubprocessorList } from "../audit/subprocessors.js";
import { page, table } from "../audit/html.js";
import { escapeHtml, html } from "../audit/template.js";
import { escapeMarkdown } from "./escape.js";

/** What a transfer tool is called in words. */
const MECHANISM: Record<string, string> = {
  "scc-2021-914-module-1": "Standard Contractual Clauses (2021/914), module 1",
  "scc-2021-914-module-2": "Standard Contractual Clauses (2021/914), module 2",
  "scc-2021-914-module-3": "Standard Contractual Clauses (2021/914), module 3",
  "scc-2021-914-module-4": "Standard Contractual Clauses (2021/914), module 4",
  "uk-idta": "UK International Data Transfer Agreement",
  "uk-addendum": "UK Addendum to the SCCs",
  bcr: "Binding Corporate Rules",
  dpf: "EU-US Data Privacy Framework certification",
};
const mechanismName = (m: string) => MECHANISM[m] ?? m;

const place = (l: PublicLocation) => `${l.name}${l.city && !l.name.includes(l.city) ? `, ${l.city}` : ""}, ${countryName(l.country)}`;
const transfers = (s: PublicSubprocessor) => [...new Set(s.locations.flatMap((l) => l.mechanisms))].map(mechanismName);

/** One sentence per change, as a customer reads it. */
export function changeText(c: ListChange): string {
  const places = (ls: PublicLocation[]) => ls.map(place).join("; ");
  switch (c.kind) {
    case "added":
      return `${c.subprocessor.name} becomes a subprocessor from ${c.effective}, processing data in ${places(c.locationsAdded) || "no recorded place"}.`;
    case "removed":
      return `${c.subprocessor.name} is no longer a subprocessor from ${c.effective}.`;
    default:
      return [
        `${c.subprocessor.name} changes where it processes data from ${c.effective}:`,
        c.locationsAdded.length ? `adds ${places(c.locationsAdded)}` : "",
        c.locationsRemoved.length ? `${c.locationsAdded.length ? "and " : ""}stops in ${places(c.locationsRemoved)}` : "",
      ]
        .filter(Boolean)
        .join(" ")
        .concat(".");
  }
}

const TITLE: Record<ListChange["kind"], string> = { added: "New subprocessor", removed: "Subprocessor removed", locations: "Subprocessor locations change" };

export function formatSubprocessorsJson(list: SubprocessorList): string {
  return JSON.stringify(list, null, 2);
}

export function formatSubprocessorsMarkdown(list: SubprocessorList): string {
  const rows = list.subprocessors.map(
    (s) =>
      `| ${escapeMarkdown(s.name)}<br>${escapeMarkdown(s.legalName)}, ${escapeMarkdown(countryName(s.country))} | ${escapeMarkdown(s.purpose.join(", ") || "—")} | ${escapeMarkdown(s.dataCategories.join(", ") || "—")} | ${s.locations.map((l) => escapeMarkdown(place(l))).join("<br>")} | ${escapeMarkdown(transfers(s).join("; ") || "—")} |`,
  );
  return [
    `# Subprocessors of ${escapeMarkdown(list.organisation)}`,
    "",
    `As recorded on ${list.commit.date.slice(0, 10)} (commit \`${list.commit.sha.slice(0, 12)}\`).`,
    "",
    "| Subprocessor | Purpose | Data categories | Where it processes data | Transfer mechanism |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    "## Changes",
    "",
    ...(list.changes.length ? list.changes.map((c) => `- **${c.effective}**: ${escapeMarkdown(changeText(c))}`) : ["- None recorded."]),
  ].join("\n");
}

export function formatSubprocessorsHtml(list: SubprocessorList): string {
  const rows = list.subprocessors.map((s) => [
    html`<strong>${s.name}</strong><br><span class="muted">${s.legalName}, ${countryName(s.country)}</span>`,
    s.purpose.join(", ") || "—",
    s.dataCategories.join(", ") || "—",
    html`<ul class="values">${s.locations.map((l) => html`<li>${place(l)}</li>`)}</ul>`,
    transfers(s).join("; ") || "—",
  ]);
  const body = html`<h1>Subprocessors of ${list.organisation}</h1>
<p class="lead">Who processes personal data for ${list.organisation}, what for, and where. As recorded on ${list.commit.date.slice(0, 10)} (commit <code class="sha">${list.commit.sha.slice(0, 12)}</code>).</p>
${table(["Subprocessor", "Purpose", "Data categories", "Where it processes data", "Transfer mechanism"], rows)}
<h2>Changes</h2>
${list.changes.length ? html`<ul>${list.changes.map((c) => html`<li><strong>${c.effective}</strong>: ${changeText(c)}</li>`)}</ul>` : html`<p>None recorded.</p>`}`;
  return page({ title: `Subprocessors of ${list.organisation}`, body });
}

/** XML text: the five characters XML reads as markup escaped, and characters XML 1.0 does not allow dropped. */
function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));
}

/**
 * An Atom feed (RFC 4287) of the changes, newest first. Entry ids are stable (commit, subprocessor, kind), so
 * a reader never sees an entry twice; `ropa:effective` carries the effective date for programs.
 */
export function formatSubprocessorsAtom(list: SubprocessorList, opts: { feedUrl?: string; repository?: string } = {}): string {
  const id = `urn:ropa:subprocessors:${encodeURIComponent(opts.repository ?? list.organisation)}`;
  const updated = list.changes[0]?.commit.date ?? list.commit.date;
  const entries = list.changes.map((c) =>
    [
      "  <entry>",
      `    <id>urn:ropa:subprocessor-change:${c.commit.sha}:${encodeURIComponent(c.subprocessor.id)}:${c.kind}</id>`,
      `    <title>${xml(`${TITLE[c.kind]}: ${c.subprocessor.name} (effective ${c.effective})`)}</title>`,
      `    <updated>${c.commit.date}</updated>`,
      `    <category term="${c.kind}"/>`,
      `    <ropa:effective>${c.effective}</ropa:effective>`,
      `    <content type="text">${xml(changeText(c))}</content>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:ropa="urn:ropa:atom">',
    `  <title>${xml(`Subprocessors of ${list.organisation}`)}</title>`,
    `  <id>${xml(id)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(list.organisation)}</name></author>`,
    ...(opts.feedUrl ? [`  <link rel="self" href="${xml(opts.feedUrl)}"/>`] : []),
    "  <generator>ropa</generator>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
