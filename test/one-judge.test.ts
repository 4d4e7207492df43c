// One judge: over generated histories (renames, retire and re-add under a new id, in-place edits,
// threshold edits, waiver edits, deletions, a new subprocessor), the evidence pack, the action's judge
// and `ropa check --base` give every merge the same verdict and blame it for the same findings. Kept to
// a few short histories: each merge is judged three ways on a real repository.
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { judgePullRequest } from "../actions/check/src/judge.js";
import { buildEvidence, type PullReviews } from "../engine/audit/evidence.js";
import { GitObjects } from "../engine/git/objects.js";
import { readBundleDir, RegisterError } from "../engine/index.js";
import { approveAll } from "../engine/judge.js";
import { TOOL } from "../engine/tool.js";
import { AuditRepo } from "./helpers/audit-repo.js";
import { ropa } from "./helpers/cli.js";
import { ROOT } from "./helpers/register.js";

const tmp = mkdtempSync(join(tmpdir(), "ropa-one-judge-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Step = (r: AuditRepo, day: string) => void;

/** The edits a history is made of; each keeps the register readable, most break a rule or two. */
const STEPS: Record<string, Step> = {
  rename: (r, day) => r.move(r.git({ at: `${day}T00:00:00Z` }, "ls-files", "*mydignio.yaml"), `records/products/moved-${day}/mydignio.yaml`),
  retireAndReadd: (r, day) => {
    const text = r.read("records/activities/remote-monitoring.yaml");
    if (text.includes("status: retired")) return;
    r.write("records/activities/remote-monitoring-v2.yaml", text.replace("id: remote-monitoring", "id: remote-monitoring-v2").replace(/\bP\d+[MY]\b/g, "P10Y"));
    r.edit("records/activities/remote-monitoring.yaml", (d) => {
      d.set("status", "retired");
      d.set("retired_on", day);
      d.set("retired_reason", "replaced by v2");
    });
  },
  moveLocation: (r) =>
    r.edit("records/locations/aws-stockholm.yaml", (d) => {
      d.set("region", "us-east-1");
      d.set("country", "US");
      d.set("city", "N. Virginia");
    }),
  noticeToZero: (r) => {
    for (const s of ["no-hospitals", "no-municipalities", "se-regions", "uk-nhs"]) r.edit(`records/segments/${s}.yaml`, (d) => d.set("notice_period_days", 0));
  },
  widerAccess: (r) => r.edit("records/organisation.yaml", (d) => d.set("access_without_authorisation", ["technical", "support", "other"])),
  longerWaivers: (r) => r.edit("records/organisation.yaml", (d) => d.set("waiver_max_days", 3650)),
  waiver: (r, day) =>
    r.write(
      "records/waivers/aws-dpa.yaml",
      ["apiVersion: ropa/v1", "kind: Waiver", `id: aws-dpa-${day}`, "name: AWS DPA", "rule: subprocessors.dpa", "record: aws", "reason: renewal", "approved_by: Dana DPO", `approved_on: ${day}`, "expires_on: 2026-12-01", ""].join("\n"),
    ),
  dropDpa: (r) => r.edit("records/subprocessors/aws.yaml", (d) => d.delete("dpa")),
  deleteRecord: (r) => {
    r.remove("records/products/dignio-website.yaml");
    r.edit("records/activities/customer-administration.yaml", (d) => d.delete("products"));
    r.edit("records/activities/website-and-contact.yaml", (d) => d.delete("products"));
  },
  newSubprocessor: (r) => {
    if (r.read("records/activities/patient-app.yaml").includes("mailer")) return;
    r.write("records/subprocessors/mailer.yaml", r.read("records/subprocessors/aws.yaml").replace("id: aws", "id: mailer").replace("name: Amazon Web Services", "name: Mailer").replace(/effective_from: .*/, "effective_from: 2026-09-20"));
    r.edit("records/activities/patient-app.yaml", (d) => (d.get("subprocessors") as any).add("mailer"));
  },
};

type Verdict = { verdict: string; introduced: string[] };
const blame = (fs: { rule: string; record: string }[]) => fs.map((f) => `${f.rule} ${f.record}`).sort();

/** The verdict of `ropa check --base <parent>` on the work tree checked out at `sha`, run in this process. */
async function cliVerdict(r: AuditRepo, sha: string, parent: string, today: string): Promise<Verdict> {
  r.git({ at: "2026-09-01T00:00:00Z" }, "checkout", "--quiet", "--detach", sha);
  const out = join(tmp, `${sha}.json`);
  const { code } = await ropa(["check", "records", "--base", parent, "--policies", "policies/build", "--today", today, "--format", "json", "--output", out], r.dir);
  if (code === 2) return { verdict: "invalid", introduced: [] };
  const report = JSON.parse(readFileSync(out, "utf8")) as { verdict: string; findings: { rule: string; record: string }[] };
  return { verdict: report.verdict, introduced: blame(report.findings) };
}

async function actionVerdict(r: AuditRepo, sha: string, parent: string, today: string): Promise<Verdict> {
  try {
    const j = await judgePullRequest({ workspace: r.dir, records: "records", policies: "policies/build", bundled: () => readBundleDir(join(ROOT, "policies/build")), today, failOn: "error", base: parent, head: sha, approve: approveAll });
    return { verdict: j.result.verdict, introduced: blame(j.result.introduced) };
  } catch (e) {
    if (e instanceof RegisterError) return { verdict: "invalid", introduced: [] };
    throw e;
  }
}

describe("the evidence pack, the action and ropa check --base", () => {
  it("give every merge of a generated history the same verdict, for the same findings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...Object.keys(STEPS)), { minLength: 2, maxLength: 3 }), async (steps) => {
        // The DPO approved every pull request at its head, so the action's approval and the pack's agree
        // with the local check's (which has no one to ask); test/audit-pin.test.ts has the unapproved cases.
        const r = AuditRepo.init().withRegister().write(".github/workflows/register-check.yml", `jobs:\n  check:\n    steps:\n      - uses: ${TOOL.home}/actions/check@v${TOOL.version}\n        with:\n          dpo-team: "@dana-dpo"\n`);
        r.commit("Register", { at: "2026-09-01T10:00:00Z" });
        const merges: string[] = [];
        const heads = new Map<number, string>();
        steps.forEach((name, i) => {
          const day = `2026-09-0${i + 2}`;
          r.checkout(`pr${i}`, "main");
          STEPS[name]!(r, day);
          heads.set(i + 1, r.commit(name, { at: `${day}T10:00:00Z` }));
          r.checkout("main");
          merges.push(r.merge(`pr${i}`, `Merge pull request #${i + 1} from dignio/pr${i}`, { at: `${day}T12:00:00Z` }));
        });
        const reviews = async (prs: number[]) => new Map<number, PullReviews>(prs.map((n) => [n, { reviews: [{ who: "dana-dpo", state: "APPROVED", commit: heads.get(n)! }] }]));
        const e = await buildEvidence(new GitObjects(r.dir), { since: "2026-09-02", until: "2026-09-09", tool: { name: "ropa", version: "test" }, reviews });
        expect(e.merges.map((m) => m.sha)).toEqual(merges);
        for (const m of e.merges) {
          const pack: Verdict = m.verdict.problems ? { verdict: "invalid", introduced: [] } : { verdict: m.verdict.state, introduced: blame(m.verdict.introduced) };
          const parent = m.parent!;
          const action = await actionVerdict(r, m.sha, parent, m.verdict.today);
          const cli = await cliVerdict(r, m.sha, parent, m.verdict.today);
          expect({ step: m.subject, action, cli }).toEqual({ step: m.subject, action: pack, cli: pack });
        }
        rmSync(r.dir, { recursive: true, force: true });
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
