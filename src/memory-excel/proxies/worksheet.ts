// Excel.Worksheet and what hangs off it: ranges by address or indexes, the used range
// (valuesOnly, ExcelApi 1.2; the OrNullObject form 1.4), RangeAreas (1.9), protection,
// freeze panes (1.7), notes (1.18), threaded comments (1.10) and charts (1.1). Renaming
// and moving a sheet are structure changes, refused while the structure is protected.
import { parseAddress, MAX_COLUMNS, MAX_ROWS } from "../address";
import { FakeObject, defineScalars, type PropSpecs } from "../client";
import { officeError } from "../errors";
import { usedRect, type SheetModel } from "../model";
import type { Surface } from "../surface";
import { FakeRangeAreas } from "./areas";
import { FakeChartCollection } from "./charts";
import { FakeCommentCollection } from "./comments";
import { FakeNoteCollection } from "./notes";
import { FakeRange } from "./range";
import { assertStructureEditable } from "./targets";
import type { MemoryWorkbook } from "../workbook";

const INVALID_NAME = /[[\]:*?/\\]/;

export function checkSheetName(workbook: MemoryWorkbook, name: string, self: SheetModel | null): void {
  if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw officeError("InvalidArgument", `Not a valid sheet name: ${JSON.stringify(name)}`);
  }
  const other = workbook.findSheet(name);
  if (other && other !== self) throw officeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
}

function visibleSheets(workbook: MemoryWorkbook): SheetModel[] {
  return workbook.sheets.filter((s) => s.visibility === "Visible");
}

/** When the active sheet goes away or is hidden, Excel activates the next visible one. */
export function moveActivationFrom(workbook: MemoryWorkbook, sheet: SheetModel): void {
  if (workbook.activeSheetId !== sheet.id) return;
  const index = workbook.sheets.indexOf(sheet);
  const after = workbook.sheets.slice(index + 1).concat(workbook.sheets.slice(0, index).reverse());
  const next = after.find((s) => s !== sheet && s.visibility === "Visible");
  workbook.activeSheetId = next?.id ?? null;
  if (workbook.selection?.sheetId === sheet.id) workbook.selection = null;
}

const SHEET_PROPS: PropSpecs<SheetModel> = {
  id: { get: (s) => s.id },
  name: {
    get: (s) => s.name,
    set: (s, v, ex) => {
      if (String(v) === s.name) return;
      assertStructureEditable(ex.workbook, "Worksheet.name");
      checkSheetName(ex.workbook, String(v), s);
      s.name = String(v);
    },
  },
  position: {
    get: (s, ex) => ex.workbook.sheets.indexOf(s),
    set: (s, v, ex) => {
      const sheets = ex.workbook.sheets;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= sheets.length) throw officeError("InvalidArgument", `Not a sheet position: ${String(v)}`);
      if (sheets.indexOf(s) === v) return;
      assertStructureEditable(ex.workbook, "Worksheet.position");
      const others = sheets.filter((x) => x !== s);
      others.splice(v, 0, s);
      ex.workbook.sheets = others;
    },
  },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, ex) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw officeError("InvalidArgument", `Not a visibility: ${String(v)}`);
      if (v !== "Visible") {
        assertStructureEditable(ex.workbook, "Worksheet.visibility");
        if (s.visibility === "Visible" && visibleSheets(ex.workbook).length === 1) {
          throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
      }
      s.visibility = v;
      if (v !== "Visible") moveActivationFrom(ex.workbook, s);
    },
  },
};

type SheetMembers =
  | "id"
  | "name"
  | "position"
  | "visibility"
  | "protection"
  | "freezePanes"
  | "notes"
  | "comments"
  | "charts"
  | "getRange"
  | "getRanges"
  | "getRangeByIndexes"
  | "getCell"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "activate"
  | "delete";

export class FakeWorksheet extends FakeObject<SheetModel> implements Surface<Excel.Worksheet, SheetMembers> {
  readonly _type = "Worksheet";
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

  protected _props(): PropSpecs<SheetModel> {
    return SHEET_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    if (name === "protection") return this.protection;
    if (name === "freezePanes") return this.freezePanes;
    if (name === "notes") return this.notes;
    if (name === "comments") return this.comments;
    if (name === "charts") return this.charts;
    return undefined;
  }

  get protection(): FakeWorksheetProtection {
    return this._navChild("protection", "1.2", (p, n, a) => new FakeWorksheetProtection(p.context, p, n, a, (t) => t as SheetModel));
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    return this._navChild("freezePanes", "1.7", (p, n, a) => new FakeWorksheetFreezePanes(p.context, p, n, a, (t) => t as SheetModel));
  }

  get notes(): FakeNoteCollection {
    // Absent from an office.js that predates notes (see LibraryMembers): undefined, as there.
    if (!this.context.host.libraryHas("Worksheet", "notes")) return undefined as unknown as FakeNoteCollection;
    return this._navChild("notes", "1.18", (p, n, a) => new FakeNoteCollection(p.context, p, n, a, (t) => ({ sheet: t as SheetModel })));
  }

