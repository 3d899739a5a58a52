// Columns a department keeps beside the indicator table that are no part of an indicator:
// recognised by their header and ignored (never a period, never a word that changes a kind).
import { compact, memo } from "../text";

/** Header words of such columns (spacing ignored; a header starting with one counts: `비고(산출근거)`). */
export const EXTRA_COLUMN_HEADERS: readonly string[] = ["연번", "순번", "번호", "비고", "담당자", "담당", "산출근거", "근거", "산출식", "자료출처", "출처", "확인방법", "측정방법", "증빙", "참고"];

/** The header of a column that is no part of an indicator. */
export const isExtraColumnHeader = memo((text: string): boolean => {
  const key = compact(text).replace(/^[([]|[)\]]$/g, "");
  return key !== "" && EXTRA_COLUMN_HEADERS.some((w) => key.startsWith(w));
});
