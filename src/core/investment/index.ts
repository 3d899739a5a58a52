// The second table of a card, 연도별 투자 계획: found by its headings, read per 사업 and 재원,
// and checked (sums at the precision shown, 집행액 against plan and as-of date).
import type { GridView } from "../grid";
import type { InvestmentPlan } from "./model";
import { findInvestmentTables } from "./find";
import { toPlan } from "./plan";

export type { InvestmentPlan, InvestmentBlock, InvestmentRow, InvestmentCell, InvestmentColumn, InvestmentColumnKind } from "./model";
export { checkInvestment } from "./check";
export { readAmount } from "./amount";

/** Every 연도별 투자 계획 between these rows, top to bottom. */
export function readInvestment(grid: GridView, from: number, to: number): InvestmentPlan[] {
  return findInvestmentTables(grid, from, to).map((found) => toPlan(grid, found));
}
