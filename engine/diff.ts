// What changed between two registers, in words a DPO reads without knowing YAML: one line per record,
// with field-by-field details. Used by the PR comment and by record histories.
import REGION_NAMES from "./region-names.json" with { type: "json" };
import { categoriesSentTo, segmentStorage, subprocessorIds } from "./model.js";
import type { TransferFlow } from "./policy.js";
import type { Register } from "./resolve.js";
import { byText } from "./text-order.js";
import type { Finding, Kind, LoadedRecord, RecordData } from "./types.js";

export interface FieldChange {
  field: string;
  text: string;
}

export interface RecordChange {
  id: string;
  kind: Kind;
  change: "added" | "removed" | "changed" | "retired";
  /** Where to look: the head file, or the base file for a removal. */
  file: string;
  summary: string;
  fields: FieldChange[];
}

/** What each kind is called in a sentence. */
export const NOUN: Record<Kind, string> = {
  Organisation: "organisation details",
  ProcessingActivity: "processing activity",
  Subprocessor: "subprocessor",
  StorageLocation: "storage location",
  CustomerSegment: "customer segment",
  Product: "product",
  Waiver: "waiver",
  DataCategory: "data category",
};

/**
 * A country's English name, from ICU's names written down once (region-names.json, scripts/region-names.ts):
 * creating Intl.DisplayNames loaded ICU's region data, 15–29 ms of a check whose findings name a country.
 * A code the table lacks is shown as it is.
 */
const NAMES: Record<string, string> = REGION_NAMES.names;

export function countryName(code: unknown): string {
  if (typeof code !== "string") return "an unknown country";
  return Object.hasOwn(NAMES, code) ? NAMES[code]! : code;
}

/**
 * The changes from `base` to `head`, additions and removals first. `flows`, the head's transfer view from
 * the policies (ropa/views), let a new subprocessor's summary say under what its data goes abroad; without
 * it, `findings` (the head's) say only where no transfer mechanism covers it.
 */
export function diffRegisters(base: Register, head: Register, findings: Finding[] = [], flows?: TransferFlow[]): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const [id, record] of head.records) {
    const before = base.records.get(id);
    if (!before) changes.push(added(record, head, findings, flows));
    // A file the change left alone was read once for both sides (ReadCache): the same values, nothing to compare.
    else if (before.data !== record.data) {
      const fields = diffFields(before.data, record.data);
      if (!fields.length) continue;
      const retired = before.data.status !== "retired" && record.data.status === "retired";
      changes.push({
        id,
        kind: record.kind,
        change: retired ? "retired" : "changed",
        file: record.file,
        summary: retired ? `retires the ${NOUN[record.kind]} ${label(record)}${record.data.retired_reason ? ` (${record.data.retired_reason})` : ""}` : changedSummary(before, record, head, base),
        fields,
      });
    }
  }
  for (const [id, record] of base.records) {
    if (!head.records.has(id)) {
      changes.push({ id, kind: record.kind, change: "removed", file: record.file, summary: `deletes the ${NOUN[record.kind]} ${label(record)} (its file is removed)`, fields: [] });
    }
  }
  const order = { added: 0, removed: 1, retired: 2, changed: 3 };
  return changes.sort((a, b) => order[a.change] - order[b.change] || byText(a.id, b.id));
}

function label(record: LoadedRecord): string {
  return typeof record.data.name === "string" ? `“${record.data.name}”` : `\`${record.id}\``;
}

function nameOf(register: Register, id: unknown): string {
  const r = typeof id === "string" ? register.records.get(id) : undefined;
  return r && typeof r.data.name === "string" ? r.data.name : String(id);
}

function place(register: Register, id: unknown): string {
  const r = typeof id === "string" ? register.records.get(id) : undefined;
  if (!r) return String(id);
  return `${r.data.city ?? r.data.name} (${countryName(r.data.country)})`;
}

/** Products whose activities use a subprocessor: what a DPO knows the supplier by. */
function usedBy(register: Register, subprocessorId: string): string[] {
  const names = new Set<string>();
  for (const r of register.records.values()) {
    if (r.kind !== "ProcessingActivity" || !subprocessorIds(r.data).includes(subprocessorId)) continue;
    const products = asList(r.data.products);
    if (products.length) products.forEach((p) => names.add(nameOf(register, p)));
    else names.add(String(r.data.name));
  }
  return [...names].sort();
}

