// One file through the core: read it, turn its sheets into grids, check them.
// A check that writes nothing reads the grids straight from the package when it can
// (src/cli/packageGrids.ts); a check that will write a copy needs exceljs's workbook.
import type ExcelJS from "exceljs";
import { checkWorkbook, NO_TABLE_MESSAGE, noTableFound, ownSheetKind, readCellAt, type CheckOptions, type SheetGrid, type WorkbookResult } from "../core";
import { sheetGrid, SheetTooLarge } from "../xlsx/grid";
import { unfilledMerges } from "./mergeGuard";
import { packageGrids } from "./packageGrids";
import { loadWorkbook, packageBytes, quoteNames, readPackage, UnreadableFile } from "./readWorkbook";
import { withParticle } from "../core/josa";

export interface CheckedFile {
  result: WorkbookResult;
  /** Korean notes on sheets that were not checked (too large, part missing from the package). */
  notices: string[];
}

/** A check with the workbook kept, to write a copy of it. */
export interface CheckedCopy extends CheckedFile {
  workbook: ExcelJS.Workbook;
  /** Korean names of content a copy written by exceljs would lose. */
  unkept: string[];
}

export function isCopy(checked: CheckedFile): checked is CheckedCopy {
  return "workbook" in checked;
}

export interface CheckLimits {
  maxCells?: number;
}

export const NO_TABLE = NO_TABLE_MESSAGE;
/** Checking a --fix out folder again meets the 요약.xlsx written there. */
export const OUR_SUMMARY = "공약 점검이 만든 요약 파일이라 확인지표 표가 없습니다. 요약 파일은 빼고 점검하세요.";

/** Throws UnreadableFile (a Korean one-liner) when the file cannot be read or holds no table. */
export async function checkFile(path: string, options: CheckOptions, limits: CheckLimits = {}): Promise<CheckedFile> {
  const bytes = await readPackage(path);
  const quick = await packageGrids(bytes, limits);
  if (quick === null) {
    // The workbook is not kept: a folder of files is not held in memory at once.
    const { result, notices } = await checkLoaded(bytes, options, limits);
    return { result, notices };
  }
  return { result: checkGrids(quick.grids, quick.notices, options), notices: quick.notices };
}

/** The same check through exceljs, keeping its workbook for a copy (--fix, compare --out). */
export async function checkForCopy(path: string, options: CheckOptions, limits: CheckLimits = {}): Promise<CheckedCopy> {
  return checkLoaded(await readPackage(path), options, limits);
}

/** checkForCopy on bytes in hand (the standalone page): the same checks, messages and copy. */
export async function checkBytesForCopy(bytes: Buffer, options: CheckOptions, limits: CheckLimits = {}): Promise<CheckedCopy> {
  return checkLoaded(packageBytes(bytes), options, limits);
}

async function checkLoaded(bytes: Buffer, options: CheckOptions, limits: CheckLimits): Promise<CheckedCopy> {
  const { workbook, contents } = await loadWorkbook(bytes);
  const notices: string[] = [];
  if (contents.missingSheets.length > 0) {
    notices.push(`시트 ${withParticle(quoteNames(contents.missingSheets), "은/는")} 통합 문서 목록에는 있지만 내용이 파일에서 빠져 있어 점검하지 못했습니다.`);
  }
  const grids: SheetGrid[] = [];
  for (const sheet of workbook.worksheets) {
    try {
      grids.push(sheetGrid(sheet, limits));
    } catch (error) {
      // One odd sheet does not take the file down: it is named, the others are checked.
      notices.push(error instanceof SheetTooLarge ? error.message : `시트 ${withParticle(`'${sheet.name}'`, "을/를")} 읽는 중 예상하지 못한 문제가 생겨 점검하지 못했습니다.`);
    }
  }
  const result = checkGrids(grids, notices, options);
  const merges = workbook.worksheets.flatMap((sheet) => unfilledMerges(sheet).map((range) => `'${sheet.name}'!${range}`));
  const unkept = [...contents.unkept];
  if (merges.length > 0) unkept.push(`아주 큰 병합 영역 ${merges.slice(0, 3).join(", ")}${merges.length > 3 ? ` 외 ${merges.length - 3}개` : ""}`);
  return { workbook, result, notices, unkept };
}

function checkGrids(grids: SheetGrid[], notices: string[], options: CheckOptions): WorkbookResult {
  const result = checkWorkbook(grids, options);
  if (noTableFound(result)) {
    const reason = grids.some((grid) => ownSheetKind(readCellAt(grid, 0, 0)) === "summary") ? OUR_SUMMARY : NO_TABLE;
    throw new UnreadableFile(notices.length > 0 ? `${reason} ${notices.join(" ")}` : reason);
  }
  return result;
}
