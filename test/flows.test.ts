// The picture of a change: which flows (activity → subprocessor → location) it adds, removes or has blocked,
// drawn as a Mermaid flowchart in the PR comment and `ropa check --base --format markdown`. Real registers,
// the real compiled policy; hostile record names must not break out of the diagram.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRegister, readRegisterDir, type ChangeResult, type Register } from "../engine/index.js";
import { dataMap } from "../engine/audit/datamap.js";
import { dataMapSvg } from "../engine/audit/datamap-svg.js";
import { transferView } from "../engine/audit/register-at.js";
import { approveAll, judgeChange } from "../engine/judge.js";
import { formatComment, formatMarkdown } from "../engine/report/index.js";
import { mermaidLabel } from "../engine/report/mermaid.js";
import { ropa } from "./helpers/cli.js";
import { Repo } from "./helpers/git-repo.js";
import { bundledPolicy, copyRegister, editYaml, ROOT, TODAY } from "./helpers/register.js";

const read = async (dir: string): Promise<Register> => readRegister(readRegisterDir(`${dir}/records`), `${dir}/records`);
const TWILIO = join(ROOT, "test/fixtures/examples/twilio/records");

/** Dignio's register before and after adding Twilio to the patient app, with `edit` applied to the head. */
async function addTwilio(edit: (dir: string) => void = () => {}): Promise<ChangeResult> {
  const dir = copyRegister();
  const base = await read(dir);
  cpSync(TWILIO, `${dir}/records`, { recursive: true });
  editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", [...(d.toJS().subprocessors as string[]), "twilio"]));
  edit(dir);
  return (await judgeChange({ base, head: await read(dir), policy: bundledPolicy(), approve: approveAll, today: TODAY })).result;
}

/** The Mermaid source of the first diagram in a report. */
const diagramOf = (text: string) => /```mermaid\n([\s\S]*?)\n```/.exec(text)?.[1];

