// The public subprocessor list (GDPR Art. 28(2): customers are told who processes their data, where, and
// under what transfer tool) and its change feed, read from the register and its git history: each commit on
// the branch's first-parent line that changed the register is read whole, and what it did to the list
// (a subprocessor added, removed, or processing in other places) becomes an entry with its effective date.
import { readRegister } from "../check.js";
import type { ReadCache } from "../read.js";
import { RegisterError } from "../errors.js";
import { firstParentChain, readHistory } from "../git/log.js";
import type { GitObjects } from "../git/objects.js";
import { registerAt } from "../git/snapshot.js";
import { transferIndex } from "../flows.js";
import type { TransferFlow } from "../policy.js";
import type { Register } from "../resolve.js";
import type { RecordData } from "../types.js";
import { policyAt, transferView } from "./register-at.js";

export interface PublicLocation {
  id: string;
  name: string;
  city?: string;
  country: string;
  /** What covers a transfer to this location's country, as the policies' transfer view says (adequacy, dpf, SCCs, IDTA, BCR). */
  mechanisms: string[];
}

export interface PublicSubprocessor {
  id: string;
  name: string;
  legalName: string;
  /** Where the company is established. */
  country: string;
  /** What it does for the organisation (the record's `services`). */
  purpose: string[];
  dataCategories: string[];
  locations: PublicLocation[];
  effectiveFrom?: string;
}

export interface ListChange {
  kind: "added" | "removed" | "locations";
  subprocessor: { id: string; name: string };
  /** When the change takes effect for customers, YYYY-MM-DD: the record's own date when it says one, else the commit's. */
  effective: string;
  /** Locations the subprocessor processes in after the change and not before, and the reverse. */
  locationsAdded: PublicLocation[];
  locationsRemoved: PublicLocation[];
  commit: { sha: string; date: string; subject: string };
}

export interface SubprocessorList {
  organisation: string;
  /** The commit the list was read at. */
  commit: { sha: string; date: string };
  subprocessors: PublicSubprocessor[];
  /** Newest first. */
  changes: ListChange[];
}

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const str = (v: unknown): string | undefined => (typeof v === "string" || v instanceof Date ? String(v).slice(0, 10) : undefined);

/** The subprocessors the register holds now (retired ones left out), by name, each place with what the transfer view says covers it. */
export function publicList(register: Register, transfers: TransferFlow[]): PublicSubprocessor[] {
  const { subprocessors, locations } = register.doc;
  const view = transferIndex(transfers);
  return Object.entries(subprocessors)
    .filter(([, s]) => s.status !== "retired")
    .map(([id, s]): PublicSubprocessor => {
      return {
        id,
        name: String(s.name ?? id),
        legalName: String(s.legal_name ?? s.name ?? id),
        country: String(s.country ?? ""),
        purpose: texts(s.services),
        dataCategories: texts(s.data_categories),
        locations: texts(s.processing_locations).map((lid) => {
          const l = locations[lid] ?? {};
          const country = String(l.country ?? "");
          return {
            id: lid,
            name: String(l.name ?? lid),
            ...(typeof l.city === "string" ? { city: l.city } : {}),
            country,
            mechanisms: view.covering(undefined, id, country),
          };
        }),
        ...(str(s.effective_from) ? { effectiveFrom: str(s.effective_from)! } : {}),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

const placeKey = (l: PublicLocation) => `${l.id}\u0000${l.country}`;

/** What one commit did to the list, given the list before and after and the head's records (for dates). */
function listChanges(before: PublicSubprocessor[], after: PublicSubprocessor[], head: Register, commit: ListChange["commit"]): ListChange[] {
  const day = commit.date.slice(0, 10);
  const was = new Map(before.map((s) => [s.id, s]));
  const out: ListChange[] = [];
  for (const s of after) {
    const old = was.get(s.id);
    was.delete(s.id);
    const ref = { id: s.id, name: s.name };
    if (!old) {
      out.push({ kind: "added", subprocessor: ref, effective: s.effectiveFrom ?? day, locationsAdded: s.locations, locationsRemoved: [], commit });
      continue;
    }
    const had = new Set(old.locations.map(placeKey));
    const has = new Set(s.locations.map(placeKey));
    const added = s.locations.filter((l) => !had.has(placeKey(l)));
    const removed = old.locations.filter((l) => !has.has(placeKey(l)));
    if (!added.length && !removed.length) continue;
    // A new place takes effect when the customers were told it would: the notices that announce it.
    const notices = (head.doc.subprocessors[s.id]?.customer_notices as RecordData[] | undefined) ?? [];
    const announced = notices.filter((n) => texts(n.locations).some((lid) => added.some((l) => l.id === lid))).map((n) => str(n.effective_from)).filter((d): d is string => Boolean(d));
    out.push({ kind: "locations", subprocessor: ref, effective: announced.sort().at(-1) ?? day, locationsAdded: added, locationsRemoved: removed, commit });
  }
  for (const old of was.values()) {
    const record = head.doc.subprocessors[old.id];
    const effective = record?.status === "retired" ? (str(record.retired_on) ?? day) : day;
    out.push({ kind: "removed", subprocessor: { id: old.id, name: old.name }, effective, locationsAdded: [], locationsRemoved: old.locations, commit });
  }
  return out;
}

/**
 * The list at `rev` and every change to it along the branch's first-parent line. A commit whose register did
 * not read is passed over (its changes are counted at the next one that reads); the list itself must read.
 */
export async function subprocessorHistory(repo: GitObjects, opts: { rev: string; records: string; policies?: string }): Promise<SubprocessorList> {
  const history = await readHistory(repo, opts.rev, [opts.records]);
  const chain = firstParentChain(history).reverse();
  const cache: ReadCache = new Map();
  let list: PublicSubprocessor[] = [];
  let last: Register | undefined;
  const changes: ListChange[] = [];
  for (const c of chain) {
    if (!c.changes.length && c.sha !== history.tip) continue;
    let register: Register;
    try {
      const files = await registerAt(repo, c.sha, opts.records);
      if (!files.length) continue;
      register = await readRegister(files, opts.records, { cache });
    } catch (e) {
      if (e instanceof RegisterError && c.sha !== history.tip) continue;
      throw e;
    }
    // Each commit's transfers as the policies committed with it judged them on its day (else ropa's own).
    const next = publicList(register, transferView(register, c.committer.date.slice(0, 10), await policyAt(repo, c.sha, opts.policies ?? "policies/build")).transfers);
    changes.push(...listChanges(list, next, register, { sha: c.sha, date: c.committer.date, subject: c.subject }));
    list = next;
    last = register;
  }
  if (!last) throw new RegisterError([{ file: opts.records, message: `there is no register in ${opts.records}/ at ${history.tip.slice(0, 12)}`, hint: "name the register's folder with --records, or the branch with --rev" }]);
  const tip = history.bySha.get(history.tip)!;
  return {
    organisation: String(last.doc.organisation?.name ?? "The organisation"),
    commit: { sha: tip.sha, date: tip.committer.date },
    subprocessors: list,
    changes: changes.reverse(),
  };
}
