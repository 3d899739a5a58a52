// How much one sheet may hold to be checked, and its Korean notice.

/**
 * Cells (with a value) and merged areas one sheet may hold to be checked. A pledge card
 * has a few hundred; a department's sheet a few thousand. Beyond this the sheet is not a
 * card, and skipping it keeps one odd sheet from taking the run's memory.
 */
export const MAX_SHEET_CELLS = 1_000_000;

/** A sheet over MAX_SHEET_CELLS: reported in Korean by the caller, the rest goes on. */
export class SheetTooLarge extends Error {
  constructor(readonly sheet: string, readonly cells: number) {
    super(`시트 '${sheet}'에 값이 있는 셀과 병합 영역이 ${cells.toLocaleString("ko-KR")}개를 넘어 점검하지 않았습니다 (시트 하나에 ${cells.toLocaleString("ko-KR")}개까지 점검합니다).`);
  }
}
