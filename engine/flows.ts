// Where a register sends personal data, as flows: activity → subprocessor → location (in a country), or
// activity → location for its own storage. A change's flows are those it adds, removes, or that a blocking
// finding stops; the picture of a change and the data map of a register are drawn from these.
import { categoriesSentTo, subprocessorIds } from "./model.js";
import type { TransferFlow } from "./policy.js";
import type { Register } from "./resolve.js";
import type { Finding, RecordData } from "./types.js";

export interface FlowNode {
  id: string;
  name: string;
}

export interface Flow {
  activity: FlowNode;
  /** Absent when the activity stores the data itself at the location. */
  subprocessor?: FlowNode;
  /** The activity's data categories that reach the subprocessor, when its item names them (absent: all of them). */
  categories?: string[];
  location: FlowNode & { country: string };
  /**
   * What covers the transfer to the location's country, as the policies' transfer view says (adequacy, DPF,
   * or a recorded tool that fits); empty when the flow is no transfer or nothing covers it.
   */
  mechanisms: string[];
}

export interface FlowChange extends Flow {
  state: "added" | "removed" | "kept";
  /** A blocking finding stops this flow (on its subprocessor, its location, or the activity's use of either). */
  blocked: boolean;
}

const live = (data: RecordData | undefined) => Boolean(data) && data!.status !== "retired";
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const node = (id: string, data: RecordData | undefined): FlowNode => ({ id, name: typeof data?.name === "string" ? data.name : id });

/** Every flow of the register's live activities, in activity order, with what covers it from the policies' transfer view. */
export function registerFlows(register: Register, transfers: TransferFlow[]): Flow[] {
  const { activities, subprocessors, locations } = register.doc;
  const { covering } = transferIndex(transfers);
  const out: Flow[] = [];
  const location = (id: string) => ({ ...node(id, locations[id]), country: typeof locations[id]?.country === "string" ? (locations[id]!.country as string) : "??" });
  for (const [aid, activity] of Object.entries(activities)) {
    if (!live(activity)) continue;
    const reached = new Set<string>();
    for (const sid of subprocessorIds(activity)) {
      const sub = subprocessors[sid];
      if (!sub) continue;
      const categories = categoriesSentTo(activity, sid);
      for (const lid of ids(sub.processing_locations)) {
        reached.add(lid);
        const place = location(lid);
        out.push({ activity: node(aid, activity), subprocessor: node(sid, sub), ...(categories ? { categories } : {}), location: place, mechanisms: covering(aid, sid, place.country) });
      }
    }
    // Storage no subprocessor of the activity accounts for is drawn straight from the activity.
    for (const lid of ids(activity.storage_locations)) if (!reached.has(lid)) out.push({ activity: node(aid, activity), location: location(lid), mechanisms: [] });
  }
  return out;
}

/** Which transfers of the view go to a subprocessor in a country, and of those, which carry an activity's data. */
export interface TransferIndex {
  /** The mechanisms listed for an activity's data (any activity's, when undefined) going to a subprocessor in a country, under any regime. */
  covering(activity: string | undefined, subprocessor: string, country: string): string[];
  /** The view's transfers to a subprocessor in a country, in the view's order. */
  to(subprocessor: string, country: string): TransferFlow[];
}

/**
 * The transfer view indexed once: a large register has tens of thousands of flows and as many transfers, and
 * scanning the view per flow took 20 of a 10,000-record PR check's 37 seconds.
 */
