// 예외로 두기 and 예외 취소 in the add-in: read the 점검 예외 sheet and the finding's cell,
// let the core plan the row, write it. Two syncs each. The sheet is a plain visible sheet;
// a row typed by hand is the same as one written here.
import {
  EXCEPTIONS_SHEET_NAME,
  exceptionRowsFor,
  exceptionTimestamp,
  planExceptionRow,
  reasonProblem,
  rangeA1,
  readCellAt,
  type ExceptionRowWrite,
  type Finding,
  type SheetGrid,
} from "../core";
import { PledgeCheckError, toPledgeCheckError } from "./errors";
import { sheetContents } from "./grid";
import type { ExcelHost } from "./host";

/** Text format, so `6-3-3` or `60%` stay as typed and do not become a date or a number. */
const TEXT = "@";

interface SheetRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues a read of the 점검 예외 sheet's used range (values and formats). */
function queueRead(context: Excel.RequestContext): SheetRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(EXCEPTIONS_SHEET_NAME);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,numberFormat,rowIndex,columnIndex");
  return { sheet, used };
}

function gridOf(read: SheetRead): SheetGrid | null {
  if (read.sheet.isNullObject) return null;
  if (read.used.isNullObject) return { name: EXCEPTIONS_SHEET_NAME, values: [], merges: [] };
  return sheetContents(EXCEPTIONS_SHEET_NAME, [{ row: read.used.rowIndex, col: read.used.columnIndex, values: read.used.values, numberFormat: read.used.numberFormat, fills: null }], []).grid;
}

function write(sheet: Excel.Worksheet, at: ExceptionRowWrite): void {
  const range = sheet.getRange(rangeA1(at.row, at.col, at.row, at.col + at.values.length - 1));
  range.numberFormat = [at.values.map(() => TEXT)];
  range.values = [at.values];
}

/**
 * Accepts `finding` with `reason` (required): adds a row to 점검 예외, creating the sheet
 * (visible, at the end) when there is none. 값 is the finding's cell as it reads now.
 */
export async function acceptFinding(host: ExcelHost, finding: Finding, reason: string, now: Date = new Date()): Promise<void> {
  const problem = reasonProblem(reason);
  if (problem) throw new PledgeCheckError(problem, "ReasonRequired");
  try {
    await host.run(async (context) => {
      const read = queueRead(context);
      const cell = context.workbook.worksheets.getItem(finding.sheet).getRange(finding.cell);
      cell.load("values,numberFormat");
      await context.sync();
      const contentGrid = sheetContents(finding.sheet, [{ row: 0, col: 0, values: cell.values, numberFormat: cell.numberFormat, fills: null }], []).grid;
      const content = readCellAt(contentGrid, 0, 0);
      const plan = planExceptionRow(gridOf(read), finding, reason, content, exceptionTimestamp(now));
      const sheet = read.sheet.isNullObject ? context.workbook.worksheets.add(EXCEPTIONS_SHEET_NAME) : read.sheet;
      if (plan.header) {
        write(sheet, plan.header);
        sheet.getRange(rangeA1(plan.header.row, plan.header.col, plan.header.row, plan.header.col + plan.header.values.length - 1)).format.font.bold = true;
      }
      write(sheet, plan.row);
      await context.sync();
    });
  } catch (error) {
    throw toPledgeCheckError(error, null);
  }
}

/**
 * 예외 취소: empties the rows of 점검 예외 that accept `finding` (their contents; the reader
 * skips blank rows). Returns how many rows were emptied.
 */
export async function cancelException(host: ExcelHost, finding: Finding): Promise<number> {
  try {
    return await host.run(async (context) => {
      const read = queueRead(context);
      await context.sync();
      const grid = gridOf(read);
      if (!grid || read.used.isNullObject) return 0;
      const rows = exceptionRowsFor(grid, finding);
      const width = read.used.values[0]?.length ?? 0;
      for (const row of rows) read.sheet.getRange(rangeA1(row, read.used.columnIndex, row, read.used.columnIndex + width - 1)).clear("Contents");
      if (rows.length > 0) await context.sync();
      return rows.length;
    });
  } catch (error) {
    throw toPledgeCheckError(error, null);
  }
}
