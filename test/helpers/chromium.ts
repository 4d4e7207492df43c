// Debian's Chromium, as scripts/install-tools.sh installs it (ROPA_CHROMIUM names another build), driven by
// playwright-core (no browser is ever downloaded), for the tests that open the evidence pack from disk.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { describe } from "vitest";

export const CHROMIUM = process.env.ROPA_CHROMIUM ?? "/usr/bin/chromium";
const installed = existsSync(CHROMIUM);
const onCi = process.env.CI === "true";

export const MISSING =
  `Chromium is not installed at ${CHROMIUM}, so the evidence pack cannot be opened in a browser. ` +
  "Run `npm run tools` (scripts/install-tools.sh installs Debian's chromium package with apt-get) and run the tests again.";

/**
 * A suite that needs Chromium: skipped locally without it (saying why), and run on CI (CI=true), where a
 * missing browser fails it rather than passing unseen.
 */
export function browserSuite(name: string, body: () => void): void {
  if (installed || onCi) {
    describe(name, body);
    return;
  }
  describe.skip(`${name} (skipped: ${MISSING})`, body);
}

export interface OfflineBrowser {
  page: Page;
  /** Every address asked for other than a file:// one; each was refused. */
  foreign: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile, in which anything but the pack's own files is recorded and refused. */
export async function openOffline(): Promise<OfflineBrowser> {
  if (!installed) throw new Error(MISSING);
  const profile = mkdtempSync(join(tmpdir(), "ropa-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file://")) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    foreign,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
