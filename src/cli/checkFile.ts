// One file through the core: read it, turn its sheets into grids, check them.
// Every check reads the grids with the one reader (src/xlsx), so a check and the check
// before a copy can never read a file differently; a copy loads exceljs's workbook only to
// write it.
import type ExcelJS from "exceljs";
import { checkWorkbook, NO_TABLE_MESSAGE, noTableFound, ownSheetKind, readCellAt, type CheckOptions, type SheetGrid, type WorkbookResult } from "../core";
import { unfilledMerges } from "./mergeGuard";
import { loadWorkbook, packageBytes, quoteNames, readGrids, readPackage, UnreadableFile } from "./readWorkbook";
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

/** Checked, but exceljs could not open the file to write its copy: why, in Korean. */
export interface CheckedWithoutCopy extends CheckedFile {
  copyRefused: string;
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
  return checkBytes(await readPackage(path), options, limits);
}

/**
 * The same check, then exceljs's workbook kept for a copy (--fix, compare --out). When
 * exceljs cannot open what the reader read, the check stands and the copy is refused.
 */
export async function checkForCopy(path: string, options: CheckOptions, limits: CheckLimits = {}): Promise<CheckedCopy | CheckedWithoutCopy> {
  return copyCheck(await readPackage(path), options, limits);
}

/** checkForCopy on bytes in hand (the standalone page), where a copy exceljs cannot open refuses the file. */
export async function checkBytesForCopy(bytes: Buffer, options: CheckOptions, limits: CheckLimits = {}): Promise<CheckedCopy> {
  const checked = await copyCheck(packageBytes(bytes), options, limits);
  if (!isCopy(checked)) throw new UnreadableFile(checked.copyRefused);
  return checked;
}

async function copyCheck(bytes: Buffer, options: CheckOptions, limits: CheckLimits): Promise<CheckedCopy | CheckedWithoutCopy> {
  const { result, notices } = checkBytes(bytes, options, limits);
  let loaded;
  try {
    loaded = await loadWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { result, notices, copyRefused: `사본을 쓰려고 파일을 다시 여는 중 문제가 생겼습니다: ${error.message}` };
  }
  const { workbook, contents } = loaded;
  const merges = workbook.worksheets.flatMap((sheet) => unfilledMerges(sheet).map((range) => `'${sheet.name}'!${range}`));
  const unkept = [...contents.unkept];
  if (merges.length > 0) unkept.push(`아주 큰 병합 영역 ${merges.slice(0, 3).join(", ")}${merges.length > 3 ? ` 외 ${merges.length - 3}개` : ""}`);
  return { workbook, result, notices, unkept };
}

function checkBytes(bytes: Uint8Array, options: CheckOptions, limits: CheckLimits): CheckedFile {
  const read = readGrids(bytes, limits);
  const notices = [...read.notices];
  if (read.missingSheets.length > 0) {
    notices.unshift(`시트 ${withParticle(quoteNames(read.missingSheets), "은/는")} 통합 문서 목록에는 있지만 내용이 파일에서 빠져 있어 점검하지 못했습니다.`);
  }
  return { result: checkGrids(read.grids, notices, options), notices };
}

function checkGrids(grids: SheetGrid[], notices: string[], options: CheckOptions): WorkbookResult {
  const result = checkWorkbook(grids, options);
  if (noTableFound(result)) {
    const reason = grids.some((grid) => ownSheetKind(readCellAt(grid, 0, 0)) === "summary") ? OUR_SUMMARY : NO_TABLE;
    throw new UnreadableFile(notices.length > 0 ? `${reason} ${notices.join(" ")}` : reason);
  }
  return result;
}
