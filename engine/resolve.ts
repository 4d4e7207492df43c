import { RegisterError, type Problem } from "./errors.js";
import { positionOf } from "./validate.js";
import type { Kind, LoadedRecord, RecordData } from "./types.js";
import { didYouMean } from "./suggest.js";
import { subprocessorUses } from "./model.js";

/** Where each kind refers to other records by id. `*` stands for every item of a list. */
const REFERENCES: { from: Kind; path: string[]; to: Kind | "any" }[] = [
  { from: "Organisation", path: ["data_residency", "*", "locations", "*"], to: "StorageLocation" },
  { from: "ProcessingActivity", path: ["customer_segments", "*"], to: "CustomerSegment" },
  { from: "ProcessingActivity", path: ["products", "*"], to: "Product" },
  { from: "ProcessingActivity", path: ["storage_locations", "*"], to: "StorageLocation" },
  { from: "ProcessingActivity", path: ["subprocessors", "*"], to: "Subprocessor" },
  { from: "ProcessingActivity", path: ["subprocessors", "*", "id"], to: "Subprocessor" },
  { from: "Subprocessor", path: ["processing_locations", "*"], to: "StorageLocation" },
  { from: "Subprocessor", path: ["transfer_mechanisms", "*", "location"], to: "StorageLocation" },
  { from: "Subprocessor", path: ["customer_notices", "*", "segment"], to: "CustomerSegment" },
  { from: "Subprocessor", path: ["customer_notices", "*", "locations", "*"], to: "StorageLocation" },
  { from: "CustomerSegment", path: ["storage_locations", "*"], to: "StorageLocation" },
  { from: "CustomerSegment", path: ["storage_location"], to: "StorageLocation" },
  { from: "Waiver", path: ["record"], to: "any" },
];

/** The collection each kind goes into in the policy input. */
export const COLLECTIONS = {
  ProcessingActivity: "activities",
  Subprocessor: "subprocessors",
  StorageLocation: "locations",
  CustomerSegment: "segments",
  Product: "products",
  Waiver: "waivers",
  DataCategory: "categories",
} as const satisfies Record<Exclude<Kind, "Organisation">, string>;

type Collection = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/** The register as the policies see it: records by id, per kind. */
export interface RegisterDoc {
  organisation: RecordData | null;
  activities: Record<string, RecordData>;
  subprocessors: Record<string, RecordData>;
  locations: Record<string, RecordData>;
  segments: Record<string, RecordData>;
  products: Record<string, RecordData>;
  waivers: Record<string, RecordData>;
  /** The register's own data categories, beside the bundled taxonomy. */
  categories: Record<string, RecordData>;
}

export interface Register {
  doc: RegisterDoc;
  /** Every record by id, with its file and positions, to point findings at lines. */
  records: Map<string, LoadedRecord>;
}

export function emptyRegister(): Register {
  return {
    doc: { organisation: null, activities: {}, subprocessors: {}, locations: {}, segments: {}, products: {}, waivers: {}, categories: {} },
    records: new Map(),
  };
}

/**
 * Checks ids are unique and every reference lands on a record of the right kind, then indexes the register.
 * `earlier`: the problems reading the files found, said first; a reference to a record that was refused
 * there (or, when a refused file's id is unknown, to any id) is not a second problem.
 */
export function resolveRecords(loaded: LoadedRecord[], root: string, earlier: { problems: Problem[]; refused: Set<string>; blind: boolean } = { problems: [], refused: new Set(), blind: false }): Register {
  const problems: Problem[] = [...earlier.problems];
  const register = emptyRegister();
  const at = (r: LoadedRecord, path: (string | number)[]) => ({ file: r.file, ...positionOf(r, path) });

  for (const record of loaded) {
    const first = register.records.get(record.id);
    if (first) {
      problems.push({
        ...at(record, ["id"]),
        message: `the id \`${record.id}\` is already used by ${first.file}`,
        hint: "ids are unique across the whole register: rename one of them (and the references to it)",
      });
      continue;
    }
    register.records.set(record.id, record);
    if (record.kind === "Organisation") {
      if (register.doc.organisation) {
        problems.push({ ...at(record, ["kind"]), message: "the register has a second Organisation record", hint: "keep one Organisation record for the register" });
      }
      register.doc.organisation = record.data;
    } else {
      register.doc[COLLECTIONS[record.kind] as Collection][record.id] = record.data;
    }
  }

  for (const record of register.records.values()) {
    // A v1 segment's `storage_location` means `storage_locations: [it]`; both at once say two things.
    if (record.kind === "CustomerSegment" && Object.hasOwn(record.data, "storage_location") && Object.hasOwn(record.data, "storage_locations")) {
      problems.push({ ...at(record, ["storage_location"]), message: "the segment has both `storage_location` and `storage_locations`", hint: "keep `storage_locations` and move the location into it (`ropa migrate` does this)" });
    }
    // Each subprocessor once: an id alone (every category) and `{id, categories}` beside it would say two things.
    if (record.kind === "ProcessingActivity") {
      const seen = new Set<string>();
      subprocessorUses(record.data).forEach(({ id }, i) => {
        if (seen.has(id)) problems.push({ ...at(record, ["subprocessors", i]), message: `\`${id}\` is named twice in \`subprocessors\``, hint: "name it once: the id alone (it receives every category) or `{id, categories: [...]}` (only those)" });
        seen.add(id);
      });
    }
    for (const ref of REFERENCES) {
      if (ref.from !== record.kind) continue;
      eachAt(record.data, ref.path, (value, path) => {
        if (typeof value !== "string") return;
        const target = register.records.get(value);
        if (!target && (earlier.refused.has(value) || earlier.blind)) return;
        if (!target) {
          const near = didYouMean(value, [...register.records.values()].filter((r) => ref.to === "any" || r.kind === ref.to).map((r) => r.id));
          problems.push({ ...at(record, path), message: `\`${value}\` is not the id of any record`, hint: near ?? `add a ${ref.to === "any" ? "record" : ref.to} with \`id: ${value}\`, or correct the reference` });
        } else if (ref.to !== "any" && target.kind !== ref.to) {
          problems.push({ ...at(record, path), message: `\`${value}\` is a ${target.kind} (${target.file}), but a ${ref.to} is expected here`, hint: `name the id of a ${ref.to}` });
        }
      });
    }
  }

  // An Organisation record its schema refused is there, only wrong: that is said already.
  if (register.records.size && !register.doc.organisation && !earlier.problems.length) {
    problems.push({ file: root, message: "the register has no Organisation record", hint: "add organisation.yaml with `kind: Organisation`: who keeps the register, its contact and its DPO (Art. 30(1)(a))" });
  }
  if (problems.length) throw new RegisterError(problems);
  return register;
}

/**
 * Calls `visit` with each value at `pattern` in `data` ("*": every item of a list) and its path. A callback, not
 * a generator: a short check runs this cold, where a generator per level of every reference cost ~1 ms.
 */
function eachAt(data: unknown, pattern: readonly string[], visit: (value: unknown, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  if (path.length === pattern.length) return visit(data, path);
  const head = pattern[path.length]!;
  if (head === "*") {
    if (Array.isArray(data)) for (let i = 0; i < data.length; i++) eachAt(data[i], pattern, visit, [...path, i]);
  } else if (data && typeof data === "object" && Object.hasOwn(data, head)) {
    eachAt((data as RecordData)[head], pattern, visit, [...path, head]);
  }
}
