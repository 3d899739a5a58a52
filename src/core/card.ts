// The card around a table: pledge number and title, department, status, headline
// rate and as-of date, read from the rows above the table's header.
import type { CellValue } from "./types";
import type { GridView } from "./grid";
import { cellText, compact, memo } from "./text";
import { parseAsOf } from "./periods";
import { DEPARTMENT_LABELS, PLEDGE_HEADING, pledgeNumber, STATUS_KEYS, statusKey } from "./rules";

export { STATUS_KEYS, statusKey } from "./rules";

export interface CardCell {
  row: number;
  col: number;
  value: CellValue;
}

export interface CardFields {
  id: string | null;
  title: string | null;
  idCell: { row: number; col: number } | null;
  /** Where the department value sits (the cell right of its label), if labelled. */
  department: CardCell | null;
  status: CardCell | null;
  statusLabel: { row: number; col: number } | null;
  headline: CardCell | null;
  asOf: string | null;
  asOfCell: { row: number; col: number } | null;
}

const PLEDGE_ID = PLEDGE_HEADING;
const MARKS = new Set(["○", "◯", "O", "o", "●", "V", "v", "✓", "✔", "√", "◎"]);

function valueRightOf(grid: GridView, row: number, col: number): CardCell | null {
  const next = grid.nextColumn(row, col);
  if (!grid.contains(row, next)) return null;
  return { row, col: next, value: grid.raw(row, next) };
}

/** The printed card: status names in a row, ○ under the one that applies. */
function markedStatus(grid: GridView, row: number, fromCol: number): CardCell | null {
  if (!grid.contains(row + 1, fromCol)) return null;
  for (let c = fromCol; c <= grid.right; c++) {
    const key = statusKey(cellText(grid.raw(row, c)));
    if (!STATUS_KEYS.has(key)) continue;
    const span = grid.merge(row, c);
    const last = span ? span.right : c;
    // The mark may sit under the name or in the blank column that follows it.
    for (let m = c; m <= Math.min(last + 1, grid.right); m++) {
      if (MARKS.has(cellText(grid.raw(row + 1, m)))) return { row, col: c, value: grid.raw(row, c) };
    }
  }
  return null;
}

function countStatusNames(grid: GridView, row: number, fromCol: number): number {
  let n = 0;
  for (let c = fromCol + 1; c <= grid.right; c++) if (STATUS_KEYS.has(statusKey(cellText(grid.raw(row, c))))) n++;
  return n;
}

/** `6-3-3 제목` → its parts; null for any other text (a year such as 2025 is not a number). */
const pledgeHeading = memo((text: string): RegExpExecArray | null => (/^\d{4}/.test(text) ? null : PLEDGE_ID.exec(text)));

/** The row of the first pledge number between these rows: where a card begins. */
export function pledgeIdRow(grid: GridView, fromRow: number, toRow: number): number | null {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const text = cellText(grid.raw(r, c));
      if (text !== "" && pledgeHeading(text)) return r;
    }
  }
  return null;
}

/** The printed card names its department at the bottom, after the table. */
export function departmentBelow(grid: GridView, fromRow: number, toRow: number): CardCell | null {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (DEPARTMENT_LABELS.has(compact(cellText(grid.raw(r, c))))) return valueRightOf(grid, r, c) ?? { row: r, col: c, value: null };
    }
  }
  return null;
}

export function readCard(grid: GridView, fromRow: number, headerRow: number, sheetName: string): CardFields {
  const card: CardFields = {
    id: null, title: null, idCell: null, department: null, status: null, statusLabel: null,
    headline: null, asOf: null, asOfCell: null,
  };
  for (let r = fromRow; r < headerRow; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const value = grid.raw(r, c);
      const text = cellText(value);
      if (text === "") continue;
      const key = compact(text);
      if (card.id === null) {
        const m = pledgeHeading(text);
        if (m) {
          card.id = pledgeNumber(m);
          card.idCell = { row: r, col: c };
          card.title = m[4].trim() || cellText(valueRightOf(grid, r, c)?.value ?? null) || null;
          continue;
        }
      }
      if (card.department === null && DEPARTMENT_LABELS.has(key)) {
        card.department = valueRightOf(grid, r, c) ?? { row: r, col: c, value: null };
      } else if (card.statusLabel === null && key === "추진상황") {
        card.statusLabel = { row: r, col: c };
        const right = valueRightOf(grid, r, c);
        // Several status names in the row: the printed card's option list, marked with ○.
        if (countStatusNames(grid, r, c) > 1) {
          const marked = markedStatus(grid, r, grid.nextColumn(r, c));
          card.status = marked ?? (right && { ...right, value: null });
        } else {
          card.status = right;
        }
      } else if (card.headline === null && (key === "이행률" || key === "이행률(%)")) {
        card.headline = valueRightOf(grid, r, c);
      } else {
        // The as-of line nearest the table wins over dates in the text above it.
        const asOf = parseAsOf(value);
        if (asOf) {
          card.asOf = asOf;
          card.asOfCell = { row: r, col: c };
        }
      }
    }
  }
  if (card.id === null) {
    const m = PLEDGE_ID.exec(sheetName.trim());
    if (m) card.id = pledgeNumber(m);
  }
  return card;
}
