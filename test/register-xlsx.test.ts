// `ropa register --format xlsx`: the Art. 30 layout as a workbook, opened again with the library that wrote
// it: one sheet per section, a row per activity, a column per letter of the article, and text that looks like
// a formula kept as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { art30Layout } from "../engine/audit/art30.js";
import { formatArt30Xlsx } from "../engine/audit/art30-xlsx.js";
import { bundledReference, transferView } from "../engine/audit/register-at.js";
import { readRegister, readRegisterDir } from "../engine/index.js";
import { ropa } from "./helpers/cli.js";
import { Repo } from "./helpers/git-repo.js";
import { copyRegister, editYaml } from "./helpers/register.js";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

const cells = (ws: ExcelJS.Worksheet, row: number) => (ws.getRow(row).values as ExcelJS.CellValue[]).slice(1);

describe("the register as a workbook", () => {
  it("has a sheet per section, a row per activity and a column per line of Art. 30, and keeps formula-like text as text", async () => {
    const dir = copyRegister();
    editYaml(dir, "records/activities/customer-administration.yaml", (d) => d.set("name", '=HYPERLINK("https://evil.example","click")'));
    const register = await readRegister(readRegisterDir(`${dir}/records`), `${dir}/records`);
    const layout = art30Layout(register, bundledReference(), { referenceFrom: "the reference data bundled with ropa", transfers: transferView(register, "2026-11-23").transfers });
    const book = await open(await formatArt30Xlsx(layout));

    expect(book.worksheets.map((w) => w.name)).toEqual(["Organisation", "Controller Art. 30(1)", "Processor Art. 30(2)", "Retired"]);
    const controller = book.getWorksheet("Controller Art. 30(1)")!;
    const header = cells(controller, 1).map(String);
    expect(header.slice(0, 2)).toEqual(["Activity id", "Activity"]);
    expect(header.some((h) => h.startsWith("Art. 30(1)(b)"))).toBe(true);
    expect(header.some((h) => h.startsWith("Art. 30(1)(f)"))).toBe(true);
    expect(controller.rowCount - 1).toBe(layout.controller.records.length);
    expect(book.getWorksheet("Processor Art. 30(2)")!.rowCount - 1).toBe(layout.processor.records.length);
    // Every value of a record is in its row, under its column.
    const first = layout.controller.records[0]!;
    const row = cells(controller, 2);
    expect(row[0]).toBe(first.id);
    const purposes = first.rows.find((r) => r.ref === "Art. 30(1)(b)")!;
    expect(row[header.indexOf(`${purposes.ref} ${purposes.label}`)]).toBe(purposes.values.join("\n"));
    // The hostile name is a string cell, not a formula.
    const evil = controller.getColumn(2).values.find((v) => String(v).startsWith("=HYPERLINK"));
    expect(evil).toBe('=HYPERLINK("https://evil.example","click")');
    controller.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(cells(book.getWorksheet("Organisation")!, 2)).toEqual(["Organisation", layout.organisation.name]);
  });

  it("is written by `ropa register --format xlsx --output`", async () => {
    const repo = Repo.withRegister();
    const out = join(repo.dir, "register.xlsx");
    const run = await ropa(["register", "--format", "xlsx", "--output", out], repo.dir);
    expect(run.code, run.stderr).toBe(0);
    const book = await open(readFileSync(out));
    expect(book.getWorksheet("Processor Art. 30(2)")!.rowCount).toBeGreaterThan(1);
    const refused = await ropa(["register", "--format", "xlsx"], repo.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("a workbook is written to a file, not to standard output");
  });
});
