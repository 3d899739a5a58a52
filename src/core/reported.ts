// Comparing a reported rate cell with the computed rate (rule 4: agreement at the
// reported value's own precision).
import type { CellValue, RateStyle } from "./types";
import type { FindingList } from "./findings";
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

type RateCodes =
  | { missing: "INDICATOR_RATE_MISSING"; mismatch: "INDICATOR_RATE_MISMATCH"; indicator: { name: string; key: string } }
  | { missing: "PLEDGE_RATE_MISSING"; mismatch: "PLEDGE_RATE_MISMATCH" }
  | { missing: "HEADLINE_RATE_MISSING"; mismatch: "HEADLINE_RATE_MISMATCH" };

export type RateCheck = RateCodes & {
  /** What the cell is, in Korean, e.g. `'교류활동 횟수' 이행률`. */
  what: string;
  role: "indicatorRate" | "pledgeRate" | "headline";
  cell: string;
  raw: CellValue;
  computed: number | null;
  precision: number;
};

/** Adds the finding a rate cell deserves: unreadable, empty, or disagreeing. */
export function checkReportedRate(check: RateCheck, findings: FindingList): void {
  const parsed = parseRateCell(check.raw);
  const indicator = "indicator" in check ? check.indicator : null;
  const at = { cell: check.cell, role: check.role, indicator };
  // Expected is a number (like the cumulative findings); the message shows it at the card's
  // precision. Both are worked out only for a finding: most rate cells agree.
  const expected = () => (check.computed === null ? null : roundHalfUp(check.computed, check.precision));
  const shown = () => (check.computed === null ? "" : formatRate(check.computed, check.precision));
  if (parsed.kind === "unreadable") {
    findings.add("UNREADABLE_CELL", at, { source: "rate", subject: check.what, reason: parsed.reason }, { expected: expected(), found: cellText(check.raw) });
    return;
  }
  if (check.computed === null) return;
  if (parsed.kind === "blank") {
    if ("indicator" in check) findings.add(check.missing, at, { indicator: check.indicator.name, computed: shown() }, { expected: expected() });
    else findings.add(check.missing, at, { computed: shown() }, { expected: expected() });
    return;
  }
  if (!agreesAtOwnPrecision(check.computed, parsed.value)) {
    const values = { expected: expected(), found: cellText(check.raw) };
    const written = cellText(check.raw);
    if ("indicator" in check) findings.add(check.mismatch, at, { indicator: check.indicator.name, computed: shown(), written }, values);
    else findings.add(check.mismatch, at, { computed: shown(), written }, values);
  }
}
