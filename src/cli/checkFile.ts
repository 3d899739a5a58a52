// One file through the core: read it, turn its sheets into grids, check them.
import type ExcelJS from "exceljs";
import { checkWorkbook, NO_TABLE_MESSAGE, noTableFound, SUMMARY_MARKER, type CheckOptions, type WorkbookResult } from "../core";
import { sheetGrid } from "./grid";
import { readWorkbook, UnreadableFile } from "./readWorkbook";

export interface CheckedFile {
  workbook: ExcelJS.Workbook;
  result: WorkbookResult;
}

export const NO_TABLE = NO_TABLE_MESSAGE;
/** Checking a --fix out folder again meets the 요약.xlsx written there. */
export const OUR_SUMMARY = "공약 점검이 만든 요약 파일이라 확인지표 표가 없습니다. 요약 파일은 빼고 점검하세요.";

/** Throws UnreadableFile (a Korean one-liner) when the file cannot be read or holds no table. */
export async function checkFile(path: string, options: CheckOptions): Promise<CheckedFile> {
  const workbook = await readWorkbook(path);
  const result = checkWorkbook(workbook.worksheets.map(sheetGrid), options);
  if (noTableFound(result)) throw new UnreadableFile(isOurSummary(workbook) ? OUR_SUMMARY : NO_TABLE);
  return { workbook, result };
}

function isOurSummary(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((sheet) => sheet.getCell("A1").value === SUMMARY_MARKER);
}
