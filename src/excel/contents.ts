// Sync 2: every sheet to check in one round trip — the occupied part of a window at the
// sheet's top left (./occupied.ts) with its values and number formats, for a check its
// fills (ExcelApi 1.9, so flagging costs no extra read), which rows are hidden (1.9; below
// it Range.rowHidden, 1.2, and one more sync only when a sheet has some rows hidden), and
// merged areas (1.13) — plus where anything with a value lies outside the window, and
// whatever the command reads alongside (a check: pledge-check's store, the findings
// sheet's header, where the user's own notes and comments sit; a summary: A1 of the
// sheets that may be its 요약). Only when something lies outside a window (or a merged-area
// answer is unknown) does one more sync read those boxes (./blocks.ts).
// A workbook too large for one read is read again box by box: a response over 5 MB (Excel
// on the web, reported as such or as GeneralException), a get over five million cells
// (RangeExceedsLimit, or null values), more than 512 merged areas in the window
// (getMergedAreasOrNullObject fails), or a window with no value at all (ItemNotFound when
// acting on its null object).
import { toA1, type MergedArea } from "../core";
import { mergedAreas } from "./address";
import { officeErrorCode, isTooLarge } from "./errors";
import { readBoxes, type Box } from "./blocks";
import { FILL_OPTIONS, ROW_OPTIONS, mergesOf, sheetContents, type CellReads, type RangeRead, type SheetContents } from "./grid";
import { MERGED_AREAS_LIMIT, mergeTiles, uniqueAreas, type Rect } from "./merges";
import { composeReads, outsideWindow, queueExtent, rectOfRange, settleBoxes, WINDOW, type FarCells, type PendingExtent } from "./occupied";
import { visibilityOf, type SheetInfo } from "./outline";

/** What is read beyond CellReads: where formulas are (issue 26 §4), for a command that may write rates. */
export interface SheetReads extends CellReads {
  /** "special": Range.getSpecialCellsOrNullObject("Formulas") (ExcelApi 1.9); "load": Range.formulas (1.1); absent: not asked. */
  formulas?: "special" | "load";
}

interface PendingSheet {
  info: SheetInfo;
  inner: Excel.Range;
  formulaAreas: Excel.RangeAreas | null;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  merges: Excel.RangeAreas | null;
  outside: PendingExtent[];
}

/** What was read, and per sheet the cells too far from the rest to be put in its grid. */
export interface SheetsRead {
  contents: SheetContents[];
  far: ({ sheet: string } & FarCells)[];
  /** Cells holding a formula, A1 by sheet name (only when asked). */
  formulaCells: Map<string, Set<string>>;
}

function queueSheet(info: SheetInfo, index: number, reads: SheetReads): PendingSheet {
  const window = info.proxy.getRangeByIndexes(WINDOW.row, WINDOW.col, WINDOW.rows, WINDOW.cols);
  // The used range (never a null object: a blank sheet's is A1) cut to the window.
  // Without getRowProperties, Range.rowHidden (ExcelApi 1.2) says whether none, all or some rows are hidden.
  const inner = info.proxy
    .getUsedRange(true)
    .getIntersectionOrNullObject(window)
    .load(`rowIndex,columnIndex,rowCount,columnCount,values,numberFormat${reads.hiddenRows ? "" : ",rowHidden"}${reads.formulas === "load" ? ",formulas" : ""}`);
  // Where formulas are: a small answer (their addresses) where getSpecialCells exists.
  const formulaAreas = reads.formulas === "special" ? inner.getSpecialCellsOrNullObject("Formulas").load("address") : null;
  const fills = reads.fills ? inner.getCellProperties(FILL_OPTIONS) : null;
  const rows = reads.hiddenRows ? inner.getRowProperties(ROW_OPTIONS) : null;
  const merges = reads.merges ? inner.getMergedAreasOrNullObject().load("address") : null;
  const outside = outsideWindow().map((rect) => queueExtent(info.proxy, index, rect));
  return { info, inner, formulaAreas, fills, rows, merges, outside };
}

