// The register laid out as GDPR Art. 30 asks: the controller's records (Art. 30(1)(a)–(g)) and the
// processor's records (Art. 30(2)(a)–(d)) as separate sections. One model, rendered as markdown, CSV,
// HTML (./html.ts) and JSON; every value a record supplied is escaped by the renderer.
import { countryName } from "../diff.js";
import { code, escapeMarkdown } from "../report/escape.js";
import type { TransferFlow, TransferMechanism } from "../policy.js";
import { subprocessorUses, type SubprocessorUse } from "../model.js";
import type { Register } from "../resolve.js";
import type { RecordData } from "../types.js";
import type { Reference, Revision } from "./register-at.js";

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
}

export interface Party {
  id: string;
  name: string;
  legalName?: string;
  registration?: string;
  country?: string;
  contact?: Contact;
  dpo?: Contact;
  representative?: Contact;
}

/** One line of a record: which letter of Art. 30 it answers, in words, and its values. */
export interface Row {
  ref: string;
  label: string;
  values: string[];
}

export interface ActivityRecord {
  id: string;
  name: string;
  file: string;
  description?: string;
  rows: Row[];
}

export interface RetiredActivity {
  id: string;
  name: string;
  role: string;
  file: string;
  retiredOn?: string;
  reason?: string;
}

export interface Art30Layout {
  organisation: Party;
  /** The commit the register was read from, when it came from git. */
  revision?: Revision;
  /** Where the reference data (countries, adequacy decisions, data categories) came from. */
  referenceFrom: string;
  controller: { a: Row; records: ActivityRecord[] };
  processor: { a: Row; records: ActivityRecord[] };
  retired: RetiredActivity[];
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter((x): x is string => x !== undefined) : []);
const obj = (v: unknown): RecordData => (v && typeof v === "object" && !Array.isArray(v) ? (v as RecordData) : {});
const list = (v: unknown): RecordData[] => (Array.isArray(v) ? v.map(obj) : []);

function contact(v: unknown): Contact | undefined {
  const c = obj(v);
  const out: Contact = {};
  for (const k of ["name", "email", "phone", "address"] as const) if (text(c[k])) out[k] = text(c[k]);
  return Object.keys(out).length ? out : undefined;
}

export function contactText(c: Contact | undefined): string | undefined {
  if (!c) return undefined;
  return [c.name, c.email, c.phone, c.address].filter(Boolean).join(", ");
}

function partyLines(p: Party): string[] {
  const who = [p.legalName && p.legalName !== p.name ? `${p.legalName} (${p.name})` : p.name, p.registration ? `registration ${p.registration}` : "", p.country ? countryName(p.country) : ""]
    .filter(Boolean)
    .join(", ");
  return [
    who,
    `Contact: ${contactText(p.contact) ?? "not recorded"}`,
    `Data protection officer: ${contactText(p.dpo) ?? "not recorded"}`,
    ...(p.representative ? [`Representative: ${contactText(p.representative)}`] : []),
  ];
}

const MECHANISMS: Record<string, string> = {
  "scc-2021-914-module-2": "EU standard contractual clauses (Decision 2021/914), module 2 (controller to processor)",
  "scc-2021-914-module-3": "EU standard contractual clauses (Decision 2021/914), module 3 (processor to processor)",
  "uk-idta": "UK International Data Transfer Agreement",
  "uk-addendum": "UK Addendum to the EU standard contractual clauses",
  "bcr-eu": "Binding corporate rules approved under the GDPR",
  "bcr-uk": "Binding corporate rules approved under the UK GDPR",
  art49: "An Art. 49 derogation, for occasional transfers",
};

const TIA: Record<string, string> = {
  current: "transfer impact assessment current",
  missing: "no transfer impact assessment recorded",
  stale: "transfer impact assessment more than 12 months old",
  negative: "transfer impact assessment found the protection insufficient",
};

/** ISO 8601 durations in words: P3M → 3 months, P1Y6M → 1 year 6 months. */
export function duration(iso: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return iso;
  const units = ["year", "month", "week", "day"];
  const parts = m.slice(1).flatMap((n, i) => (n ? [`${Number(n)} ${units[i]}${Number(n) === 1 ? "" : "s"}`] : []));
  return parts.join(" ") || iso;
}

