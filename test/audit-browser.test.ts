// The evidence pack as an auditor opens it: from disk (file://) in Debian's Chromium, driven by
// playwright-core (no browser is downloaded). Checks that the key facts render, every link between the
// pages lands, every table has headers, nothing is fetched from anywhere, and no script is needed.
// A screenshot of the index is kept in test-results/ (git-ignored).
//
// Chromium is installed by `npm run tools` (scripts/install-tools.sh). Without it the test is skipped
// locally, and fails on CI (CI=true), where it must run.
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildEvidence, mergePage, recordPage, writePack } from "../engine/audit/evidence.js";
import { GitObjects } from "../engine/git/objects.js";
import { buildScenario, type Scenario } from "./helpers/audit-scenario.js";
import { browserSuite, openOffline, type OfflineBrowser } from "./helpers/chromium.js";
import { ROOT } from "./helpers/register.js";

browserSuite("the evidence pack in Chromium", () => {
  let s: Scenario;
  let pack: string;
  let browser: OfflineBrowser;
  let page: Page;

  beforeAll(async () => {
    s = buildScenario();
    const evidence = await buildEvidence(new GitObjects(s.repo.dir), { since: "2025-12-01", until: "2026-03-15", tool: { name: "ropa", version: "0.1.0" }, repository: "dignio/ropa" });
    pack = join(mkdtempSync(join(tmpdir(), "ropa-pack-")), "evidence");
    writePack(evidence, pack);
    browser = await openOffline();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (path: string) => {
    await page.goto(pathToFileURL(join(pack, path)).href);
  };
  const text = (selector: string) => page.locator(selector).innerText();

  it("shows the key facts on the index, and keeps a screenshot of it", async () => {
    await open("index.html");
    expect(await text("h1")).toBe("Evidence pack: the register of processing activities of Dignio, 2025-12-01 to 2026-03-15");
    const stats = await text(".stats");
    expect(stats).toMatch(/10\s+changes landed/);
    // Each change is judged from its first parent under that parent's policies: the commit that brings the
    // first compiled policies has none to be judged by, the record deleted outright fails change control,
    // and PR #5's waiver fails without a review of the DPO team (the pack reads no reviews here).
    expect(stats).toMatch(/5\s+passed/);
    expect(stats).toMatch(/3\s+failed/);
    expect(stats).toMatch(/2\s+not judged/);
    const pr3 = page.locator("#merges + p + table tbody tr", { hasText: "Merge pull request #3" });
    expect(await pr3.innerText()).toContain("✗ fail");
    const deletion = page.locator("#merges + p + table tbody tr", { hasText: "Drop the website product" });
    expect(await deletion.innerText()).toContain("✗ fail");
    const first = page.locator("#merges + p + table tbody tr").first();
    expect(await first.innerText()).toMatch(/not judged: .* has no parent/);
    const policies = page.locator("#merges + p + table tbody tr", { hasText: "Reference data: add voice recordings" });
    expect(await policies.innerText()).toMatch(/signed, signature verified[\s\S]*changes the policies/);
    expect(await page.locator("script").count()).toBe(0);
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-results/evidence-index.png"), fullPage: true });
  });

  it("leads from a failed merge to its findings, and from there to the record's timeline", async () => {
    await open("index.html");
    await page.locator(`a[href="${mergePage(s.sha.merge3)}"]`).click();
    expect(page.url()).toBe(pathToFileURL(join(pack, mergePage(s.sha.merge3))).href);
    expect(await text("main")).toContain("fails: 1 error introduced");
    const findings = page.locator("table", { has: page.locator("caption", { hasText: "introduced by this change" }) });
    expect(await findings.innerText()).toContain("records.known_category");
    await findings.locator('a[href="../records/patient-app.html"]').first().click();
    expect(await text("h1")).toContain("Patient app and messaging");
    // In the period: the register's first commit, and PR #3's change.
    const rows = page.locator("tr.in-period");
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).innerText()).toContain("data categories: added voice-recordings");
    await page.locator("header.top a", { hasText: "Waivers" }).click();
    const waivers = await text("main");
    expect(waivers).toContain("aws-assessment-2026");
    expect(waivers).toContain("Dana DPO");
    expect(waivers).toContain("2026-04-30");
  });

  it("shows the register at the end laid out as Art. 30 asks", async () => {
    await open("register-end.html");
    const headings = await page.locator("h2").allInnerTexts();
    expect(headings).toEqual(expect.arrayContaining(["Controller's records (Art. 30(1))", "Processor's records (Art. 30(2))", "Retired activities"]));
    expect(await text("#retired ~ table")).toContain("usage-statistics");
    await open(recordPage("usage-statistics"));
    expect(await text("main")).toContain("retired as of 2026-02-10: The statistics are no longer collected.");
  });

  it("has no broken link, no table without headers, and fetches nothing", async () => {
    const ids = new Map<string, Set<string>>();
    const fragments: [string, string, string][] = [];
    const queue = ["index.html"];
    while (queue.length) {
      const path = queue.shift()!;
      if (ids.has(path)) continue;
      await open(path);
      ids.set(path, new Set(await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id))));
      expect(await page.locator("h1").count(), `${path} has a heading`).toBe(1);
      const tables = await page.locator("table").evaluateAll((ts) => ts.map((t) => t.querySelectorAll("thead th[scope=col], tbody th[scope=row]").length));
      expect(tables.every((n) => n > 0), `every table of ${path} has headers`).toBe(true);
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      for (const href of hrefs) {
        expect(href, `${path} links only inside the pack`).not.toMatch(/^[a-z]+:/i);
        const [file, fragment] = href.split("#");
        const target = file ? posix.normalize(posix.join(posix.dirname(path), file)) : path;
        expect(existsSync(join(pack, target)), `${path} → ${href}`).toBe(true);
        if (fragment) fragments.push([path, href, `${target}#${fragment}`]);
        if (target.endsWith(".html") && !ids.has(target)) queue.push(target);
      }
    }
    for (const [from, href, to] of fragments) {
      const [target, fragment] = to.split("#");
      expect(ids.get(target!)?.has(fragment!), `${from} → ${href}: the anchor exists`).toBe(true);
    }
    expect(ids.size).toBeGreaterThan(30);
    expect(browser.foreign).toEqual([]);
  });
});

