// One worksheet part (ECMA-376 Part 1 §18.3.1.99 worksheet) read as a stream: the cells of
// sheetData (§18.3.1.4 c: `t` s/str/inlineStr/b/e/n/d, `<v>` the value or a formula's cached
// result, §18.3.1.40 f with shared and array formulas), mergeCells (§18.3.1.55), hidden
// rows (§18.3.1.73 row hidden) and hidden columns (§18.3.1.13 col hidden).
//
// What costs memory is only what is kept: a cell with a value or a formula, or an empty cell
// whose number format the core needs (`keepsEmpty`, a percent format where a rate will be
// written). Rows are never stored (a million `<row ht="15" customHeight="1"/>` leave
// nothing), hidden rows and columns are runs, and a sheet past its cell limit stops.
import { unescapeXstring } from "./xstring";
import { parseCellRef } from "./cellRef";
import { shiftFormula } from "./formulaShift";
import { damaged } from "./refusal";
import type { CellFormats } from "./styles";
import type { Area, Span, StoredCell, StoredType } from "./types";
import { isTrue } from "./workbookPart";
import { parsePart, Stop } from "./xml";
import type { ZipDirectory, ZipEntry } from "./zip";

export interface SheetContext {
  strings: readonly string[];
  formats: CellFormats;
  /** Whether an empty cell with this format is kept (the core needs its format). */
  keepsEmpty(format: string): boolean;
  /** Cells and merged areas at most; beyond, reading stops with SheetLimit. */
  maxCells: number;
}

export interface SheetPart {
  cells: StoredCell[];
  merges: Area[];
  hiddenRows: Span[];
  hiddenCols: Span[];
}

/** The sheet holds more than maxCells cells and merged areas. */
export class SheetLimit extends Stop {}

/** The cell being read, between `<c>` and `</c>`. */
interface OpenCell {
  row: number;
  col: number;
  t: string;
  style: number;
  value: string | null;
  inline: string | null;
  formula: string | null;
  shared: { si: string; master: boolean } | null;
}

export function readWorksheet(zip: ZipDirectory, entry: ZipEntry, context: SheetContext): SheetPart {
  const part: SheetPart = { cells: [], merges: [], hiddenRows: [], hiddenCols: [] };
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let row = -1;
  let col = -1;
  let cell: OpenCell | null = null;
  /** Where text goes: the cell's value, formula or inline string. */
  let into: "v" | "f" | "t" | null = null;
  let phonetic = false;
  let inCols = false;

  const finish = (open: OpenCell) => {
    const stored = storedCell(open, context, masters);
    if (stored === null) return;
    part.cells.push(stored);
    if (part.cells.length + part.merges.length > context.maxCells) throw new SheetLimit();
  };

  parsePart(zip, entry, {
    open(name, a, selfClosing) {
      switch (name) {
        case "row": {
          const r = a.r === undefined ? row + 1 : Number(a.r) - 1;
          if (!Number.isInteger(r) || r < 0) throw damaged(`${entry.name}: row ${a.r}`);
          row = r;
          col = -1;
          if (isTrue(a.hidden)) addSpan(part.hiddenRows, row, row);
          return;
        }
        case "c": {
          const at = a.r === undefined ? { row: Math.max(row, 0), col: col + 1 } : parseCellRef(a.r);
          if (at === null) throw damaged(`${entry.name}: cell reference ${a.r}`);
          col = at.col;
          const open: OpenCell = { row: at.row, col: at.col, t: a.t ?? "n", style: a.s === undefined ? 0 : Number(a.s), value: null, inline: null, formula: null, shared: null };
          if (selfClosing) finish(open);
          else cell = open;
          return;
        }
        case "v":
          if (cell && !selfClosing) {
            cell.value = "";
            into = "v";
          } else if (cell) cell.value = "";
          return;
        case "f":
          if (!cell) return;
          cell.formula = "";
          if (a.t === "shared" && a.si !== undefined) cell.shared = { si: a.si, master: a.ref !== undefined };
          if (!selfClosing) into = "f";
          return;
        case "is":
          if (cell) cell.inline = "";
          return;
        case "rPh":
          phonetic = !selfClosing;
          return;
        case "t":
          if (cell?.inline !== null && cell && !selfClosing && !phonetic) into = "t";
          return;
        case "cols":
          inCols = !selfClosing;
          return;
        case "col":
          if (inCols && isTrue(a.hidden)) {
            const first = Number(a.min) - 1;
            const last = Number(a.max) - 1;
            if (Number.isInteger(first) && Number.isInteger(last) && first >= 0 && last >= first) addSpan(part.hiddenCols, first, last);
          }
          return;
        case "mergeCell": {
          const area = areaOf(a.ref ?? "");
          if (area === null) throw damaged(`${entry.name}: merge ${a.ref}`);
          part.merges.push(area);
          if (part.cells.length + part.merges.length > context.maxCells) throw new SheetLimit();
          return;
        }
      }
    },
    close(name) {
      if (name === "c") {
        if (cell) finish(cell);
        cell = null;
        into = null;
      } else if (name === "v" || name === "f" || name === "t") into = null;
      else if (name === "rPh") phonetic = false;
      else if (name === "cols") inCols = false;
    },
    text(text) {
      if (into === null || cell === null) return;
      if (into === "v") cell.value += text;
      else if (into === "f") cell.formula += text;
      else cell.inline += text;
    },
  });
  return part;
}

