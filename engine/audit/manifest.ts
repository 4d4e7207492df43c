// The evidence pack's manifest: the sha256 of every file, the commits the pack was made from and the tool
// version; and its check, which names every file altered, added or missing since the pack was made.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { RegisterError } from "../errors.js";
import { terminalSafe } from "../report/escape.js";

export const MANIFEST = "manifest.json";
export const MANIFEST_FORMAT = "ropa-evidence-manifest/1";
/** The pack's data, which the manifest's own claims are checked against. */
export const EVIDENCE = "evidence.json";

export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  tool: { name: string; version: string };
  repository?: string;
  branch: string;
  period: { since: string; until: string };
  commits: { start: string | null; end: string; merges: string[] };
  files: ManifestFile[];
}

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Every file below `dir` but the manifest, as `/`-separated relative paths, sorted; symbolic links and other non-files included, to be flagged. */
function walk(dir: string, rel = ""): { path: string; file: boolean }[] {
  const out: { path: string; file: boolean }[] = [];
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(dir, path));
    else if (path !== MANIFEST) out.push({ path, file: entry.isFile() });
  }
  return out;
}

/** Hashes every file of a finished pack. */
export function manifestFiles(dir: string): ManifestFile[] {
  return walk(dir).map(({ path }) => {
    const data = readFileSync(join(dir, path));
    return { path, sha256: sha256(data), bytes: data.length };
  });
}

export interface Verification {
  ok: boolean;
  checked: number;
  altered: string[];
  added: string[];
  missing: string[];
  /** Entries of the manifest that name no file inside the pack (absolute, `..`), or that are not regular files. */
  unsafe: string[];
  /** What the manifest itself claims that the hashed files contradict, or a form ropa never writes. */
  manifestProblems: string[];
  manifest: Manifest;
  manifestSha256: string;
  /** When a manifest digest was given to compare with. */
  manifestMatches?: boolean;
}

function bad(file: string, message: string, hint?: string): RegisterError {
  return new RegisterError([{ file, message, ...(hint ? { hint } : {}) }]);
}

function readManifest(dir: string): { manifest: Manifest; raw: Buffer } {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw bad(dir, "no such folder", "name the folder of an evidence pack made by `ropa evidence`");
  let raw: Buffer;
  try {
    raw = readFileSync(join(dir, MANIFEST));
  } catch {
    throw bad(join(dir, MANIFEST), "the pack has no manifest", "a pack made by `ropa evidence` has manifest.json at its top; without it nothing can be checked");
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(raw.toString("utf8"));
  } catch (e) {
    throw bad(join(dir, MANIFEST), `the manifest is not JSON: ${(e as Error).message}`);
  }
  const files = (manifest as Partial<Manifest>)?.files;
  if (manifest?.format !== MANIFEST_FORMAT || !Array.isArray(files) || !files.every((f) => f && typeof f.path === "string" && typeof f.sha256 === "string")) {
    throw bad(join(dir, MANIFEST), `the manifest is not a ${MANIFEST_FORMAT} manifest`, "check the folder is an evidence pack made by `ropa evidence`");
  }
  return { manifest, raw };
}

/** The manifest as ropa writes it: any other form of the same JSON was edited by hand. */
export function manifestText(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 1) + "\n";
}

/**
 * The manifest's own claims (tool, repository, branch, period, commits) against evidence.json, which the
 * manifest hashes: an edit of either shows as a contradiction, unless both were rewritten together (which
 * only a digest kept elsewhere reveals). Also refuses a manifest not in the exact form ropa writes, so no
 * byte of it can change unnoticed.
 */
function claimProblems(dir: string, manifest: Manifest, raw: Buffer, altered: string[]): string[] {
  const problems: string[] = [];
  if (raw.toString("utf8") !== manifestText(manifest)) problems.push("is not in the form ropa writes it: it was edited");
  if (!manifest.files.some((f) => f.path === EVIDENCE)) return [...problems, `lists no ${EVIDENCE}, so its claims cannot be checked`];
  if (altered.includes(EVIDENCE)) return problems;
  let e: Record<string, any>;
  try {
    e = JSON.parse(readFileSync(join(dir, EVIDENCE), "utf8"));
  } catch {
    return problems; // missing or unreadable: reported as a file already
  }
  const claims: [string, unknown, unknown][] = [
    ["tool", manifest.tool, e.tool],
    ["repository", manifest.repository, e.repository],
    ["branch", manifest.branch, e.branch],
    ["period", manifest.period, e.period],
    ["commits.start", manifest.commits?.start, e.start?.revision?.sha ?? null],
    ["commits.end", manifest.commits?.end, e.end?.revision?.sha],
    ["commits.merges", manifest.commits?.merges, Array.isArray(e.merges) ? e.merges.map((m: { sha?: unknown }) => m?.sha) : undefined],
  ];
  for (const [what, says, hashed] of claims) {
    if (JSON.stringify(says) !== JSON.stringify(hashed)) problems.push(`${what} is ${JSON.stringify(says) ?? "missing"}, but ${EVIDENCE} (hashed) says ${JSON.stringify(hashed) ?? "nothing"}`);
  }
  return problems;
}

