// workbook.worksheets: every sheet in tab order, hidden and very hidden ones included.
import type { Exec } from "../client";
import { FakeCollection } from "../collection";
import { officeError } from "../errors";
import type { SheetModel } from "../model";
import type { Surface } from "../surface";
import type { MemoryWorkbook } from "../workbook";
import { assertStructureEditable } from "./targets";
import { FakeWorksheet, checkSheetName } from "./worksheet";

function byKey(workbook: MemoryWorkbook, key: string): SheetModel | undefined {
  return workbook.findSheet(key) ?? workbook.sheetById(key);
}

type Members = "items" | "getItem" | "getItemOrNullObject" | "add" | "getActiveWorksheet" | "getCount";

export class FakeWorksheetCollection extends FakeCollection<MemoryWorkbook, FakeWorksheet, SheetModel> implements Surface<Excel.WorksheetCollection, Members> {
  readonly _type = "WorksheetCollection";

  protected _itemTargets(workbook: MemoryWorkbook): SheetModel[] {
    return [...workbook.sheets];
  }

  protected _makeItem(index: number, target: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, this, "getItem", [target.id], () => target);
  }

  getItem(key: string): FakeWorksheet {
    return this._child(
      (p, n, a) =>
        new FakeWorksheet(p.context, p, n, a, (w) => {
          const sheet = byKey(w as MemoryWorkbook, key);
          if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${key}`);
          return sheet;
        }),
      "getItem",
      [key],
      undefined,
      false,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this._child((p, n, a) => new FakeWorksheet(p.context, p, n, a, (w) => byKey(w as MemoryWorkbook, key) ?? null), "getItemOrNullObject", [key], "1.4", true);
  }

  /** Adds a sheet at the end; Excel does not activate it. */
  add(name?: string): FakeWorksheet {
    return this._child(
      (p, n, a) =>
        new FakeWorksheet(p.context, p, n, a, (w) => {
          const workbook = w as MemoryWorkbook;
          assertStructureEditable(workbook, "WorksheetCollection.add");
          let sheetName = name;
          for (let i = workbook.sheets.length + 1; sheetName === undefined; i++) if (!workbook.findSheet(`Sheet${i}`)) sheetName = `Sheet${i}`;
          checkSheetName(workbook, sheetName, null);
          return workbook.addSheet(sheetName);
        }),
      "add",
      name === undefined ? [] : [name],
      undefined,
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this._child(
      (p, n, a) =>
        new FakeWorksheet(p.context, p, n, a, (w) => {
          const workbook = w as MemoryWorkbook;
          // "getActiveWorksheet() throws an error depending on the active sheet type" — a chart
          // sheet (OfficeDev/office-js#2444); which code is a guess (README, assumptions):
          // UnsupportedSheet, from Excel.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes).
          if (!workbook.focused) throw officeError("InactiveWorkbook", "The workbook is not active.", "WorksheetCollection.getActiveWorksheet");
          if (workbook.chartSheetActive !== null) throw officeError("UnsupportedSheet", "This operation isn't supported on a chart sheet.", "WorksheetCollection.getActiveWorksheet");
          const sheet = workbook.activeSheet();
          if (!sheet) throw officeError("ItemNotFound", "No active worksheet");
          return sheet;
        }),
      "getActiveWorksheet",
      [],
      undefined,
      false,
    );
  }

  getCount(visibleOnly?: boolean) {
    return this._result("getCount", [visibleOnly ?? false], "1.4", (w: MemoryWorkbook, _ex: Exec) =>
      visibleOnly ? w.sheets.filter((s) => s.visibility === "Visible").length : w.sheets.length,
    );
  }
}
