// Record text is the PR author's, and it reaches the DPO through the PR comment, the annotations and the job
// log, code scanning (SARIF) and the terminal. Whatever it holds (mentions, HTML, a fake sticky-comment
// marker, links, invisible characters, line breaks that start workflow commands, escape sequences, sheer
// length) it is shown as text, never obeyed, and never at more than a bounded length.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT, COMMENT_MARKER } from "../engine/report/index.js";
import { fakeGitHubPerTest, NAME, OWNER, PR, runAction } from "./helpers/action-runner.js";
import { ropa } from "./helpers/cli.js";
import { Repo } from "./helpers/git-repo.js";
import { copyRegister, TODAY, writeRecord } from "./helpers/register.js";

const github = fakeGitHubPerTest();

/** Everything at once, then padding up to the schema's 2,000-character limit on a name. */
const PAYLOAD = [
  "@dignio/dpo-team @octocat",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  COMMENT_MARKER,
  "<!-- hidden -->",
  "[click here](https://evil.example/phish) ![tracker](https://evil.example/p.png) <https://evil.example>",
  "javascript:alert(1) #12 GH-12 dignio/register#12",
  "zero\u200Bwidth\u200Cjoin\u200Dmark \u202Eevil\u202C \u2028line-separator",
  "\n::warning::pwned-warning\n::error file=records/organisation.yaml,line=1::pwned-error\r\n::add-mask::secret\n::stop-commands::x",
  "%0A::notice::pwned-percent",
  "\u001b[31mred\u001b[0m \u0007bell",
].join(" ");
const NAME_2000 = (PAYLOAD + " " + "x".repeat(2000)).slice(0, 2000);

/** A product (no privacy notice: the policies fail it, and quote its name) as YAML. */
const product = (id: string, name: string) => `apiVersion: ropa/v1\nkind: Product\nid: ${id}\nname: ${JSON.stringify(name)}\n`;

function expectInertMarkdown(md: string, { marker }: { marker: boolean }) {
  if (marker) expect(md.indexOf(COMMENT_MARKER)).toBe(0);
  // The only HTML comment is ropa's own marker; no tag from the record, no link, no image, no mention.
  expect(md.split("<!--").length - 1).toBe(marker ? 1 : 0);
  expect(md).not.toMatch(/<(img|script|https)/i);
  expect(md).not.toMatch(/\]\((https?:\/\/evil|javascript:)/);
  expect(md).not.toMatch(/!\[tracker\]/);
  expect(md).not.toMatch(/(^|[^\w\u200d])@(dignio\/dpo-team|octocat)\b/);
  expect(md).not.toMatch(/(^|\s)#12\b/);
  expect(md).not.toMatch(/\u001b|\u0007|\u202E/);
  expect(md).not.toMatch(/^::/m);
  // 2,000 characters of name are cut well short of that.
  expect(md).not.toMatch(/x{400}/);
}

describe("record text in the action's output", () => {
  it("is inert and bounded in the comment, the summary, the annotations and the SARIF file", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.write("records/products/evil.yaml", product("evil", NAME_2000));
    // A file name is the author's text too: a line break in it must not start a workflow command.
    repo.write("records/products/evil\n::error::pwned-file-name.yaml", product("evil-file", "Evil file"));
    const head = repo.commit("Add a product");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(1);

    const [comment, ...more] = api.commentsOn(PR, OWNER, NAME);
    expect(more).toEqual([]);
    expect(comment.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment.body).toContain("Add"); // it is about the change …
    expect(comment.body).toContain("img src=x onerror"); // … and shows the text, as text
    expectInertMarkdown(comment.body, { marker: true });
    expectInertMarkdown(run.summary, { marker: false });

    // The log: every workflow command is one ropa issued, and the payload's line breaks are escaped.
    const commands = run.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    expect(run.stdout).not.toMatch(/^::(warning|error|notice|add-mask|stop-commands)::(pwned|secret|x$)/m);
    expect(run.stdout).not.toMatch(/^::error file=records\/organisation\.yaml,line=1::pwned/m);
    expect(run.stdout).not.toMatch(/^::notice::pwned-percent/m);
    expect(run.stdout).toContain("file=records/products/evil%0A%3A%3Aerror%3A%3Apwned-file-name.yaml");
    expect(run.stdout).not.toMatch(/\u001b|\u0007/);
    for (const line of commands) expect(line.length).toBeLessThan(2_500);

    // SARIF: plain text (code scanning renders no markdown from message.text), bounded, valid JSON.
    const sarif = JSON.parse(readFileSync(run.outputs["sarif-file"], "utf8"));
    const results = sarif.runs[0].results as { message: { text: string; markdown?: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.message.markdown).toBeUndefined();
      expect(r.message.text.length).toBeLessThan(5_000);
      for (const l of r.locations ?? []) expect(l.physicalLocation.artifactLocation.uri).not.toMatch(/[\n\r]/);
    }
    expect(results.some((r) => r.locations?.[0]?.physicalLocation.artifactLocation.uri === "records/products/evil%0A%3A%3Aerror%3A%3Apwned-file-name.yaml")).toBe(true);
    expect(api.violations).toEqual([]);
  });

  it("keeps the log inert when there is no job summary and the report is printed instead", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.write("records/products/evil.yaml", product("evil", NAME_2000));
    const head = repo.commit("Add a product");
    const run = await runAction(repo, await github(), { base, head }, {}, { GITHUB_STEP_SUMMARY: "" });
    expect(run.code).toBe(1);
    // The report sits between ::stop-commands::<token> and ::<token>::, where the runner obeys nothing.
    const m = /^::stop-commands::([0-9a-f-]{36})$/m.exec(run.stdout);
    expect(m).not.toBeNull();
    const [before, inside] = run.stdout.split(m![0]);
    const [report, after] = inside.split(`::${m![1]}::`);
    expect(report).toContain("img src=x onerror");
    // Outside it, only ropa's own commands, with the record's text escaped onto their line.
    for (const line of (before + after).split("\n").filter((l) => l.startsWith("::"))) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    expect(before + after).not.toMatch(/^::(warning|error|notice|add-mask|stop-commands)::(pwned|secret|x$)/m);
  });

  it("refuses a 10,000-character name, and neither the comment nor the log repeats it", async () => {
    const repo = Repo.withRegister();
    const base = repo.git("rev-parse", "HEAD");
    repo.branch("change");
    repo.write("records/products/long.yaml", product("long", (PAYLOAD + " ").repeat(40).slice(0, 10_000)));
    const head = repo.commit("Add a product with a long name");
    const api = await github();
    const run = await runAction(repo, api, { base, head });
    expect(run.code).toBe(2);
    const body = api.commentsOn(PR, OWNER, NAME)[0]!.body;
    expect(body).toContain("`name` is longer than 2000 characters");
    expect(body).not.toContain("onerror");
    expect(body.length).toBeLessThan(2_000);
    expect(run.stdout).not.toContain("onerror");
  });
});

