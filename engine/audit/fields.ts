// Field-by-field changes for timelines and evidence: the engine's diffFields, except that a list of
// objects with a natural key (data categories by `category`, access by `role` …) is compared item by
// item ("data categories: added `voice-recordings`") instead of being shown whole, before and after.
import { diffFields, type FieldChange } from "../diff.js";
import type { RecordData } from "../types.js";

const KEYS = ["id", "category", "location", "role", "jurisdiction", "rule", "name", "mechanism"];

const isObject = (v: unknown): v is RecordData => typeof v === "object" && v !== null && !Array.isArray(v);
const humanise = (path: string[]) => path.join(" › ").replace(/_/g, " ");

/** The field every item of both lists has, as a string or number, different in each item of a list: the items' identity. */
function keyOf(lists: RecordData[][]): string | undefined {
  return KEYS.find((k) =>
    lists.every((items) => {
      const values = items.map((i) => i[k]);
      return values.every((v) => typeof v === "string" || typeof v === "number") && new Set(values.map(String)).size === values.length;
    }),
  );
}

function keyed(items: RecordData[], key: string): Map<string, RecordData> {
  return new Map(items.map((i) => [String(i[key]), i]));
}

export function fieldChanges(before: RecordData, after: RecordData, path: string[] = []): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const here = [...path, key];
    if (Array.isArray(a) && Array.isArray(b) && a.length + b.length > 0 && [...a, ...b].every(isObject)) {
      const id = keyOf([a as RecordData[], b as RecordData[]]);
      if (id) {
        const was = keyed(a as RecordData[], id);
        const now = keyed(b as RecordData[], id);
        const added = [...now.keys()].filter((k) => !was.has(k));
        const removed = [...was.keys()].filter((k) => !now.has(k));
        const field = humanise(here);
        const parts = [added.length ? `added ${added.map((k) => `\`${k}\``).join(", ")}` : "", removed.length ? `removed ${removed.map((k) => `\`${k}\``).join(", ")}` : ""].filter(Boolean);
        const nested: FieldChange[] = [];
        for (const k of added) {
          const { [id]: _drop, ...rest } = now.get(k)!;
          void _drop;
          nested.push(...diffFields({}, rest, [...here, k]));
        }
        for (const k of now.keys()) if (was.has(k)) nested.push(...fieldChanges(was.get(k)!, now.get(k)!, [...here, k]));
        if (parts.length) out.push({ field, text: `${field}: ${parts.join("; ")}` });
        out.push(...nested);
        if (!parts.length && !nested.length) out.push({ field, text: `${field}: reordered` });
        continue;
      }
    }
    if (isObject(a) && isObject(b)) out.push(...fieldChanges(a, b, here));
    else out.push(...diffFields({ [key]: a }, { [key]: b }, path));
  }
  return out;
}
