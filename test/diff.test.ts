// The field-by-field changes a DPO and an auditor read (PR comment, `ropa history`, evidence pack):
// plain words, item by item for lists of objects, never JSON.
import { describe, expect, it } from "vitest";
import { diffFields } from "../engine/index.js";

const texts = (before: Record<string, unknown>, after: Record<string, unknown>) => diffFields(before, after).map((f) => f.text);

describe("diffFields", () => {
  it("says which plain values a list gained and lost", () => {
    expect(texts({ storage_locations: ["stockholm"] }, { storage_locations: ["london", "stockholm"] })).toEqual(["storage locations: added `london`"]);
    expect(texts({ purposes: ["a", "b"] }, { purposes: ["b", "a"] })).toEqual(["purposes: reordered"]);
  });

  it("compares lists of objects item by item, by their natural key, and describes a new item's fields", () => {
    const before = { retention: [{ category: "health-measurements", period: "P10Y" }] };
    const after = {
      retention: [
        { category: "health-measurements", period: "P20Y" },
        { category: "voice-recordings", period: "P1M", note: "deleted after transcription" },
      ],
    };
    expect(texts(before, after)).toEqual([
      "retention: added `voice-recordings`",
      "retention › voice-recordings › period: set to `P1M`",
      "retention › voice-recordings › note: set to `deleted after transcription`",
      "retention › health-measurements › period: `P10Y` → `P20Y`",
    ]);
  });

  it("says what left a keyed list, and that nothing but the order changed", () => {
    const a = { access: [{ role: "support", needs_customer_authorisation: false }, { role: "sales", needs_customer_authorisation: true }] };
    expect(texts(a, { access: [a.access[0]] })).toEqual(["access: removed `sales`"]);
    expect(texts(a, { access: [...a.access].reverse() })).toEqual(["access: reordered"]);
  });

  it("writes objects and lists without a key as words, not JSON", () => {
    const out = texts({}, { dpia: { reference: "DPIA-7", reviewed_on: "2026-01-05", scope: ["prevent", "mydignio"] }, steps: [{ a: 1 }, { a: 1 }] });
    expect(out).toEqual(["dpia: set to `reference: DPIA-7; reviewed on: 2026-01-05; scope: prevent, mydignio`", "steps: set to `(a: 1), (a: 1)`"]);
    for (const line of out) expect(line).not.toMatch(/[{}"]/);
  });

  it("says a field was removed, with what it was", () => {
    expect(texts({ dpa: { reference: "X", signed_on: "2025-01-01" } }, { dpa: { reference: "X" } })).toEqual(["dpa › signed on: removed (was `2025-01-01`)"]);
  });
});
