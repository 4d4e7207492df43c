// actions/check/dist is committed (a JavaScript action runs without `npm install`); this fails when it
// differs from a fresh `npm run build:action`, as actions/typescript-action's check-dist does.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildAction } from "../scripts/build-action.js";
import { ROOT } from "./helpers/register.js";

function files(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

describe("actions/check/dist", () => {
  it("is what a fresh `npm run build:action` writes", async () => {
    const out = mkdtempSync(join(tmpdir(), "ropa-dist-"));
    await buildAction(out);
    const committed = join(ROOT, "actions/check/dist");
    expect(files(committed).sort()).toEqual(files(out).sort());
    for (const file of files(out)) {
      const same = readFileSync(join(out, file)).equals(readFileSync(join(committed, file)));
      expect(same, `actions/check/dist/${file} is stale: run \`npm run build\` and commit it`).toBe(true);
    }
  }, 120_000);
});
