// Generates a large, realistic git history of Dignio's register, to measure `ropa history` and
// `ropa evidence` on (no test asserts timings). One `git fast-import` writes every object, so thousands
// of commits take seconds. Deterministic: the same arguments give the same commit ids.
//
//   npx tsx scripts/generate-history-repo.ts --out /tmp/ropa-5000 --commits 5000
//
// The history cycles through four ways a change reaches main: a direct commit; a pull request merged with
// a merge commit (one side commit); a squash merge "(#n)"; a pull request of two side commits merged with
// a merge commit. Every change edits the register (the subprocessor `aws` in one of three), every 40th
// moves a customer segment's file between folders, every 150th adds or removes a waiver, and halfway the
// compiled policies' reference data changes. One change lands every 6 hours from 2024-01-01.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    commits: { type: "string", default: "5000" },
    start: { type: "string", default: "2024-01-01" },
    "hours-apart": { type: "string", default: "6" },
  },
});
if (!values.out) {
  console.error("usage: tsx scripts/generate-history-repo.ts --out <dir> [--commits 5000] [--start 2024-01-01] [--hours-apart 6]");
  process.exit(2);
}
const out = values.out;
const total = Number(values.commits);
const step = Number(values["hours-apart"]) * 3600;
let clock = Date.parse(`${values.start}T08:00:00Z`) / 1000;

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

// The working state: path → content.
const tree = new Map<string, Buffer>();
for (const file of filesBelow(join(ROOT, "records"))) tree.set(relative(ROOT, file), readFileSync(file));
for (const file of filesBelow(join(ROOT, "policies/build"))) tree.set(relative(ROOT, file), readFileSync(file));

const chunks: Buffer[] = [];
const emit = (s: string | Buffer) => chunks.push(typeof s === "string" ? Buffer.from(s) : s);
let mark = 0;
let commits = 0;
const PEOPLE = [
  ["Erin Engineer", "erin@example.org"],
  ["Sam Developer", "sam@example.org"],
  ["Kim Writer", "kim@example.org"],
  ["Dana DPO", "dpo@example.org"],
];

function commit(branch: string, message: string, changes: Map<string, Buffer | null>, opts: { from?: number; merge?: number; who?: number }): number {
  const [name, email] = PEOPLE[(opts.who ?? 0) % PEOPLE.length]!;
  const m = ++mark;
  const msg = Buffer.from(message);
  emit(`commit refs/heads/${branch}\nmark :${m}\nauthor ${name} <${email}> ${clock} +0000\ncommitter ${name} <${email}> ${clock} +0000\ndata ${msg.length}\n`);
  emit(msg);
  emit("\n");
  if (opts.from) emit(`from :${opts.from}\n`);
  if (opts.merge) emit(`merge :${opts.merge}\n`);
  for (const [path, content] of changes) {
    if (content === null) emit(`D ${path}\n`);
    else {
      emit(`M 100644 inline ${path}\ndata ${content.length}\n`);
      emit(content);
      emit("\n");
    }
  }
  emit("\n");
  commits++;
  clock += 60;
  return m;
}

function edit(path: string, change: (text: string) => string): Map<string, Buffer | null> {
  const text = change(tree.get(path)!.toString("utf8"));
  tree.set(path, Buffer.from(text));
  return new Map([[path, Buffer.from(text)]]);
}

const SEGMENTS = ["no-hospitals", "no-municipalities", "se-regions", "uk-nhs"];
const segmentPath = new Map(SEGMENTS.map((s) => [s, `records/segments/${s}.yaml`]));

