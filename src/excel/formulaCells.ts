// Rate cells that hold a formula (issue 26 §4). The adapter reads `values`, which for a
// formula is its result: a rate cell showing #DIV/0! is usually a formula. Writing a value
// there would replace the formula for good, and 표시 지우기 never puts rates back. So a
// formula rate cell is never written; the pane names it and the value it would have held.
// After the other rates are written, the cells Excel recalculated from them (a headline
// `=I10`) are read back rather than predicted: the formulas are Excel's to evaluate.
import type { CellValue, CellWrite } from "../core";
import { sheetCell } from "./address";
import { findSheet, type Outline } from "./outline";

/** More formula cells than this are not read back (a model sheet, not a card): predicted as before. */
export const MAX_REREAD = 2_000;

export function withoutFormulaCells(rates: CellWrite[], formulaCells: Map<string, Set<string>>): { rates: CellWrite[]; notices: string[] } {
  const kept: CellWrite[] = [];
  const left: CellWrite[] = [];
  for (const r of rates) (formulaCells.get(r.sheet)?.has(r.cell) ? left : kept).push(r);
  if (left.length === 0) return { rates, notices: [] };
  const named = left.map((r) => `${sheetCell(r.sheet, r.cell)} (채울 값 ${String(r.value)})`).join(", ");
  return { rates: kept, notices: [`수식이 든 이행률 셀 ${left.length}곳은 수식을 지우지 않도록 채우지 않았습니다: ${named}. 수식을 고치거나 값을 직접 입력하세요.`] };
}

export interface Reread {
  sheet: string;
  cell: string;
  range: Excel.Range;
}

/** Queues a read of every formula cell on the sheets written (after the writes, in the same batch). */
export function queueReread(outline: Outline, rates: CellWrite[], formulaCells: Map<string, Set<string>>): Reread[] | null {
  if (rates.length === 0) return null;
  const cells = [...formulaCells].flatMap(([sheet, set]) => [...set].map((cell) => ({ sheet, cell })));
  if (cells.length === 0 || cells.length > MAX_REREAD) return null;
  return cells.flatMap(({ sheet, cell }) => {
    const info = findSheet(outline, sheet);
    return info ? [{ sheet, cell, range: info.proxy.getRange(cell).load("values,numberFormat") }] : [];
  });
}

/** The re-read cells as writes the core lays over its grids (value and format as Excel returned them). */
export function rereadWrites(reread: Reread[]): CellWrite[] {
  return reread.map((r) => {
    const value = r.range.values[0][0] as unknown;
    const format = r.range.numberFormat[0][0] as unknown;
    return {
      sheet: r.sheet,
      cell: r.cell,
      value: typeof value === "number" ? value : String(value ?? ""),
      numberFormat: typeof format === "string" ? format : null,
      previous: null as CellValue,
    };
  });
}
