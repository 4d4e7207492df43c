// Every file name git allows (a tab, a newline, quotes, a backslash, glob characters, non-ASCII) is read
// from git objects exactly as from disk: the same files, the same paths, the same texts. Before, a tab in a
// name dropped the file from the action's read while the disk read kept it.
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildEvidence } from "../engine/audit/evidence.js";
import { GitObjects } from "../engine/git/objects.js";
import { registerAt } from "../engine/git/snapshot.js";
import { readBundleDir, readRegisterDir } from "../engine/index.js";
import { approveAll, judgeRevisions } from "../engine/judge.js";
import { AuditRepo } from "./helpers/audit-repo.js";
import { ROOT, TODAY } from "./helpers/register.js";

/** Names no disk or git reader may lose or mangle. */
const ODD = ["tab\there", "new\nline", 'double"quote', "single'quote", "back\\slash", "star*and?[glob]", "ünïcödé ✓", " leading space", "semi;colon&amp", ":(top)magic"];
/** The register's own folder has glob characters and a space in its name. */
const FOLDER = "the register [main]*";

let r: AuditRepo;
let added: string;

function product(i: number): string {
  return readFileSync(join(ROOT, "records/products/mydignio.yaml"), "utf8").replace("id: mydignio", `id: odd-${i}`).replace("name: MyDignio", `name: Odd ${i}`);
}

beforeAll(() => {
  r = AuditRepo.init().withRegister();
  r.move("records", FOLDER);
  r.commit("Register", { at: "2026-08-01T10:00:00Z" });
  ODD.forEach((name, i) => r.write(`${FOLDER}/products/${name}.yaml`, product(i)));
  // A folder with an odd name too.
  r.write(`${FOLDER}/tab\tfolder/odd.yaml`, product(99));
  added = r.commit("Odd names", { at: "2026-08-02T10:00:00Z" });
});

describe("a file name git allows", () => {
  it("is read from git objects as from disk: the same paths and texts", async () => {
    const disk = readRegisterDir(join(r.dir, FOLDER)).map((f) => ({ path: relative(r.dir, f.path).split(sep).join("/"), text: f.text }));
    const git = await registerAt(new GitObjects(r.dir), added, FOLDER);
    expect(git.map(({ path, text }) => ({ path, text }))).toEqual(disk);
    const names = git.map((f) => f.path);
    for (const name of ODD) expect(names).toContain(`${FOLDER}/products/${name}.yaml`);
    expect(names).toContain(`${FOLDER}/tab\tfolder/odd.yaml`);
  });

  it("is judged in a change: deleting the file with a tab in its name is a deleted record", async () => {
    r.remove(`${FOLDER}/products/tab\there.yaml`);
    const deleted = r.commit("Delete one", { at: "2026-08-03T10:00:00Z" });
    const j = await judgeRevisions({
      repo: new GitObjects(r.dir),
      records: FOLDER,
      base: added,
      head: deleted,
      bundled: () => readBundleDir(join(ROOT, "policies/build")),
      approve: approveAll,
      today: TODAY,
    });
    expect(j.result.introduced.map((f) => [f.rule, f.record])).toContainEqual(["change.record_deleted", "odd-0"]);
    expect(j.result.verdict).toBe("fail");
  });

  it("is followed through the history the evidence pack reads", async () => {
    const e = await buildEvidence(new GitObjects(r.dir), { since: "2026-08-02", until: "2026-08-02", records: FOLDER, tool: { name: "ropa", version: "test" } });
    const m = e.merges.find((x) => x.sha === added)!;
    expect(m.changes.map((c) => c.id).sort()).toEqual([...ODD.map((_, i) => `odd-${i}`), "odd-99"].sort());
    expect(m.verdict.state).toBe("pass");
  });
});
