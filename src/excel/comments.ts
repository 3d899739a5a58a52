// Threaded comments (ExcelApi 1.10) are the last commands of the write batch. Below 1.18
// notes cannot be read, so a flagged cell may hold a note we cannot see, and Excel refuses
// a comment on a cell with a note (InvalidOperation; the in-memory Excel does the same,
// see its README). A refusal must cost only that cell's comment. The commands before the
// refused one stay applied (a sync is not a transaction), so after such a failure we read
// back a stamp written just before the comments — proof the rest of the batch is in —
// and which of our comments exist, skip the refused cell, and send the remaining comments
// again. That finding stays explained on the findings sheet, where every finding is listed.
import { officeErrorCode } from "./errors";
import { cellKey, splitAddress } from "./extras";
import { findSheet, isOurs, type Outline } from "./outline";
import { STORE_SHEET_NAME } from "./store";

export interface CommentToAdd {
  sheet: string;
  cell: string;
  text: string;
}

/** Where, in the store, the batch's stamp goes (row 1, after the mark and the findings sheet name). */
export const STAMP_CELL = "C1";

export function queueComments(context: Excel.RequestContext, outline: Outline, comments: CommentToAdd[]): void {
  for (const c of comments) {
    const sheet = findSheet(outline, c.sheet);
    if (sheet) context.workbook.comments.add(sheet.proxy.getRange(c.cell), c.text);
  }
}

/** The stamp now in the store and the cells holding a comment pledge-check wrote; two syncs. */
async function readBack(context: Excel.RequestContext): Promise<{ stamp: unknown; cells: Set<string> }> {
  const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET_NAME);
  const comments = context.workbook.comments.load("items/content");
  await context.sync();
  if (store.isNullObject) return { stamp: null, cells: new Set() };
  const stamp = store.getRange(STAMP_CELL).load("values");
  const locations = comments.items.filter((c) => isOurs(c.content)).map((c) => c.getLocation().load("address"));
  await context.sync();
  return { stamp: stamp.values[0][0], cells: new Set(locations.map((l) => cellKey(...splitAddress(l.address)))) };
}

/**
 * After the write batch failed with InvalidOperation: when its stamp shows everything but
 * the comments went in, finishes the comments, skipping each cell that refuses one, and
 * returns how many refused; otherwise rethrows the batch's error.
 */
export async function finishComments(context: Excel.RequestContext, outline: Outline, stamp: string, comments: CommentToAdd[], failure: unknown): Promise<number> {
  let queue = comments.filter((c) => findSheet(outline, c.sheet));
  let refused = 0;
  for (;;) {
    const back = await readBack(context);
    if (back.stamp !== stamp) throw failure;
    const at = queue.findIndex((c) => !back.cells.has(cellKey(c.sheet, c.cell)));
    if (at < 0) return refused;
    refused++;
    queue = queue.slice(at + 1);
    if (queue.length === 0) return refused;
    queueComments(context, outline, queue);
    try {
      await context.sync();
      return refused;
    } catch (error) {
      if (officeErrorCode(error) !== "InvalidOperation") throw error;
      failure = error;
    }
  }
}