function safePath(path: string): boolean {
  if (!path || path.startsWith("/") || path.includes("\\") || path.includes("\0")) return false;
  const norm = posix.normalize(path);
  return norm === path && !norm.startsWith("../") && norm !== ".." && norm !== MANIFEST;
}

/** Checks a pack against its manifest. Throws RegisterError when `dir` is no pack at all. */
export function verifyPack(dir: string, expectedManifestSha256?: string): Verification {
  const { manifest, raw } = readManifest(dir);
  const altered: string[] = [];
  const missing: string[] = [];
  const unsafe: string[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    if (!safePath(f.path)) {
      unsafe.push(f.path);
      continue;
    }
    listed.add(f.path);
    const full = join(dir, f.path);
    let stat;
    try {
      stat = lstatSync(full);
    } catch {
      missing.push(f.path);
      continue;
    }
    if (!stat.isFile()) {
      unsafe.push(f.path);
      continue;
    }
    const data = readFileSync(full);
    if (sha256(data) !== f.sha256 || (f.bytes !== undefined && data.length !== f.bytes)) altered.push(f.path);
  }
  const present = walk(dir);
  const added = present.filter((p) => !listed.has(p.path)).map((p) => p.path);
  for (const p of present) if (!p.file && listed.has(p.path) && !unsafe.includes(p.path)) unsafe.push(p.path);
  const manifestProblems = claimProblems(dir, manifest, raw, altered);
  const manifestSha256 = sha256(raw);
  const manifestMatches = expectedManifestSha256 === undefined ? undefined : expectedManifestSha256.toLowerCase() === manifestSha256;
  return {
    ok: !altered.length && !added.length && !missing.length && !unsafe.length && !manifestProblems.length && manifestMatches !== false,
    checked: manifest.files.length,
    altered,
    added,
    missing,
    unsafe,
    manifestProblems,
    manifest,
    manifestSha256,
    ...(manifestMatches !== undefined ? { manifestMatches } : {}),
  };
}

export function formatVerification(dir: string, v: Verification): string {
  const lines: string[] = [];
  const c = v.manifest.commits;
  const what = terminalSafe(
    `${v.manifest.tool?.name ?? "?"} ${v.manifest.tool?.version ?? "?"}, ${v.manifest.branch} ${c?.start ? String(c.start).slice(0, 12) : "(start)"}..${String(c?.end).slice(0, 12)}, ${v.manifest.period?.since} to ${v.manifest.period?.until}`,
  );
  if (v.ok) {
    lines.push(`✔ ${terminalSafe(dir)}: all ${v.checked} files match the manifest (${what})`);
  } else {
    lines.push(`✘ ${terminalSafe(dir)}: the pack does not match its manifest (${what})`);
    for (const p of v.altered) lines.push(`  altered: ${terminalSafe(p)}`);
    for (const p of v.added) lines.push(`  added:   ${terminalSafe(p)}`);
    for (const p of v.missing) lines.push(`  missing: ${terminalSafe(p)}`);
    for (const p of v.unsafe) lines.push(`  unsafe:  ${terminalSafe(p)} (not a file inside the pack)`);
    for (const p of v.manifestProblems) lines.push(`  manifest.json: ${terminalSafe(p)}`);
    if (v.manifestMatches === false) lines.push(`  manifest.json itself differs from the digest given: it was replaced or edited`);
  }
  lines.push(`  manifest.json sha256: ${v.manifestSha256}${v.manifestMatches === true ? " (matches the digest given)" : ""}`);
  if (v.manifestMatches === undefined) {
    lines.push(
      "  The files were checked against manifest.json, which is inside the pack: whoever rewrote the pack could rewrite it too.",
      "  Compare the digest above with the one noted when the pack was made and kept elsewhere, or pass it with --manifest-sha256.",
    );
  }
  return lines.join("\n");
}
