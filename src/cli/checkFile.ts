// One file through the core: read it, turn its sheets into grids, check them.
import type ExcelJS from "exceljs";
import { checkWorkbook, SUMMARY_MARKER, type CheckOptions, type WorkbookResult } from "../core";
import { sheetGrid } from "./grid";
import { readWorkbook, UnreadableFile } from "./readWorkbook";

export interface CheckedFile {
  workbook: ExcelJS.Workbook;
  result: WorkbookResult;
}

export const NO_TABLE = "확인지표 표를 찾지 못했습니다. 이행률 열이 있는 <공약달성 확인지표> 표가 있는지 확인하세요.";
/** Checking a --fix out folder again meets the 요약.xlsx written there. */
export const OUR_SUMMARY = "공약 점검이 만든 요약 파일이라 확인지표 표가 없습니다. 요약 파일은 빼고 점검하세요.";

/** Throws UnreadableFile (a Korean one-liner) when the file cannot be read or holds no table. */
export async function checkFile(path: string, options: CheckOptions): Promise<CheckedFile> {
  const workbook = await readWorkbook(path);
  const result = checkWorkbook(workbook.worksheets.map(sheetGrid), options);
  const found = result.sheets.some((sheet) => sheet.pledges.length > 0 || sheet.findings.length > 0);
  if (!found) throw new UnreadableFile(isOurSummary(workbook) ? OUR_SUMMARY : NO_TABLE);
  return { workbook, result };
}

function isOurSummary(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((sheet) => sheet.getCell("A1").value === SUMMARY_MARKER);
}
