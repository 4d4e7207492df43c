// The register's fields that have two forms, read the one way the policies read them (lib.sends,
// lib.segment_storage): a v1 register and one `ropa migrate` rewrote mean the same.
import type { RecordData } from "./types.js";

/** One item of an activity's `subprocessors`: `categories` absent when the subprocessor receives every category of the activity. */
export interface SubprocessorUse {
  id: string;
  categories?: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** An activity's `subprocessors`: each an id, or `{id, categories}` (only those categories reach it). */
export function subprocessorUses(activity: RecordData | undefined): SubprocessorUse[] {
  const items = Array.isArray(activity?.subprocessors) ? (activity!.subprocessors as unknown[]) : [];
  return items.flatMap((item): SubprocessorUse[] => {
    if (typeof item === "string") return [{ id: item }];
    const { id, categories } = (item ?? {}) as RecordData;
    return typeof id === "string" ? [{ id, categories: strings(categories) }] : [];
  });
}

/** The ids of the subprocessors an activity sends data to, in order, once each. */
export function subprocessorIds(activity: RecordData | undefined): string[] {
  return [...new Set(subprocessorUses(activity).map((u) => u.id))];
}

/** The categories of an activity's data that reach subprocessor `id`, when its items name them; undefined when every category does. */
export function categoriesSentTo(activity: RecordData | undefined, id: string): string[] | undefined {
  const uses = subprocessorUses(activity).filter((u) => u.id === id);
  if (!uses.length || uses.some((u) => !u.categories)) return undefined;
  return [...new Set(uses.flatMap((u) => u.categories!))].sort();
}

/** The storage locations promised to a customer segment: `storage_locations`, or a v1 register's `storage_location`. */
export function segmentStorage(segment: RecordData | undefined): string[] {
  if (Array.isArray(segment?.storage_locations)) return strings(segment!.storage_locations);
  return typeof segment?.storage_location === "string" ? [segment.storage_location] : [];
}
