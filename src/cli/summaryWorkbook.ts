// DIR/요약.xlsx: the core's 요약 sheet plan rendered with exceljs. Values, bold header rows,
// widths, rate formats (cells keep full values), conditional formatting and links to the
// annotated copies. exceljs cannot write charts, so the 분야 block gets data bars instead;
// the chart itself exists only in the add-in's 요약 sheet.
import ExcelJS from "exceljs";
import { parseA1, summaryPrintLayout, summarySheetPlan, SUMMARY_SHEET_NAME, type PrecisionSetting, type Rules, type Summary, type SummarySheetPlan } from "../core";
import { setLink } from "./link";
import { applyPrintLayout } from "./printLayout";
import { markPackage } from "./marker";
import { writeAtomically, type FileIdentity } from "./safeWrite";
import { cellValue } from "./textLimit";

export const SUMMARY_FILE_NAME = `${SUMMARY_SHEET_NAME}.xlsx`;

/** The plan's colour scale (the same stops as the add-in's 요약 sheet). */
const rateScale = (plan: SummarySheetPlan, priority: number): ExcelJS.ConditionalFormattingRule => ({
  type: "colorScale",
  priority,
  cfvo: plan.rateScale.map((stop) => ({ type: "num" as const, value: stop.value })),
  color: plan.rateScale.map((stop) => ({ argb: `FF${stop.color.slice(1)}` })),
});

/**
 * Solid bars over 0–100 %. A gradient bar would make exceljs write a reference to an
 * extension it leaves out (an empty x14:id), which Excel repairs away.
 */
const sectorBars = (priority: number) =>
  ({
  type: "dataBar",
  priority,
  gradient: false,
  cfvo: [
    { type: "num", value: 0 },
    { type: "num", value: 100 },
  ],
  color: { argb: "FF638EC6" },
  }) as ExcelJS.ConditionalFormattingRule; // exceljs's typings omit the bar colour it writes

/**
 * `files` are the annotated copies written next to 요약.xlsx; a row whose file is not
 * among them (its copy could not be written) keeps its plain text, not a dead link.
 */
export function summaryWorkbook(summary: Summary, precision: PrecisionSetting, files: ReadonlySet<string>, rules?: Rules): ExcelJS.Workbook {
  const plan = summarySheetPlan(summary, precision, true, rules);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, { views: [{ state: "frozen", ySplit: (plan.headerRows[0] ?? 0) + 1 }] });
  plan.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== "") sheet.getCell(r + 1, c + 1).value = cellValue(value);
    });
  });
  for (const r of plan.headerRows) sheet.getRow(r + 1).font = { bold: true };
  plan.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  for (const range of plan.rateRanges) forEachCell(sheet, range, (cell) => (cell.numFmt = plan.rateFormat));
  // Excel wants each rule of a sheet to have its own priority.
  let priority = 1;
  for (const ref of plan.conditionalRanges) sheet.addConditionalFormatting({ ref, rules: [rateScale(plan, priority++)] });
  if (plan.chart) sheet.addConditionalFormatting({ ref: plan.chart.values, rules: [sectorBars(priority)] });
  addLinks(sheet, plan, files);
  applyPrintLayout(sheet, summaryPrintLayout(plan));
  return workbook;
}

export async function writeSummaryWorkbook(
  path: string,
  summary: Summary,
  precision: PrecisionSetting,
  files: ReadonlySet<string>,
  inputs: readonly FileIdentity[] = [],
  rules?: Rules,
): Promise<void> {
  const bytes = await summaryWorkbook(summary, precision, files, rules).xlsx.writeBuffer();
  await writeAtomically(path, markPackage(new Uint8Array(bytes as ArrayBuffer), "요약"), inputs, "요약");
}

function addLinks(sheet: ExcelJS.Worksheet, plan: SummarySheetPlan, files: ReadonlySet<string>): void {
  for (const link of plan.links) {
    if (link.file === null || !files.has(link.file)) continue;
    const cell = sheet.getCell(link.cell);
    setLink(cell, { file: link.file, sheet: link.sheet, cell: link.target }, String(cell.value ?? link.target));
  }
}

/** Every cell of "B4" or "F4:F9". */
function forEachCell(sheet: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  const [first, last = first] = range.split(":");
  const a = parseA1(first);
  const b = parseA1(last);
  if (!a || !b) return;
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) visit(sheet.getCell(r + 1, c + 1));
}
