// Comparing a reported rate cell with the computed rate (rule 4: agreement at the
// reported value's own precision).
import type { CellValue, RateStyle } from "./types";
import type { FindingCode, FindingList } from "./findings";
import { parseRateCell } from "./cells";
import { agreesAtOwnPrecision, formatRate, roundHalfUp } from "./rounding";
import { cellText } from "./text";

export interface Reported {
  value: number | null;
  decimals: number | null;
  style: RateStyle;
}

export function readReported(raw: CellValue): Reported {
  const parsed = parseRateCell(raw);
  if (parsed.kind === "rate") return { value: parsed.value, decimals: parsed.decimals, style: parsed.style };
  return { value: null, decimals: null, style: typeof raw === "string" && raw.includes("%") ? "percentText" : "number" };
}

export interface RateCheck {
  what: string;
  cell: string;
  raw: CellValue;
  computed: number | null;
  precision: number;
  missing: FindingCode;
  mismatch: FindingCode;
}

/** Adds the finding a rate cell deserves: unreadable, empty, or disagreeing. */
export function checkReportedRate(check: RateCheck, findings: FindingList): void {
  const parsed = parseRateCell(check.raw);
  // Expected is a number (like the cumulative findings); the message shows it at the card's
  // precision. Both are worked out only for a finding: most rate cells agree.
  const expected = () => (check.computed === null ? null : roundHalfUp(check.computed, check.precision));
  const shown = () => (check.computed === null ? null : formatRate(check.computed, check.precision));
  if (parsed.kind === "unreadable") {
    findings.add(
      "UNREADABLE_CELL",
      check.cell,
      parsed.reason === "formula"
        ? `${check.what}의 수식 계산 결과가 저장되어 있지 않습니다. Excel에서 다시 계산한 뒤 저장해 주세요.`
        : `${check.what}을 숫자로 읽을 수 없습니다. '86' 또는 '86%'처럼 적어 주세요.`,
      { expected: expected(), found: cellText(check.raw) },
    );
    return;
  }
  if (check.computed === null) return;
  if (parsed.kind === "blank") {
    findings.add(check.missing, check.cell, `${check.what}이 비어 있습니다. 계산값은 ${shown()}입니다.`, { expected: expected(), found: null });
    return;
  }
  if (!agreesAtOwnPrecision(check.computed, parsed.value)) {
    findings.add(check.mismatch, check.cell, `${check.what}이 맞지 않습니다. 계산값은 ${shown()}, 적힌 값은 ${cellText(check.raw)}입니다.`, {
      expected: expected(),
      found: cellText(check.raw),
    });
  }
}