const MECHANISM: Record<string, string> = {
  adequacy: "an adequacy decision",
  dpf: "the EU-US Data Privacy Framework",
  "uk-idta": "the UK IDTA",
  "uk-addendum": "the UK Addendum",
  "bcr-eu": "binding corporate rules (EU)",
  "bcr-uk": "binding corporate rules (UK)",
  art49: "an Art. 49 derogation",
};
const mechanismName = (m: string) => MECHANISM[m] ?? m.replace(/^scc-2021-914-module-(\d)$/, "SCCs (module $1)");

/**
 * How data reaches one place of a subprocessor, as the policies' transfer view says: with no transfer
 * mechanism for the regimes no mechanism covers, else under the ones that do; nothing for a place that is
 * no transfer. Without a view (policies built before it), only what the findings say.
 */
function transfer(record: LoadedRecord, where: { kind: string; place: string; path: (string | number)[] }, findings: Finding[], flows?: TransferFlow[]): string {
  if (!flows) {
    const missing = findings.some((f) => f.rule === "subprocessors.transfer" && f.record === record.id && JSON.stringify(f.path) === JSON.stringify(where.path));
    return missing ? " with no transfer mechanism" : "";
  }
  const here = flows.filter((f) => f.subprocessor === record.id && f.kind === where.kind && f.place === where.place);
  const uncovered = [...new Set(here.filter((f) => !f.covered).map((f) => f.regime))].sort();
  if (uncovered.length) return ` with no transfer mechanism${uncovered.length < new Set(here.map((f) => f.regime)).size ? ` for ${uncovered.join(" and ")} data` : ""}`;
  const under = [...new Set(here.flatMap((f) => f.mechanisms.map((m) => mechanismName(m.mechanism))))];
  return under.length ? ` under ${under.join(" and ")}` : "";
}

function added(record: LoadedRecord, head: Register, findings: Finding[], flows?: TransferFlow[]): RecordChange {
  const d = record.data;
  let summary = `adds the ${NOUN[record.kind]} ${label(record)}`;
  if (record.kind === "Subprocessor") {
    const where = asList(d.processing_locations).map((l, i) => place(head, l) + transfer(record, { kind: "processing", place: String(l), path: ["processing_locations", i] }, findings, flows));
    const access = asList(d.access_locations).map((a, i) => {
      const item = isObject(a) ? a : {};
      return `${countryName(item.country)}${transfer(record, { kind: "access", place: String(item.purpose ?? item.country), path: ["access_locations", i] }, findings, flows)}`;
    });
    const established = countryName(d.country) + transfer(record, { kind: "establishment", place: "country", path: ["country"] }, findings, flows);
    const users = usedBy(head, record.id);
    summary = `adds subprocessor ${label(record)} (${established}${where.length ? `; processes data in ${where.join("; ")}` : ""}${access.length ? `; accessed from ${access.join("; ")}` : ""})${users.length ? `, used by ${users.join(", ")}` : ", used by no activity yet"}`;
  } else if (record.kind === "ProcessingActivity") {
    summary += ` (${d.role === "processor" ? "as processor for customers" : "as controller"})`;
  } else if (record.kind === "StorageLocation") {
    summary += ` in ${place(head, record.id)}`;
  } else if (record.kind === "Waiver") {
    summary = `adds a waiver of rule \`${d.rule}\` for \`${d.record}\`, approved by ${d.approved_by}, until ${d.expires_on}`;
  }
  return { id: record.id, kind: record.kind, change: "added", file: record.file, summary, fields: [] };
}

