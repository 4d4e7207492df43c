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
        out.push({ activity: node(aid, activity), subprocessor: node(sid, sub), ...(categories ? { categories } : {}), location: place, mechanisms: covering(transfers, aid, sid, place.country) });
      }
    }
    // Storage no subprocessor of the activity accounts for is drawn straight from the activity.
    for (const lid of ids(activity.storage_locations)) if (!reached.has(lid)) out.push({ activity: node(aid, activity), location: location(lid), mechanisms: [] });
  }
  return out;
}

/** The mechanisms the transfer view lists for an activity's data going to a subprocessor in a country, under any regime. */
export function covering(transfers: TransferFlow[], activity: string | undefined, subprocessor: string, country: string): string[] {
  const here = transfers.filter((t) => (activity === undefined || t.activity === activity) && t.subprocessor === subprocessor && t.country === country);
  return [...new Set(here.flatMap((t) => t.mechanisms.map((m) => m.mechanism)))];
}

const flowKey = (f: Flow) => [f.activity.id, f.subprocessor?.id ?? "", f.location.id, f.location.country].join("\u0000");

/**
 * What the change does to where data goes: flows the head has and the base has not (added), the reverse
 * (removed), and flows both have that a blocking finding stops (kept, blocked). Flows the change leaves
 * alone are not listed.
 */
export function flowChanges(base: Register, head: Register, blocking: Finding[], transfers: { base: TransferFlow[]; head: TransferFlow[] }): FlowChange[] {
  const before = new Map(registerFlows(base, transfers.base).map((f) => [flowKey(f), f]));
  const after = registerFlows(head, transfers.head);
  const stops = blockedBy(head, blocking);
  const out: FlowChange[] = [];
  for (const f of after) {
    const blocked = stops(f);
    const state = before.delete(flowKey(f)) ? "kept" : "added";
    if (state === "added" || blocked) out.push({ ...f, state, blocked });
  }
  for (const f of before.values()) out.push({ ...f, state: "removed", blocked: false });
  return out;
}

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
  return (flow) =>
    blocking.some((f) => {
      const at = item(f);
      if (f.record === flow.location.id) return true;
      if (flow.subprocessor && f.record === flow.subprocessor.id) return at === undefined || at === flow.location.id || f.path[0] === "customer_notices";
      if (f.record === flow.activity.id) return (f.path[0] === "subprocessors" && at === flow.subprocessor?.id) || (f.path[0] === "storage_locations" && at === flow.location.id);
      return false;
    });
}
