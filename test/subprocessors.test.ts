// `ropa subprocessors`: the public list and its Atom feed, from a real git history made in a temp dir. The feed
// is parsed with an XML parser and checked against RFC 4287's required elements, and its entries against the
// commits that made them.
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { subprocessorHistory } from "../engine/audit/subprocessors.js";
import { GitObjects } from "../engine/git/objects.js";
import { formatSubprocessorsAtom, formatSubprocessorsHtml, formatSubprocessorsMarkdown } from "../engine/report/subprocessors.js";
import { ropa } from "./helpers/cli.js";
import { Repo } from "./helpers/git-repo.js";
import { ROOT } from "./helpers/register.js";

const TWILIO = join(ROOT, "test/fixtures/examples/twilio/records");
const HOSTILE = 'Twilio <script>alert(1)</script> & "Co" ]]> \u0007';

function edit(repo: Repo, file: string, change: (d: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(join(repo.dir, file), "utf8"));
  change(doc);
  repo.write(file, doc.toString());
}

/** Dignio's register, then: Twilio added, AWS moved from London to Frankfurt (announced), Twilio retired. */
function history(): { repo: Repo; shas: string[] } {
  const repo = Repo.withRegister();
  const shas = [repo.git("rev-parse", "HEAD")];
  cpSync(TWILIO, join(repo.dir, "records"), { recursive: true });
  edit(repo, "records/subprocessors/twilio.yaml", (d) => d.set("name", HOSTILE));
  shas.push(repo.commit("Add Twilio for SMS reminders"));
  repo.write("records/docs-note.txt", "not a record");
  repo.commit("A commit outside the records");
  repo.write(
    "records/locations/aws-frankfurt.yaml",
    "apiVersion: ropa/v1\nkind: StorageLocation\nid: aws-frankfurt\nname: AWS Europe (Frankfurt)\nprovider: aws\nregion: eu-central-1\ncountry: DE\ncity: Frankfurt\n",
  );
  edit(repo, "records/subprocessors/aws.yaml", (d) => {
    d.set("processing_locations", ["aws-stockholm", "aws-frankfurt"]);
    d.set("customer_notices", [{ segment: "uk-nhs", notified_on: "2026-11-01", effective_from: "2026-12-15", locations: ["aws-frankfurt"] }]);
  });
  shas.push(repo.commit("AWS: Frankfurt instead of London"));
  edit(repo, "records/subprocessors/twilio.yaml", (d) => {
    d.set("status", "retired");
    d.set("retired_on", "2027-03-01");
    d.set("retired_reason", "SMS reminders dropped");
  });
  shas.push(repo.commit("Retire Twilio"));
  return { repo, shas };
}

