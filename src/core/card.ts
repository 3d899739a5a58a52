// The card around a table: pledge number and title, department, status, headline
// rate and as-of date, read from the rows above the table's header.
import type { CellValue } from "./types";
import type { GridView } from "./grid";
import { cellText, compact } from "./text";
import { parseAsOf, parseDate } from "./periods";
import { AS_OF_LABELS, AS_OF_WORDS, DEPARTMENT_LABELS, fieldOfLabel, parsePledgeNumber, STATUS_KEYS, statusKey } from "./rules";
import { readFields, type FieldValue } from "./fields";

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
  /** The printed card's ○ could not be tied to one status name: where it is. */
  statusAmbiguous: { row: number; col: number } | null;
  headline: CardCell | null;
  asOf: string | null;
  asOfCell: { row: number; col: number } | null;
}

const MARKS = new Set(["○", "◯", "O", "o", "●", "V", "v", "✓", "✔", "√", "◎"]);

function valueRightOf(grid: GridView, row: number, col: number): CardCell | null {
  const next = grid.nextColumn(row, col);
  if (!grid.contains(row, next)) return null;
  return { row, col: next, value: grid.raw(row, next) };
}

/**
 * The printed card: status names in a row, ○ under the one that applies. A name owns the
 * columns under it (its merged area) and the blank column after it, never the next name's
 * first cell: a wrong status is worse than none. Marks under two names, or under none,
 * make the mark ambiguous.
 */
function markedStatus(grid: GridView, row: number, fromCol: number): { status: CardCell | null; ambiguous: { row: number; col: number } | null } {
  if (!grid.contains(row + 1, fromCol)) return { status: null, ambiguous: null };
  const owner = new Map<number, number>(); // column → the status name's column
  const names: number[] = [];
  for (const c of grid.columnsWithValues(row)) {
    if (c < fromCol || grid.master(row, c).col !== c) continue;
    if (!STATUS_KEYS.has(statusKey(cellText(grid.raw(row, c))))) continue;
    names.push(c);
    const last = grid.merge(row, c)?.right ?? c;
    for (let m = c; m <= last; m++) owner.set(m, c);
    const after = last + 1;
    if (cellText(grid.shown(row, after)) === "") owner.set(after, c);
  }
  const marked = new Set<number>();
  let stray: number | null = null;
  for (const m of grid.columnsWithValues(row + 1)) {
    if (m < fromCol || !MARKS.has(cellText(grid.raw(row + 1, m)))) continue;
    const area = grid.merge(row + 1, m);
    const owners = new Set<number>();
    for (let c = m; c <= (area ? area.right : m); c++) if (owner.has(c)) owners.add(owner.get(c)!);
    if (owners.size === 1) marked.add([...owners][0]);
    else stray = m;
  }
  if (marked.size === 1 && stray === null) {
    const c = [...marked][0];
    return { status: { row, col: c, value: grid.raw(row, c) }, ambiguous: null };
  }
  if (marked.size === 0 && stray === null) return { status: null, ambiguous: null };
  const at = stray ?? [...marked][1] ?? names[0];
  return { status: null, ambiguous: { row: row + 1, col: at } };
}

function countStatusNames(grid: GridView, row: number, fromCol: number): number {
  let n = 0;
  for (const c of grid.columnsWithValues(row)) if (c > fromCol && STATUS_KEYS.has(statusKey(cellText(grid.raw(row, c))))) n++;
  return n;
}

/** `6-3-3 제목`, `1-1`, `공약 3`, `경제-01`, `Ⅰ-2-3` → its parts; null for any other text. */
const pledgeHeading = parsePledgeNumber;

/** Words that label a card field, never a title. */
function isCardLabel(key: string): boolean {
  return DEPARTMENT_LABELS.has(key) || fieldOfLabel(key) !== null || /^[□■○●◆◇※*>▶·\-\s]*[가-힣]{2,6}\s*[:：]/.test(key) || key === "추진상황" || key.startsWith("이행률") || key.includes("확인지표") || STATUS_KEYS.has(statusKey(key));
}

