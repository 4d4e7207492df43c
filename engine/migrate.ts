// `ropa migrate`: rewrites a register written for an earlier ropa in the current form, in place. Each
// rewrite is a splice of the file's own text at the place the YAML parser locates, so comments, quoting,
// blank lines and the order of keys stay as the maintainers wrote them; new records are new files. Every
// file is planned before any is written, and the writes land all together or not at all.
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document, type Pair } from "yaml";
import { RegisterError, type Problem } from "./errors.js";
import { DEFAULT_BUNDLE_DIR } from "./index.js";
import { BUNDLE_FILES } from "./policy.js";
import type { RecordData, SourceFile } from "./types.js";

/** One thing the migration changes, said for the maintainer (and for `--check`). */
export interface MigrationStep {
  file: string;
  line?: number;
  what: string;
}

export interface Migration {
  steps: MigrationStep[];
  /** The new text of every file to write, by path (changed files and new ones). */
  writes: Map<string, string>;
}

/** A category that was bundled with an earlier ropa and left the taxonomy, with the flags it had. */
export interface LeftCategory {
  name: string;
  special: boolean;
  direct_identifier: boolean;
  criminal?: boolean;
  online_identifier?: boolean;
  fideslang?: string;
}

export interface Taxonomy {
  categories: Record<string, unknown>;
  left: Record<string, LeftCategory>;
}

/** The taxonomy bundled with this ropa, and the categories that left it. */
export function bundledTaxonomy(): Taxonomy {
  const data = JSON.parse(readFileSync(fileURLToPath(new URL(BUNDLE_FILES.data, DEFAULT_BUNDLE_DIR)), "utf8"));
  const taxonomy = data?.reference?.data_categories ?? {};
  return { categories: taxonomy.categories ?? {}, left: taxonomy.left ?? {} };
}

interface Parsed {
  file: SourceFile;
  docs: Document[];
  lines: LineCounter;
}

/**
 * Plans the migration of a register's files (paths as read, under `root`). Throws RegisterError, planning
 * nothing, when a file cannot be parsed or says one thing two ways.
 */
export function planMigration(files: SourceFile[], root: string, taxonomy: Taxonomy): Migration {
  const problems: Problem[] = [];
  const parsed: Parsed[] = files.map((file) => {
    const lines = new LineCounter();
    const docs = parseAllDocuments(file.text, { lineCounter: lines });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
      for (const e of doc.errors) problems.push({ file: file.path, ...lines.linePos(e.pos[0]), message: `not valid YAML: ${e.message.split("\n")[0]}`, hint: "fix the YAML first: ropa migrate rewrites only files it can read whole" });
    }
    return { file, docs: list, lines };
  });
  if (problems.length) throw new RegisterError(problems);

  const steps: MigrationStep[] = [];
  const writes = new Map<string, string>();
  const moved = singleLocations(parsed);
  for (const { file, docs, lines } of parsed) {
    const splices: { from: number; to: number; text: string }[] = [];
    for (const doc of docs) {
      const waiver = waiverField(doc, moved);
      if (waiver) {
        splices.push(waiver.splice);
        steps.push({ file: file.path, line: lines.linePos(waiver.splice.from).line, what: `\`field: ${waiver.was}\` → \`field: ${waiver.splice.text}\`` });
        continue;
      }
      if (kindOf(doc) !== "CustomerSegment" || !isMap(doc.contents)) continue;
      const pair = doc.contents.items.find((p) => keyIs(p, "storage_location"));
      const value = pair?.value;
      if (!pair || !isScalar(pair.key) || !isScalar(value) || typeof value.value !== "string" || !pair.key.range || !value.range) continue;
      const line = lines.linePos(pair.key.range[0]).line;
      if (doc.contents.items.some((p) => keyIs(p, "storage_locations"))) {
        problems.push({ file: file.path, line, message: "the segment has both `storage_location` and `storage_locations`", hint: "move the location into `storage_locations` and delete `storage_location`, then run ropa migrate again" });
        continue;
      }
      const written = file.text.slice(value.range[0], value.range[1]);
      splices.push({ from: pair.key.range[0], to: value.range[1], text: `storage_locations: [${written}]` });
      steps.push({ file: file.path, line, what: `\`storage_location: ${written}\` → \`storage_locations: [${written}]\`` });
    }
    if (splices.length) writes.set(file.path, splice(file.text, splices));
  }
  const added = leftCategories(parsed, root, taxonomy, problems);
  if (problems.length) throw new RegisterError(problems);
  for (const { path, id, text } of added) {
    writes.set(path, text);
    steps.push({ file: path, what: `new DataCategory record \`${id}\`: the category left the taxonomy bundled with ropa, and the register names it` });
  }
  return { steps, writes };
}