/**
 * Reads the sheets, with whatever `queueExtras` loads on its own proxies (it runs again if
 * the read has to start over box by box).
 */
export async function readSheets(context: Excel.RequestContext, sheets: SheetInfo[], reads: SheetReads, queueExtras: () => void): Promise<SheetsRead> {
  const read = await readCells(context, sheets, reads, queueExtras);
  // Each grid says how its tab shows; which sheets count is the core's to decide.
  const visibility = new Map(sheets.map((s) => [s.name, visibilityOf(s)]));
  for (const c of read.contents) c.grid.visibility = visibility.get(c.grid.name) ?? "visible";
  return read;
}

async function readCells(context: Excel.RequestContext, sheets: SheetInfo[], reads: SheetReads, queueExtras: () => void): Promise<SheetsRead> {
  queueExtras();
  const pending = sheets.map((s, i) => queueSheet(s, i, reads));
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error) && officeErrorCode(error) !== "ItemNotFound") throw error;
    return readByBoxes(context, sheets, reads, queueExtras);
  }
  // A get too large can also come back as null values instead of an error (Excel performance
  // guide, learn.microsoft.com/office/dev/add-ins/excel/performance): never read on from null.
  if (pending.some((p) => p.inner.isNullObject || p.inner.values == null || p.inner.numberFormat == null)) return readByBoxes(context, sheets, reads, queueExtras);

  const proxies = sheets.map((s) => s.proxy);
  const boxes = await settleBoxes(context, proxies, pending.flatMap((p) => p.outside));
  const tiles: Box[] = [];
  const innerMerges = pending.map((p, i) => {
    const rect = rectOfRange(p.inner) as Rect;
    const answer = windowMerges(p.merges, rect, p.inner.values);
    if (answer === "unknown") tiles.push({ sheet: i, rect });
    return answer === "unknown" ? [] : answer;
  });
  const outside = boxes.length > 0 || tiles.length > 0 ? await readBoxes(context, sheets, boxes, reads, tiles) : null;
  const rows = reads.hiddenRows ? pending.map((p) => p.rows?.value ?? null) : await rowsByRowHidden(context, pending);

  const far: SheetsRead["far"] = [];
  const formulaCells = new Map<string, Set<string>>();
  pending.forEach((p, i) => {
    const cells = new Set<string>();
    if (p.formulaAreas && !p.formulaAreas.isNullObject) for (const a of mergedAreas(p.formulaAreas.address)) eachCell(a, (cell) => cells.add(cell));
    if (reads.formulas === "load") formulaCellsOf(p.inner.rowIndex, p.inner.columnIndex, p.inner.formulas, cells);
    for (const cell of outside?.formulaCells[i] ?? []) cells.add(cell);
    if (cells.size > 0) formulaCells.set(p.info.name, cells);
  });
  const contents = pending.map((p, i) => {
    const innerRead: RangeRead = { row: p.inner.rowIndex, col: p.inner.columnIndex, values: p.inner.values, numberFormat: p.inner.numberFormat, fills: p.fills?.value ?? null, rows: rows[i] };
    return assemble(p.info.name, [innerRead, ...(outside?.reads[i] ?? [])], [...innerMerges[i], ...(outside?.merges[i] ?? [])], far);
  });
  return { contents, far, formulaCells };
}

function eachCell(area: MergedArea, visit: (cell: string) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(toA1(r, c));
}

/** Range.formulas holds a string starting with "=" where a cell has a formula. */
export function formulaCellsOf(row: number, col: number, formulas: unknown[][] | undefined, into: Set<string>): void {
  formulas?.forEach((line, r) => line.forEach((f, c) => {
    if (typeof f === "string" && f.startsWith("=")) into.add(toA1(row + r, col + c));
  }));
}

