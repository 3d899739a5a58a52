// The workbook the fake serves: sheets of sparse cells with values, number formats,
// fills and bold, merges, notes, threaded comments, charts, conditional formats (colour
// scales), column widths, visibility and protection. Plain data with no Office
// semantics; the proxies in ./proxies apply those on top.
import type { Rect } from "./address";

export type ExcelValue = string | number | boolean;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A cell's fill; absent means "no fill". `pattern` is Excel's FillPattern name. */
export interface FillModel {
  color: string;
  pattern: string;
  patternColor?: string;
  /** -1 (darkest) … 1 (brightest), 0 or absent for the colour itself (RangeFill.tintAndShade, ExcelApi 1.9). */
  tintAndShade?: number;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  /** Excel reports an empty cell as "". */
  value: ExcelValue;
  numberFormat: string;
  fill: FillModel | null;
  hyperlink: HyperlinkModel | null;
  /** The only font property modelled. */
  bold: boolean;
  /** A formula ("=I10"), its cached result in `value` (Range.formulas: "If a cell has no formula, its value is returned instead"). */
  formula?: string;
}

export interface NoteModel {
  content: string;
  author: string;
}

export interface CommentModel {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  author: string;
  created: string;
}

/** A rectangle of a sheet, by the sheet's id so it follows a rename. */
export interface RangeRef {
  sheetId: string;
  rect: Rect;
}

export interface ChartSeriesModel {
  name: string;
  values: RangeRef | null;
  categories: RangeRef | null;
}

/** A chart object on a sheet; its data stays in cells, as in Excel. */
export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  series: ChartSeriesModel[];
  /** Cells the chart covers, set by setPosition; null while it sits where Excel put it. */
  anchor: { start: Rect; end: Rect | null } | null;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface ColorScaleCriterion {
  type: string;
  color?: string;
  formula?: string;
}

export interface ColorScaleCriteria {
  minimum: ColorScaleCriterion;
  midpoint?: ColorScaleCriterion;
  maximum: ColorScaleCriterion;
}

/** One conditional format rule (only colour scales are modelled). First in the list = top priority. */
export interface ConditionalFormatModel {
  id: string;
  type: "ColorScale";
  rects: Rect[];
  criteria: ColorScaleCriteria;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Keyed by cellKey(row, col). */
  cells: Map<number, CellModel>;
  merges: Rect[];
  notes: Map<number, NoteModel>;
  frozenRows: number;
  /** 0-based rows hidden by the user (Range.getRowProperties `rowHidden`, ExcelApi 1.9). */
  hiddenRows: Set<number>;
  columnWidths: Map<number, number>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
}

export const GENERAL = "General";

export function cellKey(row: number, col: number): number {
  return row * 16_384 + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16_384);
}

export function keyCol(key: number): number {
  return key % 16_384;
}

export function blankCell(): CellModel {
  return { value: "", numberFormat: GENERAL, fill: null, hyperlink: null, bold: false };
}

/** True when the cell holds nothing Excel would keep. */
export function isBlankCell(cell: CellModel): boolean {
  return cell.value === "" && cell.numberFormat === GENERAL && cell.fill === null && cell.hyperlink === null && !cell.bold && cell.formula === undefined;
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    notes: new Map(),
    frozenRows: 0,
    hiddenRows: new Set(),
    columnWidths: new Map(),
    charts: [],
    conditionalFormats: [],
  };
}

export function readCell(sheet: SheetModel, row: number, col: number): CellModel {
  return sheet.cells.get(cellKey(row, col)) ?? blankCell();
}

/** Changes one cell in place, dropping it from the map when it becomes blank. */
export function updateCell(sheet: SheetModel, row: number, col: number, change: (cell: CellModel) => void): void {
  const key = cellKey(row, col);
  const cell = { ...(sheet.cells.get(key) ?? blankCell()) };
  change(cell);
  if (isBlankCell(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

/** The smallest rectangle holding every cell with a value (or with anything, when !valuesOnly), within `within` if given. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean, within?: Rect): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "") continue;
    const row = keyRow(key);
    const col = keyCol(key);
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
    if (!rect) rect = { top: row, left: col, bottom: row, right: col };
    else {
      rect.top = Math.min(rect.top, row);
      rect.bottom = Math.max(rect.bottom, row);
      rect.left = Math.min(rect.left, col);
      rect.right = Math.max(rect.right, col);
    }
  }
  return rect;
}