/** The single `storage_location` of each segment the migration rewrites into `storage_locations`, by segment id. */
function singleLocations(parsed: Parsed[]): Map<string, string> {
  const moved = new Map<string, string>();
  for (const { docs } of parsed) {
    for (const doc of docs) {
      if (kindOf(doc) !== "CustomerSegment" || !isMap(doc.contents)) continue;
      const id = doc.contents.get("id");
      const lid = doc.contents.get("storage_location");
      if (typeof id === "string" && typeof lid === "string" && !doc.contents.has("storage_locations")) moved.set(id, lid);
    }
  }
  return moved;
}

/**
 * A waiver whose `field` names a migrated segment's `storage_location` (or a path below it): the storage rules
 * then report at the location's item in `storage_locations`, so the field becomes `storage_locations.<id>` and
 * the waiver keeps covering the finding the DPO approved. A waiver of a rule about changes names the path
 * those rules report at, the list itself.
 */
function waiverField(doc: Document, moved: Map<string, string>): { was: string; splice: { from: number; to: number; text: string } } | undefined {
  if (kindOf(doc) !== "Waiver" || !isMap(doc.contents)) return undefined;
  const lid = moved.get(String(doc.contents.get("record")));
  const pair = doc.contents.items.find((p) => keyIs(p, "field"));
  const value = pair?.value;
  if (lid === undefined || !isScalar(value) || typeof value.value !== "string" || !value.range) return undefined;
  const was = value.value;
  if (was !== "storage_location" && !was.startsWith("storage_location.")) return undefined;
  const rule = String(doc.contents.get("rule"));
  const now = rule.startsWith("change.") ? "storage_locations" : `storage_locations.${lid}${was.slice("storage_location".length)}`;
  return { was, splice: { from: value.range[0], to: value.range[1], text: now } };
}

function kindOf(doc: Document): unknown {
  return isMap(doc.contents) ? doc.contents.get("kind") : undefined;
}

function keyIs(pair: Pair, name: string): boolean {
  return isScalar(pair.key) && pair.key.value === name;
}