/** Every line a diagram may have: made by the renderer, with labels in quotes that hold no quote. */
const GRAMMAR = [
  /^flowchart LR$/,
  /^ {2,4}[als]\d+\["[^"`<>[\]{}|#;]*"\]$/,
  /^ {2}subgraph c\d+\["[^"`<>[\]{}|#;]*"\]$/,
  /^ {2}end$/,
  /^ {2}[als]\d+ (-->|==>|-\.->)(\|"[^"`<>[\]{}|#;]*"\|)? [als]\d+$/,
  /^ {2}linkStyle \d+ stroke:#[0-9a-f]{6}[a-z0-9:#, -]*$/,
  /^ {2}classDef (added|removed|blocked) [a-z0-9:#, -]+$/,
  /^ {2}class [als]\d+ (added|removed|blocked)$/,
];

describe("the flows of a change", () => {
  it("adding a subprocessor abroad without a transfer mechanism is an added, blocked flow, drawn in the PR comment", async () => {
    const result = await addTwilio();
    expect(result.flows).toEqual([
      {
        activity: { id: "patient-app", name: "Patient app and messaging" },
        subprocessor: { id: "twilio", name: "Twilio Inc." },
        location: { id: "twilio-us", name: "Twilio US", country: "US" },
        state: "added",
        mechanisms: [],
        blocked: true,
      },
    ]);
    const comment = formatComment(result, { rules: bundledPolicy().rules, judgedBy: "the test" });
    const diagram = diagramOf(comment)!;
    expect(diagram).toContain('a0["Patient app and messaging"]');
    expect(diagram).toContain('subgraph c0["United States (US)"]');
    expect(diagram).toContain('a0 ==>|"⛔ blocked · added"| s0');
    expect(diagram).toContain("class s0 blocked");
    for (const line of diagram.split("\n")) expect(GRAMMAR.some((g) => g.test(line)), line).toBe(true);
  });

  it("a flow with its transfer mechanism is added, not blocked, and the mechanism labels the cross-border edge", async () => {
    const result = await addTwilio((dir) =>
      editYaml(dir, "records/subprocessors/twilio.yaml", (d) =>
        d.set("transfer_mechanisms", [
          { location: "twilio-us", mechanism: "scc-2021-914-module-3", signed_on: "2026-10-01" },
          { location: "twilio-us", mechanism: "uk-addendum", signed_on: "2026-10-01" },
        ]),
      ),
    );
    expect(result.flows.map((f) => [f.state, f.blocked, f.mechanisms])).toEqual([["added", false, ["scc-2021-914-module-3", "uk-addendum"]]]);
    const diagram = diagramOf(formatComment(result, { rules: bundledPolicy().rules, judgedBy: "the test" }))!;
    expect(diagram).toContain('s0 -->|"added · scc-2021-914-module-3 + uk-addendum"| l0');
    expect(diagram).toContain("linkStyle 1 stroke:#1a7f37");
  });

  it("a mechanism recorded for the country (not a location) covers the flow: the flows read the policies' transfer view", async () => {
    const result = await addTwilio((dir) =>
      editYaml(dir, "records/subprocessors/twilio.yaml", (d) =>
        d.set("transfer_mechanisms", [
          { country: "US", mechanism: "scc-2021-914-module-3", signed_on: "2026-10-01" },
          { country: "US", mechanism: "uk-idta", signed_on: "2026-10-01" },
        ]),
      ),
    );
    // Matched by `location` alone, as flows.ts once did, these were no mechanism and the flow looked bare.
    expect(result.flows.map((f) => [f.state, f.blocked, f.mechanisms])).toEqual([["added", false, ["scc-2021-914-module-3", "uk-idta"]]]);
    const map = dataMap(result.register, transferView(result.register, TODAY).transfers);
    expect(map.edges.find((e) => e.to === "l:twilio-us")).toMatchObject({ crossBorder: true, mechanisms: ["scc-2021-914-module-3", "uk-idta"], regime: "other" });
  });

  it("Canada's adequacy covers only a recipient in its scope: the data map and the flow follow the policies, not the country list", async () => {
    const inCanada = (scope?: string[]) => (dir: string) => {
      editYaml(dir, "records/locations/twilio-us.yaml", (d) => {
        d.set("region", "ca-central-1");
        d.set("country", "CA");
      });
      editYaml(dir, "records/subprocessors/twilio.yaml", (d) => {
        d.set("country", "CA");
        if (scope) d.set("adequacy_scope", scope);
      });
    };
    // Sorted by the adequacy list alone (the old datamap.ts), Canada was "adequate" whoever the recipient.
    const outside = await addTwilio(inCanada());
    expect(outside.flows.map((f) => [f.location.country, f.blocked, f.mechanisms])).toEqual([["CA", true, []]]);
    const bare = dataMap(outside.register, transferView(outside.register, TODAY).transfers);
    expect(bare.groups.find((g) => g.countries.some((c) => c.country === "CA"))?.regime).toBe("other");
    expect(bare.edges.find((e) => e.to === "l:twilio-us")).toMatchObject({ crossBorder: true, mechanisms: [] });
    expect(String(dataMapSvg(bare))).toContain("no mechanism that fits");

    const inScope = await addTwilio(inCanada(["ca-pipeda"]));
    expect(inScope.flows.map((f) => f.mechanisms)).toEqual([["adequacy"]]);
    const covered = dataMap(inScope.register, transferView(inScope.register, TODAY).transfers);
    expect(covered.groups.find((g) => g.countries.some((c) => c.country === "CA"))?.regime).toBe("adequate");
  });

  it("moving a location out of a subprocessor is a removed flow, drawn dashed; a change that moves no data draws nothing", async () => {
    const dir = copyRegister();
    const base = await read(dir);
    editYaml(dir, "records/subprocessors/aws.yaml", (d) => d.set("processing_locations", ["aws-stockholm"]));
    editYaml(dir, "records/activities/remote-monitoring.yaml", (d) => d.set("storage_locations", ["aws-stockholm"]));
    const { result } = await judgeChange({ base, head: await read(dir), policy: bundledPolicy(), approve: approveAll, today: TODAY });
    expect(result.flows.filter((f) => f.state === "removed").map((f) => [f.activity.id, f.location.id])).toContainEqual(["remote-monitoring", "aws-london"]);
    const diagram = diagramOf(formatComment(result, { rules: bundledPolicy().rules, judgedBy: "the test" }))!;
    // London is under the UK adequacy decision, as the policies say: the removed curve still says what covered it.
    expect(diagram).toMatch(/s0 -\.->\|"removed · adequacy"\| l\d+/);

    const { result: same } = await judgeChange({ base, head: base, policy: bundledPolicy(), approve: approveAll, today: TODAY });
    expect(same.flows).toEqual([]);
    expect(formatComment(same, { rules: bundledPolicy().rules, judgedBy: "the test" })).not.toContain("```mermaid");
  });

  it("record text cannot break out of the diagram, add a node or a click, or inject HTML", async () => {
    const hostile = [
      'Evil"] --> x1["owned',
      "Line\nbreak\n  click a0 call alert(1)",
      "```\n</details><img src=x onerror=alert(1)>",
      "%%{init: {'securityLevel': 'loose'}}%% end subgraph",
      "#quot; #35; &lt;b&gt; @org/team #123 [x](javascript:alert(1)) | ; {}",
    ];
    const result = await addTwilio((dir) => {
      editYaml(dir, "records/subprocessors/twilio.yaml", (d) => d.set("name", hostile[0]! + hostile[1]));
      editYaml(dir, "records/locations/twilio-us.yaml", (d) => d.set("name", hostile[2]!));
      editYaml(dir, "records/activities/patient-app.yaml", (d) => d.set("name", hostile[3]! + hostile[4]));
    });
    const comment = formatComment(result, { rules: bundledPolicy().rules, judgedBy: "the test" });
    const diagram = diagramOf(comment)!;
    // One diagram, closed by its own fence; every line is one the renderer makes.
    expect(comment.match(/```mermaid/g)).toHaveLength(1);
    for (const line of diagram.split("\n")) expect(GRAMMAR.some((g) => g.test(line)), line).toBe(true);
    expect(diagram.split("\n").filter((l) => /^ +[als]\d+\["/.test(l))).toHaveLength(3);
    expect(diagram).not.toMatch(/%%|<img|javascript:|@org|#123/);
    // Still readable: the words are there, only the syntax is swapped for look-alikes.
    expect(diagram).toContain("Evil″］ --› x1［″owned");
    for (const h of hostile) expect(mermaidLabel(h)).not.toMatch(/["`<>[\]{}|#;%\n]/);
  });

  it("is dropped, and said so, before the verdict or the blocking findings when the comment is short of room", async () => {
    const result = await addTwilio();
    const ctx = { rules: bundledPolicy().rules, judgedBy: "the test" };
    const full = formatComment(result, ctx);
    const short = formatComment(result, { ...ctx, maxLength: full.length - 10 });
    expect(short.length).toBeLessThanOrEqual(full.length - 10);
    expect(short).not.toContain("```mermaid");
    expect(short).toContain("The data-flow diagram of this change does not fit here: see the job summary.");
    expect(short).toContain("2 problems block this change");
    expect(short).toContain("Twilio Inc. (twilio) receives EEA customers' data");
  });
});

describe("ropa check --base --format markdown", () => {
  it("draws the change's flows under its findings", async () => {
    const repo = Repo.withRegister();
    repo.branch("twilio");
    cpSync(TWILIO, join(repo.dir, "records"), { recursive: true });
    editYaml(repo.dir, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", [...(d.toJS().subprocessors as string[]), "twilio"]));
    repo.commit("Add Twilio");
    const run = await ropa(["check", "records", "--base", "main", "--format", "markdown", "--today", TODAY], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("### 🗺️ Where the data goes after this change");
    expect(diagramOf(run.stdout)).toContain('s0["Twilio Inc."]');
    // A full check has no change to draw.
    const result = await read(repo.dir);
    expect(formatMarkdown({ ...(await judgeChange({ base: result, head: result, policy: bundledPolicy(), approve: approveAll, today: TODAY })).result, findings: [] }, { rules: bundledPolicy().rules })).not.toContain("mermaid");
  });
});
