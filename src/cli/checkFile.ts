// One file through the core: read it, turn its sheets into grids, check them.
import type ExcelJS from "exceljs";
import { checkWorkbook, NO_TABLE_MESSAGE, noTableFound, ownSheetKind, type CheckOptions, type SheetGrid, type WorkbookResult } from "../core";
import { sheetGrid, SheetTooLarge } from "./grid";
import { unfilledMerges } from "./mergeGuard";
import { openWorkbook, quoteNames, UnreadableFile } from "./readWorkbook";

export interface CheckedFile {
  workbook: ExcelJS.Workbook;
  result: WorkbookResult;
  /** Korean notes on sheets that were not checked (too large, part missing from the package). */
  notices: string[];
  /** Korean names of content a copy written by exceljs would lose. */
  unkept: string[];
}

export const NO_TABLE = NO_TABLE_MESSAGE;
/** Checking a --fix out folder again meets the 요약.xlsx written there. */
export const OUR_SUMMARY = "공약 점검이 만든 요약 파일이라 확인지표 표가 없습니다. 요약 파일은 빼고 점검하세요.";

/** Throws UnreadableFile (a Korean one-liner) when the file cannot be read or holds no table. */
export async function checkFile(path: string, options: CheckOptions, limits: { maxCells?: number } = {}): Promise<CheckedFile> {
  const { workbook, contents } = await openWorkbook(path);
  const notices: string[] = [];
  if (contents.missingSheets.length > 0) {
    notices.push(`시트 ${quoteNames(contents.missingSheets)}은(는) 통합 문서 목록에는 있지만 내용이 파일에서 빠져 있어 점검하지 못했습니다.`);
  }
  const grids: SheetGrid[] = [];
  for (const sheet of workbook.worksheets) {
    try {
      grids.push(sheetGrid(sheet, limits));
    } catch (error) {
      // One odd sheet does not take the file down: it is named, the others are checked.
      notices.push(error instanceof SheetTooLarge ? error.message : `시트 '${sheet.name}'을(를) 읽는 중 예상하지 못한 문제가 생겨 점검하지 못했습니다.`);
    }
  }
  const result = checkWorkbook(grids, options);
  if (noTableFound(result)) {
    const reason = isOurSummary(workbook) ? OUR_SUMMARY : NO_TABLE;
    throw new UnreadableFile(notices.length > 0 ? `${reason} ${notices.join(" ")}` : reason);
  }
  const merges = workbook.worksheets.flatMap((sheet) => unfilledMerges(sheet).map((range) => `'${sheet.name}'!${range}`));
  const unkept = [...contents.unkept];
  if (merges.length > 0) unkept.push(`아주 큰 병합 영역 ${merges.slice(0, 3).join(", ")}${merges.length > 3 ? ` 외 ${merges.length - 3}개` : ""}`);
  return { workbook, result, notices, unkept };
}

function isOurSummary(workbook: ExcelJS.Workbook): boolean {
  return workbook.worksheets.some((sheet) => ownSheetKind(sheet.getCell("A1").value) === "summary");
}