/** `3 | 도서관 건립`: a bare serial number in its own cell, the title in the next filled cell. */
function numberCellHeading(grid: GridView, row: number, col: number, value: CellValue): { id: string; title: string } | null {
  const text = cellText(value);
  if (!/^\d{1,3}\.?$/.test(text) || (typeof value === "number" && !Number.isInteger(value))) return null;
  for (let c = grid.nextColumn(row, col); c <= grid.right; c++) {
    const next = cellText(grid.raw(row, c));
    if (next === "") continue;
    return /[가-힣A-Za-z]/.test(next) && !isCardLabel(compact(next)) ? { id: String(parseInt(text, 10)), title: next } : null;
  }
  return null;
}

/**
 * A date on its own (a date cell, whose `기준` may be in its number format only) as the as-of
 * date: with 기준/현재 in the next cell, after a 기준일 label, or standing alone. A date after
 * any other label (작성일, 추진기간) is not the as-of date.
 */
function datedAsOf(grid: GridView, row: number, col: number, value: CellValue): string | null {
  const date = parseDate(value);
  if (date === null) return null;
  const right = compact(cellText(grid.shown(row, grid.nextColumn(row, col))));
  if (AS_OF_WORDS.includes(right)) return date;
  const left = col > grid.left ? compact(cellText(grid.shown(row, col - 1))).replace(/[:：\s]+$/, "") : "";
  if (left === "" || AS_OF_LABELS.includes(left)) return date;
  return null;
}

/**
 * The fields found by their labels (src/core/fields.ts) where the card's own lines did not
 * give them, or gave a label as a value (`주관부서 | 추진상황` with the values below).
 */
function applyFields(grid: GridView, card: CardFields, fields: ReturnType<typeof readFields>): void {
  const cell = (f: FieldValue): CardCell => ({ row: f.row, col: f.col, value: f.value });
  // No value, or a label taken as one (`주관부서 | 추진상황` with the values in the row below).
  const isLabel = (v: CellValue | undefined) => cellText(v ?? null) === "" || fieldOfLabel(cellText(v ?? null)) !== null;
  const id = fields.get("id");
  if (card.id === null && id) {
    const text = cellText(id.value);
    const parsed = pledgeHeading(text);
    const serial = /^\d{1,3}\.?$/.test(text) ? String(parseInt(text, 10)) : null;
    if (parsed || serial) {
      card.id = parsed ? parsed.id : serial;
      card.idCell = { row: id.row, col: id.col };
      card.title ??= parsed?.rest || null;
    }
  }
  const title = fields.get("title");
  if (title && cellText(title.value) !== "" && (card.title === null || fieldOfLabel(card.title) !== null)) card.title = cellText(title.value);
  const department = fields.get("department");
  if (department && (card.department === null || isLabel(card.department.value))) card.department = cell(department);
  const status = fields.get("status");
  // The printed card's ○ row is read by markedStatus; a label's value only where it gave none.
  if (status && card.statusAmbiguous === null && (card.status === null || isLabel(card.status.value)) && !(card.statusLabel && countStatusNames(grid, card.statusLabel.row, card.statusLabel.col) > 1)) {
    card.status = cell(status);
    card.statusLabel = status.label;
  }
  const headline = fields.get("headline");
  // A rate sharing its cell with its label is never written to, so it is not taken as the headline.
  if (headline && !headline.inLabel && (card.headline === null || isLabel(card.headline.value))) card.headline = cell(headline);
  const asOf = fields.get("asOf");
  const date = asOf && card.asOf === null ? parseDate(asOf.value) ?? parseAsOf(asOf.value) : null;
  if (asOf && date) {
    card.asOf = date;
    card.asOfCell = { row: asOf.row, col: asOf.col };
  }
}

