// Range addresses as Excel spells them: `A1`, `$A$1:B2`, `'6-3-3'!G7`, `1:5`, `A:C`,
// and several areas separated by commas. Coordinates are 0-based and inclusive.
import { columnLetters, toA1 } from "../core/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetAddress {
  /** Sheet name when the address names one, unquoted. */
  sheet: string | null;
  areas: Rect[];
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

function corner(part: string): { row: number | null; col: number | null } | null {
  let m = CELL.exec(part);
  if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  m = ROW.exec(part);
  if (m) return { row: Number(m[1]) - 1, col: null };
  m = COLUMN.exec(part);
  if (m) return { row: null, col: columnIndex(m[1]) };
  return null;
}

/** One area without a sheet part; null when it is not an address. */
export function parseArea(text: string): Rect | null {
  const [a, b, extra] = text.trim().split(":");
  if (extra !== undefined || !a) return null;
  const first = corner(a);
  const second = b === undefined ? first : corner(b);
  if (!first || !second) return null;
  // A bare row or column is only valid as a pair (`1:5`, `A:C`).
  if (b === undefined && (first.row === null || first.col === null)) return null;
  if ((first.row === null) !== (second.row === null) || (first.col === null) !== (second.col === null)) return null;
  const rect: Rect = {
    top: Math.min(first.row ?? 0, second.row ?? 0),
    bottom: first.row === null ? MAX_ROWS - 1 : Math.max(first.row, second.row ?? 0),
    left: Math.min(first.col ?? 0, second.col ?? 0),
    right: first.col === null ? MAX_COLUMNS - 1 : Math.max(first.col, second.col ?? 0),
  };
  if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS || rect.top < 0 || rect.left < 0) return null;
  return rect;
}

/** Splits on commas outside quoted sheet names. */
function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      if (quoted && text[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim());
}

function splitSheet(text: string): { sheet: string | null; area: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, area: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, area: text.slice(bang + 1) };
}

/** Parses `'Sheet'!A1:B2,C3`; null when any part is not an address or areas name different sheets. */
export function parseAddress(text: string): SheetAddress | null {
  let sheet: string | null = null;
  const areas: Rect[] = [];
  for (const part of splitAreas(text)) {
    const { sheet: named, area } = splitSheet(part);
    if (named !== null) {
      if (sheet !== null && sheet.toLowerCase() !== named.toLowerCase()) return null;
      sheet = named;
    }
    const rect = parseArea(area);
    if (!rect) return null;
    areas.push(rect);
  }
  return areas.length > 0 ? { sheet, areas } : null;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function areaA1(rect: Rect): string {
  const fullRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  const fullCols = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  if (fullRows && !fullCols) return `${rect.top + 1}:${rect.bottom + 1}`;
  if (fullCols && !fullRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  const a = toA1(rect.top, rect.left);
  const b = toA1(rect.bottom, rect.right);
  return a === b ? a : `${a}:${b}`;
}

export function sheetAreaA1(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${areaA1(rect)}`;
}

export function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function contains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** What is left of `a` once `b` is cut out: up to four rectangles (above, below, left, right). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const common = intersect(a, b);
  if (!common) return [{ ...a }];
  const out: Rect[] = [];
  if (a.top < common.top) out.push({ top: a.top, left: a.left, bottom: common.top - 1, right: a.right });
  if (common.bottom < a.bottom) out.push({ top: common.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < common.left) out.push({ top: common.top, left: a.left, bottom: common.bottom, right: common.left - 1 });
  if (common.right < a.right) out.push({ top: common.top, left: common.right + 1, bottom: common.bottom, right: a.right });
  return out;
}
