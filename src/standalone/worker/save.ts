// 내려받기 in the staff view: the workbook as the pane left it, written by exceljs over the
// original file, as --fix writes its copies. Only what the pane changed is carried over
// (values, number formats, fills, notes; the sheets it adds or removes); everything else
// is the original package as exceljs reads and writes it — and what exceljs cannot write
// back (listed by the same check as --fix) makes the page refuse, not pretend.
import { Buffer } from "buffer";
import ExcelJS from "exceljs";
import { unkeptRefusal } from "../../cli/report";
import { loadState, saveState, type WorkbookState } from "../../memory-excel";
import type { CellModel, FillModel } from "../../memory-excel/model";
import { workbookFromExcelJs } from "../../memory-excel/xlsx";
import { checkPackage, type Options } from "./read";

const COLUMNS = 16_384;

export class SaveRefused extends Error {}

/** The memory workbook's state for a file, read as the pane will see it. */
export async function openState(bytes: Uint8Array, options: Options): Promise<WorkbookState> {
  const { workbook } = await checkPackage(Buffer.from(bytes), options);
  return saveState(workbookFromExcelJs(workbook));
}

export async function savedWorkbook(bytes: Uint8Array, state: WorkbookState, options: Options): Promise<Uint8Array> {
  const checked = await checkPackage(Buffer.from(bytes), options);
  if (checked.unkept.length > 0) throw new SaveRefused(unkeptRefusal(checked.unkept));
  const target = checked.workbook;
  const before = workbookFromExcelJs(target);
  const after = loadState(state);
  for (const sheet of before.sheets) {
    if (!after.findSheet(sheet.name)) target.removeWorksheet(target.getWorksheet(sheet.name)!.id);
  }
  for (const sheet of after.sheets) {
    const old = before.findSheet(sheet.name);
    const ws = target.getWorksheet(sheet.name) ?? target.addWorksheet(sheet.name);
    if (!old) {
      ws.state = sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden";
      for (const [column, width] of sheet.columnWidths) ws.getColumn(column + 1).width = width / 7;
    }
    const keys = new Set([...sheet.cells.keys(), ...(old?.cells.keys() ?? [])]);
    for (const key of keys) {
      const now = sheet.cells.get(key) ?? null;
      const was = old?.cells.get(key) ?? null;
      if (same(now, was)) continue;
      const cell = ws.getCell(Math.floor(key / COLUMNS) + 1, (key % COLUMNS) + 1);
      cell.value = now === null || now.value === "" ? null : now.value;
      const style: Partial<ExcelJS.Style> = { ...cell.style };
      if (now !== null && now.numberFormat !== "General") style.numFmt = now.numberFormat;
      const fill = fillOf(now?.fill ?? null);
      if (fill) style.fill = fill;
      else delete style.fill;
      if (now?.bold) style.font = { ...style.font, bold: true };
      cell.style = style;
    }
    const notes = new Set([...sheet.notes.keys(), ...(old?.notes.keys() ?? [])]);
    for (const key of notes) {
      const now = sheet.notes.get(key)?.content ?? null;
      if (now === (old?.notes.get(key)?.content ?? null)) continue;
      const cell = ws.getCell(Math.floor(key / COLUMNS) + 1, (key % COLUMNS) + 1);
      cell.note = now ?? (undefined as unknown as string);
    }
  }
  return new Uint8Array((await target.xlsx.writeBuffer()) as ArrayBuffer);
}

function same(a: CellModel | null, b: CellModel | null): boolean {
  if (a === null || b === null) return (a?.value ?? "") === (b?.value ?? "") && !a?.fill && !b?.fill && (a?.numberFormat ?? "General") === (b?.numberFormat ?? "General");
  return a.value === b.value && a.numberFormat === b.numberFormat && a.bold === b.bold && JSON.stringify(a.fill) === JSON.stringify(b.fill);
}

function fillOf(fill: FillModel | null): ExcelJS.Fill | null {
  if (!fill) return null;
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.color.replace(/^#/, "").toUpperCase()}` } };
}
