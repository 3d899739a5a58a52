// Excel.Range over a rectangle of one sheet: values and number formats as 2-D arrays
// (empty cells read as ""), hyperlinks, cell properties (fills, ExcelApi 1.9), merged
// areas (1.13), conditional formats (1.6). Writing follows Excel: null in an array leaves that cell alone, a
// protected sheet refuses with AccessDenied, strings are read as typed input.
import { cellCount, intersect, parseAddress, sheetAreaA1, type Rect } from "../address";
import { FakeClientResult, FakeObject, defineScalars, type Exec, type PropSpecs } from "../client";
import { officeError } from "../errors";
import { cellFormula, cellValue } from "../formulas";
import { GENERAL, keyCol, keyRow, readCell, updateCell, usedRect, type HyperlinkModel } from "../model";
import type { Surface } from "../surface";
import { typedInput } from "../typing";
import { FakeRangeAreas } from "./areas";
import { clearRules, FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeRangeFormat, fillView } from "./format";
import { CELL_LIMIT, MERGED_AREAS_LIMIT, assertEditable, eachCell, eachExisting, type RangeTarget } from "./targets";
import { FakeWorksheet } from "./worksheet";

/**
 * A get of more than five million cells fails — or, as the Excel performance guide says
 * ("Range.values ... doesn't always throw an error. In some cases, Range.values returns
 * null instead", learn.microsoft.com/office/dev/add-ins/excel/performance, and
 * OfficeDev/office-js-docs-pr#5821), reads null. `host.oversizedReads` picks which.
 */
function grid<V>(t: RangeTarget, read: (row: number, col: number) => V, ex?: Exec): V[][] {
  if (cellCount(t.rect) > Math.min(CELL_LIMIT, ex?.host.cellLimit ?? CELL_LIMIT)) {
    if (ex?.host.oversizedReads === "null") return null as unknown as V[][];
    throw officeError("RangeExceedsLimit", "The range is too large to read.");
  }
  const out: V[][] = [];
  for (let row = t.rect.top; row <= t.rect.bottom; row++) {
    const line: V[] = [];
    for (let col = t.rect.left; col <= t.rect.right; col++) line.push(read(row, col));
    out.push(line);
  }
  return out;
}

/** Spreads a 2-D array (or one value) over the range; null entries are skipped. */
function spread(t: RangeTarget, input: unknown, what: string, write: (row: number, col: number, value: unknown) => void): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  const at = Array.isArray(input)
    ? (r: number, c: number) => (input as unknown[][])[r][c]
    : () => input;
  if (Array.isArray(input)) {
    const ok = input.length === rows && input.every((line) => Array.isArray(line) && line.length === cols);
    if (!ok) throw officeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", what);
  }
  eachCell([t.rect], (row, col) => {
    const value = at(row - t.rect.top, col - t.rect.left);
    if (value !== null && value !== undefined) write(row, col, value);
  });
}

function checkHyperlink(value: unknown): HyperlinkModel {
  if (!value || typeof value !== "object") throw officeError("InvalidArgument", "hyperlink must be an object");
  const link = value as HyperlinkModel;
  if (link.documentReference !== undefined) {
    const target = parseAddress(link.documentReference);
    if (!target || target.sheet === null) throw officeError("InvalidArgument", `Not a valid document reference: ${link.documentReference}`);
  }
  return { ...link };
}

