// The fake's document: the sheets, the workbook-wide threaded comments, the active sheet
// and selection. Also the inspection and arrangement API tests use directly (no sync).
import { parseA1, toA1 } from "../core/address";
import { parseArea, sheetAreaA1, type Rect } from "./address";
import { STANDARD_WIDTH } from "./proxies/format";
import {
  GENERAL,
  cellKey,
  keyCol,
  keyRow,
  newSheet,
  readCell,
  updateCell,
  type CellModel,
  type ColorScaleCriteria,
  type CommentModel,
  type ExcelValue,
  type FillModel,
  type HyperlinkModel,
  type RangeRef,
  type SheetModel,
  type Visibility,
} from "./model";

export interface ChartView {
  name: string;
  type: string;
  /** The title's text, or null when no title shows. */
  title: string | null;
  legend: boolean;
  /** Top-left and bottom-right cells from setPosition; null while unplaced. */
  anchor: { start: string; end: string | null } | null;
  series: { name: string; values: string | null; categories: string | null }[];
}

export interface ConditionalFormatView {
  type: string;
  /** `F4:F6` or several areas joined by commas. */
  address: string;
  criteria: ColorScaleCriteria;
}

export class MemoryWorkbook {
  sheets: SheetModel[] = [];
  comments: CommentModel[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Workbook structure protection: no sheets added, deleted or hidden. */
  structureProtected = false;
  /** Name Excel records as the author of notes and comments added through the API. */
  author = "공약 점검";
  nextId = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  // ---- sheets -------------------------------------------------------------------------

  addSheet(name: string): SheetModel {
    if (this.findSheet(name)) throw new Error(`sheet exists: ${name}`);
    const sheet = newSheet(this.newId("{sheet-"), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Sheet names compare case-insensitively in Excel. */
  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** For the inspection API: a missing sheet is a bug in the test, not an Office error. */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet named ${JSON.stringify(name)}; have ${this.sheetNames().join(", ")}`);
    return sheet;
  }

  activeSheet(): SheetModel | undefined {
    return this.activeSheetId ? this.sheetById(this.activeSheetId) : undefined;
  }

  // ---- inspection ---------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  visibility(sheet: string): Visibility {
    return this.sheet(sheet).visibility;
  }

  cell(sheet: string, address: string): CellModel {
    const { row, col } = cellAt(address);
    return readCell(this.sheet(sheet), row, col);
  }

  value(sheet: string, address: string): ExcelValue {
    return this.cell(sheet, address).value;
  }

  numberFormat(sheet: string, address: string): string {
    return this.cell(sheet, address).numberFormat;
  }

  fill(sheet: string, address: string): FillModel | null {
    return this.cell(sheet, address).fill;
  }

  hyperlink(sheet: string, address: string): HyperlinkModel | null {
    return this.cell(sheet, address).hyperlink;
  }

  bold(sheet: string, address: string): boolean {
    return this.cell(sheet, address).bold;
  }

  /** Values of a range, row by row (empty cells ""), e.g. to read what a chart shows. */
  values(sheet: string, address: string): ExcelValue[][] {
    const rect = parseArea(address);
    if (!rect) throw new Error(`not a range: ${address}`);
    const s = this.sheet(sheet);
    const out: ExcelValue[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const line: ExcelValue[] = [];
      for (let col = rect.left; col <= rect.right; col++) line.push(readCell(s, row, col).value);
      out.push(line);
    }
    return out;
  }

  /** A column's width as set through the API (`A`, `B`, ...); unset columns have the standard width. */
  columnWidth(sheet: string, column: string): number {
    const at = cellAt(`${column}1`);
    return this.sheet(sheet).columnWidths.get(at.col) ?? STANDARD_WIDTH;
  }

  /** The sheet's charts with their ranges as addresses (`'요약'!C19:C21`), in the order added. */
  charts(sheet: string): ChartView[] {
    const ref = (r: RangeRef | null) => {
      if (!r) return null;
      const target = this.sheetById(r.sheetId);
      return target ? sheetAreaA1(target.name, r.rect) : "#REF!";
    };
    return this.sheet(sheet).charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title.visible ? c.title.text : null,
      legend: c.legend.visible,
      anchor: c.anchor ? { start: toA1(c.anchor.start.top, c.anchor.start.left), end: c.anchor.end ? toA1(c.anchor.end.bottom, c.anchor.end.right) : null } : null,
      series: c.series.map((x) => ({ name: x.name, values: ref(x.values), categories: ref(x.categories) })),
    }));
  }

  /** The sheet's conditional formats, top priority first. */
  conditionalFormats(sheet: string): ConditionalFormatView[] {
    return this.sheet(sheet).conditionalFormats.map((f) => ({
      type: f.type,
      address: f.rects.map((r) => sheetAreaA1(sheet, r).split("!")[1]).join(","),
      criteria: JSON.parse(JSON.stringify(f.criteria)) as ColorScaleCriteria,
    }));
  }

  note(sheet: string, address: string): string | null {
    const { row, col } = cellAt(address);
    return this.sheet(sheet).notes.get(cellKey(row, col))?.content ?? null;
  }

  comment(sheet: string, address: string): string | null {
    const s = this.sheet(sheet);
    const { row, col } = cellAt(address);
    return this.comments.find((c) => c.sheetId === s.id && c.row === row && c.col === col)?.content ?? null;
  }

  /** Every cell that holds something, by A1 address — for before/after comparisons. */
  cells(sheet: string): Map<string, CellModel> {
    const out = new Map<string, CellModel>();
    const s = this.sheet(sheet);
    for (const [key, cell] of s.cells) out.set(a1(key), { ...cell });
    return out;
  }

  notes(sheet: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, note] of this.sheet(sheet).notes) out.set(a1(key), note.content);
    return out;
  }

  // ---- arrangement --------------------------------------------------------------------

  setValue(sheet: string, address: string, value: ExcelValue | null, numberFormat?: string): this {
    const { row, col } = cellAt(address);
    updateCell(this.sheet(sheet), row, col, (c) => {
      c.value = value ?? "";
      if (numberFormat !== undefined) c.numberFormat = numberFormat;
    });
    return this;
  }

  /** A formula with the result Excel cached for it (the fake evaluates only a lone reference, see formulas.ts). */
  setFormula(sheet: string, address: string, formula: string, cached: ExcelValue): this {
    const { row, col } = cellAt(address);
    updateCell(this.sheet(sheet), row, col, (c) => {
      c.value = cached;
      c.formula = formula;
    });
    return this;
  }

  formula(sheet: string, address: string): string | undefined {
    return this.cell(sheet, address).formula;
  }

  setNumberFormat(sheet: string, address: string, numberFormat: string): this {
    const { row, col } = cellAt(address);
    updateCell(this.sheet(sheet), row, col, (c) => {
      c.numberFormat = numberFormat || GENERAL;
    });
    return this;
  }

  /** A solid fill of `color` (#RRGGBB), or no fill for null. */
  setFill(sheet: string, address: string, color: string | null): this {
    const { row, col } = cellAt(address);
    updateCell(this.sheet(sheet), row, col, (c) => {
      c.fill = color === null ? null : { color: color.toUpperCase(), pattern: "Solid" };
    });
    return this;
  }

  setNote(sheet: string, address: string, content: string, author = "사용자"): this {
    const { row, col } = cellAt(address);
    this.sheet(sheet).notes.set(cellKey(row, col), { content, author });
    return this;
  }

  addComment(sheet: string, address: string, content: string, author = "사용자"): this {
    const s = this.sheet(sheet);
    const { row, col } = cellAt(address);
    this.comments.push({ id: this.newId("comment-"), sheetId: s.id, row, col, content, author, created: new Date(0).toISOString() });
    return this;
  }

  protect(sheet: string, on = true): this {
    this.sheet(sheet).protected = on;
    return this;
  }

  setVisibility(sheet: string, visibility: Visibility): this {
    this.sheet(sheet).visibility = visibility;
    return this;
  }

  /** Hides (or shows) whole rows, 1-based as Excel numbers them: `hideRows("3-1-2", 8, 9)`. */
  hideRows(sheet: string, ...rows: number[]): this {
    for (const row of rows) this.sheet(sheet).hiddenRows.add(row - 1);
    return this;
  }

  showRows(sheet: string, ...rows: number[]): this {
    for (const row of rows) this.sheet(sheet).hiddenRows.delete(row - 1);
    return this;
  }

  /** Whether a row (1-based) is hidden. */
  rowHidden(sheet: string, row: number): boolean {
    return this.sheet(sheet).hiddenRows.has(row - 1);
  }

  merge(sheet: string, address: string): this {
    const rect = parseArea(address);
    if (!rect) throw new Error(`not a range: ${address}`);
    this.sheet(sheet).merges.push(rect);
    return this;
  }

  activate(sheet: string): this {
    this.activeSheetId = this.sheet(sheet).id;
    this.chartSheetActive = null;
    return this;
  }

  /**
   * Chart sheets (a sheet holding only a chart) are not worksheets: the Excel JavaScript API
   * has no object for them and `worksheets` does not list them. Only the one that is active
   * is modelled, by name: then getActiveWorksheet fails (office-js#2444).
   */
  chartSheetActive: string | null = null;

  /**
   * False while another workbook has focus: asking for the active worksheet then fails with
   * InactiveWorkbook (Excel.ErrorCodes; office-js#5319 reports getActiveCell failing so; that
   * getActiveWorksheet does too is an assumption, see the README).
   */
  focused = true;

  activateChartSheet(name: string): this {
    this.chartSheetActive = name;
    return this;
  }
}

function cellAt(address: string): { row: number; col: number } {
  const at = parseA1(address);
  if (!at) throw new Error(`not a cell address: ${address}`);
  return at;
}

function a1(key: number): string {
  return toA1(keyRow(key), keyCol(key));
}