const humanise = (id: string) => id.replace(/-/g, " ");

interface Context {
  register: Register;
  reference: Reference;
  home: "EEA" | "UK";
  /** The policies' transfer view (ropa/views): the law is judged there, never here. */
  transfers: TransferFlow[];
}

function record(ctx: Context, id: unknown): RecordData | undefined {
  return typeof id === "string" ? ctx.register.records.get(id)?.data : undefined;
}

function nameOf(ctx: Context, id: unknown): string {
  const r = record(ctx, id);
  return text(r?.name) ?? String(id);
}

function inside(ctx: Context, country: string): boolean {
  return ctx.home === "EEA" ? Boolean(ctx.reference?.eea?.countries?.[country]) : country === "GB";
}

/** What covers a flow, in words, as the policies' transfer view says. */
function safeguard(m: TransferMechanism): string {
  if (m.mechanism === "adequacy") return `Adequacy decision: ${m.decision}`;
  if (m.mechanism === "dpf") return `Data Privacy Framework certification (${m.decision}), verified on ${m.verified_on ?? "an unrecorded date"}${m.stale ? ", more than 12 months ago" : ""}`;
  const signed = m.signed_on ? `, signed on ${m.signed_on}` : "";
  return `${MECHANISMS[m.mechanism] ?? m.mechanism}${signed}${m.tia ? `; ${TIA[m.tia]}` : ""}`;
}

function where(ctx: Context, f: TransferFlow): string {
  const sub = nameOf(ctx, f.subprocessor);
  if (f.kind === "processing") return `processed by ${sub} in ${nameOf(ctx, f.place)}`;
  if (f.kind === "access") return `accessed by ${sub} from there (${f.place})`;
  return `${sub} is established there`;
}

/**
 * Art. 30(1)(e), 30(2)(c): every third country the activity's data goes to (outside the organisation's own
 * area), with its safeguards per regime, from the policies' transfer view.
 */
function transfers(ctx: Context, id: string): string[] {
  const byPlace = new Map<string, { head: string; regimes: Map<string, string> }>();
  for (const f of ctx.transfers) {
    if (f.activity !== id || inside(ctx, f.country)) continue;
    const key = `${f.country}\0${f.subprocessor}\0${f.kind}\0${f.place}`;
    const entry = byPlace.get(key) ?? { head: `${countryName(f.country)}: ${where(ctx, f)}`, regimes: new Map() };
    entry.regimes.set(f.regime, f.mechanisms.map(safeguard).join("; ") || "none that fits (see subprocessors.transfer)");
    byPlace.set(key, entry);
  }
  return [...byPlace.values()].map(({ head, regimes }) => {
    const parts = [...regimes].sort(([a], [b]) => a.localeCompare(b));
    const text = parts.length === 1 ? parts[0][1] : parts.map(([r, t]) => `${r} data: ${t}`).join(". ");
    return `${head}. Safeguard: ${text}`;
  });
}

function categories(ctx: Context, activity: RecordData): { names: string[]; retention: string[] } {
  const names: string[] = [];
  const retention: string[] = [];
  for (const c of list(activity.data_categories)) {
    const id = text(c.category) ?? "?";
    const ref = ctx.reference?.data_categories?.categories?.[id];
    const name = `${categoryName(ctx, id)}${ref?.special ? " (special category, Art. 9)" : ""}`;
    names.push(name);
    const r = obj(c.retention);
    const period = r.indefinite === true ? "kept indefinitely" : text(r.period) ? `${duration(String(r.period))} after ${text(r.after) ?? "collection"}` : "no time limit recorded";
    retention.push(`${categoryName(ctx, id)}: ${period}`);
  }
  return { names, retention };
}

function categoryName(ctx: Context, id: string): string {
  return text(ctx.reference?.data_categories?.categories?.[id]?.name) ?? humanise(id);
}

