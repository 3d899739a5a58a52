// What range-like proxies resolve to, and the checks Excel makes before a change.
import { cellCount, parseAddress, type Rect } from "../address";
import { officeError } from "../errors";
import { keyCol, keyRow, type SheetModel } from "../model";
import type { MemoryWorkbook } from "../workbook";

/** Range.getMergedAreasOrNullObject fails over this many areas (its API reference). */
export const MERGED_AREAS_LIMIT = 512;

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** Several rectangles on one sheet: RangeAreas, and the format of a Range or RangeAreas. */
export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

export function assertEditable(sheet: SheetModel, what: string): void {
  if (sheet.protected) {
    throw officeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`, what);
  }
}

export function assertStructureEditable(workbook: MemoryWorkbook, what: string): void {
  if (workbook.structureProtected) throw officeError("AccessDenied", "The workbook structure is protected.", what);
}

/** Resolves `A1`, `Sheet!A1` against a default sheet; a named sheet must exist. */
export function rangeFromAddress(workbook: MemoryWorkbook, address: string, fallback: SheetModel | null, what: string): AreasTarget {
  const parsed = parseAddress(address);
  if (!parsed) throw officeError("InvalidArgument", `Not a valid address: ${address}`, what);
  const sheet = parsed.sheet !== null ? workbook.findSheet(parsed.sheet) : fallback;
  if (!sheet) {
    if (parsed.sheet === null) throw officeError("InvalidArgument", `The address must name its sheet: ${address}`, what);
    throw officeError("ItemNotFound", `No sheet named ${parsed.sheet}`, what);
  }
  return { sheet, rects: parsed.areas };
}

export function singleCell(target: AreasTarget, what: string): RangeTarget {
  if (target.rects.length !== 1 || cellCount(target.rects[0]) !== 1) {
    throw officeError("InvalidArgument", "The address must be a single cell.", what);
  }
  return { sheet: target.sheet, rect: target.rects[0] };
}

/** Excel refuses single operations over this many cells; the fake does too. */
export const CELL_LIMIT = 5_000_000;

export function eachCell(rects: Rect[], visit: (row: number, col: number) => void): void {
  const total = rects.reduce((n, r) => n + cellCount(r), 0);
  if (total > CELL_LIMIT) throw officeError("RangeExceedsLimit", `The range has ${total} cells; the limit is ${CELL_LIMIT}.`);
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) visit(row, col);
}

/** Cells that hold something within the rectangles — for clearing without visiting empties. */
export function eachExisting(sheet: SheetModel, rects: Rect[], visit: (row: number, col: number) => void): void {
  for (const key of [...sheet.cells.keys()]) {
    const row = keyRow(key);
    const col = keyCol(key);
    if (rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) visit(row, col);
  }
}
