// exceljs fills every cell of a merged area when it loads one (one object per cell), so
// a single merge J1:XFD1048576 would take 17 billion cells and the whole run with it.
// A large merge is kept as its range only: our grid reads merges from the ranges
// (src/xlsx, which reads them from the package). exceljs writes merges from the filled cells, so a copy would lose
// these: they are listed (unfilledMerges) and the copy is not written (src/cli/losses.ts).
import type ExcelJS from "exceljs";

/** Merged areas larger than this many cells are not filled cell by cell. */
export const FILLED_MERGE_CELLS = 10_000;

interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  _merges: Record<string, MergeDimensions>;
  getCell(row: number, col: number): { address: string };
  _mergeCellsInternal(dimensions: MergeDimensions, ignoreStyle?: boolean): void;
}

let installed = false;
/** Large merges kept as ranges only, by worksheet: exceljs will not write them back. */
const unfilled = new WeakMap<object, string[]>();

/** The merged areas of this sheet that a copy written by exceljs would lose. */
export function unfilledMerges(sheet: object): readonly string[] {
  return unfilled.get(sheet) ?? [];
}

/** Patches exceljs's Worksheet once; idempotent. exceljs is passed in: the check path never loads it. */
export function guardLargeMerges(Excel: typeof ExcelJS): void {
  if (installed) return;
  installed = true;
  // Exceljs's Worksheet class, found through an instance: the same in Node and in the
  // browser build the standalone page bundles (which has no lib/doc/worksheet.js to require).
  const prototype = Object.getPrototypeOf(new Excel.Workbook().addWorksheet("x")) as WorksheetInternals;
  const original = prototype._mergeCellsInternal;
  prototype._mergeCellsInternal = function (this: WorksheetInternals, dimensions, ignoreStyle) {
    const area = (dimensions.bottom - dimensions.top + 1) * (dimensions.right - dimensions.left + 1);
    if (!(area > FILLED_MERGE_CELLS)) return original.call(this, dimensions, ignoreStyle);
    this._merges[this.getCell(dimensions.top, dimensions.left).address] = dimensions;
    const ranges = unfilled.get(this) ?? [];
    ranges.push((dimensions as MergeDimensions & { range: string }).range);
    unfilled.set(this, ranges);
  };
}
