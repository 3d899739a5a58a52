// Workbooks for the adapter tests: the shared fixtures and the sample cards, served by
// the in-memory Excel at a chosen ExcelApi version.
import path from "node:path";
import { cardGrid, sampleDepartmentCards, type CardSpec } from "../../src/sample/cards";
import { MemoryExcel, MemoryWorkbook, saveState, workbookFromGrids, type CellModel } from "../../src/memory-excel";
import { loadXlsx } from "../../src/memory-excel/xlsx";

export const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");

export async function fixture(name: string): Promise<MemoryWorkbook> {
  return loadXlsx(path.join(FIXTURES, name));
}

export function sampleWorkbook(specs: CardSpec[] = sampleDepartmentCards()): MemoryWorkbook {
  return workbookFromGrids(specs.map(cardGrid));
}

export function excelAt(workbook: MemoryWorkbook, api = "1.7"): MemoryExcel {
  return new MemoryExcel(workbook, { api });
}

/** Every cell of every sheet, by "sheet!A1", for before/after comparisons. */
export function allCells(workbook: MemoryWorkbook, sheets = workbook.sheetNames()): Map<string, CellModel> {
  const out = new Map<string, CellModel>();
  for (const sheet of sheets) for (const [address, cell] of workbook.cells(sheet)) out.set(`${sheet}!${address}`, cell);
  return out;
}

/** A deep copy of everything Excel would save. */
export function snapshot(workbook: MemoryWorkbook): unknown {
  return saveState(workbook);
}