/** What of the activity's data reaches a subprocessor, when its item names categories (else all of it). */
function receives(ctx: Context, use: SubprocessorUse): string | undefined {
  return use.categories && `receives only ${use.categories.map((c) => categoryName(ctx, c)).join(", ")}`;
}

function security(activity: RecordData): string[] {
  return texts(activity.security_measures).map(humanise);
}

function base(activity: RecordData, id: string, file: string): Omit<ActivityRecord, "rows"> {
  return { id, name: text(activity.name) ?? id, file, ...(text(activity.description) ? { description: text(activity.description) } : {}) };
}

function controllerRecord(ctx: Context, id: string, file: string, a: RecordData): ActivityRecord {
  const { names, retention } = categories(ctx, a);
  const processors = subprocessorUses(a).map((use) => {
    const sub = record(ctx, use.id);
    const services = texts(sub?.services);
    const only = receives(ctx, use);
    return `${nameOf(ctx, use.id)} (processor${services.length ? `: ${services.join(", ")}` : ""}${only ? `; ${only}` : ""})`;
  });
  const recipients = [...texts(a.recipients), ...processors];
  const basis = obj(a.legal_basis);
  const rows: Row[] = [
    { ref: "Art. 30(1)(b)", label: "Purposes of the processing", values: texts(a.purposes) },
    { ref: "Art. 30(1)(c)", label: "Categories of data subjects", values: texts(a.data_subjects) },
    { ref: "Art. 30(1)(c)", label: "Categories of personal data", values: names },
    { ref: "Art. 30(1)(d)", label: "Categories of recipients, processors included", values: recipients.length ? recipients : ["none: the data is disclosed to no one"] },
    { ref: "Art. 30(1)(e)", label: "Transfers to third countries and their safeguards", values: orNone(transfers(ctx, id), stays(ctx)) },
    { ref: "Art. 30(1)(f)", label: "Time limits for erasure", values: retention },
    { ref: "Art. 30(1)(g)", label: "Technical and organisational security measures", values: security(a) },
  ];
  const legal = [text(basis.art6) ? `Art. ${text(basis.art6)}` : "", text(basis.art9) ? `Art. ${text(basis.art9)}` : "", text(basis.explanation) ?? ""].filter(Boolean);
  if (legal.length) rows.push({ ref: "Art. 6, 9", label: "Legal basis (not required by Art. 30; recorded for completeness)", values: legal });
  return { ...base(a, id, file), rows };
}

function processorRecord(ctx: Context, id: string, file: string, a: RecordData): ActivityRecord {
  const controllers = texts(a.customer_segments).map((sid) => {
    const seg = record(ctx, sid);
    const dpa = obj(seg?.dpa);
    const juris = text(seg?.jurisdiction);
    return `${nameOf(ctx, sid)}: ${text(seg?.controllers) ?? "controllers not described"}${juris ? ` (${countryName(juris)})` : ""}${text(dpa.template_version) ? `; data processing agreement ${text(dpa.template_version)}` : ""}`;
  });
  const subs = subprocessorUses(a).map((use) => {
    const sub = record(ctx, use.id);
    const legal = text(sub?.legal_name);
    const only = receives(ctx, use);
    return `${nameOf(ctx, use.id)}${legal ? ` (${legal}${text(sub?.country) ? `, ${countryName(sub!.country)}` : ""})` : ""}${only ? `: ${only}` : ""}`;
  });
  const rows: Row[] = [
    { ref: "Art. 30(2)(a)", label: "Controllers on whose behalf the processor acts", values: orNone(controllers, "not recorded") },
    { ref: "Art. 30(2)(a)", label: "Other processors engaged (subprocessors)", values: orNone(subs, "none") },
    { ref: "Art. 30(2)(b)", label: "Categories of processing carried out for each controller", values: texts(a.processing_operations) },
    { ref: "Art. 30(2)(c)", label: "Transfers to third countries and their safeguards", values: orNone(transfers(ctx, id), stays(ctx)) },
    { ref: "Art. 30(2)(d)", label: "Technical and organisational security measures", values: security(a) },
  ];
  return { ...base(a, id, file), rows };
}

