// Notes (the classic cell notes, ExcelApi 1.18): workbook.notes and worksheet.notes.
// A note lives on one cell; a cell holds at most one note and never a note and a
// threaded comment together.
import { FakeObject, defineScalars, type Exec, type PropSpecs } from "../client";
import { FakeCollection } from "../collection";
import { officeError } from "../errors";
import { cellKey, keyCol, keyRow, type NoteModel, type SheetModel } from "../model";
import type { Surface } from "../surface";
import { assertNoAnnotation, cellArgument } from "./cellArg";
import { FakeRange } from "./range";
import { assertEditable, rangeFromAddress, singleCell } from "./targets";

export interface NoteScope {
  sheet: SheetModel | null;
}

export interface NoteRef {
  sheet: SheetModel;
  key: number;
}

function noteOf(ex: Exec, ref: NoteRef): NoteModel {
  const note = ex.workbook.sheets.includes(ref.sheet) ? ref.sheet.notes.get(ref.key) : undefined;
  if (!note) throw officeError("ItemNotFound", "The note no longer exists.");
  return note;
}

function find(ex: Exec, scope: NoteScope, key: string): NoteRef | null {
  const at = singleCell(rangeFromAddress(ex.workbook, key, scope.sheet ?? ex.workbook.activeSheet() ?? null, "NoteCollection.getItem"), "NoteCollection.getItem");
  const k = cellKey(at.rect.top, at.rect.left);
  return at.sheet.notes.has(k) && (!scope.sheet || scope.sheet === at.sheet) ? { sheet: at.sheet, key: k } : null;
}

const NOTE_PROPS: PropSpecs<NoteRef> = {
  content: {
    api: "1.18",
    get: (r, ex) => noteOf(ex, r).content,
    set: (r, v, ex) => {
      assertEditable(r.sheet, "Note.content");
      noteOf(ex, r).content = String(v);
    },
  },
  authorName: { api: "1.18", get: (r, ex) => noteOf(ex, r).author },
};

export class FakeNote extends FakeObject<NoteRef> implements Surface<Excel.Note, "content" | "authorName" | "delete" | "getLocation"> {
  readonly _type = "Note";
  declare content: string;
  declare readonly authorName: string;

  protected _props(): PropSpecs<NoteRef> {
    return NOTE_PROPS;
  }

  delete(): void {
    this._call("delete", [], "1.18", (r, ex) => {
      noteOf(ex, r);
      assertEditable(r.sheet, "Note.delete");
      r.sheet.notes.delete(r.key);
    });
  }

  getLocation(): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t, ex) => {
          const r = t as NoteRef;
          noteOf(ex, r);
          const row = keyRow(r.key);
          const col = keyCol(r.key);
          return { sheet: r.sheet, rect: { top: row, left: col, bottom: row, right: col } };
        }),
      "getLocation",
      [],
      "1.18",
      false,
    );
  }
}
defineScalars(FakeNote, NOTE_PROPS);

type Members = "items" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getCount";

export class FakeNoteCollection extends FakeCollection<NoteScope, FakeNote, NoteRef> implements Surface<Excel.NoteCollection, Members> {
  readonly _type = "NoteCollection";

  protected _itemTargets(scope: NoteScope, ex: Exec): NoteRef[] {
    const sheets = scope.sheet ? [scope.sheet] : ex.workbook.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.keys()].sort((a, b) => a - b).map((key) => ({ sheet, key })));
  }

  protected _makeItem(index: number, target: NoteRef): FakeNote {
    return new FakeNote(this.context, this, "getItemAt", [index], () => target);
  }

  add(cellAddress: FakeRange | string, content: any): FakeNote {
    return this._child(
      (p, n, a) =>
        new FakeNote(p.context, p, n, a, (s, ex) => {
          const scope = s as NoteScope;
          const at = cellArgument(ex, cellAddress, scope.sheet, "NoteCollection.add");
          assertEditable(at.sheet, "NoteCollection.add");
          assertNoAnnotation(ex, at, "NoteCollection.add");
          const key = cellKey(at.rect.top, at.rect.left);
          at.sheet.notes.set(key, { content: String(content), author: ex.workbook.author });
          return { sheet: at.sheet, key };
        }),
      "add",
      [cellAddress, content],
      "1.18",
      true,
    );
  }

  getItem(key: string): FakeNote {
    return this._child(
      (p, n, a) =>
        new FakeNote(p.context, p, n, a, (s, ex) => {
          const found = find(ex, s as NoteScope, key);
          if (!found) throw officeError("ItemNotFound", `No note at ${key}`);
          return found;
        }),
      "getItem",
      [key],
      "1.18",
      false,
    );
  }

  getItemOrNullObject(key: string): FakeNote {
    return this._child((p, n, a) => new FakeNote(p.context, p, n, a, (s, ex) => find(ex, s as NoteScope, key)), "getItemOrNullObject", [key], "1.18", true);
  }

  getItemAt(index: number): FakeNote {
    return this._child(
      (p, n, a) =>
        new FakeNote(p.context, p, n, a, (s, ex) => {
          const ref = this._itemTargets(s as NoteScope, ex)[index];
          if (!ref) throw officeError("ItemNotFound", `No note at index ${index}`);
          return ref;
        }),
      "getItemAt",
      [index],
      "1.18",
      false,
    );
  }

  getCount() {
    return this._result("getCount", [], "1.18", (s: NoteScope, ex: Exec) => this._itemTargets(s, ex).length);
  }
}
