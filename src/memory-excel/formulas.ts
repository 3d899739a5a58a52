// Formulas in the fake: a cell keeps its formula and the result Excel cached for it, as a
// saved workbook does. `Range.formulas` gives the formula, or the value where there is
// none ("If a cell has no formula, its value is returned instead", Range.formulas, ExcelApi
// 1.1, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
// Only a lone same-sheet reference (`=I10`, `=$I$10`) is evaluated, so a headline that
// points at the closing row follows a value written there, as Excel recalculates it; any
// other formula reads its cached result (README, known simplifications).
import { parseA1 } from "../core/address";
import { readCell, type ExcelValue, type SheetModel } from "./model";

const LONE_REFERENCE = /^=\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

export function cellValue(sheet: SheetModel, row: number, col: number, depth = 0): ExcelValue {
  const cell = readCell(sheet, row, col);
  if (cell.formula === undefined || depth > 20) return cell.value;
  const m = LONE_REFERENCE.exec(cell.formula);
  const at = m ? parseA1(`${m[1]}${m[2]}`) : null;
  if (!at) return cell.value;
  const value = cellValue(sheet, at.row, at.col, depth + 1);
  // An empty referenced cell shows 0, as Excel does.
  return value === "" ? 0 : value;
}

export function cellFormula(sheet: SheetModel, row: number, col: number): ExcelValue {
  const cell = readCell(sheet, row, col);
  return cell.formula ?? cellValue(sheet, row, col);
}
