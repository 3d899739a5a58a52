// Loads an .xlsx into the fake with exceljs (Node only; the browser bundle builds from
// grids instead): values with formula results, merges with the value kept in the
// top-left cell only (exceljs repeats it), solid fills, bold, number formats, notes,
// visibility and sheet protection.
import ExcelJS from "exceljs";
import { parseArea } from "./address";
import { blankCell, cellKey, GENERAL, type CellModel, type ExcelValue, type FillModel, type Visibility } from "./model";
import { MemoryWorkbook } from "./workbook";

/** exceljs ValueType numbers. */
const MERGE = 1;
const FORMULA = 6;

function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function plain(value: ExcelJS.CellValue | undefined): ExcelValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

function fillOf(fill: ExcelJS.Fill | undefined): FillModel | null {
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  // Theme colours cannot be resolved without the theme part; they load as black.
  const argb = fill.fgColor?.argb ?? "FF000000";
  const color = `#${argb.slice(-6).toUpperCase()}`;
  return fill.pattern === "solid" ? { color, pattern: "Solid" } : { color, pattern: fill.pattern[0].toUpperCase() + fill.pattern.slice(1) };
}

function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

export function workbookFromExcelJs(source: ExcelJS.Workbook): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  source.eachSheet((ws) => {
    const sheet = workbook.addSheet(ws.name);
    sheet.visibility = ({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as Record<string, Visibility>)[ws.state] ?? "Visible";
    sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    sheet.merges = ws.model.merges.map((m) => parseArea(m)).filter((r) => r !== null);
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (row.hidden) sheet.hiddenRows.add(Number(row.number) - 1);
      row.eachCell({ includeEmpty: true }, (c) => {
        const cell: CellModel = {
          ...blankCell(),
          value: c.type === MERGE ? "" : c.type === FORMULA ? plain(c.result as ExcelJS.CellValue) : plain(c.value),
          numberFormat: c.numFmt || GENERAL,
          fill: fillOf(c.fill),
          bold: c.font?.bold === true,
        };
        if (c.hyperlink) cell.hyperlink = { address: c.hyperlink };
        // The formula with its cached result, as Excel keeps both (exceljs: formula / result).
        if (c.type === FORMULA && typeof c.formula === "string" && c.formula !== "") cell.formula = `=${c.formula}`;
        const key = cellKey(Number(c.row) - 1, Number(c.col) - 1);
        if (cell.value !== "" || cell.numberFormat !== GENERAL || cell.fill || cell.hyperlink || cell.bold || cell.formula) sheet.cells.set(key, cell);
        const note = noteText(c.note);
        if (note !== null) sheet.notes.set(key, { content: note, author: "" });
      });
    });
  });
  const firstVisible = workbook.sheets.find((s) => s.visibility === "Visible");
  workbook.activeSheetId = firstVisible?.id ?? null;
  return workbook;
}

export async function loadXlsx(path: string): Promise<MemoryWorkbook> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(path);
  return workbookFromExcelJs(source);
}