function changedSummary(before: LoadedRecord, after: LoadedRecord, head: Register, base: Register): string {
  const [was, now] = [segmentStorage(before.data), segmentStorage(after.data)];
  if (after.kind === "CustomerSegment" && [...was].sort().join() !== [...now].sort().join()) {
    const places = (register: Register, ids: string[]) => ids.map((id) => place(register, id)).join(" and ") || "nowhere";
    return `moves the data of ${after.data.name} from ${places(base, was)} to ${places(head, now)}`;
  }
  if (after.kind === "ProcessingActivity") {
    const subs = subprocessorIds(after.data).filter((s) => !subprocessorIds(before.data).includes(s));
    if (subs.length) return `${label(after)} starts sending data to ${subs.map((s) => nameOf(head, s)).join(", ")}`;
    const more = subprocessorIds(after.data).flatMap((s) => {
      const added = sentTo(after.data, s).filter((c) => !sentTo(before.data, s).includes(c));
      return added.length ? [`${nameOf(head, s)} (${added.map((c) => `\`${c}\``).join(", ")})`] : [];
    });
    if (more.length) return `${label(after)} starts sending more data categories to ${more.join(", ")}`;
  }
  return `changes the ${NOUN[after.kind]} ${label(after)}`;
}

/** The data categories an activity sends a subprocessor: those its item names, else all of the activity's. */
function sentTo(activity: RecordData, sid: string): string[] {
  return categoriesSentTo(activity, sid) ?? asList(activity.data_categories).flatMap((c) => (c && typeof c === "object" && typeof (c as RecordData).category === "string" ? [(c as RecordData).category as string] : []));
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function humanise(path: string[]): string {
  return path.join(" › ").replace(/_/g, " ");
}

/** A value as a reader sees it: plain words for lists and nested fields, never JSON. */
function plain(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return v.length ? v.map((i) => (isObject(i) || Array.isArray(i) ? `(${plain(i)})` : plain(i))).join(", ") : "none";
  if (isObject(v)) return Object.entries(v).map(([k, i]) => `${k.replace(/_/g, " ")}: ${isObject(i) ? `(${plain(i)})` : plain(i)}`).join("; ");
  return String(v);
}

function show(v: unknown): string {
  return v === null || v === undefined ? "nothing" : `\`${plain(v)}\``;
}

/** Fields that name an item in a list of objects (data categories by `category`, access by `role` …). */
const ITEM_KEYS = ["id", "category", "location", "role", "jurisdiction", "rule", "name", "mechanism"];

/** The field every item of both lists has, as a string or number, different in each item of a list: the items' identity. */
function itemKey(a: RecordData[], b: RecordData[]): string | undefined {
  return ITEM_KEYS.find((k) =>
    [a, b].every((items) => {
      const values = items.map((i) => i[k]);
      return values.every((v) => typeof v === "string" || typeof v === "number") && new Set(values.map(String)).size === values.length;
    }),
  );
}

/**
 * Field-by-field changes: lists of plain values say what was added and removed; lists of objects with a
 * natural key are compared item by item ("data categories: added `voice-recordings`"); the rest old → new.
 */
export function diffFields(before: RecordData, after: RecordData, path: string[] = []): FieldChange[] {
  const out: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    const here = [...path, key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const field = humanise(here);
    const id = Array.isArray(a) && Array.isArray(b) && [...a, ...b].every(isObject) ? itemKey(a as RecordData[], b as RecordData[]) : undefined;
    if (id) out.push(...diffItems(a as RecordData[], b as RecordData[], id, here));
    else if (a === undefined) out.push({ field, text: `${field}: set to ${show(b)}` });
    else if (b === undefined) out.push({ field, text: `${field}: removed (was ${show(a)})` });
    else if (Array.isArray(a) && Array.isArray(b) && [...a, ...b].every((v) => typeof v !== "object")) {
      const plus = b.filter((v) => !a.includes(v));
      const minus = a.filter((v) => !b.includes(v));
      const parts = [plus.length ? `added ${plus.map(show).join(", ")}` : "", minus.length ? `removed ${minus.map(show).join(", ")}` : ""].filter(Boolean);
      out.push({ field, text: `${field}: ${parts.join("; ") || "reordered"}` });
    } else if (isObject(a) && isObject(b)) out.push(...diffFields(a, b, here));
    else out.push({ field, text: `${field}: ${show(a)} → ${show(b)}` });
  }
  return out;
}

/** Two lists of objects that `key` identifies: which items came and went, and what changed inside the rest. */
function diffItems(a: RecordData[], b: RecordData[], key: string, path: string[]): FieldChange[] {
  const field = humanise(path);
  const was = new Map(a.map((i) => [String(i[key]), i]));
  const now = new Map(b.map((i) => [String(i[key]), i]));
  const added = [...now.keys()].filter((k) => !was.has(k));
  const removed = [...was.keys()].filter((k) => !now.has(k));
  const parts = [added.length ? `added ${added.map(show).join(", ")}` : "", removed.length ? `removed ${removed.map(show).join(", ")}` : ""].filter(Boolean);
  const nested: FieldChange[] = [];
  for (const k of added) {
    const rest = Object.fromEntries(Object.entries(now.get(k)!).filter(([name]) => name !== key));
    nested.push(...diffFields({}, rest, [...path, k]));
  }
  for (const [k, item] of now) if (was.has(k)) nested.push(...diffFields(was.get(k)!, item, [...path, k]));
  const head = parts.length ? [{ field, text: `${field}: ${parts.join("; ")}` }] : [];
  return head.length || nested.length ? [...head, ...nested] : [{ field, text: `${field}: reordered` }];
}

function isObject(v: unknown): v is RecordData {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
