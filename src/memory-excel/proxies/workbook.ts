// context.workbook: the entry point to sheets, workbook-wide notes (ExcelApi 1.18) and
// threaded comments (1.10), structure protection (1.7) and the selection.
import { FakeObject, defineScalars, type PropSpecs } from "../client";
import { officeError } from "../errors";
import type { Surface } from "../surface";
import type { MemoryWorkbook } from "../workbook";
import { FakeCommentCollection } from "./comments";
import { FakeNoteCollection } from "./notes";
import { FakeRange } from "./range";
import { FakeWorksheetCollection } from "./worksheets";

const WORKBOOK_PROPS: PropSpecs<MemoryWorkbook> = { name: { api: "1.7", get: () => "Book1.xlsx" } };

export class FakeWorkbook extends FakeObject<MemoryWorkbook> implements Surface<Excel.Workbook, "name" | "worksheets" | "notes" | "comments" | "protection" | "getSelectedRange"> {
  readonly _type = "Workbook";
  declare readonly name: string;

  constructor(context: import("../client").FakeRequestContext) {
    super(context, null, "workbook", [], (w) => w as MemoryWorkbook);
  }

  protected _props(): PropSpecs<MemoryWorkbook> {
    return WORKBOOK_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "notes") return this.notes;
    if (name === "comments") return this.comments;
    if (name === "protection") return this.protection;
    return undefined;
  }

  get worksheets(): FakeWorksheetCollection {
    return this._navChild("worksheets", undefined, (p, n, a) => new FakeWorksheetCollection(p.context, p, n, a, (w) => w as MemoryWorkbook));
  }

  get notes(): FakeNoteCollection {
    // Absent from an office.js that predates notes (see LibraryMembers): undefined, as there.
    if (!this.context.host.libraryHas("Workbook", "notes")) return undefined as unknown as FakeNoteCollection;
    return this._navChild("notes", "1.18", (p, n, a) => new FakeNoteCollection(p.context, p, n, a, () => ({ sheet: null })));
  }

  get comments(): FakeCommentCollection {
    return this._navChild("comments", "1.10", (p, n, a) => new FakeCommentCollection(p.context, p, n, a, () => ({ sheet: null })));
  }

  get protection(): FakeWorkbookProtection {
    return this._navChild("protection", "1.7", (p, n, a) => new FakeWorkbookProtection(p.context, p, n, a, (w) => w as MemoryWorkbook));
  }

  getSelectedRange(): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (w) => {
          const workbook = w as MemoryWorkbook;
          const selection = workbook.selection;
          const sheet = selection ? workbook.sheetById(selection.sheetId) : workbook.activeSheet();
          if (!sheet) throw officeError("ItemNotFound", "Nothing is selected");
          return { sheet, rect: selection ? { ...selection.rect } : { top: 0, left: 0, bottom: 0, right: 0 } };
        }),
      "getSelectedRange",
      [],
      undefined,
      false,
    );
  }
}
defineScalars(FakeWorkbook, WORKBOOK_PROPS);

const PROTECTION_PROPS: PropSpecs<MemoryWorkbook> = { protected: { api: "1.7", get: (w) => w.structureProtected } };

export class FakeWorkbookProtection extends FakeObject<MemoryWorkbook> implements Surface<Excel.WorkbookProtection, "protected"> {
  readonly _type = "WorkbookProtection";
  declare readonly protected: boolean;

  protected _props(): PropSpecs<MemoryWorkbook> {
    return PROTECTION_PROPS;
  }
}
defineScalars(FakeWorkbookProtection, PROTECTION_PROPS);
