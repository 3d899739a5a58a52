// One worksheet part (ECMA-376 Part 1 §18.3.1.99 worksheet) read straight into a SheetGrid,
// giving every cell the value exceljs's reader gives it (lib/xlsx/xform/sheet/cell-xform.js,
// lib/doc/worksheet.js): the same types by `t`, the same cached formula results, the same
// date and percent formats, merged cells blanked but for their top-left one, hidden rows
// listed when they hold something. What it does not handle throws NotUnderstood and the
// file goes to exceljs: inline strings, a formula without a cached result, cells out of
// order, overlapping merges, anything a parser would treat specially (`<!`).
import type { CellValue as ExcelValue } from "exceljs";
import type { MergedArea, SheetGrid, StoredValue } from "../core";
import { storedValue } from "../xlsx/cellValue";
import { excelUtils, type SharedStrings, type Styles } from "./exceljsParts";
import { SheetTooLarge } from "../xlsx/grid";
import { FILLED_MERGE_CELLS } from "./mergeGuard";
import { attribute, decodeText, NotUnderstood } from "./xmlText";

/** What every sheet of one workbook shares. */
export interface PackageShared {
  strings: SharedStrings | null;
  styles: Styles | null;
  date1904: boolean;
}

const ROOT = /<worksheet[\s>]/;
const SHEET_DATA = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/;
/** A row's start tag or a whole cell. */
const ITEM = /<row\b([^>]*?)\/?>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/;
/** Any element in a cell but <f> and <v> (inline strings, rich text, extensions). */
const OTHER_ELEMENT = /<(?!\/?[fv][\s/>])/;
const MERGE = /<mergeCell\b([^>]*?)\/?>/g;
const REF = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

export function sheetXmlGrid(name: string, xml: string, shared: PackageShared, limit: number): SheetGrid {
  if (!ROOT.test(xml) || xml.includes("<!")) throw new NotUnderstood("worksheet root");
  const values: StoredValue[][] = [];
  const formats: (string | null)[][] = [];
  /** Rows marked hidden in the file, and rows holding something (exceljs's hasValues). */
  const hidden = new Set<number>();
  const held = new Set<number>();
  let count = 0;
  let row = -1;
  let lastCol = -1;
  const data = SHEET_DATA.exec(xml)?.[1] ?? "";
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(data); m !== null; m = ITEM.exec(data)) {
    if (m[1] !== undefined) {
      const number = Number(attribute(m[1], "r"));
      if (!Number.isInteger(number) || number - 1 <= row) throw new NotUnderstood("row order");
      row = number - 1;
      lastCol = -1;
      if (excelUtils.parseBoolean(attribute(m[1], "hidden"))) hidden.add(row);
      continue;
    }
    const at = cellAt(m[2], row);
    if (at <= lastCol) throw new NotUnderstood("cell order");
    lastCol = at;
    const value = cellValue(m[2], m[3] ?? "", shared);
    if (value === undefined) continue; // no value: exceljs keeps no cell there
    held.add(row);
    if (value.numFmt !== null && value.numFmt !== "General") (formats[row] ??= [])[at] = value.numFmt;
    if (value.value === null) continue;
    (values[row] ??= [])[at] = value.value;
    count++;
  }
  const merges = mergedAreas(xml);
  count += merges.length - blankMerged(merges, values, formats, held);
  if (count > limit) throw new SheetTooLarge(name, limit);
  const hiddenRows = [...hidden].filter((r) => held.has(r)).sort((a, b) => a - b);
  return { name, values, merges, originRow: 0, originCol: 0, formats, formulas: [], hiddenRows, visibility: "visible", date1904: shared.date1904 };
}

/** The cell's 0-based column; its reference must name the row it is in. */
function cellAt(tag: string, row: number): number {
  const ref = REF.exec(attribute(tag, "r") ?? "");
  if (!ref || Number(ref[2]) - 1 !== row) throw new NotUnderstood("cell reference");
  return columnOf(ref[1]);
}

