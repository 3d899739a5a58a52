// The fallback for a workbook that one read cannot take: first the size of each used
// range (with the other loads of sync 2), then blocks of rows packed into as few syncs as
// a cell budget allows, each block with its merged areas in tiles under the 512-area
// limit (./merges.ts). A sync that still fails as too large — however Excel says so —
// halves the budget and is retried. This is the only read whose number of syncs grows:
// with the workbook's size in cells, never with its number of sheets as such.
import type { MergedArea } from "../core";
import { isTooLarge } from "./errors";
import { FILL_OPTIONS, ROW_OPTIONS, sheetContents, type CellReads, type RangeRead, type SheetContents } from "./grid";
import { queueMergesInTiles, uniqueAreas } from "./merges";
import type { SheetInfo } from "./outline";

/** About 110 bytes a cell with its fill properties: 30,000 cells stay near 3.3 MB. */
export const CELLS_PER_SYNC = 30_000;

interface Block {
  sheet: number;
  row: number;
  rows: number;
}

export async function readInBlocks(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  asked: CellReads,
  queueExtras: () => void,
  cellsPerSync = CELLS_PER_SYNC,
): Promise<SheetContents[]> {
  queueExtras();
  const sizes = sheets.map((s) => ({ used: s.proxy.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount") }));
  await context.sync();

  const reads: RangeRead[][] = sheets.map(() => []);
  const merges: MergedArea[][] = sheets.map(() => []);
  const queue: Block[] = sizes.map((s, sheet) => ({ sheet, row: s.used.rowIndex, rows: s.used.rowCount }));
  let budget = cellsPerSync;
  while (queue.length > 0) {
    // Take whole blocks while they fit; split the first one if it alone is too big.
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length > 0) {
      const next = queue[0];
      const cols = sizes[next.sheet].used.columnCount;
      const room = Math.floor((budget - cells) / cols);
      if (room <= 0) break;
      if (next.rows <= room) {
        batch.push(queue.shift() as Block);
        cells += next.rows * cols;
      } else {
        batch.push({ sheet: next.sheet, row: next.row, rows: room });
        queue[0] = { sheet: next.sheet, row: next.row + room, rows: next.rows - room };
        break;
      }
    }
    if (batch.length === 0) throw Object.assign(new Error("A single row is larger than a response may be."), { code: "ResponsePayloadSizeLimitExceeded" });

    const loads = batch.map((b) => {
      const used = sizes[b.sheet].used;
      const proxy = sheets[b.sheet].proxy;
      const range = proxy.getRangeByIndexes(b.row, used.columnIndex, b.rows, used.columnCount).load("values,numberFormat");
      const blockMerges = asked.merges ? queueMergesInTiles(proxy, { row: b.row, col: used.columnIndex, rows: b.rows, cols: used.columnCount }) : null;
      const rows = asked.hiddenRows ? range.getRowProperties(ROW_OPTIONS) : null;
      return { block: b, range, fills: asked.fills ? range.getCellProperties(FILL_OPTIONS) : null, rows, merges: blockMerges };
    });
    let tooLarge: boolean;
    try {
      await context.sync();
      // A get too large may also come back as null values (the performance guide): same as too large.
      tooLarge = loads.some((l) => l.range.values == null || l.range.numberFormat == null);
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      tooLarge = true;
    }
    if (tooLarge) {
      queue.unshift(...batch);
      budget = Math.floor(budget / 2);
      continue;
    }
    for (const l of loads) {
      const used = sizes[l.block.sheet].used;
      reads[l.block.sheet].push({ row: l.block.row, col: used.columnIndex, values: l.range.values, numberFormat: l.range.numberFormat, fills: l.fills?.value ?? null, rows: l.rows?.value ?? null });
      if (l.merges) merges[l.block.sheet].push(...l.merges());
    }
  }
  return sheets.map((s, i) => sheetContents(s.name, reads[i].sort((a, b) => a.row - b.row), uniqueAreas(merges[i])));
}
