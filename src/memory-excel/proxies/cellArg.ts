// The cell argument of notes.add / comments.add: a Range proxy or an address string.
import type { Exec } from "../client";
import { officeError } from "../errors";
import { cellKey, type SheetModel } from "../model";
import { FakeRange } from "./range";
import { rangeFromAddress, singleCell, type RangeTarget } from "./targets";

export function cellArgument(ex: Exec, cell: FakeRange | string, scope: SheetModel | null, what: string): RangeTarget {
  const target =
    cell instanceof FakeRange
      ? cell._require(ex)
      : singleCell(rangeFromAddress(ex.workbook, cell, scope, what), what);
  if (cell instanceof FakeRange && target.rect.top !== target.rect.bottom) throw officeError("InvalidArgument", "The range must be a single cell.", what);
  if (cell instanceof FakeRange && target.rect.left !== target.rect.right) throw officeError("InvalidArgument", "The range must be a single cell.", what);
  if (scope && target.sheet !== scope) throw officeError("InvalidArgument", "The cell is on another sheet.", what);
  return target;
}

/** A cell holds a note or a threaded comment, never both, and at most one of each. */
export function assertNoAnnotation(ex: Exec, at: RangeTarget, what: string): void {
  const key = cellKey(at.rect.top, at.rect.left);
  if (at.sheet.notes.has(key)) throw officeError("InvalidOperation", "The cell already has a note.", what);
  if (ex.workbook.comments.some((c) => c.sheetId === at.sheet.id && c.row === at.rect.top && c.col === at.rect.left)) {
    throw officeError("InvalidOperation", "The cell already has a comment.", what);
  }
}
