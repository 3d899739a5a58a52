// The card's header fields by meaning: a label (src/core/rules/fields.ts) with its value in
// the next cell to the right (a merged value counts once), or below it when nothing is right
// of it, or `□ label : value` in one cell. One reading for every header block.
import type { CellValue } from "./types";
import type { GridView } from "./grid";
import { cellText } from "./text";
import { FIELD_BULLETS, fieldOfLabel, type CardField } from "./rules/fields";
import { parsePledgeNumber } from "./rules/pledgeNumbers";
import { parseAsOf, parseDate } from "./periods";
import { parseRateCell } from "./cells";

export interface FieldValue {
  /** Where the label is. */
  label: { row: number; col: number };
  /** Where the value is (the label's own cell for `label : value`). */
  row: number;
  col: number;
  value: CellValue;
  /** The value shares its cell with the label: read, never written. */
  inLabel: boolean;
}

const IN_CELL = /^(.*?)\s*[:：]\s*(.+)$/;

/**
 * A value below a label (or past empty cells) must look like that field's value: it may be the
 * table's title line (`< 공약달성 확인지표 >`, `2025. 6. 30. 기준`), which is nobody's value.
 */
function fits(field: CardField, text: string): boolean {
  if (/^[<〈《([]/.test(text) || parseAsOf(text) !== null) return field === "asOf" && parseAsOf(text) !== null;
  if (field === "headline") return parseRateCell(text).kind === "rate";
  if (field === "asOf") return parseDate(text) !== null;
  if (field === "id") return parsePledgeNumber(text) !== null || /^\d{1,3}\.?$/.test(text);
  return true;
}

/** The fields labelled between these rows (the first of each wins). */
export function readFields(grid: GridView, fromRow: number, toRow: number): Map<CardField, FieldValue> {
  const out = new Map<CardField, FieldValue>();
  for (let r = fromRow; r <= toRow; r++) {
    for (const c of grid.columnsWithValues(r)) {
      const text = cellText(grid.raw(r, c));
      const found = fieldAt(grid, r, c, text, toRow);
      if (found && !out.has(found.field)) out.set(found.field, found.value);
    }
  }
  return out;
}

function fieldAt(grid: GridView, r: number, c: number, text: string, toRow: number): { field: CardField; value: FieldValue } | null {
  const label = { row: r, col: c };
  const whole = fieldOfLabel(text);
  if (whole) {
    const right = grid.nextColumn(r, c);
    const beside = grid.contains(r, right) ? cellText(grid.raw(r, right)) : "";
    if (beside !== "" && !fieldOfLabel(beside)) return { field: whole, value: { label, row: r, col: right, value: grid.raw(r, right), inLabel: false } };
    // Empty columns between a label and its value (a column inserted there): the next filled cell, if it fits.
    const further = beside === "" ? grid.columnsWithValues(r).find((x) => x > right) : undefined;
    const text = further === undefined ? "" : cellText(grid.raw(r, further));
    if (further !== undefined && !fieldOfLabel(text) && fits(whole, text)) return { field: whole, value: { label, row: r, col: further, value: grid.raw(r, further), inLabel: false } };
    const below = (grid.merge(r, c)?.bottom ?? r) + 1;
    const under = below <= toRow ? cellText(grid.raw(below, c)) : "";
    if (under !== "" && !fieldOfLabel(under) && fits(whole, under)) return { field: whole, value: { label, row: below, col: c, value: grid.raw(below, c), inLabel: false } };
    // No value: the finding goes to the empty cell right of the label, or the label itself at the sheet's edge.
    return { field: whole, value: { label, row: r, col: grid.contains(r, right) ? right : c, value: null, inLabel: false } };
  }
  const m = IN_CELL.exec(text.replace(FIELD_BULLETS, ""));
  const field = m ? fieldOfLabel(m[1]) : null;
  return field && m ? { field, value: { label, row: r, col: c, value: m[2].trim(), inLabel: true } } : null;
}