const RANGE_PROPS: PropSpecs<RangeTarget> = {
  address: { get: (t) => sheetAreaA1(t.sheet.name, t.rect) },
  addressLocal: { get: (t) => sheetAreaA1(t.sheet.name, t.rect) },
  rowIndex: { get: (t) => t.rect.top },
  columnIndex: { get: (t) => t.rect.left },
  rowCount: { get: (t) => t.rect.bottom - t.rect.top + 1 },
  columnCount: { get: (t) => t.rect.right - t.rect.left + 1 },
  cellCount: { get: (t) => cellCount(t.rect) },
  // "true when all rows in a range are hidden, false when no rows in the range are hidden,
  // null when some rows ... are hidden and other rows ... are not" (Range.rowHidden,
  // ExcelApi 1.2, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member).
  rowHidden: {
    api: "1.2",
    get: (t) => {
      let hidden = 0;
      for (let row = t.rect.top; row <= t.rect.bottom; row++) if (t.sheet.hiddenRows.has(row)) hidden++;
      return hidden === 0 ? false : hidden === t.rect.bottom - t.rect.top + 1 ? true : null;
    },
  },
  values: {
    get: (t, ex) => grid(t, (row, col) => cellValue(t.sheet, row, col), ex),
    set: (t, input) => {
      assertEditable(t.sheet, "Range.values");
      spread(t, input, "Range.values", (row, col, value) => {
        if (typeof value === "number" && !Number.isFinite(value)) throw officeError("InvalidArgument", "Numbers must be finite");
        if (!["string", "number", "boolean"].includes(typeof value)) throw officeError("InvalidArgument", `Unsupported cell value ${String(value)}`);
        updateCell(t.sheet, row, col, (c) => {
          const typed = typedInput(value as string | number | boolean, c.numberFormat);
          // A value written over a formula replaces it, as typing over the cell does.
          delete c.formula;
          c.value = typed.value;
          if (typed.numberFormat) c.numberFormat = typed.numberFormat;
        });
      });
    },
  },
  formulas: { get: (t, ex) => grid(t, (row, col) => cellFormula(t.sheet, row, col), ex) },
  numberFormat: {
    get: (t, ex) => grid(t, (row, col) => readCell(t.sheet, row, col).numberFormat, ex),
    set: (t, input) => {
      assertEditable(t.sheet, "Range.numberFormat");
      spread(t, input, "Range.numberFormat", (row, col, value) =>
        updateCell(t.sheet, row, col, (c) => {
          c.numberFormat = String(value) || GENERAL;
        }),
      );
    },
  },
  hyperlink: {
    api: "1.7",
    get: (t) => readCell(t.sheet, t.rect.top, t.rect.left).hyperlink,
    set: (t, input) => {
      assertEditable(t.sheet, "Range.hyperlink");
      const link = checkHyperlink(input);
      eachCell([t.rect], (row, col) =>
        updateCell(t.sheet, row, col, (c) => {
          c.hyperlink = { ...link };
          if (row === t.rect.top && col === t.rect.left) {
            const shown = link.textToDisplay ?? (c.value === "" ? (link.documentReference ?? link.address) : undefined);
            if (shown !== undefined) c.value = shown;
          }
        }),
      );
    },
  },
};

type CellPropertyOptions = Excel.CellPropertiesLoadOptions;

function cellProperties(t: RangeTarget, options: CellPropertyOptions): Excel.CellProperties[][] {
  const known = new Set(["address", "format", "hyperlink"]);
  for (const key of Object.keys(options)) if (!known.has(key)) throw officeError("NotImplemented", `memory-excel: getCellProperties(${key})`);
  const fillKeys = options.format?.fill ? (Object.keys(options.format.fill) as (keyof ReturnType<typeof fillView>)[]) : [];
  for (const key of Object.keys(options.format ?? {})) if (key !== "fill") throw officeError("NotImplemented", `memory-excel: getCellProperties(format.${key})`);
  return grid(t, (row, col) => {
    const cell = readCell(t.sheet, row, col);
    const out: Excel.CellProperties = {};
    if (options.address) out.address = sheetAreaA1(t.sheet.name, { top: row, left: col, bottom: row, right: col });
    if (options.hyperlink) out.hyperlink = cell.hyperlink ?? undefined;
    if (fillKeys.length) {
      const view = fillView(cell.fill);
      out.format = { fill: Object.fromEntries(fillKeys.map((k) => [k, view[k]])) as Excel.CellPropertiesFill };
    }
    return out;
  });
}

/**
 * One entry per row of the range, top to bottom (Range.getRowProperties, ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrowproperties-member(1);
 * the options: learn.microsoft.com/javascript/api/excel/excel.rowpropertiesloadoptions).
 * Only what was asked for is returned; the fake models rowHidden and rowIndex only (what
 * Excel returns as a row's `address` is not documented).
 */
