// Builds real .xlsx files for the command line's tests: sample cards and grids written
// with exceljs, plus per-cell extras (formulas with cached results, number formats, notes).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/core";
import { addGridSheet } from "../../src/cli/gridSheet";
import { cardGrid, type CardSpec } from "../../src/sample/cards";
import { gridsFromPackage, type ReadLimits } from "../../src/xlsx";

export interface CellExtra {
  /** Replaces the grid's value, e.g. `{ formula: "AVERAGE(I6:I9)", result: 86 }`. */
  value?: ExcelJS.CellValue;
  numFmt?: string;
  note?: string;
}

export interface SheetSpec {
  grid: SheetGrid;
  /** Extras by A1 address. */
  cells?: Record<string, CellExtra>;
}

export async function writeGrids(path: string, sheets: (SheetGrid | SheetSpec)[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const entry of sheets) {
    const spec: SheetSpec = "grid" in entry ? entry : { grid: entry };
    const sheet = addGridSheet(workbook, spec.grid);
    for (const [address, extra] of Object.entries(spec.cells ?? {})) {
      const cell = sheet.getCell(address);
      if (extra.value !== undefined) cell.value = extra.value;
      if (extra.numFmt !== undefined) cell.numFmt = extra.numFmt;
      if (extra.note !== undefined) cell.note = extra.note;
    }
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

/** One sheet per card, as a department keeps them. */
export function writeCards(path: string, specs: CardSpec[]): Promise<string> {
  return writeGrids(path, specs.map(cardGrid));
}

/** Every stored cell of every sheet as `sheet!A1` -> its value, for before/after comparisons. */
export async function readAllCells(path: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = cell.type === ExcelJS.ValueType.Merge ? { mergedInto: cell.master.address } : cell.value;
        if (value !== null && value !== undefined) cells.set(`${sheet.name}!${cell.address}`, value);
      });
    });
  }
  return cells;
}

/** The file's grids as the command line reads them (the one reader, src/xlsx). */
export async function readGridsFile(path: string, limits: ReadLimits = {}): Promise<SheetGrid[]> {
  return gridsFromPackage(await readFile(path), limits).grids;
}

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A fresh temporary folder and a function that removes it. */
export async function tempFolder(prefix = "pledge-check-"): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
