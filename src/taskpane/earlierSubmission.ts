// 이전 제출본과 비교 in the pane: the earlier .xlsx is read right here by the one .xlsx
// reader (src/xlsx, the same code as the command line's check, no Node imports), checked by
// the core and compared with the current check's result. The reader is imported only when
// a file is chosen, so webpack puts it in its own chunk and the pane's first load stays small.
import { checkWorkbook, compareWorkbooks, type Change, type WorkbookResult } from "../core";

export class EarlierSubmissionError extends Error {}

/** The reader's chunk, fetched from the add-in's server on first use (named for the build's output). */
async function loadReader() {
  try {
    return await import(/* webpackChunkName: "xlsx-reader" */ "../xlsx");
  } catch (error) {
    throw new EarlierSubmissionError("이전 제출본을 읽는 기능을 불러오지 못했습니다. 네트워크 연결을 확인하고 작업 창을 다시 연 뒤 해 보세요.", { cause: error });
  }
}

export async function readEarlierSubmission(bytes: ArrayBuffer): Promise<WorkbookResult> {
  const { gridsFromPackage } = await loadReader();
  let grids;
  try {
    grids = gridsFromPackage(new Uint8Array(bytes)).grids;
  } catch {
    throw new EarlierSubmissionError("이전 제출본을 읽을 수 없습니다. 암호가 없는 .xlsx 파일인지 확인하세요.");
  }
  const result = checkWorkbook(grids);
  if (!result.sheets.some((s) => s.pledges.length > 0)) {
    throw new EarlierSubmissionError("이전 제출본에서 확인지표 표를 찾지 못했습니다.");
  }
  return result;
}

export async function compareWithEarlier(bytes: ArrayBuffer, current: WorkbookResult): Promise<Change[]> {
  return compareWorkbooks(await readEarlierSubmission(bytes), current);
}
