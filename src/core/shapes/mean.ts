// Rule 3 with withdrawn indicators: an indicator kept in hidden rows or named (삭제)/(폐지)
// counts in the pledge mean only if the card's own reported mean counts it. Either way it
// is reported (INDICATOR_WITHDRAWN), so the choice is never silent.
import type { Indicator } from "../types";
import type { FindingList } from "../findings";
import type { IndicatorRow } from "./indicators";
import { agreesAtOwnPrecision } from "../rounding";

function mean(list: Indicator[]): number | null {
  const rated = list.filter((i) => i.rate !== null);
  return rated.length > 0 ? rated.reduce((s, i) => s + (i.rate as number), 0) / rated.length : null;
}

/** The indicators that count in the pledge mean, and the mean over them. */
export function pledgeMean(rows: IndicatorRow[], reported: number | null, findings: FindingList): { counted: Indicator[]; rate: number | null } {
  const kept = rows.filter((r) => r.withdrawn === null).map((r) => r.indicator);
  const all = rows.map((r) => r.indicator);
  const withdrawn = rows.filter((r) => r.withdrawn !== null);
  if (withdrawn.length === 0) return { counted: all, rate: mean(all) };
  const without = mean(kept);
  const withAll = mean(all);
  // Follow the card: counted only when its reported mean is the one with them.
  const include = reported !== null && withAll !== null && agreesAtOwnPrecision(withAll, reported) && !(without !== null && agreesAtOwnPrecision(without, reported));
  const counted = include ? "included" : reported === null ? "excluded" : "excludedByCard";
  for (const r of withdrawn) {
    const who = { name: r.indicator.name, key: r.indicator.key };
    findings.add("INDICATOR_WITHDRAWN", { cell: r.indicator.nameCell, role: "indicator", indicator: who }, { indicator: r.indicator.name, why: r.withdrawn ?? "name", counted }, { found: r.indicator.name });
  }
  return include ? { counted: all, rate: withAll } : { counted: kept, rate: without };
}
