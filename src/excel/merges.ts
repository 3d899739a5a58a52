// Merged areas read in tiles. Range.getMergedAreasOrNullObject "will fail to return the
// result" when the range holds more than 512 merged areas (its API reference,
// learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
// which a large department sheet reaches. A tile of R rows × W columns meets at most
// R·W/2 areas lying inside it (an area has two cells or more) plus one per cell of its
// edge, 2R + 2W: tiles are sized so that this stays within 512.
import type { MergedArea } from "../core";
import { mergedAreas } from "./address";

export const MERGED_AREAS_LIMIT = 512;
const MAX_TILE_WIDTH = 100;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Tiles covering `rect`, each holding at most MERGED_AREAS_LIMIT merged areas whatever the sheet. */
export function mergeTiles(rect: Rect): Rect[] {
  const width = Math.max(1, Math.min(rect.cols, MAX_TILE_WIDTH));
  const height = Math.max(1, Math.floor((MERGED_AREAS_LIMIT - 2 * width) / (width / 2 + 2)));
  const tiles: Rect[] = [];
  for (let r = 0; r < rect.rows; r += height) {
    for (let c = 0; c < rect.cols; c += width) {
      tiles.push({ row: rect.row + r, col: rect.col + c, rows: Math.min(height, rect.rows - r), cols: Math.min(width, rect.cols - c) });
    }
  }
  return tiles;
}

/** Queues the merged areas of `rect` tile by tile; `collect` after the sync gives each area once. */
export function queueMergesInTiles(sheet: Excel.Worksheet, rect: Rect): () => MergedArea[] {
  const pending = mergeTiles(rect).map((t) => sheet.getRangeByIndexes(t.row, t.col, t.rows, t.cols).getMergedAreasOrNullObject().load("address"));
  return () => uniqueAreas(pending.flatMap((areas) => (areas.isNullObject ? [] : mergedAreas(areas.address))));
}

/**
 * An area met by two tiles is reported by both (whole, by our reading of the docs: see the
 * in-memory Excel's README, "Assumptions to verify in real Excel"); keep it once.
 */
export function uniqueAreas(areas: MergedArea[]): MergedArea[] {
  const seen = new Map<string, MergedArea>();
  for (const a of areas) seen.set(`${a.top},${a.left},${a.bottom},${a.right}`, a);
  return [...seen.values()];
}
