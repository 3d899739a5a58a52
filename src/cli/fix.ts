// --fix: an annotated copy of a checked workbook. Rate cells get the core's values,
// flagged cells a fill and a note, and a findings sheet is added. Nothing else changes.
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type ExcelJS from "exceljs";
import { planFlags, planRateWrites, type CheckOptions, type CellWrite, type Flag, type WorkbookResult } from "../core";
import { addFindingsSheet } from "./findingsSheet";
import { combinedNote } from "./notes";
import { storedRate } from "./rateValue";

export interface FixSummary {
  writes: CellWrite[];
  flags: Flag[];
  findingsSheet: string;
}

export async function writeAnnotatedCopy(
  workbook: ExcelJS.Workbook,
  result: WorkbookResult,
  outPath: string,
  options: CheckOptions,
): Promise<FixSummary> {
  const summary = annotate(workbook, result, options);
  await mkdir(dirname(outPath), { recursive: true });
  await workbook.xlsx.writeFile(outPath);
  return summary;
}

/** Applies the core's plan to the workbook in memory. */
export function annotate(workbook: ExcelJS.Workbook, result: WorkbookResult, options: CheckOptions): FixSummary {
  const writes = planRateWrites(result, options);
  for (const write of writes) {
    const cell = cellAt(workbook, write.sheet, write.cell);
    if (!cell) continue;
    cell.value = storedRate(write, cell.numFmt);
    // The plan's format (`0%`, `@` for text); the style object is shared, so set it on a copy.
    if (write.numberFormat !== null) cell.style = { ...cell.style, numFmt: write.numberFormat };
  }
  const flags = planFlags(result, writes);
  for (const flag of flags) {
    const cell = cellAt(workbook, flag.sheet, flag.cell);
    if (!cell) continue;
    // exceljs shares one style object among cells loaded with the same style, so the
    // fill goes on a copy; `cell.fill = …` would colour every cell of that style.
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(flag.color) } } };
    cell.note = combinedNote(cell.note, flag.note);
  }
  const sheet = addFindingsSheet(workbook, result);
  return { writes, flags, findingsSheet: sheet.name };
}

function cellAt(workbook: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.Cell | null {
  const worksheet = workbook.getWorksheet(sheet);
  return worksheet ? worksheet.getCell(address) : null;
}

/** "#FFC7CE" -> "FFFFC7CE" (exceljs wants alpha first). */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
