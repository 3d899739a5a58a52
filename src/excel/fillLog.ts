// 이행률 채우기 기록 in the workbook: which sheet is pledge-check's log and where it ends is
// read alongside the cells (sync 2, a fill only); the new rows go in the fill's one write
// sync. 표시 지우기 never touches this sheet, so what a fill replaced stays on record.
import {
  chooseFillLogSheet,
  FILL_LOG_HEAD_ROWS,
  FILL_LOG_HEADER,
  FILL_LOG_MARKER,
  FILL_LOG_SHEET_NAME,
  printLayout,
  type CellValue,
} from "../core";
import type { Outline } from "./outline";
import { applyPrintLayout, writeTable } from "./table";

export interface FillLogTarget {
  name: string;
  /** Rows the log already holds, marker and header included; 0 for a new sheet. */
  rows: number;
  /** pledge-check's log is already in the workbook (A1 holds its marker). */
  exists: boolean;
}

const LOG_NAME = new RegExp(`^${FILL_LOG_SHEET_NAME}( \\(\\d+\\))?$`, "i");

/** A1 and the used range of every sheet named like the log, loaded with sync 2. */
export function prepareFillLog(outline: Outline): { queue(): void; collect(): FillLogTarget } {
  const candidates = outline.sheets
    .filter((s) => LOG_NAME.test(s.name))
    .map((s) => ({ name: s.name, a1: s.proxy.getRange("A1"), used: s.proxy.getUsedRangeOrNullObject(true) }));
  return {
    queue: () => candidates.forEach((c) => (c.a1.load("values"), c.used.load("rowIndex,rowCount"))),
    collect: () => {
      const target = chooseFillLogSheet(candidates.map((c) => ({ name: c.name, a1: c.a1.values[0][0] as CellValue })));
      const own = target.exists ? candidates.find((c) => c.name === target.name) : undefined;
      const rows = own && !own.used.isNullObject ? own.used.rowIndex + own.used.rowCount : 0;
      return { name: target.name, rows, exists: target.exists };
    },
  };
}

/** What a fill's write batch appends to the log. */
export interface FillLogJob {
  target: FillLogTarget;
  rows: string[][];
}

/** Appends the rows (a new sheet gets the marker, the header and its print layout first). */
export function queueFillLog(context: Excel.RequestContext, outline: Outline, target: FillLogTarget, rows: string[][], pageLayout: boolean): void {
  if (rows.length === 0) return;
  const existing = outline.sheets.find((s) => s.name === target.name)?.proxy;
  const sheet = existing ?? context.workbook.worksheets.add(target.name);
  const width = FILL_LOG_HEADER.length;
  if (!existing) {
    writeTable(sheet, [[FILL_LOG_MARKER], FILL_LOG_HEADER], width, () => "@");
    sheet.getRangeByIndexes(1, 0, 1, width).format.font.bold = true;
    sheet.freezePanes.freezeRows(FILL_LOG_HEAD_ROWS);
  }
  // Text as text: "80" typed back in would be a number, "6-3-3" a date.
  const start = Math.max(target.rows, FILL_LOG_HEAD_ROWS);
  const block = sheet.getRangeByIndexes(start, 0, rows.length, width);
  block.numberFormat = rows.map((r) => r.map(() => "@"));
  block.values = rows;
  const total = start + rows.length - FILL_LOG_HEAD_ROWS;
  sheet.getRangeByIndexes(1, 0, start + rows.length - 1, width).format.autofitColumns();
  applyPrintLayout(sheet, printLayout(FILL_LOG_HEAD_ROWS - 1, total, width), pageLayout);
}
