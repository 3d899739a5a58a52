// 이전 제출본과 비교 in the pane: the earlier .xlsx is read right here, checked by the core and
// compared with the current check's result. The .xlsx reader (exceljs, large) is imported
// only when a file is chosen, so webpack puts it in its own chunk and the pane's first load
// stays small. The exceljs → grid step is the command line's (src/xlsx/grid.ts, no Node
// imports); it belongs in a module both adapters share.
import { checkWorkbook, compareWorkbooks, type Change, type WorkbookResult } from "../core";

export class EarlierSubmissionError extends Error {}

/** The reader's chunk, fetched from the add-in's server on first use (named for the build's output). */
async function loadReader() {
  try {
    return await Promise.all([import(/* webpackChunkName: "xlsx-reader" */ "exceljs"), import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/grid")]);
  } catch (error) {
    throw new EarlierSubmissionError("이전 제출본을 읽는 기능을 불러오지 못했습니다. 네트워크 연결을 확인하고 작업 창을 다시 연 뒤 해 보세요.", { cause: error });
  }
}

export async function readEarlierSubmission(bytes: ArrayBuffer): Promise<WorkbookResult> {
  const [{ default: ExcelJS }, { sheetGrid }] = await loadReader();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new EarlierSubmissionError("이전 제출본을 읽을 수 없습니다. 암호가 없는 .xlsx 파일인지 확인하세요.");
  }
  const result = checkWorkbook(workbook.worksheets.map((sheet) => sheetGrid(sheet)));
  if (!result.sheets.some((s) => s.pledges.length > 0)) {
    throw new EarlierSubmissionError("이전 제출본에서 확인지표 표를 찾지 못했습니다.");
  }
  return result;
}

export async function compareWithEarlier(bytes: ArrayBuffer, current: WorkbookResult): Promise<Change[]> {
  return compareWorkbooks(await readEarlierSubmission(bytes), current);
}
