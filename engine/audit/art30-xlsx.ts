// The Art. 30 register as a workbook for the DPO's spreadsheet: one sheet for who keeps the register
// (Art. 30(1)(a), 30(2)(a)), one per section with a row per activity and a column per letter of the article,
// and one for retired activities. exceljs writes every value as a typed string cell, never as a formula, so
// a record's text starting with `=` is shown, not run.
import type ExcelJS from "exceljs";
// The workbook alone, not the package's main: that also loads exceljs's streaming reader, whose unzip
// dependencies (unzipper → binary, buffers, chainsaw) would be bundled into the CLI for nothing, and ship no licence.
import Workbook from "exceljs/lib/doc/workbook.js";
import type { ActivityRecord, Art30Layout } from "./art30.js";

const WRAP = { wrapText: true, vertical: "top" } as const;

function sheet(book: ExcelJS.Workbook, name: string, header: string[], rows: string[][], widths: number[]): void {
  const ws = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 40 }));
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = WRAP)));
}

/** One column per line of the article the records answer, in the order they first appear. */
function sectionSheet(book: ExcelJS.Workbook, name: string, records: ActivityRecord[]): void {
  const columns: string[] = [];
  for (const r of records) for (const row of r.rows) if (!columns.includes(`${row.ref} ${row.label}`)) columns.push(`${row.ref} ${row.label}`);
  const rows = records.map((r) => [r.id, r.name, ...columns.map((c) => r.rows.filter((row) => `${row.ref} ${row.label}` === c).flatMap((row) => row.values).join("\n")), r.file]);
  sheet(book, name, ["Activity id", "Activity", ...columns, "Source file"], rows, [22, 30, ...columns.map(() => 45), 36]);
}

export async function formatArt30Xlsx(layout: Art30Layout): Promise<Uint8Array> {
  const book = new Workbook();
  book.creator = "ropa";
  const r = layout.revision;
  const who = [
    ["Organisation", layout.organisation.name],
    ...layout.controller.a.values.map((v) => [layout.controller.a.ref, v]),
    ...layout.processor.a.values.map((v) => [layout.processor.a.ref, v]),
    ["Reference data", layout.referenceFrom],
    ...(r ? [["Commit", `${r.sha} of ${r.date} (${r.subject})`]] : []),
  ];
  sheet(book, "Organisation", ["What", "Content"], who, [24, 100]);
  sectionSheet(book, "Controller Art. 30(1)", layout.controller.records);
  sectionSheet(book, "Processor Art. 30(2)", layout.processor.records);
  sheet(
    book,
    "Retired",
    ["Activity id", "Activity", "Role", "Retired on", "Reason", "Source file"],
    layout.retired.map((x) => [x.id, x.name, x.role, x.retiredOn ?? "", x.reason ?? "", x.file]),
    [22, 30, 12, 14, 40, 36],
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
