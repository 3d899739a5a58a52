// The rows of the findings sheet (검토 결과), one per finding, worst first.
import type { Finding, WorkbookResult } from "./types";
import { SEVERITY_LABELS, VALUE_LABELS } from "./rules";
import { isAccepted, lapseNote } from "./exceptions";

export { FINDINGS_SHEET_NAME } from "./rules";
export const FINDINGS_HEADER = ["심각도", "코드", "시트", "셀", "공약", "내용", VALUE_LABELS.expected, VALUE_LABELS.found, VALUE_LABELS.hint];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface FindingRow {
  values: (string | number | null)[];
  sheet: string;
  cell: string;
}

/** An accepted finding (점검 예외) is listed as 예외 with its reason; a lapsed one says why it counts again. */
function label(f: Finding): string {
  return isAccepted(f) ? `예외(${SEVERITY_LABELS[f.severity]})` : SEVERITY_LABELS[f.severity];
}

function message(f: Finding): string {
  if (f.accepted && isAccepted(f)) return `${f.message} — 예외 사유: ${f.accepted.reason}`;
  return f.lapsed ? `${f.message} — ${lapseNote(f)}` : f.message;
}

export function findingRows(result: WorkbookResult): { header: string[]; rows: FindingRow[] } {
  const all = result.sheets.flatMap((s) => s.findings);
  const sorted = all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
  return {
    header: FINDINGS_HEADER,
    rows: sorted.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      values: [label(f), f.code, f.sheet, f.cell, f.pledgeId ?? "", message(f), f.expected, f.found, f.hint],
    })),
  };
}