describe("record text in the CLI's reports", () => {
  it("is one line per finding in the terminal, with escape sequences shown, not obeyed", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/products/evil.yaml", product("evil", NAME_2000));
    const run = await ropa(["check", "records", "--today", TODAY], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/\u001b|\u0007|\u202E/);
    expect(run.stdout).toContain("␛[31mred␛[0m");
    // The name's line breaks did not start lines of their own.
    expect(run.stdout).not.toMatch(/^::/m);
    expect(run.stdout).not.toMatch(/^%0A/m);
  });

  it("is inert in markdown, and plain text in SARIF and JSON", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/products/evil.yaml", product("evil", NAME_2000));
    const md = await ropa(["check", "records", "--today", TODAY, "--format", "markdown"], dir);
    expect(md.code).toBe(1);
    expectInertMarkdown(md.stdout, { marker: false });
    const sarif = await ropa(["check", "records", "--today", TODAY, "--format", "sarif"], dir);
    const results = JSON.parse(sarif.stdout).runs[0].results as { message: { text: string; markdown?: string } }[];
    expect(results.every((r) => r.message.markdown === undefined && r.message.text.length < 5_000)).toBe(true);
    const json = await ropa(["check", "records", "--today", TODAY, "--format", "json"], dir);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it("quotes a field name with invisible characters visibly, and cuts a long one short", async () => {
    const dir = copyRegister();
    writeRecord(dir, "records/products/evil.yaml", `apiVersion: ropa/v1\nkind: Product\nid: evil\nname: Evil\n"priv\u200Bacy_notice\u202E${"y".repeat(900)}": {}\n`);
    const run = await ropa(["check", "records", "--today", TODAY], dir);
    expect(run.code).toBe(2);
    const line = run.stderr.split("\n").find((l) => l.includes("unknown field"))!;
    expect(line).toContain("`priv\\u{200B}acy_notice\\u{202E}yyy");
    expect(line).toContain("…`");
    expect(line.length).toBeLessThan(200);
  });
});