/** The unit-th change to the register: always valid, so each judged merge costs what a real one does. */
function change(unit: number): Map<string, Buffer | null> {
  if (unit % 40 === 39) {
    const seg = SEGMENTS[(unit / 40) % SEGMENTS.length | 0]!;
    const from = segmentPath.get(seg)!;
    const to = from.includes("/archive/") ? `records/segments/${seg}.yaml` : `records/segments/archive/${seg}.yaml`;
    const content = tree.get(from)!;
    tree.delete(from);
    tree.set(to, content);
    segmentPath.set(seg, to);
    return new Map([
      [from, null],
      [to, content],
    ]);
  }
  if (unit % 150 === 149) {
    const path = "records/waivers/aws-assessment.yaml";
    if (tree.has(path)) {
      tree.delete(path);
      return new Map([[path, null]]);
    }
    const day = new Date(clock * 1000).toISOString().slice(0, 10);
    const expires = new Date((clock + 90 * 86400) * 1000).toISOString().slice(0, 10);
    const text = Buffer.from(
      `apiVersion: ropa/v1\nkind: Waiver\nid: aws-assessment\nname: AWS assessment renewal\nrule: subprocessors.assessment\nrecord: aws\nreason: The yearly assessment is scheduled (${unit}).\napproved_by: Dana DPO\napproved_on: ${day}\nexpires_on: ${expires}\n`,
    );
    tree.set(path, text);
    return new Map([[path, text]]);
  }
  switch (unit % 3) {
    case 0:
      return edit("records/subprocessors/aws.yaml", (t) => t.replace(/reference: SUP-[^\n#]*/, `reference: SUP-${String(unit).padStart(5, "0")} `));
    case 1:
      return edit("records/activities/remote-monitoring.yaml", (t) => t.replace(/reference: DPIA-[^\n#]*/, `reference: DPIA-${unit} Remote patient monitoring `));
    default: {
      const seg = SEGMENTS[unit % SEGMENTS.length]!;
      return edit(segmentPath.get(seg)!, (t) => t.replace(/notice_period_days: \d+/, `notice_period_days: ${30 + (unit % 31)}`));
    }
  }
}

// The first commit: the register and its compiled policies.
let main = commit("main", "Register of processing activities", new Map(tree), { who: 0 });
let unit = 0;
let pr = 0;
let policyChanged = false;
while (commits < total) {
  clock += step;
  if (!policyChanged && commits >= total / 2) {
    policyChanged = true;
    const path = "policies/build/data.json";
    const data = JSON.parse(tree.get(path)!.toString("utf8"));
    data.reference.data_categories.categories["voice-recordings"] = { checked_on: "2025-01-01", direct_identifier: false, name: "Voice recordings", source: "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_4", special: false };
    main = commit("main", "Reference data: add voice recordings", edit(path, () => JSON.stringify(data, null, 1) + "\n"), { from: main, who: 0 });
    continue;
  }
  const kind = unit % 4;
  const who = unit % PEOPLE.length;
  if (kind === 0) {
    main = commit("main", `Register change ${unit}`, change(unit), { from: main, who });
  } else if (kind === 2) {
    pr++;
    main = commit("main", `Register change ${unit} (#${pr})\n\nReviewed-by: Dana DPO <dpo@example.org>`, change(unit), { from: main, who });
  } else {
    pr++;
    const branch = `pr-${pr}`;
    // fast-import starts a merge's tree from its first parent: the side's changes are written again.
    const merged = change(unit);
    let side = commit("side", `Register change ${unit}`, merged, { from: main, who });
    if (kind === 3) {
      clock += 600;
      const more = change(unit + 1);
      for (const [k, v] of more) merged.set(k, v);
      side = commit("side", `Register change ${unit}, second part\n\nCo-authored-by: Kim Writer <kim@example.org>`, more, { from: side, who: who + 1 });
    }
    clock += 1800;
    main = commit("main", `Merge pull request #${pr} from dignio/${branch}\n\nApproved-by: Dana DPO <dpo@example.org>`, merged, { from: main, merge: side, who: 3 });
  }
  unit++;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync("git", ["init", "--quiet", "--initial-branch=main", out]);
const imported = spawnSync("git", ["fast-import", "--quiet", "--done"], { cwd: out, input: Buffer.concat([...chunks, Buffer.from("done\n")]), maxBuffer: 1 << 30 });
if (imported.status !== 0) {
  console.error(imported.stderr.toString());
  process.exit(1);
}
execFileSync("git", ["checkout", "--quiet", "--force", "main"], { cwd: out });
execFileSync("git", ["branch", "--quiet", "-D", "side"], { cwd: out });
const first = new Date((Date.parse(`${values.start}T08:00:00Z`))).toISOString().slice(0, 10);
const last = new Date(clock * 1000).toISOString().slice(0, 10);
console.log(`${out}: ${commits} commits (${unit} changes, ${pr} pull requests) from ${first} to ${last}; the reference data changes halfway`);
