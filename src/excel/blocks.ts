// Reading known rectangles of sheets ("boxes": the occupied parts found by ./occupied.ts)
// in blocks of rows packed into as few syncs as a cell budget allows, each block with its
// merged areas in tiles under the 512-area limit (./merges.ts). A sync that still fails as
// too large — however Excel says so — halves the budget and is retried. The number of
// syncs grows with the cells occupied, never with where a stray value sits.
import type { MergedArea } from "../core";
import { isTooLarge } from "./errors";
import { toA1 } from "../core";
import { mergedAreas } from "./address";
import { FILL_OPTIONS, ROW_OPTIONS, type CellReads, type RangeRead } from "./grid";
import { queueMergesInTiles, type Rect } from "./merges";
import type { SheetInfo } from "./outline";

/** About 110 bytes a cell with its fill properties: 30,000 cells stay near 3.3 MB. */
export const CELLS_PER_SYNC = 30_000;

/** A rectangle of sheet number `sheet` (an index into the sheets read). */
export interface Box {
  sheet: number;
  rect: Rect;
}

export interface BoxReads {
  reads: RangeRead[][];
  merges: MergedArea[][];
  /** Cells holding a formula, A1, per sheet (when asked). */
  formulaCells: Set<string>[];
}

/**
 * Reads `boxes`; `tiles` are rectangles whose merged areas alone are wanted (a sheet whose
 * one answer was a null object, which may mean none or too many), asked with the first batch.
 */
export async function readBoxes(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  boxes: Box[],
  asked: CellReads & { formulas?: "special" | "load" },
  tiles: Box[] = [],
  cellsPerSync = CELLS_PER_SYNC,
): Promise<BoxReads> {
  const reads: RangeRead[][] = sheets.map(() => []);
  const formulaCells: Set<string>[] = sheets.map(() => new Set());
  const merges: MergedArea[][] = sheets.map(() => []);
  const queue: Box[] = boxes.map((b) => ({ sheet: b.sheet, rect: { ...b.rect } }));
  let budget = cellsPerSync;
  let tilesLeft = tiles;
  while (queue.length > 0 || tilesLeft.length > 0) {
    // Take whole boxes while they fit; split the first one by rows if it alone is too big.
    const batch: Box[] = [];
    let cells = 0;
    while (queue.length > 0) {
      const next = queue[0];
      const room = Math.floor((budget - cells) / next.rect.cols);
      if (room <= 0) break;
      if (next.rect.rows <= room) {
        batch.push(queue.shift() as Box);
        cells += next.rect.rows * next.rect.cols;
      } else {
        batch.push({ sheet: next.sheet, rect: { ...next.rect, rows: room } });
        queue[0] = { sheet: next.sheet, rect: { ...next.rect, row: next.rect.row + room, rows: next.rect.rows - room } };
        break;
      }
    }
    if (batch.length === 0 && queue.length > 0) throw Object.assign(new Error("A single row is larger than a response may be."), { code: "ResponsePayloadSizeLimitExceeded" });

    const loads = batch.map((b) => {
      const { row, col, rows, cols } = b.rect;
      const proxy = sheets[b.sheet].proxy;
      const range = proxy.getRangeByIndexes(row, col, rows, cols).load(`values,numberFormat${asked.formulas === "load" ? ",formulas" : ""}`);
      const formulas = asked.formulas === "special" ? range.getSpecialCellsOrNullObject("Formulas").load("address") : null;
      const blockMerges = asked.merges ? queueMergesInTiles(proxy, b.rect) : null;
      const hidden = asked.hiddenRows ? range.getRowProperties(ROW_OPTIONS) : null;
      return { box: b, range, formulas, fills: asked.fills ? range.getCellProperties(FILL_OPTIONS) : null, rows: hidden, merges: blockMerges };
    });
    const tileMerges = tilesLeft.map((t) => ({ sheet: t.sheet, collect: queueMergesInTiles(sheets[t.sheet].proxy, t.rect) }));
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
    for (const t of tileMerges) merges[t.sheet].push(...t.collect());
    tilesLeft = [];
    for (const l of loads) {
      const { row, col } = l.box.rect;
      reads[l.box.sheet].push({ row, col, values: l.range.values, numberFormat: l.range.numberFormat, fills: l.fills?.value ?? null, rows: l.rows?.value ?? null });
      if (l.merges) merges[l.box.sheet].push(...l.merges());
      const found = formulaCells[l.box.sheet];
      if (l.formulas && !l.formulas.isNullObject) {
        for (const a of mergedAreas(l.formulas.address)) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) found.add(toA1(r, c));
      }
      if (asked.formulas === "load") {
        l.range.formulas.forEach((line, r) => line.forEach((f, c) => {
          if (typeof f === "string" && f.startsWith("=")) found.add(toA1(row + r, col + c));
        }));
      }
    }
  }
  return { reads, merges, formulaCells };
}
