// The evidence pack against hostile text: a real repository whose records, commit subjects, author names
// and trailers carry markup, scripts, fake hidden markers, markdown links, @mentions, zero-width characters,
// a 10,000-character subject and a record name at the schema's 2,000-character limit. Every page is opened
// from disk in Debian's Chromium (as test/audit-browser.test.ts does): no dialog fires, nothing from the
// data becomes an element, nothing is fetched, and no page is wider than the window. The HTML text is
// checked to hold the payloads escaped.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildEvidence, writePack } from "../engine/audit/evidence.js";
import { GitObjects } from "../engine/git/objects.js";
import { AuditRepo, type Who } from "./helpers/audit-repo.js";
import { browserSuite, openOffline, type OfflineBrowser } from "./helpers/chromium.js";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const MARKER = "<!-- ropa-check:sticky-comment -->";
const LINK = "[x](javascript:alert(3))";
const ZW = "Da\u200Bna\u200D\uFEFF";
// In records without U+FEFF: the reader refuses a byte order mark inside a file (test/fixtures/bad), so a
// record holding one never reaches a page; commit messages keep it.
const PAYLOAD = `@everyone ${IMG} ${SCRIPT} ${MARKER} ${LINK} ${ZW.replace("\uFEFF", "")} <a href="javascript:alert(4)">click</a> <iframe src="https://evil.example"></iframe>`;
/** One unbroken word, the kind that stretches a page when nothing may wrap it. */
const WORD = "W".repeat(1200);
const RECORD_NAME = `${PAYLOAD} ${WORD}`.padEnd(1990, "n");
const SUBJECT = `${PAYLOAD} ${"S".repeat(3000)} ${PAYLOAD}`.padEnd(10_000, "s");
const EVIL: Who = { name: `@admin ${SCRIPT} ${LINK}`, email: "evil@example.org" };

browserSuite("the evidence pack with hostile text, in Chromium", () => {
  let pack: string;
  let browser: OfflineBrowser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const r = AuditRepo.init().withRegister();
    r.edit("records/activities/patient-app.yaml", (d) => {
      d.set("name", RECORD_NAME);
      d.set("purposes", [PAYLOAD, `${WORD}x`]);
    });
    r.commit(`Register ${PAYLOAD}`, { at: "2026-07-01T10:00:00Z", by: EVIL });
    r.checkout("pr", "main");
    r.edit("records/activities/patient-app.yaml", (d) => d.set("description", PAYLOAD));
    r.commit(`${SUBJECT}\n\n${PAYLOAD}\n\nApproved-by: ${IMG} <a@example.org>\nCo-authored-by: ${SCRIPT} <b@example.org>`, { at: "2026-07-02T10:00:00Z", by: EVIL });
    r.checkout("main");
    r.merge("pr", `Merge pull request #1 from ${IMG}\n\n${MARKER}\n\nReviewed-by: ${LINK} <c@example.org>`, { at: "2026-07-02T12:00:00Z", by: EVIL });
    r.checkout("squash", "main");
    r.edit("records/activities/patient-app.yaml", (d) => d.set("description", `${PAYLOAD} again`));
    r.commit("x", { at: "2026-07-03T10:00:00Z", by: EVIL });
    r.checkout("main");
    r.squash("squash", `${SUBJECT} (#2)\n\nApproved-by: ${ZW} DPO <dpo@example.org>`, { at: "2026-07-03T12:00:00Z", by: EVIL });
    const evidence = await buildEvidence(new GitObjects(r.dir), { since: "2026-07-01", until: "2026-07-03", tool: { name: "ropa", version: "0.1.0" }, repository: `${IMG}/${SCRIPT}` });
    pack = join(mkdtempSync(join(tmpdir(), "ropa-pack-")), "evidence");
    writePack(evidence, pack);
    browser = await openOffline();
    page = browser.page;
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders every page without running, loading or creating anything from the data, and no page is wider than the window", async () => {
    const visited = new Set<string>();
    const queue = ["index.html"];
    while (queue.length) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      await page.goto(pathToFileURL(join(pack, path)).href);
      const found = await page.evaluate(() => {
        const all = [...document.querySelectorAll("*")];
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
        let comments = 0;
        while (walker.nextNode()) comments++;
        return {
          tags: [...new Set(all.map((e) => e.localName))].sort(),
          handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
          scriptLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href")!)).length,
          comments,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          hrefs: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!),
        };
      });
      // Only the elements the pages are made of.
      const allowed = ["a", "body", "br", "caption", "code", "dd", "details", "div", "dl", "dt", "footer", "h1", "h2", "h3", "h4", "head", "header", "html", "li", "main", "meta", "p", "pre", "span", "strong", "style", "summary", "table", "tbody", "td", "th", "thead", "title", "tr", "ul", "b", "em",
        // The data map: an inline SVG drawn by engine/audit/datamap-svg.ts, in a figure with its caption.
        "figure", "figcaption", "svg", "g", "path", "rect", "text"];
      expect(found.tags.filter((t) => !allowed.includes(t)), `${path}: elements from the data`).toEqual([]);
      expect(found.handlers, `${path}: event handler attributes`).toBe(0);
      expect(found.scriptLinks, `${path}: javascript: links`).toBe(0);
      expect(found.comments, `${path}: comments`).toBe(0);
      expect(found.overflow, `${path} scrolls sideways by ${found.overflow} px`).toBeLessThanOrEqual(0);
      for (const href of found.hrefs) {
        const file = href.split("#")[0]!;
        const target = file ? posix.normalize(posix.join(posix.dirname(path), file)) : path;
        if (target.endsWith(".html") && !visited.has(target)) queue.push(target);
      }
    }
    expect(visited.size).toBeGreaterThan(10);
    expect(dialogs).toEqual([]);
    expect(browser.foreign).toEqual([]);
  }, 120_000);

  it("holds every payload escaped in the HTML text", () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    const html = files(pack).filter((f) => f.endsWith(".html"));
    const all = html.map((f) => readFileSync(f, "utf8")).join("\n");
    for (const raw of ["<img", "<script", "<iframe", "<!--", 'href="javascript:']) {
      const at = all.indexOf(raw);
      expect(at, `raw ${raw} in the HTML: …${all.slice(Math.max(0, at - 80), at + 80)}…`).toBe(-1);
    }
    expect(all).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(all).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(all).toContain("&lt;!-- ropa-check:sticky-comment --&gt;");
    expect(all).toContain("[x](javascript:alert(3))");
    // The record name is cut in headings and tables, and whole on its own page.
    const recordPage = readFileSync(join(pack, "records/patient-app.html"), "utf8");
    expect(recordPage).toMatch(/<h1><span title="[^"]{1900,}">[^<]{300,2000}&hellip;<\/span>/);
    expect(recordPage).toContain(`<dt>Name</dt><dd>@everyone &lt;img`);
    expect(recordPage).toContain(`${"n".repeat(20)}</dd>`);
  });
});