/** The value exceljs gives a cell and its number format; undefined for a cell with no value. */
function cellValue(tag: string, inner: string, shared: PackageShared): { value: StoredValue; numFmt: string | null } | undefined {
  if (OTHER_ELEMENT.test(inner)) throw new NotUnderstood("cell content");
  const type = attribute(tag, "t");
  const styleId = parseInt(attribute(tag, "s") ?? "", 10);
  const numFmt = (styleId ? shared.styles?.getStyleModel(styleId)?.numFmt : undefined) ?? null;
  const f = FORMULA.exec(inner);
  const v = VALUE.exec(inner)?.[1];
  const text = v ? decodeText(v) : undefined;
  const formula = f !== null && ((f[2] !== undefined && f[2] !== "") || attribute(f[1], "t") !== null);
  if (formula) {
    if (text === undefined) throw new NotUnderstood("formula without a cached result");
    // exceljs turns any result under a date format into a date, even text: not followed.
    if ((type === "str" || type === "b" || type === "e") && excelUtils.isDateFmt(numFmt ?? undefined)) throw new NotUnderstood("dated result");
    const result = typed(text, type === "s" ? undefined : type, shared);
    return { value: storedValue(result, shared.date1904), numFmt };
  }
  if (text === undefined) return undefined;
  if (type === "inlineStr") throw new NotUnderstood("inline string");
  return { value: storedValue(typed(text, type, shared), shared.date1904), numFmt };
}

/** cell-xform.js parseClose and reconcile: the value by the cell's `t`; a number stays the serial it is. */
function typed(text: string, type: string | null | undefined, shared: PackageShared): ExcelValue {
  switch (type) {
    case "s": {
      const value = shared.strings?.getString(parseInt(text, 10));
      if (value === undefined || value === null) throw new NotUnderstood("shared string");
      return value;
    }
    case "str":
      return excelUtils.xmlDecode(text);
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text } as ExcelValue;
    default:
      return parseFloat(text);
  }
}

/** <mergeCell ref="A6:A7"/>, 0-based; overlapping areas (exceljs refuses them) go to exceljs. */
function mergedAreas(xml: string): MergedArea[] {
  const areas: MergedArea[] = [];
  MERGE.lastIndex = 0;
  for (let m = MERGE.exec(xml); m !== null; m = MERGE.exec(xml)) {
    const [first, last = first] = (attribute(m[1], "ref") ?? "").split(":");
    const a = REF.exec(first);
    const b = REF.exec(last);
    if (!a || !b) throw new NotUnderstood("merge reference");
    const area = {
      top: Math.min(Number(a[2]), Number(b[2])) - 1,
      left: Math.min(columnOf(a[1]), columnOf(b[1])),
      bottom: Math.max(Number(a[2]), Number(b[2])) - 1,
      right: Math.max(columnOf(a[1]), columnOf(b[1])),
    };
    if (areas.some((other) => other.top <= area.bottom && area.top <= other.bottom && other.left <= area.right && area.left <= other.right)) {
      throw new NotUnderstood("overlapping merges");
    }
    areas.push(area);
  }
  return areas;
}

/** "A" → 0, "AB" → 27. */
function columnOf(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + letters.charCodeAt(i) - 64;
  return col - 1;
}

/**
 * exceljs turns every cell of a merged area but the top-left one into a merge cell (its
 * value gone) unless the area is too large to fill (src/cli/mergeGuard.ts). Returns how
 * many values that blanked; the rows it touched hold something from then on.
 */
function blankMerged(merges: MergedArea[], values: StoredValue[][], formats: (string | null)[][], held: Set<number>): number {
  let blanked = 0;
  const touched = new Set<number>();
  for (const area of merges) {
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (!(size <= FILLED_MERGE_CELLS) || size === 1) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      if (r > area.top || area.right > area.left) held.add(r);
      const cells = values[r];
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        if (formats[r]?.[c] !== undefined) delete formats[r][c];
        if (cells?.[c] === undefined) continue;
        delete cells[c];
        touched.add(r);
        blanked++;
      }
    }
  }
  // As if the blanked cells had never been there: rows end at their last value, or go.
  for (const r of touched) {
    const cells = values[r];
    let end = cells.length;
    while (end > 0 && cells[end - 1] === undefined) end--;
    if (end === 0) delete values[r];
    else cells.length = end;
  }
  return blanked;
}