function splice(text: string, splices: { from: number; to: number; text: string }[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.text + out.slice(s.to);
  return out;
}

/** The DataCategory records to write: for each category that left the bundled taxonomy, is named, and has no record yet. */
function leftCategories(parsed: Parsed[], root: string, taxonomy: Taxonomy, problems: Problem[]): { path: string; id: string; text: string }[] {
  const named = new Set<string>();
  const recorded = new Set<string>();
  let schemaLine: string | undefined;
  for (const { file, docs } of parsed) {
    for (const doc of docs) {
      const data = doc.toJS({ maxAliasCount: 100 }) as RecordData | null;
      if (!data || typeof data !== "object") continue;
      if (data.kind === "DataCategory" && typeof data.id === "string") recorded.add(data.id);
      for (const c of categoriesNamed(data)) named.add(c);
    }
    schemaLine ??= schemaLineBeside(file, root);
  }
  const out: { path: string; id: string; text: string }[] = [];
  for (const id of [...named].sort()) {
    const left = taxonomy.left[id];
    if (!left || Object.hasOwn(taxonomy.categories, id) || recorded.has(id)) continue;
    const path = join(root, "categories", `${id}.yaml`).split("\\").join("/");
    if (existsSync(path) || parsed.some((p) => p.file.path === path)) {
      problems.push({ file: path, message: `is there already, and is not the DataCategory record of \`${id}\``, hint: `move that file, or add a DataCategory record with \`id: ${id}\` yourself` });
      continue;
    }
    out.push({ path, id, text: categoryRecord(id, left, schemaLine) });
  }
  return out;
}

/** The category ids a record names: an activity's data categories and what its subprocessors receive, a subprocessor's reach. */
function categoriesNamed(data: RecordData): string[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const ids = [
    ...list(data.data_categories).map((c) => (c && typeof c === "object" ? (c as RecordData).category : c)),
    ...list(data.subprocessors).flatMap((s) => (s && typeof s === "object" ? list((s as RecordData).categories) : [])),
  ];
  return ids.filter((c): c is string => typeof c === "string");
}

/**
 * The `$schema` line of a record one folder below the root, as the new `categories/` file is, made to name
 * the DataCategory schema: editors then check the new file as they check the others.
 */
function schemaLineBeside(file: SourceFile, root: string): string | undefined {
  const inside = file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : undefined;
  if (inside?.split("/").length !== 2) return undefined;
  const m = /^(# yaml-language-server: \$schema=\S*?)[a-z-]+\.schema\.json[ \t\r]*$/.exec(file.text.split("\n", 1)[0]);
  return m ? `${m[1]}data-category.schema.json` : undefined;
}

function categoryRecord(id: string, c: LeftCategory, schemaLine: string | undefined): string {
  const flags = (["special", "criminal", "direct_identifier", "online_identifier"] as const).filter((k) => c[k] !== undefined).map((k) => `${k}: ${c[k]}`);
  return [
    ...(schemaLine ? [schemaLine] : []),
    `# Written by ropa migrate: \`${id}\` left the taxonomy bundled with ropa, so the register keeps it as its own category.`,
    "apiVersion: ropa/v1",
    "kind: DataCategory",
    `id: ${id}`,
    `name: ${JSON.stringify(c.name)}`,
    ...flags,
    ...(c.fideslang ? [`fideslang: ${c.fideslang}`] : []),
    "",
  ].join("\n");
}

/**
 * Writes every file of the migration or none: each is written beside its target first, then all are moved
 * into place; if any step fails, what was moved is put back and the temporary files are removed.
 */
export function applyMigration(migration: Migration): void {
  // A linked file is written where it leads, so that the link stays a link.
  const targets = [...migration.writes].map(([shown, text]) => {
    const path = existsSync(shown) ? realpathSync(shown) : shown;
    return { shown, path, text, tmp: `${path}.ropa-migrate-${process.pid}` };
  });
  const written: string[] = [];
  const moved: { path: string; before?: string }[] = [];
  let at = targets[0]?.shown;
  try {
    for (const t of targets) {
      at = t.shown;
      mkdirSync(dirname(t.path), { recursive: true });
      writeFileSync(t.tmp, t.text, { flag: "wx" });
      written.push(t.tmp);
    }
    for (const t of targets) {
      at = t.shown;
      const before = existsSync(t.path) ? readFileSync(t.path, "utf8") : undefined;
      renameSync(t.tmp, t.path);
      moved.push({ path: t.path, before });
    }
  } catch (e) {
    for (const tmp of written) rmSync(tmp, { force: true });
    for (const m of moved.reverse()) {
      if (m.before === undefined) rmSync(m.path, { force: true });
      else writeFileSync(m.path, m.before);
    }
    throw new RegisterError([{ file: at ?? "records", message: `cannot be written: ${(e as Error).message}`, hint: "nothing was changed; make the register's folders writable and run ropa migrate again" }]);
  }
}
