// Threaded comments (ExcelApi 1.10): workbook.comments and worksheet.comments. One
// thread per cell; an address string given to add() must name its sheet.
import { FakeObject, defineScalars, type Exec, type PropSpecs } from "../client";
import { FakeCollection } from "../collection";
import { officeError } from "../errors";
import type { CommentModel, SheetModel } from "../model";
import type { Surface } from "../surface";
import { assertNoAnnotation, cellArgument } from "./cellArg";
import { FakeRange } from "./range";
import { assertEditable } from "./targets";

export interface CommentScope {
  sheet: SheetModel | null;
}

function alive(ex: Exec, comment: CommentModel): CommentModel {
  if (!ex.workbook.comments.includes(comment)) throw officeError("ItemNotFound", "The comment no longer exists.");
  return comment;
}

function sheetOf(ex: Exec, comment: CommentModel): SheetModel {
  const sheet = ex.workbook.sheetById(comment.sheetId);
  if (!sheet) throw officeError("ItemNotFound", "The comment's sheet no longer exists.");
  return sheet;
}

const COMMENT_PROPS: PropSpecs<CommentModel> = {
  id: { api: "1.10", get: (c, ex) => alive(ex, c).id },
  content: {
    api: "1.10",
    get: (c, ex) => alive(ex, c).content,
    set: (c, v, ex) => {
      assertEditable(sheetOf(ex, alive(ex, c)), "Comment.content");
      c.content = String(v);
    },
  },
  authorName: { api: "1.10", get: (c, ex) => alive(ex, c).author },
  authorEmail: { api: "1.10", get: (c, ex) => `${alive(ex, c).author}@example.invalid` },
  creationDate: { api: "1.10", get: (c, ex) => alive(ex, c).created },
};

export class FakeComment extends FakeObject<CommentModel> implements Surface<Excel.Comment, "id" | "content" | "authorName" | "authorEmail" | "delete" | "getLocation"> {
  readonly _type = "Comment";
  declare readonly id: string;
  declare content: string;
  declare readonly authorName: string;
  declare readonly authorEmail: string;
  declare readonly creationDate: Date;

  protected _props(): PropSpecs<CommentModel> {
    return COMMENT_PROPS;
  }

  delete(): void {
    this._call("delete", [], "1.10", (c, ex) => {
      assertEditable(sheetOf(ex, alive(ex, c)), "Comment.delete");
      ex.workbook.comments = ex.workbook.comments.filter((x) => x !== c);
    });
  }

  getLocation(): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t, ex) => {
          const c = alive(ex, t as CommentModel);
          return { sheet: sheetOf(ex, c), rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
        }),
      "getLocation",
      [],
      "1.10",
      false,
    );
  }
}
defineScalars(FakeComment, COMMENT_PROPS);

type Members = "items" | "add" | "getItem" | "getItemOrNullObject" | "getItemAt" | "getItemByCell" | "getCount";

export class FakeCommentCollection extends FakeCollection<CommentScope, FakeComment, CommentModel> implements Surface<Excel.CommentCollection, Members> {
  readonly _type = "CommentCollection";

  protected _itemTargets(scope: CommentScope, ex: Exec): CommentModel[] {
    return ex.workbook.comments.filter((c) => !scope.sheet || c.sheetId === scope.sheet.id);
  }

  protected _makeItem(index: number, target: CommentModel): FakeComment {
    return new FakeComment(this.context, this, "getItem", [target.id], () => target);
  }

  add(cellAddress: FakeRange | string, content: Excel.CommentRichContent | string, contentType?: "Plain" | "Mention"): FakeComment {
    return this._child(
      (p, n, a) =>
        new FakeComment(p.context, p, n, a, (s, ex) => {
          if (typeof content !== "string" || (contentType && contentType !== "Plain")) throw officeError("NotImplemented", "memory-excel: only plain-text comments");
          const scope = s as CommentScope;
          const at = cellArgument(ex, cellAddress, scope.sheet, "CommentCollection.add");
          assertEditable(at.sheet, "CommentCollection.add");
          assertNoAnnotation(ex, at, "CommentCollection.add");
          const comment: CommentModel = {
            id: ex.workbook.newId("comment-"),
            sheetId: at.sheet.id,
            row: at.rect.top,
            col: at.rect.left,
            content,
            author: ex.workbook.author,
            created: new Date(0).toISOString(),
          };
          ex.workbook.comments.push(comment);
          return comment;
        }),
      "add",
      [cellAddress, content, contentType ?? "Plain"],
      "1.10",
      true,
    );
  }

  private byId(key: string, what: string, orNull: boolean, api: string): FakeComment {
    return this._child(
      (p, n, a) =>
        new FakeComment(p.context, p, n, a, (s, ex) => {
          const found = this._itemTargets(s as CommentScope, ex).find((c) => c.id === key) ?? null;
          if (!found && !orNull) throw officeError("ItemNotFound", `No comment ${key}`);
          return found;
        }),
      what,
      [key],
      api,
      orNull,
    );
  }

  getItem(commentId: string): FakeComment {
    return this.byId(commentId, "getItem", false, "1.10");
  }

  getItemOrNullObject(commentId: string): FakeComment {
    return this.byId(commentId, "getItemOrNullObject", true, "1.14");
  }

  getItemAt(index: number): FakeComment {
    return this._child(
      (p, n, a) =>
        new FakeComment(p.context, p, n, a, (s, ex) => {
          const found = this._itemTargets(s as CommentScope, ex)[index];
          if (!found) throw officeError("ItemNotFound", `No comment at index ${index}`);
          return found;
        }),
      "getItemAt",
      [index],
      "1.10",
      false,
    );
  }

  getItemByCell(cellAddress: FakeRange | string): FakeComment {
    return this._child(
      (p, n, a) =>
        new FakeComment(p.context, p, n, a, (s, ex) => {
          const scope = s as CommentScope;
          const at = cellArgument(ex, cellAddress, scope.sheet, "CommentCollection.getItemByCell");
          const found = ex.workbook.comments.find((c) => c.sheetId === at.sheet.id && c.row === at.rect.top && c.col === at.rect.left);
          if (!found) throw officeError("ItemNotFound", "No comment on that cell");
          return found;
        }),
      "getItemByCell",
      [cellAddress],
      "1.10",
      false,
    );
  }

  getCount() {
    return this._result("getCount", [], "1.10", (s: CommentScope, ex: Exec) => this._itemTargets(s, ex).length);
  }
}
