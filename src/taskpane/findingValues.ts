// The value lines under a finding: 기대값 and 현재값 where the finding compares values, and
// 적을 내용 where it asks for missing input (e.g. 부서명) — a hint is never shown as 기대값.
import type { Finding } from "../core/types";

/**
 * Findings whose `expected` describes what to write rather than a value to compare.
 * A stand-in until the core carries hints in their own field (interfaces.md §2, issue 7):
 * a finding with a `hint` field is read from that field and this list is not consulted.
 */
const HINT_CODES = new Set([
  "MISSING_PLEDGE_ID",
  "UNKNOWN_PERIOD",
  "MISSING_AS_OF",
  "RATE_COLUMN_MISSING",
  "TABLE_INCOMPLETE",
  "MISSING_DEPARTMENT",
  "MISSING_STATUS",
  "MISSING_ACTUAL",
  "NO_TARGET",
]);

export interface FindingValues {
  expected: Finding["expected"];
  found: Finding["found"];
  hint: string | null;
}

export function findingValues(finding: Finding): FindingValues {
  const own = (finding as Finding & { hint?: string | null }).hint;
  if (own !== undefined) return { expected: finding.expected, found: finding.found, hint: own };
  if (HINT_CODES.has(finding.code) && finding.expected !== null) return { expected: null, found: finding.found, hint: String(finding.expected) };
  return { expected: finding.expected, found: finding.found, hint: null };
}