describe("the subprocessor change feed", () => {
  it("is a valid Atom feed whose entries are the history's additions, location changes and removals, newest first", async () => {
    const { repo, shas } = history();
    const list = await subprocessorHistory(new GitObjects(repo.dir), { rev: "HEAD", records: "records" });
    const atom = formatSubprocessorsAtom(list, { feedUrl: "https://example.org/subprocessors.atom" });

    expect(XMLValidator.validate(atom)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "category" }).parse(atom);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    // RFC 4287 4.1.1: a feed has an id, a title, an updated date and an author (or every entry has one).
    expect(feed.title).toBe("Subprocessors of Dignio");
    expect(feed.id).toMatch(/^urn:/);
    expect(feed.author.name).toBe("Dignio");
    expect(feed.link["@_rel"]).toBe("self");
    const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
    expect(feed.updated).toMatch(rfc3339);
    const entries = feed.entry as Record<string, any>[];
    // 4.1.2: each entry has an id, a title, an updated date, and content (there is no alternate link).
    for (const e of entries) {
      expect(e.id).toMatch(/^urn:ropa:subprocessor-change:[0-9a-f]{40}:/);
      expect(e.updated).toMatch(rfc3339);
      expect(e.content["@_type"]).toBe("text");
      expect(e.title).toBeTruthy();
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const date = (sha: string) => new Date(repo.git("show", "-s", "--format=%cI", sha)).toISOString();
    expect(entries.map((e) => [e.category[0]["@_term"], e.id.split(":")[3], e.id.split(":")[4], e["ropa:effective"], e.updated])).toEqual([
      ["removed", shas[3], "twilio", "2027-03-01", date(shas[3]!)],
      ["locations", shas[2], "aws", "2026-12-15", date(shas[2]!)],
      ["added", shas[1], "twilio", "2027-01-15", date(shas[1]!)],
      ["added", shas[0], "aws", "2019-06-01", date(shas[0]!)],
    ]);
    expect(entries[1]!.content["#text"]).toBe(
      "Amazon Web Services changes where it processes data from 2026-12-15: adds AWS Europe (Frankfurt), Germany and stops in AWS Europe (London), United Kingdom.",
    );
    // The hostile name reads as text: no markup, and the control character that XML 1.0 forbids is gone.
    expect(atom).not.toContain("<script>");
    expect(atom).not.toContain("\u0007");
    // Parsed, the title is the name as written.
    expect(entries[2]!.title).toBe(
      'New subprocessor: Twilio <script>alert(1)</script> & "Co" ]]>  (effective 2027-01-15)',
    );
  });

  it("lists today's subprocessors with purpose, data categories, locations and transfer mechanism, as Markdown and HTML", async () => {
    const { repo } = history();
    const list = await subprocessorHistory(new GitObjects(repo.dir), { rev: "HEAD", records: "records" });
    expect(list.subprocessors.map((s) => [s.id, s.purpose, s.locations.map((l) => `${l.id}/${l.country}`)])).toEqual([
      ["aws", ["cloud hosting", "backups"], ["aws-stockholm/SE", "aws-frankfurt/DE"]],
    ]);
    const md = formatSubprocessorsMarkdown(list);
    expect(md).toContain("| Subprocessor | Purpose | Data categories | Where it processes data | Transfer mechanism |");
    expect(md).toContain("AWS Europe (Frankfurt), Germany");
    const page = formatSubprocessorsHtml(list);
    expect(page).toContain("Content-Security-Policy");
    expect(page).not.toContain("<script");
    expect(page).toContain("Twilio &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows per place what the policies' transfer view says covers it: a mechanism recorded for the country, the DPF only where it applies", async () => {
    const repo = Repo.withRegister();
    cpSync(TWILIO, join(repo.dir, "records"), { recursive: true });
    edit(repo, "records/subprocessors/twilio.yaml", (d) => {
      d.set("transfer_mechanisms", [{ country: "US", mechanism: "scc-2021-914-module-3", signed_on: "2026-10-01" }]);
      d.set("dpf", { certified: true, verified_on: "2026-10-01" });
    });
    edit(repo, "records/activities/patient-app.yaml", (d) => d.set("subprocessors", [...(d.toJS().subprocessors as string[]), "twilio"]));
    edit(repo, "records/subprocessors/aws.yaml", (d) => d.set("dpf", { certified: true, verified_on: "2026-10-01" }));
    repo.commit("Twilio under SCCs for the United States; AWS certified under the DPF");
    const list = await subprocessorHistory(new GitObjects(repo.dir), { rev: "HEAD", records: "records" });
    const places = Object.fromEntries(list.subprocessors.flatMap((s) => s.locations.map((l) => [l.id, l.mechanisms])));
    // Matched by `location` alone and `dpf` put on every place (the old list), Twilio showed only the DPF and
    // Stockholm showed the DPF, which covers nothing there: Sweden is reached only by the UK customers' data,
    // under the UK's adequacy regulations for the EEA.
    expect(places["twilio-us"]).toEqual(["dpf", "scc-2021-914-module-3"]);
    expect(places["aws-stockholm"]).toEqual(["adequacy"]);
    expect(places["aws-london"]).toEqual(["adequacy"]);
  });

  it("is what `ropa subprocessors --format atom` prints; a bad --feed-url is refused with exit 2", async () => {
    const { repo } = history();
    const run = await ropa(["subprocessors", "--format", "atom"], repo.dir);
    expect(run.code).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout.match(/<entry>/g)).toHaveLength(4);
    const bad = await ropa(["subprocessors", "--format", "atom", "--feed-url", "javascript:alert(1)"], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--feed-url");
  });
});