/** No transfer: the data stays where the organisation's law applies (the EEA, or the UK for a UK organisation). */
function stays(ctx: Context): string {
  return ctx.home === "UK" ? "none: the data stays in the UK" : "none: the data stays in the EEA";
}

function orNone(values: string[], none: string): string[] {
  return values.length ? values : [none];
}

/** Lays the register out as Art. 30 asks. `reference` is the reference data of the same revision. */
export function art30Layout(register: Register, reference: Reference, opts: { revision?: Revision; referenceFrom: string; transfers: TransferFlow[] }): Art30Layout {
  const org = obj(register.doc.organisation);
  const orgCountry = text(org.country);
  const ctx: Context = { register, reference, home: orgCountry === "GB" ? "UK" : "EEA", transfers: opts.transfers };
  const organisation: Party = {
    id: text(org.id) ?? "",
    name: text(org.name) ?? "the organisation (no Organisation record)",
    ...(text(org.legal_name) ? { legalName: text(org.legal_name) } : {}),
    ...(text(org.registration) ? { registration: text(org.registration) } : {}),
    ...(orgCountry ? { country: orgCountry } : {}),
    ...(contact(org.contact) ? { contact: contact(org.contact) } : {}),
    ...(contact(org.dpo) ? { dpo: contact(org.dpo) } : {}),
    ...(contact(org.representative) ? { representative: contact(org.representative) } : {}),
  };
  const controller: ActivityRecord[] = [];
  const processor: ActivityRecord[] = [];
  const retired: RetiredActivity[] = [];
  const activities = [...register.records.values()].filter((r) => r.kind === "ProcessingActivity").sort((x, y) => String(x.data.name ?? x.id).localeCompare(String(y.data.name ?? y.id)));
  for (const r of activities) {
    if (r.data.status === "retired") {
      retired.push({
        id: r.id,
        name: text(r.data.name) ?? r.id,
        role: text(r.data.role) ?? "?",
        file: r.file,
        ...(text(r.data.retired_on) ? { retiredOn: text(r.data.retired_on) } : {}),
        ...(text(r.data.retired_reason) ? { reason: text(r.data.retired_reason) } : {}),
      });
    } else if (r.data.role === "processor") processor.push(processorRecord(ctx, r.id, r.file, r.data));
    else controller.push(controllerRecord(ctx, r.id, r.file, r.data));
  }
  return {
    organisation,
    ...(opts.revision ? { revision: opts.revision } : {}),
    referenceFrom: opts.referenceFrom,
    controller: { a: { ref: "Art. 30(1)(a)", label: "The controller, its representative and its data protection officer", values: partyLines(organisation) }, records: controller },
    processor: { a: { ref: "Art. 30(2)(a)", label: "The processor, its representative and its data protection officer", values: partyLines(organisation) }, records: processor },
    retired,
  };
}

