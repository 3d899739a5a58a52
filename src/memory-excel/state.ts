// The fake's document as plain JSON, so a test can "close and reopen" the workbook:
// everything Excel would save (cells, fills, merges, notes, comments, charts,
// conditional formats, column widths, hidden rows, visibility, protection) survives; proxies, selection and counters do not.
import type { Rect } from "./address";
import type { CellModel, ChartModel, CommentModel, ConditionalFormatModel, NoteModel, Visibility } from "./model";
import { MemoryWorkbook } from "./workbook";

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  cells: [number, CellModel][];
  merges: Rect[];
  notes: [number, NoteModel][];
  frozenRows: number;
  /** Absent in states saved before rows could be hidden. */
  hiddenRows?: number[];
  columnWidths: [number, number][];
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
}

export interface WorkbookState {
  sheets: SheetState[];
  comments: CommentModel[];
  activeSheetId: string | null;
  structureProtected: boolean;
  nextId: number;
}

export function saveState(workbook: MemoryWorkbook): WorkbookState {
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return copy({
    sheets: workbook.sheets.map((s) => ({
      id: s.id,
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: [...s.cells.entries()],
      merges: s.merges,
      notes: [...s.notes.entries()],
      frozenRows: s.frozenRows,
      hiddenRows: [...s.hiddenRows],
      columnWidths: [...s.columnWidths.entries()],
      charts: s.charts,
      conditionalFormats: s.conditionalFormats,
    })),
    comments: workbook.comments,
    activeSheetId: workbook.activeSheetId,
    structureProtected: workbook.structureProtected,
    nextId: workbook.nextId,
  });
}

export function loadState(state: WorkbookState): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  const copy = JSON.parse(JSON.stringify(state)) as WorkbookState;
  workbook.sheets = copy.sheets.map((s) => ({
    id: s.id,
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    cells: new Map(s.cells),
    merges: s.merges,
    notes: new Map(s.notes),
    frozenRows: s.frozenRows,
    hiddenRows: new Set(s.hiddenRows ?? []),
    columnWidths: new Map(s.columnWidths),
    charts: s.charts,
    conditionalFormats: s.conditionalFormats,
  }));
  workbook.comments = copy.comments;
  workbook.activeSheetId = copy.activeSheetId;
  workbook.structureProtected = copy.structureProtected;
  workbook.nextId = copy.nextId;
  return workbook;
}

/** Saves and loads again: the workbook as it would be after closing and reopening. */
export function reopen(workbook: MemoryWorkbook): MemoryWorkbook {
  return loadState(saveState(workbook));
}