/**
 * The window's one merged-area answer. A null object means none — or, beyond 512 areas,
 * perhaps that Excel "will fail to return the result" that way (Range.getMergedAreasOrNullObject,
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
 * so null is "none" only when the window cannot hold more than 512, else unknown (tiles next).
 * "The value of a merged range is specified in the cell of the range's upper-left corner"
 * (learn.microsoft.com/office/vba/api/excel.range.merge): every other cell of an area reads
 * empty, so an area met by the window holds an empty cell of it, or its one cell in the
 * window is its top left on the window's bottom row or right column.
 */
function windowMerges(merges: Excel.RangeAreas | null, rect: Rect, values: unknown[][]): MergedArea[] | "unknown" {
  if (!merges) return [];
  if (!merges.isNullObject) return mergesOf(merges);
  let empty = 0;
  for (const row of values) for (const v of row) if (v === "" || v === null) empty++;
  return mergeTiles(rect).length === 1 || empty + rect.rows + rect.cols <= MERGED_AREAS_LIMIT ? [] : "unknown";
}

function assemble(name: string, reads: RangeRead[], merges: MergedArea[], far: SheetsRead["far"]): SheetContents {
  const composed = composeReads(reads);
  if (composed.far) far.push({ sheet: name, ...composed.far });
  return sheetContents(name, composed.read ? [composed.read] : [], uniqueAreas(merges));
}

/** Everything again, box by box: where values are (loads only), then the boxes in budgeted syncs. */
async function readByBoxes(context: Excel.RequestContext, sheets: SheetInfo[], reads: SheetReads, queueExtras: () => void): Promise<SheetsRead> {
  queueExtras();
  const pending = sheets.flatMap((s, i) => [WINDOW, ...outsideWindow()].map((rect) => queueExtent(s.proxy, i, rect)));
  await context.sync();
  const boxes = await settleBoxes(
    context,
    sheets.map((s) => s.proxy),
    pending,
  );
  const read = await readBoxes(context, sheets, boxes, reads);
  const far: SheetsRead["far"] = [];
  const contents = sheets.map((s, i) => assemble(s.name, read.reads[i].sort((a, b) => a.row - b.row || a.col - b.col), read.merges[i], far));
  const formulaCells = new Map<string, Set<string>>();
  sheets.forEach((s, i) => {
    if (read.formulaCells[i].size > 0) formulaCells.set(s.name, read.formulaCells[i]);
  });
  return { contents, far, formulaCells };
}

/** A card's sheet has tens of rows; a used range taller than this is not asked row by row. */
const MAX_ROWS_ASKED = 5_000;

/**
 * Below ExcelApi 1.9: each sheet's window said with `rowHidden` whether none (false), all
 * (true) or some (null) of its rows are hidden. Only "some" needs a row-by-row answer: each
 * row's first cell's `rowHidden`, for all such sheets in one more sync. Without it a withdrawn
 * indicator kept in hidden rows would read as a visible one and the card's mean look wrong.
 */
async function rowsByRowHidden(context: Excel.RequestContext, pending: PendingSheet[]): Promise<(Excel.RowProperties[] | null)[]> {
  const same = (p: PendingSheet, hidden: boolean) => p.inner.values.map(() => ({ rowHidden: hidden }));
  const asked = (p: PendingSheet) => p.inner.rowHidden === null && p.inner.values.length <= MAX_ROWS_ASKED;
  const mixed = pending.map((p) => (asked(p) ? p.inner.values.map((_, r) => p.inner.getCell(r, 0).load("rowHidden")) : null));
  if (mixed.some((cells) => cells !== null)) await context.sync();
  return pending.map((p, i) => {
    const cells = mixed[i];
    if (cells) return cells.map((cell) => ({ rowHidden: cell.rowHidden === true }));
    // Some rows hidden in a used range too tall to ask row by row: not known, as before.
    return p.inner.rowHidden === null ? null : same(p, p.inner.rowHidden);
  });
}
