// Only what is occupied is read (issue 26 §1). A single stray value at XFD20 makes a
// sheet's used range 16,384 columns wide, and at XFD1048576 the whole sheet: reading the
// used range would cost a response per row. So a sheet is read as a window at its top
// left (where cards are) plus the exact boxes of cells with values outside it, found with
// Range.getUsedRangeOrNullObject(true) — "the used range of the given range object ...
// If there are no used cells within the range ... isNullObject" (ExcelApi 1.4,
// learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)).
// Those asks only load the box's position, never act on it, so a null answer is harmless.
// A box too large to be worth reading whole (two strays far apart) is asked again in
// pieces. The boxes are then put together into one grid for the core, padded with empty
// cells — unless that grid would be absurdly large, in which case the far boxes are left
// out and the pane says where they are.
import { toA1 } from "../core";
import type { Box } from "./blocks";
import type { RangeRead } from "./grid";
import type { Rect } from "./merges";

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLS = 16_384;

/**
 * Where cards sit: the first 300 rows of columns A:AN (12,000 cells). The window read is
 * the used range cut to it, so a sheet with a stray value outside reads the whole window,
 * empty cells included (about 1 MB with fills): the price of asking it in the same sync.
 */
export const WINDOW: Rect = { row: 0, col: 0, rows: 300, cols: 40 };

/** A box of more cells than this is asked again in pieces: it may be mostly empty. */
const BOX_CELLS = 200_000;
const PIECES = 4;

/** The grid given to the core is at most this many cells, padding included. */
export const DENSE_CELLS = 1_000_000;

/** The parts of a sheet outside WINDOW: to its right (window rows), and below it (all columns). */
export function outsideWindow(): Rect[] {
  return [
    { row: WINDOW.row, col: WINDOW.cols, rows: WINDOW.rows, cols: SHEET_COLS - WINDOW.cols },
    { row: WINDOW.rows, col: 0, rows: SHEET_ROWS - WINDOW.rows, cols: SHEET_COLS },
  ];
}

export interface PendingExtent {
  sheet: number;
  range: Excel.Range;
}

/** Queues the occupied box of `rect` (position only). */
export function queueExtent(proxy: Excel.Worksheet, sheet: number, rect: Rect): PendingExtent {
  const range = proxy.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  return { sheet, range };
}

export function rectOfRange(range: Excel.Range): Rect | null {
  return range.isNullObject ? null : { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

/** `rect` cut into PIECES × PIECES (fewer along a short side). */
function pieces(rect: Rect): Rect[] {
  const out: Rect[] = [];
  const rowStep = Math.ceil(rect.rows / Math.min(PIECES, rect.rows));
  const colStep = Math.ceil(rect.cols / Math.min(PIECES, rect.cols));
  for (let r = 0; r < rect.rows; r += rowStep) {
    for (let c = 0; c < rect.cols; c += colStep) {
      out.push({ row: rect.row + r, col: rect.col + c, rows: Math.min(rowStep, rect.rows - r), cols: Math.min(colStep, rect.cols - c) });
    }
  }
  return out;
}

/**
 * The boxes answered in `pending` (already synced), each large one asked again in pieces
 * (one sync per level, loads only) until every box is small or cannot shrink further.
 */
export async function settleBoxes(context: Excel.RequestContext, proxies: Excel.Worksheet[], pending: PendingExtent[]): Promise<Box[]> {
  const boxes: Box[] = [];
  let asked = pending;
  while (asked.length > 0) {
    const again: PendingExtent[] = [];
    for (const p of asked) {
      const rect = rectOfRange(p.range);
      if (!rect) continue;
      if (rect.rows * rect.cols <= BOX_CELLS || (rect.rows === 1 && rect.cols === 1)) boxes.push({ sheet: p.sheet, rect });
      else for (const piece of pieces(rect)) again.push(queueExtent(proxies[p.sheet], p.sheet, piece));
    }
    // Each piece is smaller than the box it came from, so this ends.
    if (again.length > 0) await context.sync();
    asked = again;
  }
  return boxes;
}

function bounds(reads: RangeRead[]): Rect {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const r of reads) {
    top = Math.min(top, r.row);
    left = Math.min(left, r.col);
    bottom = Math.max(bottom, r.row + r.values.length - 1);
    right = Math.max(right, r.col + (r.values[0]?.length ?? 1) - 1);
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

const cellsOf = (rect: Rect) => rect.rows * rect.cols;

/** Cells left out of a sheet's grid because they lie too far from the rest. */
export interface FarCells {
  /** How many cells with a value. */
  count: number;
  /** The first of them, A1. */
  first: string;
}

/**
 * One rectangle read from several (the window and the boxes outside it), padded with empty
 * cells; reads that would make it larger than DENSE_CELLS are left out and counted.
 */
export function composeReads(reads: RangeRead[]): { read: RangeRead | null; far: FarCells | null } {
  if (reads.length === 0) return { read: null, far: null };
  const kept: RangeRead[] = [reads[0]];
  const left: RangeRead[] = [];
  for (const r of reads.slice(1)) (cellsOf(bounds([...kept, r])) <= DENSE_CELLS ? kept : left).push(r);
  const far = farCells(left);
  if (kept.length === 1) return { read: kept[0], far };
  const box = bounds(kept);
  const values: unknown[][] = Array.from({ length: box.rows }, () => new Array<unknown>(box.cols).fill(""));
  const numberFormat: unknown[][] = Array.from({ length: box.rows }, () => new Array<unknown>(box.cols).fill("General"));
  const withFills = kept.every((r) => r.fills);
  const fills: Excel.CellProperties[][] | null = withFills ? Array.from({ length: box.rows }, () => Array.from({ length: box.cols }, () => ({}))) : null;
  const withRows = kept.every((r) => r.rows);
  const rows: Excel.RowProperties[] | null = withRows ? Array.from({ length: box.rows }, () => ({ rowHidden: false })) : null;
  for (const r of kept) {
    r.values.forEach((line, i) => {
      const y = r.row - box.row + i;
      line.forEach((v, j) => {
        const x = r.col - box.col + j;
        values[y][x] = v;
        numberFormat[y][x] = r.numberFormat[i]?.[j] ?? "General";
        if (fills && r.fills) fills[y][x] = r.fills[i]?.[j] ?? {};
      });
      if (rows && r.rows?.[i]?.rowHidden === true) rows[y] = { rowHidden: true };
    });
  }
  return { read: { row: box.row, col: box.col, values, numberFormat, fills, rows }, far };
}

function farCells(reads: RangeRead[]): FarCells | null {
  let count = 0;
  let first: string | null = null;
  for (const r of reads) {
    r.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === "" || v === null || v === undefined) return;
        count++;
        first ??= toA1(r.row + i, r.col + j);
      }),
    );
  }
  return count > 0 && first !== null ? { count, first } : null;
}