export function transferIndex(transfers: TransferFlow[]): TransferIndex {
  const key = (...parts: (string | undefined)[]) => JSON.stringify(parts);
  const mechanisms = new Map<string, Set<string>>();
  const bySubprocessor = new Map<string, TransferFlow[]>();
  const add = (k: string, t: TransferFlow) => {
    let set = mechanisms.get(k);
    if (!set) mechanisms.set(k, (set = new Set()));
    for (const m of t.mechanisms) set.add(m.mechanism);
  };
  for (const t of transfers) {
    add(key(t.activity, t.subprocessor, t.country), t);
    add(key(undefined, t.subprocessor, t.country), t);
    const to = key(t.subprocessor, t.country);
    const list = bySubprocessor.get(to);
    if (list) list.push(t);
    else bySubprocessor.set(to, [t]);
  }
  return {
    covering: (activity, subprocessor, country) => [...(mechanisms.get(key(activity, subprocessor, country)) ?? [])],
    to: (subprocessor, country) => bySubprocessor.get(key(subprocessor, country)) ?? [],
  };
}


const flowKey = (f: Flow) => [f.activity.id, f.subprocessor?.id ?? "", f.location.id, f.location.country].join("\u0000");

/**
 * What the change does to where data goes: flows the head has and the base has not (added), the reverse
 * (removed), and flows both have that a blocking finding stops (kept, blocked). Flows the change leaves
 * alone are not listed. What covers each listed flow is asked of the transfer view of its side, for the
 * activities listed only (a large register has tens of thousands of flows the change leaves alone).
 */
export function flowChanges(base: Register, head: Register, blocking: Finding[], transfers: { base: TransfersOf; head: TransfersOf }): FlowChange[] {
  const before = new Map(registerFlows(base, []).map((f) => [flowKey(f), f]));
  const after = registerFlows(head, []);
  const stops = blockedBy(head, blocking);
  const out: FlowChange[] = [];
  for (const f of after) {
    const blocked = stops(f);
    const state = before.delete(flowKey(f)) ? "kept" : "added";
    if (state === "added" || blocked) out.push({ ...f, state, blocked });
  }
  for (const f of before.values()) out.push({ ...f, state: "removed", blocked: false });
  const activities = (removed: boolean) => [...new Set(out.filter((f) => f.subprocessor && (f.state === "removed") === removed).map((f) => f.activity.id))];
  const cover = { head: transferIndex(transfers.head(activities(false))), base: transferIndex(transfers.base(activities(true))) };
  return out.map((f) => (f.subprocessor ? { ...f, mechanisms: cover[f.state === "removed" ? "base" : "head"].covering(f.activity.id, f.subprocessor.id, f.location.country) } : f));
}

/** The transfer view's flows of some activities of one side of a change. */
export type TransfersOf = (activities: string[]) => TransferFlow[];

/** Whether a blocking finding stops a flow: it is about the flow's subprocessor or location, or about the activity's use of one of them. */
function blockedBy(head: Register, blocking: Finding[]): (f: Flow) => boolean {
  const item = (f: Finding): string | undefined => {
    const [list, index] = f.path;
    const value = typeof list === "string" && typeof index === "number" ? (head.records.get(f.record)?.data[list] as unknown[] | undefined)?.[index] : undefined;
    if (typeof value === "string") return value;
    // An item that is an object names its target: a transfer mechanism its `location`, a subprocessor use its `id`.
    const named = value && typeof value === "object" ? ((value as RecordData).location ?? (value as RecordData).id) : undefined;
    return typeof named === "string" ? named : undefined;
  };
  // By record: a flow is compared only with the findings about its own location, subprocessor and activity.
  const about = new Map<string, Finding[]>();
  for (const f of blocking) {
    const list = about.get(f.record);
    if (list) list.push(f);
    else about.set(f.record, [f]);
  }
  const on = (record: string | undefined) => (record === undefined ? [] : (about.get(record) ?? []));
  return (flow) =>
    on(flow.location.id).length > 0 ||
    on(flow.subprocessor?.id).some((f) => {
      const at = item(f);
      return at === undefined || at === flow.location.id || f.path[0] === "customer_notices";
    }) ||
    on(flow.activity.id).some((f) => {
      const at = item(f);
      return (f.path[0] === "subprocessors" && at === flow.subprocessor?.id) || (f.path[0] === "storage_locations" && at === flow.location.id);
    });
}
