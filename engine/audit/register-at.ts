// The register as it stood at a date or a revision, read from git objects: nothing is checked out.
// A date means the state of the branch at the end of that day (UTC): its last first-parent commit
// made at or before 23:59:59Z, so a merge counts from the day it landed, not the day its commits were written.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readRegister } from "../check.js";
import { RegisterError } from "../errors.js";
import { GitObjects } from "../git/objects.js";
import { registerAt } from "../git/snapshot.js";
import { policyInput } from "../check.js";
import { DEFAULT_BUNDLE_DIR } from "../index.js";
import { BUNDLE_FILES, loadPolicy, readBundleDir, type Policy, type TransferFlow } from "../policy.js";
import type { Register } from "../resolve.js";

export interface Revision {
  /** What was asked for: a date (YYYY-MM-DD) or a revision. */
  asked: string;
  sha: string;
  /** The commit's committer date, ISO 8601 UTC. */
  date: string;
  subject: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a YYYY-MM-DD date is real; names the flag it came from when it is not. */
export function checkDate(value: string, flag: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new RegisterError([{ file: flag, message: `${JSON.stringify(value)} is not a real date`, hint: "give the date as YYYY-MM-DD, e.g. 2026-03-01" }]);
  }
  return value;
}

/** Seconds since the epoch at the very end of a day, UTC. */
export function endOfDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 23, 59, 59) / 1000;
}

async function describe(repo: GitObjects, sha: string, asked: string): Promise<Revision> {
  const [date, subject] = (await repo.run(["-c", "log.showSignature=false", "log", "-1", "--format=%cI%x1f%s", sha])).toString("utf8").trim().split("\x1f");
  return { asked, sha, date: new Date(date).toISOString(), subject };
}

/**
 * The commit a `--at` value names: for a date, the last commit on the branch's first-parent line made at
 * or before the end of that day (UTC); otherwise any revision git understands (a sha, a tag, `main~3`).
 */
export async function resolveAt(repo: GitObjects, at: string, branch = "HEAD"): Promise<Revision> {
  if (DATE.test(at)) {
    checkDate(at, "--at");
    const tip = await repo.resolve(branch);
    const sha = (await repo.run(["rev-list", "--first-parent", "-1", `--before=@${endOfDay(at)}`, tip])).toString("utf8").trim();
    if (!sha) {
      throw new RegisterError([{ file: "--at", message: `${branch} has no commit on or before ${at}: the register did not exist yet`, hint: "give a later date, or a revision" }]);
    }
    return describe(repo, sha, at);
  }
  let sha: string;
  try {
    sha = await repo.resolve(at);
  } catch (e) {
    throw new RegisterError([{ file: "--at", message: (e as Error).message, hint: "give a date (YYYY-MM-DD) or a revision: a commit id, a tag or a branch" }]);
  }
  return describe(repo, sha, at);
}

/** The register at a commit, validated and resolved; a register that was broken then is reported as such. */
export async function registerAtRevision(repo: GitObjects, rev: Revision, recordsDir: string): Promise<Register> {
  const files = await registerAt(repo, rev.sha, recordsDir);
  if (!files.length) {
    throw new RegisterError([{ file: recordsDir, message: `there is no register in ${recordsDir}/ at ${rev.sha.slice(0, 12)} (${rev.date.slice(0, 10)})`, hint: "give a later date or revision, or name the register's folder with --records" }]);
  }
  try {
    return await readRegister(files, recordsDir);
  } catch (e) {
    if (!(e instanceof RegisterError)) throw e;
    throw new RegisterError([
      { file: recordsDir, message: `the register at ${rev.sha.slice(0, 12)} (${rev.date.slice(0, 10)}) does not load; what was wrong with it then:` },
      ...e.problems,
    ]);
  }
}

export type Reference = Record<string, any>;

let bundled: Reference | undefined;
/** The reference data shipped with ropa. */
export function bundledReference(): Reference {
  bundled ??= JSON.parse(readFileSync(fileURLToPath(new URL(BUNDLE_FILES.data, DEFAULT_BUNDLE_DIR)), "utf8")).reference ?? {};
  return bundled!;
}

/** The reference data (countries, adequacy decisions, data categories) committed with the policies at a commit, else ropa's own. */
export async function referenceAt(repo: GitObjects, sha: string, policiesDir: string): Promise<{ reference: Reference; from: string }> {
  const clean = policiesDir.replace(/^\.?\/+|\/+$/g, "");
  try {
    const entry = (await repo.tree(sha, clean)).find((e) => e.path === `${clean}/${BUNDLE_FILES.data}`);
    if (entry) {
      const blob = (await repo.blobs([entry.oid])).get(entry.oid)!;
      const reference = JSON.parse(blob.toString("utf8")).reference;
      if (reference && typeof reference === "object") return { reference, from: `${clean}/${BUNDLE_FILES.data} at ${sha.slice(0, 12)}` };
    }
  } catch {
    // No readable reference data at that commit: ropa's own is used, and the layout says so.
  }
  return { reference: bundledReference(), from: "the reference data bundled with ropa" };
}

let ownPolicy: Policy | undefined;
/** The policies shipped with ropa. */
export function bundledPolicy(): Policy {
  ownPolicy ??= loadPolicy(readBundleDir(fileURLToPath(DEFAULT_BUNDLE_DIR)));
  return ownPolicy;
}

/**
 * The transfer view of a register as of `today`: from `policy` (the policies committed with it) when they
 * have the views entrypoint, else from ropa's own policies, and `note` says so.
 */
export function transferView(register: Register, today: string, policy?: Policy): { transfers: TransferFlow[]; note: string } {
  const input = policyInput(register, today);
  let views;
  try {
    views = policy?.views(input);
  } catch {
    // a policy that cannot give the view is not trusted for it: ropa's own judges the transfers
  }
  if (views) return { transfers: views.transfers, note: "" };
  return { transfers: bundledPolicy().views(input)!.transfers, note: "; transfers judged by the policies bundled with ropa" };
}

/** The compiled policies committed at a commit, if they load. */
export async function policyAt(repo: GitObjects, sha: string, policiesDir: string): Promise<Policy | undefined> {
  const clean = policiesDir.replace(/^\.?\/+|\/+$/g, "");
  try {
    const tree = await repo.tree(sha, clean);
    const oid = (f: string) => tree.find((e) => e.path === `${clean}/${f}`)?.oid;
    const oids = [oid(BUNDLE_FILES.wasm), oid(BUNDLE_FILES.data), oid(BUNDLE_FILES.rules)];
    if (oids.some((o) => !o)) return undefined;
    const blobs = await repo.blobs(oids as string[]);
    const [wasm, data, rules] = oids.map((o) => blobs.get(o!)!);
    return loadPolicy({ wasm, data: JSON.parse(data.toString("utf8")), rules: JSON.parse(rules.toString("utf8")) });
  } catch {
    return undefined;
  }
}