/** The row of the first pledge number between these rows: where a card begins. */
export function pledgeIdRow(grid: GridView, fromRow: number, toRow: number): number | null {
  for (let r = fromRow; r <= toRow; r++) {
    for (const c of grid.columnsWithValues(r)) {
      const text = cellText(grid.raw(r, c));
      if (text !== "" && pledgeHeading(text)) {
        // The header block the number stands in begins with its first labelled row (`공약명 | …` above `공약번호 | …`).
        let top = r;
        while (top - 1 >= fromRow && labelsField(grid, top - 1)) top--;
        return top;
      }
    }
  }
  return null;
}

/**
 * A row holding a card field's label (`공약명`, `□ 추진상황 : …`). A department line is left
 * out: the printed card ends with one, just above the next card's number.
 */
function labelsField(grid: GridView, row: number): boolean {
  return grid.columnsWithValues(row).some((c) => {
    const text = cellText(grid.raw(row, c));
    const field = fieldOfLabel(text) ?? fieldOfLabel(text.split(/[:：]/)[0] ?? "");
    return field !== null && field !== "department";
  });
}

/** The printed card names its department at the bottom, after the table. */
export function departmentBelow(grid: GridView, fromRow: number, toRow: number): CardCell | null {
  for (let r = fromRow; r <= toRow; r++) {
    for (const c of grid.columnsWithValues(r)) {
      if (DEPARTMENT_LABELS.has(compact(cellText(grid.raw(r, c))))) return valueRightOf(grid, r, c) ?? { row: r, col: c, value: null };
    }
  }
  return null;
}

export function readCard(grid: GridView, fromRow: number, headerRow: number, sheetName: string): CardFields {
  const card: CardFields = {
    id: null, title: null, idCell: null, department: null, status: null, statusLabel: null, statusAmbiguous: null,
    headline: null, asOf: null, asOfCell: null,
  };
  let firstText: { row: number; col: number; text: string } | null = null;
  for (let r = fromRow; r < headerRow; r++) {
    for (const c of grid.columnsWithValues(r)) {
      const value = grid.raw(r, c);
      const text = cellText(value);
      if (text === "") continue;
      const key = compact(text);
      firstText ??= { row: r, col: c, text };
      if (card.id === null) {
        const m = pledgeHeading(text);
        const own = m ? null : firstText.row === r && firstText.col === c ? numberCellHeading(grid, r, c, value) : null;
        if (m || own) {
          card.id = m ? m.id : own!.id;
          card.idCell = { row: r, col: c };
          card.title = (m ? m.rest || cellText(valueRightOf(grid, r, c)?.value ?? null) : own!.title) || null;
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
          card.status = marked.status ?? (right && { ...right, value: null });
          card.statusAmbiguous = marked.ambiguous;
        } else {
          card.status = right;
        }
      } else if (card.headline === null && (key === "이행률" || key === "이행률(%)")) {
        card.headline = valueRightOf(grid, r, c);
      } else {
        // The as-of line nearest the table wins over dates in the text above it.
        const asOf = parseAsOf(value) ?? datedAsOf(grid, r, c, value);
        if (asOf) {
          card.asOf = asOf;
          card.asOfCell = { row: r, col: c };
        }
      }
    }
  }
  applyFields(grid, card, readFields(grid, fromRow, headerRow - 1));
  if (card.id === null) {
    card.id = pledgeHeading(sheetName.trim())?.id ?? null;
  }
  // No number on the card: the heading is still its title (`< 공약달성 확인지표 >` is not).
  if (card.title === null && firstText && !isCardLabel(compact(firstText.text)) && !parseAsOf(firstText.text) && !parseDate(firstText.text) && !/^[<〈《(]/.test(firstText.text)) {
    card.title = firstText.text.replace(/^[#□■○●◆◇※*>▶\s]+/, "") || null;
  }
  return card;
}
