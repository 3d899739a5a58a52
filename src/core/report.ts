// The rows of the findings sheet (검토 결과), one per finding, worst first.
import type { WorkbookResult } from "./types";
import { SEVERITY_LABELS, VALUE_LABELS } from "./rules";

export { FINDINGS_SHEET_NAME } from "./rules";
export const FINDINGS_HEADER = ["심각도", "코드", "시트", "셀", "공약", "내용", VALUE_LABELS.expected, VALUE_LABELS.found, VALUE_LABELS.hint];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface FindingRow {
  values: (string | number | null)[];
  sheet: string;
  cell: string;
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
      values: [SEVERITY_LABELS[f.severity], f.code, f.sheet, f.cell, f.pledgeId ?? "", f.message, f.expected, f.found, f.hint],
    })),
  };
}
