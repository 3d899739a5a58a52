// Sync 2: every sheet to check in one round trip — the used range's values and number
// formats (each cell through cellFromNumberFormat), its fills (ExcelApi 1.9, so
// flagging costs no extra read) and merged areas (1.13) — plus pledge-check's store,
// the findings sheet's header, and where the user's own notes and comments sit.
// A workbook too large for one response (Excel on the web: 5 MB) is read again in
// blocks of rows (./blocks.ts).
import { officeErrorCode } from "./errors";
import type { Features } from "./host";
import { readInBlocks } from "./blocks";
import { FILL_OPTIONS, mergesOf, sheetContents, type SheetContents } from "./grid";
import type { SheetInfo } from "./outline";

interface PendingSheet {
  info: SheetInfo;
  used: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merges: Excel.RangeAreas | null;
}

function queueSheet(info: SheetInfo, features: Features): PendingSheet {
  const used = info.proxy.getUsedRange(true).load("rowIndex,columnIndex,values,numberFormat");
  const fills = features.cellProperties ? used.getCellProperties(FILL_OPTIONS) : null;
  const merges = features.merges ? used.getMergedAreasOrNullObject().load("address") : null;
  return { info, used, fills, merges };
}

/**
 * Reads the sheets in one sync, with whatever `queueExtras` loads on its own proxies
 * (it runs again if the read has to start over in blocks).
 */
export async function readSheets(context: Excel.RequestContext, sheets: SheetInfo[], features: Features, queueExtras: () => void): Promise<SheetContents[]> {
  queueExtras();
  const pending = sheets.map((s) => queueSheet(s, features));
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    return readInBlocks(context, sheets, features, queueExtras);
  }
  return pending.map((p) =>
    sheetContents(
      p.info.name,
      [{ row: p.used.rowIndex, col: p.used.columnIndex, values: p.used.values, numberFormat: p.used.numberFormat, fills: p.fills?.value ?? null }],
      mergesOf(p.merges),
    ),
  );
}
