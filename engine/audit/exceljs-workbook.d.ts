// exceljs types its package main only; its Workbook class, imported from its own module (see art30-xlsx.ts), is the same class.
declare module "exceljs/lib/doc/workbook.js" {
  import type ExcelJS from "exceljs";
  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}