/** The stored cell, or null when it holds nothing the core needs. */
function storedCell(open: OpenCell, context: SheetContext, masters: Map<string, { text: string; row: number; col: number }>): StoredCell | null {
  const format = context.formats[open.style] ?? null;
  const formula = formulaOf(open, masters);
  const [type, value] = typedValue(open, context.strings);
  if (value === null && formula === null && (format === null || !context.keepsEmpty(format))) return null;
  return { row: open.row, col: open.col, type, value, formula, format };
}

function formulaOf(open: OpenCell, masters: Map<string, { text: string; row: number; col: number }>): string | null {
  if (open.formula === null) return null;
  if (open.shared === null) return open.formula;
  if (open.shared.master && open.formula !== "") {
    masters.set(open.shared.si, { text: open.formula, row: open.row, col: open.col });
    return open.formula;
  }
  const master = masters.get(open.shared.si);
  return master ? shiftFormula(master.text, open.row - master.row, open.col - master.col) : open.formula;
}

function textOf(text: string | null): string | null {
  return text === null ? null : unescapeXstring(text);
}

/** The value by the cell's `t` (§18.18.11): a shared string's text, a boolean, an error's text, a number. */
function typedValue(open: OpenCell, strings: readonly string[]): [StoredType, StoredCell["value"]] {
  const v = open.value;
  switch (open.t) {
    case "inlineStr":
      return ["s", textOf(open.inline ?? v)];
    case "s": {
      if (v === null) return ["s", null];
      const text = strings[Number(v)];
      if (text === undefined) throw damaged(`shared string ${v} of ${strings.length}`);
      return ["s", text];
    }
    case "str":
      return ["s", textOf(v)];
    case "b":
      return ["b", v === null ? null : v.trim() === "1" || v.trim() === "true"];
    case "e":
      return ["e", v];
    case "d":
      return ["d", v];
    default: {
      if (v === null || v.trim() === "") return ["n", null];
      const number = Number(v);
      if (!Number.isFinite(number)) throw damaged(`number ${v.slice(0, 40)}`);
      return ["n", number];
    }
  }
}

/** "A6:B7" (either corner first) or one cell, 0-based. */
function areaOf(ref: string): Area | null {
  const colon = ref.indexOf(":");
  const a = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1));
  if (a === null || b === null) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Adds first..last to the runs, joining it to the last run when they touch. */
function addSpan(spans: Span[], first: number, last: number): void {
  const previous = spans[spans.length - 1];
  if (previous && first <= previous.last + 1 && first >= previous.first) previous.last = Math.max(previous.last, last);
  else spans.push({ first, last });
}