function rowProperties(t: RangeTarget, options: Excel.RowPropertiesLoadOptions): Excel.RowProperties[] {
  const known = new Set(["rowHidden", "rowIndex"]);
  for (const key of Object.keys(options)) if (!known.has(key)) throw officeError("NotImplemented", `memory-excel: getRowProperties(${key})`);
  const out: Excel.RowProperties[] = [];
  for (let row = t.rect.top; row <= t.rect.bottom; row++) {
    const props: Excel.RowProperties = {};
    if (options.rowHidden) props.rowHidden = t.sheet.hiddenRows.has(row);
    if (options.rowIndex) props.rowIndex = row;
    out.push(props);
  }
  return out;
}

type RangeMembers =
  | "address"
  | "addressLocal"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "cellCount"
  | "rowHidden"
  | "values"
  | "numberFormat"
  | "hyperlink"
  | "format"
  | "conditionalFormats"
  | "worksheet"
  | "getCell"
  | "getCellProperties"
  | "getRowProperties"
  | "getMergedAreasOrNullObject"
  | "getIntersectionOrNullObject"
  | "getUsedRangeOrNullObject"
  | "getSpecialCellsOrNullObject"
  | "select"
  | "clear";

export class FakeRange extends FakeObject<RangeTarget> implements Surface<Excel.Range, RangeMembers> {
  readonly _type = "Range";
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly rowHidden: boolean;
  declare values: any[][];
  declare numberFormat: any[][];
  declare readonly formulas: any[][];
  declare hyperlink: Excel.RangeHyperlink;

  protected _props(): PropSpecs<RangeTarget> {
    return RANGE_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._navChild("conditionalFormats", "1.6", (p, n, a) => new FakeConditionalFormatCollection(p.context, p, n, a, (t) => t as RangeTarget));
  }

  get format(): FakeRangeFormat {
    return this._navChild("format", undefined, (p, n, a) => new FakeRangeFormat(p.context, p, n, a, (t) => ({ sheet: (t as RangeTarget).sheet, rects: [(t as RangeTarget).rect] })));
  }

  get worksheet(): FakeWorksheet {
    return this._navChild("worksheet", undefined, (p, n, a) => new FakeWorksheet(p.context, p, n, a, (t) => (t as RangeTarget).sheet));
  }

