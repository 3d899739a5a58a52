// Sync 2: every sheet to check in one round trip — the used range's values and number
// formats (each cell through cellFromNumberFormat), for a check its fills (ExcelApi 1.9,
// so flagging costs no extra read), which rows are hidden (1.9; below it Range.rowHidden, 1.2,
// and one more sync only when a sheet has some rows hidden), and merged areas (1.13) — plus whatever the command
// reads alongside (a check: pledge-check's store, the findings sheet's header, where the
// user's own notes and comments sit; a summary: A1 of the sheets that may be its 요약).
// A workbook too large for one read is read again in blocks of rows (./blocks.ts): a
// response over 5 MB (Excel on the web, reported as such or as GeneralException), a get
// over five million cells (RangeExceedsLimit, or null values), or a sheet with more than
// 512 merged areas (getMergedAreasOrNullObject fails).
import { isTooLarge } from "./errors";
import { readInBlocks } from "./blocks";
import { FILL_OPTIONS, ROW_OPTIONS, mergesOf, sheetContents, type CellReads, type SheetContents } from "./grid";
import type { SheetInfo } from "./outline";

interface PendingSheet {
  info: SheetInfo;
  used: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  merges: Excel.RangeAreas | null;
}

function queueSheet(info: SheetInfo, reads: CellReads): PendingSheet {
  // Without getRowProperties, Range.rowHidden (ExcelApi 1.2) says whether none, all or some rows are hidden.
  const used = info.proxy.getUsedRange(true).load(`rowIndex,columnIndex,values,numberFormat${reads.hiddenRows ? "" : ",rowHidden"}`);
  const fills = reads.fills ? used.getCellProperties(FILL_OPTIONS) : null;
  const rows = reads.hiddenRows ? used.getRowProperties(ROW_OPTIONS) : null;
  const merges = reads.merges ? used.getMergedAreasOrNullObject().load("address") : null;
  return { info, used, fills, rows, merges };
}

/**
 * Reads the sheets in one sync, with whatever `queueExtras` loads on its own proxies
 * (it runs again if the read has to start over in blocks).
 */
export async function readSheets(context: Excel.RequestContext, sheets: SheetInfo[], reads: CellReads, queueExtras: () => void): Promise<SheetContents[]> {
  queueExtras();
  const pending = sheets.map((s) => queueSheet(s, reads));
  try {
    await context.sync();
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    return readInBlocks(context, sheets, reads, queueExtras);
  }
  // A get too large can also come back as null values instead of an error (Excel performance
  // guide, learn.microsoft.com/office/dev/add-ins/excel/performance): never read on from null.
  if (pending.some((p) => p.used.values == null || p.used.numberFormat == null)) return readInBlocks(context, sheets, reads, queueExtras);
  const rows = reads.hiddenRows ? pending.map((p) => p.rows?.value ?? null) : await rowsByRowHidden(context, pending);
  return pending.map((p, i) =>
    sheetContents(
      p.info.name,
      [{ row: p.used.rowIndex, col: p.used.columnIndex, values: p.used.values, numberFormat: p.used.numberFormat, fills: p.fills?.value ?? null, rows: rows[i] }],
      mergesOf(p.merges),
    ),
  );
}

/** A card's sheet has tens of rows; a used range taller than this is not asked row by row. */
const MAX_ROWS_ASKED = 5_000;

/**
 * Below ExcelApi 1.9: each sheet's used range said with `rowHidden` whether none (false), all
 * (true) or some (null) of its rows are hidden. Only "some" needs a row-by-row answer: each
 * row's first cell's `rowHidden`, for all such sheets in one more sync. Without it a withdrawn
 * indicator kept in hidden rows would read as a visible one and the card's mean look wrong.
 */
async function rowsByRowHidden(context: Excel.RequestContext, pending: PendingSheet[]): Promise<(Excel.RowProperties[] | null)[]> {
  const same = (p: PendingSheet, hidden: boolean) => p.used.values.map(() => ({ rowHidden: hidden }));
  const asked = (p: PendingSheet) => p.used.rowHidden === null && p.used.values.length <= MAX_ROWS_ASKED;
  const mixed = pending.map((p) => (asked(p) ? p.used.values.map((_, r) => p.used.getCell(r, 0).load("rowHidden")) : null));
  if (mixed.some((cells) => cells !== null)) await context.sync();
  return pending.map((p, i) => {
    const cells = mixed[i];
    if (cells) return cells.map((cell) => ({ rowHidden: cell.rowHidden === true }));
    // Some rows hidden in a used range too tall to ask row by row: not known, as before.
    return p.used.rowHidden === null ? null : same(p, p.used.rowHidden);
  });
}
