// The `검토 결과` sheet of an annotated copy: the core's findingRows, one link per row.
import type ExcelJS from "exceljs";
import { FINDINGS_HEADER, FINDINGS_SHEET_NAME, findingRows, printLayout, type WorkbookResult } from "../core";
import { setLink } from "./link";
import { applyPrintLayout } from "./printLayout";
import { cellText, cellValue } from "./textLimit";
import { columnWidth } from "./width";

export function addFindingsSheet(workbook: ExcelJS.Workbook, result: WorkbookResult): ExcelJS.Worksheet {
  const { header, rows } = findingRows(result);
  const sheet = workbook.addWorksheet(findingsSheetName(workbook), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  const linkCol = linkColumn(header);
  for (const row of rows) {
    const added = sheet.addRow(row.values.map(cellValue));
    const cell = added.getCell(linkCol + 1);
    const shown = cell.value === null || cell.value === undefined || cell.value === "" ? row.cell : String(cell.value);
    setLink(cell, { sheet: row.sheet, cell: row.cell }, cellText(shown));
  }
  header.forEach((title, index) => {
    sheet.getColumn(index + 1).width = columnWidth([title, ...rows.map((row) => String(row.values[index] ?? ""))]);
  });
  applyPrintLayout(sheet, printLayout(0, rows.length, header.length));
  return sheet;
}

/** The column that names the cell carries the link; the first column otherwise. */
function linkColumn(header: string[]): number {
  const at = header.findIndex((title) => title.trim() === "셀");
  return at >= 0 ? at : 0;
}

/** A sheet of our name that we made before is replaced; someone else's is left alone. */
function findingsSheetName(workbook: ExcelJS.Workbook): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? FINDINGS_SHEET_NAME : `${FINDINGS_SHEET_NAME} (${n})`;
    const existing = workbook.getWorksheet(name);
    if (!existing) return name;
    if (isOurs(existing)) {
      workbook.removeWorksheet(existing.id);
      return name;
    }
  }
}

function isOurs(sheet: ExcelJS.Worksheet): boolean {
  const first = sheet.getRow(1).values as unknown[];
  return FINDINGS_HEADER.every((title, index) => first[index + 1] === title);
}