  /** A cell relative to this range; it may lie outside it. */
  getCell(row: number, column: number): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t) => {
          const r = t as RangeTarget;
          const at = { top: r.rect.top + row, left: r.rect.left + column, bottom: r.rect.top + row, right: r.rect.left + column };
          if (at.top < 0 || at.left < 0) throw officeError("InvalidArgument", "Cell outside the sheet");
          return { sheet: r.sheet, rect: at };
        }),
      "getCell",
      [row, column],
      undefined,
      false,
    );
  }

  getCellProperties(cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    return this._result("getCellProperties", [cellPropertiesLoadOptions], "1.9", (t) => cellProperties(t, cellPropertiesLoadOptions));
  }

  getRowProperties(rowPropertiesLoadOptions: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    return this._result("getRowProperties", [rowPropertiesLoadOptions], "1.9", (t) => rowProperties(t, rowPropertiesLoadOptions));
  }

  /**
   * Merged areas that overlap this range (each whole, see the README's assumptions); a
   * null object when there are none. "If the merged areas count in this range is more
   * than 512, then this method will fail to return the result" (Range.getMergedAreasOrNullObject,
   * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
   * the fake fails the sync with GeneralException (which error is an assumption).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return this._child(
      (p, n, a) =>
        new FakeRangeAreas(p.context, p, n, a, (t) => {
          const r = t as RangeTarget;
          const rects = r.sheet.merges.filter((m) => intersect(m, r.rect)).map((m) => ({ ...m }));
          if (rects.length > MERGED_AREAS_LIMIT) throw officeError("GeneralException", `More than ${MERGED_AREAS_LIMIT} merged areas in the range.`, "Range.getMergedAreasOrNullObject");
          return rects.length ? { sheet: r.sheet, rects } : null;
        }),
      "getMergedAreasOrNullObject",
      [],
      "1.13",
      true,
    );
  }

  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t, ex) => {
          const r = t as RangeTarget;
          const other = otherRect(r, anotherRange, ex);
          const common = intersect(r.rect, other);
          return common ? { sheet: r.sheet, rect: common } : null;
        }),
      "getIntersectionOrNullObject",
      [anotherRange],
      "1.4",
      true,
    );
  }

  /**
   * "Returns the used range of the given range object. If there are no used cells within the
   * range, then this method returns an object with its isNullObject property set to true"
   * (Range.getUsedRangeOrNullObject, ExcelApi 1.4,
   * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)).
   * Cells are visited sparsely, so asking it of a whole sheet costs what the sheet holds.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t) => {
          const r = t as RangeTarget;
          const rect = usedRect(r.sheet, valuesOnly === true, r.rect);
          return rect ? { sheet: r.sheet, rect } : null;
        }),
      "getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      "1.4",
      true,
    );
  }

  /**
   * Cells of a type: only "Formulas" is modelled (any other type fails with NotImplemented),
   * one area per cell; a null object when there are none (Range.getSpecialCellsOrNullObject,
   * ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)).
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string, cellValueType?: Excel.SpecialCellValueType | string): FakeRangeAreas {
    return this._child(
      (p, n, a) =>
        new FakeRangeAreas(p.context, p, n, a, (t) => {
          const r = t as RangeTarget;
          if (cellType !== "Formulas" || (cellValueType !== undefined && cellValueType !== "All")) throw officeError("NotImplemented", `getSpecialCells(${String(cellType)}) is not modelled`);
          const rects: Rect[] = [];
          for (const [key, cell] of r.sheet.cells) {
            if (cell.formula === undefined) continue;
            const row = keyRow(key);
            const col = keyCol(key);
            if (row >= r.rect.top && row <= r.rect.bottom && col >= r.rect.left && col <= r.rect.right) rects.push({ top: row, left: col, bottom: row, right: col });
          }
          rects.sort((x, y) => x.top - y.top || x.left - y.left);
          return rects.length ? { sheet: r.sheet, rects } : null;
        }),
      "getSpecialCellsOrNullObject",
      cellValueType === undefined ? [cellType] : [cellType, cellValueType],
      "1.9",
      true,
    );
  }

  /**
   * Selects the range on the active sheet. Selecting on another sheet is unreliable in
   * Excel unless that sheet is activated first (OfficeDev/office-js#5118), so the fake
   * never activates implicitly: on a sheet that is not active, nothing happens.
   */
  select(): void {
    this._call("select", [], undefined, (t, ex) => {
      if (t.sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Cannot select a range on a hidden sheet.");
      if (ex.workbook.activeSheetId !== t.sheet.id) return;
      ex.workbook.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }

  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    const mode = applyTo ?? "All";
    this._call("clear", [mode], undefined, (t) => {
      assertEditable(t.sheet, "Range.clear");
      if (mode === "All" || mode === "Formats") clearRules(t.sheet, t.rect);
      eachExisting(t.sheet, [t.rect], (row, col) =>
        updateCell(t.sheet, row, col, (c) => {
          if (mode === "All" || mode === "Contents" || mode === "ResetContents") c.value = "";
          if (mode === "All" || mode === "Formats") {
            c.numberFormat = GENERAL;
            c.fill = null;
            c.bold = false;
          }
          if (mode === "All" || mode === "Hyperlinks" || mode === "RemoveHyperlinks") c.hyperlink = null;
        }),
      );
    });
  }
}
defineScalars(FakeRange, RANGE_PROPS);

function otherRect(r: RangeTarget, other: FakeRange | string, ex: Exec): Rect {
  if (typeof other === "string") {
    const parsed = parseAddress(other);
    if (!parsed || parsed.areas.length !== 1) throw officeError("InvalidArgument", `Not a single range: ${other}`);
    return parsed.areas[0];
  }
  const target = other._require(ex);
  if (target.sheet !== r.sheet) throw officeError("InvalidArgument", "The ranges are on different sheets.");
  return target.rect;
}