function asOf(layout: Art30Layout): string | undefined {
  const r = layout.revision;
  if (!r) return undefined;
  const asked = r.asked === r.sha ? "" : ` for ${r.asked}`;
  return `As it stood${asked}: commit ${r.sha} of ${r.date.replace("T", " ").replace(/\.\d+Z$/, " UTC")} (“${r.subject}”).`;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------------------

function mdTable(ref: string, rows: Row[]): string[] {
  return [`| ${ref} | What | Content |`, "|---|---|---|", ...rows.map((r) => `| ${escapeMarkdown(r.ref)} | ${escapeMarkdown(r.label)} | ${r.values.map((v) => escapeMarkdown(v, 2000)).join("<br>") || "—"} |`)];
}

export function formatArt30Markdown(layout: Art30Layout): string {
  const out = [`# Record of processing activities (GDPR Art. 30): ${escapeMarkdown(layout.organisation.name)}`, ""];
  const when = asOf(layout);
  if (when) out.push(escapeMarkdown(when, 1000), "");
  out.push(`Reference data: ${escapeMarkdown(layout.referenceFrom)}.`, "");
  const section = (title: string, part: Art30Layout["controller"], ref: string, none: string) => {
    out.push(`## ${title}`, "", `**${escapeMarkdown(part.a.ref)}: ${escapeMarkdown(part.a.label)}**`, "", ...part.a.values.map((v) => `- ${escapeMarkdown(v, 1000)}`), "");
    if (!part.records.length) out.push(`_${none}_`, "");
    for (const r of part.records) {
      out.push(`### ${escapeMarkdown(r.name)} (${code(r.id)})`, "");
      if (r.description) out.push(escapeMarkdown(r.description, 2000), "");
      out.push(...mdTable(ref, r.rows), "", `Source: ${code(r.file)}`, "");
    }
  };
  section("Controller's records (Art. 30(1))", layout.controller, "Art. 30(1)", "No activity as controller.");
  section("Processor's records (Art. 30(2))", layout.processor, "Art. 30(2)", "No activity as processor.");
  if (layout.retired.length) {
    out.push("## Retired activities (kept for the history, no longer carried out)", "", "| Activity | Role | Retired on | Reason | Source |", "|---|---|---|---|---|");
    for (const r of layout.retired) out.push(`| ${escapeMarkdown(r.name)} (${code(r.id)}) | ${escapeMarkdown(r.role)} | ${escapeMarkdown(r.retiredOn ?? "—")} | ${escapeMarkdown(r.reason ?? "—")} | ${code(r.file)} |`);
    out.push("");
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180): one row per activity, for a spreadsheet
// ---------------------------------------------------------------------------------------------------------

/** A CSV field: quoted when needed, and a leading = + - @ or control character is made inert so no spreadsheet runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS: { title: string; refs: string[] }[] = [
  { title: "Purposes (1)(b)", refs: ["Art. 30(1)(b)"] },
  { title: "Controllers on whose behalf, other processors (2)(a)", refs: ["Art. 30(2)(a)"] },
  { title: "Categories of processing (2)(b)", refs: ["Art. 30(2)(b)"] },
  { title: "Data subjects and personal data (1)(c)", refs: ["Art. 30(1)(c)"] },
  { title: "Recipients (1)(d)", refs: ["Art. 30(1)(d)"] },
  { title: "Transfers to third countries (1)(e), (2)(c)", refs: ["Art. 30(1)(e)", "Art. 30(2)(c)"] },
  { title: "Time limits for erasure (1)(f)", refs: ["Art. 30(1)(f)"] },
  { title: "Security measures (1)(g), (2)(d)", refs: ["Art. 30(1)(g)", "Art. 30(2)(d)"] },
];

export function formatArt30Csv(layout: Art30Layout): string {
  const header = ["Record (Art. 30)", "Activity id", "Activity", "Status", "Controller or processor, contact, DPO (1)(a), (2)(a)", ...CSV_COLUMNS.map((c) => c.title), "Source file", "Commit", "Commit date"];
  const who = (part: Art30Layout["controller"]) => part.a.values.join("; ");
  const commit = [layout.revision?.sha ?? "", layout.revision?.date ?? ""];
  const rows: string[][] = [];
  const add = (section: string, part: Art30Layout["controller"]) => {
    for (const r of part.records) {
      const cells = CSV_COLUMNS.map((c) =>
        r.rows
          .filter((row) => c.refs.includes(row.ref))
          .map((row) => (r.rows.filter((x) => x.ref === row.ref).length > 1 ? `${row.label}: ${row.values.join("; ")}` : row.values.join("; ")))
          .join(" | "),
      );
      rows.push([section, r.id, r.name, "active", who(part), ...cells, r.file, ...commit]);
    }
  };
  add("controller, Art. 30(1)", layout.controller);
  add("processor, Art. 30(2)", layout.processor);
  for (const r of layout.retired) {
    rows.push([`retired (${r.role})`, r.id, r.name, `retired${r.retiredOn ? ` on ${r.retiredOn}` : ""}${r.reason ? `: ${r.reason}` : ""}`, "", ...CSV_COLUMNS.map(() => ""), r.file, ...commit]);
  }
  return [header, ...rows].map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function formatArt30Json(layout: Art30Layout): string {
  return JSON.stringify(layout, null, 2);
}
