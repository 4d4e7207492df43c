// The HTML register and the evidence pack on a wide screen, a phone and paper: opened from disk in Debian's
// Chromium at 1280 px and 390 px wide and printed to A4, no page may be wider than the window or the paper
// (a table that does not fit wraps or scrolls inside itself), and the data map shows. Screenshots and PDFs are
// kept in test-results/ (git-ignored).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { art30Layout } from "../engine/audit/art30.js";
import { dataMap } from "../engine/audit/datamap.js";
import { buildEvidence, mergePage, recordPage, writePack } from "../engine/audit/evidence.js";
import { art30Page } from "../engine/audit/html.js";
import { bundledReference, transferView } from "../engine/audit/register-at.js";
import { GitObjects } from "../engine/git/objects.js";
import { readRegister, readRegisterDir } from "../engine/index.js";
import { buildScenario, type Scenario } from "./helpers/audit-scenario.js";
import { browserSuite, openOffline, type OfflineBrowser } from "./helpers/chromium.js";
import { RECORDS, ROOT } from "./helpers/register.js";

/** An A4 sheet's printable width at 96 px per inch, with the 10 mm margins used below. */
const A4_WIDTH = Math.floor(((210 - 20) / 25.4) * 96);

browserSuite("the register and the evidence pack on a screen, a phone and paper", () => {
  let s: Scenario;
  let dir: string;
  let browser: OfflineBrowser;
  let page: Page;
  const shots = join(ROOT, "test-results/layout");

  beforeAll(async () => {
    s = buildScenario();
    dir = mkdtempSync(join(tmpdir(), "ropa-layout-"));
    const evidence = await buildEvidence(new GitObjects(s.repo.dir), { since: "2025-12-01", until: "2026-03-15", tool: { name: "ropa", version: "0.1.0" }, repository: "dignio/ropa" });
    writePack(evidence, join(dir, "pack"));
    const register = await readRegister(readRegisterDir(RECORDS), RECORDS);
    const reference = bundledReference();
    const { transfers } = transferView(register, "2026-11-23");
    writeFileSync(join(dir, "register.html"), art30Page(art30Layout(register, reference, { referenceFrom: "the reference data bundled with ropa", transfers }), dataMap(register, transfers)));
    mkdirSync(shots, { recursive: true });
    browser = await openOffline();
    page = browser.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** How far the page is wider than its window: 0 when nothing sticks out. */
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  const pages = () => ({
    "register.html": "the HTML register",
    "pack/index.html": "the pack's index",
    "pack/register-end.html": "the register at the end of the period",
    [`pack/${mergePage(s.sha.merge3)}`]: "a failed merge",
    [`pack/${recordPage("patient-app")}`]: "a record's timeline",
  });

  for (const width of [1280, 390]) {
    it(`fits ${width} px without scrolling sideways`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ media: "screen" });
      for (const [path, what] of Object.entries(pages())) {
        await page.goto(pathToFileURL(join(dir, path)).href);
        expect(await overflow(), `${what} at ${width} px`).toBe(0);
        await page.screenshot({ path: join(shots, `${path.replace(/[/.]/g, "-")}-${width}.png`), fullPage: true });
      }
    });
  }

  it("prints on A4 without cutting a column, with the print stylesheet", async () => {
    await page.setViewportSize({ width: A4_WIDTH, height: 1100 });
    await page.emulateMedia({ media: "print" });
    for (const [path, what] of Object.entries(pages())) {
      await page.goto(pathToFileURL(join(dir, path)).href);
      expect(await overflow(), `${what} printed`).toBe(0);
      // Navigation is for screens; print shows the content.
      if (path.startsWith("pack/")) expect(await page.locator("header.top").isVisible(), what).toBe(false);
      const pdf = await page.pdf({ format: "A4", margin: { top: "10mm", bottom: "10mm", left: "10mm", right: "10mm" }, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      writeFileSync(join(shots, `${path.replace(/[/.]/g, "-")}-a4.pdf`), pdf);
    }
  });

  it("shows the data map: every activity, subprocessor and location, the regimes, and the mechanism on cross-border edges", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: "screen" });
    for (const path of ["register.html", "pack/register-end.html"]) {
      await page.goto(pathToFileURL(join(dir, path)).href);
      const map = page.locator("svg.datamap");
      expect(await map.isVisible(), path).toBe(true);
      const box = (await map.boundingBox())!;
      expect(box.width).toBeGreaterThan(600);
      expect(await map.locator("script, foreignObject").count()).toBe(0);
      await map.screenshot({ path: join(shots, `${path.replace(/[/.]/g, "-")}-map.png`) });
    }
    await page.goto(pathToFileURL(join(dir, "register.html")).href);
    const text = await page.locator("svg.datamap").textContent();
    for (const name of ["Remote patient monitoring", "Amazon Web Services", "AWS Europe (Stockholm)", "EEA", "United Kingdom (GB)", "Sweden (SE)"]) expect(text).toContain(name);
    // Dignio is in Norway (EEA): London is across a border, under an adequacy decision.
    expect(text).toContain("adequacy");
    await page.setViewportSize({ width: 390, height: 900 });
    expect((await page.locator("svg.datamap").boundingBox())!.width).toBeLessThanOrEqual(390);
  });
});
