// Office failures as one user-facing Korean sentence, keeping Office's error code.
import type { WorkbookResult } from "../core";

export class PledgeCheckError extends Error {
  override name = "PledgeCheckError";

  constructor(
    message: string,
    /** Office's error code (e.g. AccessDenied), or one of the adapter's own. */
    readonly code: string,
    /** The check's result when only the writing failed, so the pane can still show findings. */
    readonly result: WorkbookResult | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "셀을 편집하는 중이라 실행할 수 없습니다. Enter나 Esc로 편집을 마친 뒤 다시 실행하세요.",
  // Cell-edit mode may also arrive as plain InvalidOperation (issue 9), so say both.
  InvalidOperation:
    "Excel이 지금은 이 작업을 받지 않았습니다. 셀을 편집하는 중이면 Enter나 Esc로 편집을 마친 뒤 다시 실행하세요. 일부만 표시되었다면 [표시 지우기]로 되돌릴 수 있습니다.",
  // The user switched to another workbook while the check ran.
  InvalidSelection: "실행 중에 다른 통합 문서로 바뀌어 멈췄습니다. 점검할 통합 문서를 연 채로 다시 실행하세요. 일부만 표시되었다면 [표시 지우기]로 되돌릴 수 있습니다.",
  // Excel.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes): the active
  // sheet is a chart sheet (getActiveWorksheet, OfficeDev/office-js#2444) …
  UnsupportedSheet: "지금 선택된 시트는 차트 시트라서 검사할 수 없습니다. 공약 카드가 있는 워크시트를 선택한 뒤 다시 실행하세요.",
  // … and the workbook lost focus while the run was on (office-js#5319: getActiveCell fails when another workbook has focus).
  InactiveWorkbook: "실행 중에 이 통합 문서가 활성 상태가 아니게 되어 멈췄습니다. 점검할 통합 문서 창을 클릭해 활성화한 뒤 다시 실행하세요. 일부만 표시되었다면 [표시 지우기]로 되돌릴 수 있습니다.",
  GeneralException: "Excel 내부 오류(GeneralException)로 실행하지 못했습니다. 잠시 후 다시 실행하세요. 일부만 표시되었다면 [표시 지우기]로 되돌릴 수 있습니다.",
  AccessDenied: "시트나 통합 문서가 보호되어 있어 바꿀 수 없습니다. [검토] 탭에서 보호를 해제한 뒤 다시 실행하세요.",
  ItemNotFound: "시트나 셀을 찾을 수 없습니다. 통합 문서가 바뀌었다면 다시 점검하세요.",
  RequestPayloadSizeLimitExceeded: "통합 문서가 너무 커서 한 번에 기록할 수 없습니다. 시트를 나누어 점검하세요.",
  ResponsePayloadSizeLimitExceeded: "통합 문서가 너무 커서 읽을 수 없습니다. 시트를 나누어 점검하세요.",
  ApiNotFound: "이 Excel 버전에서는 쓸 수 없는 기능입니다. Excel을 최신 버전으로 업데이트하세요.",
  RequestAborted: "Excel과의 연결이 끊겼습니다. 잠시 후 다시 실행하세요.",
};

function officeCode(error: unknown): string | null {
  if (error && typeof error === "object" && "code" in error && typeof (error as { code: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return null;
}

/** Any failure as a PledgeCheckError; one already translated passes through. */
export function toPledgeCheckError(error: unknown, result: WorkbookResult | null = null): PledgeCheckError {
  if (error instanceof PledgeCheckError) return error;
  const code = officeCode(error);
  if (code === null) {
    return new PledgeCheckError("예기치 못한 오류로 실행하지 못했습니다. 통합 문서는 바뀌지 않았을 수 있으니 확인한 뒤 다시 실행하세요.", "Unexpected", result, { cause: error });
  }
  const message = MESSAGES[code] ?? `Excel에서 오류가 나서 실행하지 못했습니다 (${code}). 잠시 후 다시 실행하세요.`;
  return new PledgeCheckError(message, code, result, { cause: error });
}

export function officeErrorCode(error: unknown): string | null {
  return officeCode(error);
}

/**
 * Whether a failed read may just have been too large, so reading it again in smaller
 * blocks can succeed. Excel on the web often reports a payload over its 5 MB limit as
 * `GeneralException` "An internal error has occurred." rather than the documented codes
 * (OfficeDev/office-js#1314, #1012); a get over five million cells is RangeExceedsLimit;
 * more than 512 merged areas in one range "fail to return the result".
 */
export function isTooLarge(error: unknown): boolean {
  const code = officeCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded" || code === "GeneralException" || code === "RangeExceedsLimit";
}