  get comments(): FakeCommentCollection {
    return this._navChild("comments", "1.10", (p, n, a) => new FakeCommentCollection(p.context, p, n, a, (t) => ({ sheet: t as SheetModel })));
  }

  get charts(): FakeChartCollection {
    return this._navChild("charts", undefined, (p, n, a) => new FakeChartCollection(p.context, p, n, a, (t) => t as SheetModel));
  }

  /** The whole sheet without an address; an address naming another sheet is refused. */
  getRange(address?: string): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t) => {
          const sheet = t as SheetModel;
          if (address === undefined || address === "") return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
          const parsed = parseAddress(address);
          if (!parsed || parsed.areas.length !== 1) throw officeError("InvalidArgument", `Not a single range address: ${address}`);
          if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw officeError("InvalidArgument", `The address names another sheet: ${address}`);
          return { sheet, rect: parsed.areas[0] };
        }),
      "getRange",
      address === undefined ? [] : [address],
      undefined,
      false,
    );
  }

  getRanges(address?: string): FakeRangeAreas {
    return this._child(
      (p, n, a) =>
        new FakeRangeAreas(p.context, p, n, a, (t) => {
          const sheet = t as SheetModel;
          const parsed = address ? parseAddress(address) : null;
          if (!parsed) throw officeError("InvalidArgument", `Not a valid address: ${String(address)}`);
          if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw officeError("InvalidArgument", `The address names another sheet: ${address}`);
          return { sheet, rects: parsed.areas };
        }),
      "getRanges",
      address === undefined ? [] : [address],
      "1.9",
      false,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t) => {
          const ok = [startRow, startColumn].every((v) => Number.isInteger(v) && v >= 0) && [rowCount, columnCount].every((v) => Number.isInteger(v) && v >= 1);
          const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
          if (!ok || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) throw officeError("InvalidArgument", "Indexes outside the sheet");
          return { sheet: t as SheetModel, rect };
        }),
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      "1.7",
      false,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexesUnchecked(row, column, "getCell");
  }

  private getRangeByIndexesUnchecked(row: number, column: number, name: string): FakeRange {
    return this._child((p, n, a) => new FakeRange(p.context, p, n, a, (t) => ({ sheet: t as SheetModel, rect: { top: row, left: column, bottom: row, right: column } })), name, [row, column], undefined, false);
  }

  /** A blank sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this._child(
      (p, n, a) => new FakeRange(p.context, p, n, a, (t) => ({ sheet: t as SheetModel, rect: usedRect(t as SheetModel, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } })),
      "getUsedRange",
      valuesOnly === undefined ? [] : [valuesOnly],
      valuesOnly === undefined ? undefined : "1.2",
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t) => {
          const rect = usedRect(t as SheetModel, valuesOnly === true);
          return rect ? { sheet: t as SheetModel, rect } : null;
        }),
      "getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      "1.4",
      true,
    );
  }

  activate(): void {
    this._call("activate", [], undefined, (s, ex) => {
      if (s.visibility !== "Visible") throw officeError("InvalidOperation", "Cannot activate a hidden sheet.");
      ex.workbook.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._call("delete", [], undefined, (s, ex) => {
      assertStructureEditable(ex.workbook, "Worksheet.delete");
      // "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail
      // with an InvalidOperation exception. You should first change its visibility to hidden
      // or visible" (Worksheet.delete, learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
      if (s.visibility === "VeryHidden") throw officeError("InvalidOperation", "A very hidden worksheet cannot be deleted; make it hidden or visible first.", "Worksheet.delete");
      if (s.visibility === "Visible" && visibleSheets(ex.workbook).length === 1) {
        throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      moveActivationFrom(ex.workbook, s);
      ex.workbook.sheets = ex.workbook.sheets.filter((x) => x !== s);
      ex.workbook.comments = ex.workbook.comments.filter((c) => c.sheetId !== s.id);
    });
  }
}
defineScalars(FakeWorksheet, SHEET_PROPS);

const PROTECTION_PROPS: PropSpecs<SheetModel> = { protected: { api: "1.2", get: (s) => s.protected } };

export class FakeWorksheetProtection extends FakeObject<SheetModel> implements Surface<Excel.WorksheetProtection, "protected" | "protect" | "unprotect"> {
  readonly _type = "WorksheetProtection";
  declare readonly protected: boolean;

  protected _props(): PropSpecs<SheetModel> {
    return PROTECTION_PROPS;
  }

  protect(): void {
    this._call("protect", [], "1.2", (s) => {
      s.protected = true;
    });
  }

  unprotect(): void {
    this._call("unprotect", [], "1.7", (s) => {
      s.protected = false;
    });
  }
}
defineScalars(FakeWorksheetProtection, PROTECTION_PROPS);

export class FakeWorksheetFreezePanes extends FakeObject<SheetModel> implements Surface<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze"> {
  readonly _type = "WorksheetFreezePanes";

  protected _props(): PropSpecs<SheetModel> {
    return {};
  }

  freezeRows(count?: number): void {
    this._call("freezeRows", [count ?? 1], "1.7", (s) => {
      s.frozenRows = count ?? 1;
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], "1.7", (s) => {
      s.frozenRows = 0;
    });
  }
}
