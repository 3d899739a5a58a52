// The money in the summary: per pledge in its own table's unit, and across cards in one unit
// (백만원; 천원 and 억원 converted), by 분야 and by department. A table read with doubt, or
// without a unit line, is counted apart and never added in.
import type { InvestmentPlan } from "./model";
import { MONEY_UNITS, SUMMARY_MONEY_UNIT, sectorOf } from "../rules";
import { snap } from "../rounding";

export interface PledgeMoney {
  /** The tables' unit; null when a table names none (or they differ and one names none). */
  unit: string | null;
  /** 총계 planned and 집행액 spent, in `unit`; null when unknown (or the reading is unsure). */
  planned: number | null;
  spent: number | null;
  /** spent ÷ planned × 100; null without both, or with nothing planned. */
  share: number | null;
  /** Some table of the pledge was read with doubt: no figures. */
  unsure: boolean;
}

export interface MoneyGroup {
  pledges: number;
  /** In SUMMARY_MONEY_UNIT. */
  planned: number;
  spent: number;
  share: number | null;
}

export interface InvestmentSummary {
  /** The unit of every total below. */
  unit: string;
  /** Pledges with a 연도별 투자 계획. */
  pledges: number;
  /** Of those, left out of the totals: read with doubt, or no unit line. */
  unsure: number;
  noUnit: number;
  /** Counted pledges without a 집행액 row (their spent counts 0). */
  withoutSpent: number;
  planned: number | null;
  spent: number | null;
  share: number | null;
  bySector: Record<string, MoneyGroup>;
  byDepartment: Record<string, MoneyGroup>;
}

const shareOf = (spent: number | null, planned: number | null): number | null => (spent === null || planned === null || planned === 0 ? null : (spent / planned) * 100);

/** A value in `unit` as SUMMARY_MONEY_UNIT. */
export function inSummaryUnit(value: number, unit: string): number {
  return snap((value * MONEY_UNITS[unit]) / MONEY_UNITS[SUMMARY_MONEY_UNIT]);
}

const sumOf = (values: (number | null)[], all: boolean): number | null => {
  if (values.length === 0 || (all && values.some((v) => v === null)) || values.every((v) => v === null)) return null;
  return snap(values.reduce((s: number, v) => s + (v ?? 0), 0));
};

/** A pledge's tables together; null when it has none. Tables in different units are added in SUMMARY_MONEY_UNIT. */
export function pledgeMoney(plans: readonly InvestmentPlan[] | undefined): PledgeMoney | null {
  if (!plans || plans.length === 0) return null;
  const units = new Set(plans.map((p) => p.unit));
  const mixed = units.size > 1;
  const unit = mixed ? (units.has(null) ? null : SUMMARY_MONEY_UNIT) : plans[0].unit;
  if (plans.some((p) => p.doubt !== null) || (mixed && unit === null)) return { unit, planned: null, spent: null, share: null, unsure: plans.some((p) => p.doubt !== null) };
  const convert = (v: number | null, from: string | null) => (v === null || !mixed || from === null ? v : inSummaryUnit(v, from));
  const planned = sumOf(plans.map((p) => convert(p.planned, p.unit)), true);
  const spent = sumOf(plans.map((p) => convert(p.spent, p.unit)), false);
  return { unit, planned, spent, share: shareOf(spent, planned), unsure: false };
}

export interface MoneyRow {
  id: string | null;
  department: string | null;
  investment?: PledgeMoney | null;
}

function add(groups: Record<string, MoneyGroup>, key: string, planned: number, spent: number): void {
  const g = (groups[key] ??= { pledges: 0, planned: 0, spent: 0, share: null });
  g.pledges++;
  g.planned = snap(g.planned + planned);
  g.spent = snap(g.spent + spent);
  g.share = shareOf(g.spent, g.planned);
}

export function summarizeInvestment(rows: readonly MoneyRow[]): InvestmentSummary {
  const out: InvestmentSummary = { unit: SUMMARY_MONEY_UNIT, pledges: 0, unsure: 0, noUnit: 0, withoutSpent: 0, planned: null, spent: null, share: null, bySector: {}, byDepartment: {} };
  const all: Record<string, MoneyGroup> = {};
  for (const row of rows) {
    const money = row.investment;
    if (!money) continue;
    out.pledges++;
    if (money.unsure || money.planned === null) {
      out.unsure++;
      continue;
    }
    if (money.unit === null) {
      out.noUnit++;
      continue;
    }
    if (money.spent === null) out.withoutSpent++;
    const planned = inSummaryUnit(money.planned, money.unit);
    const spent = money.spent === null ? 0 : inSummaryUnit(money.spent, money.unit);
    add(all, "", planned, spent);
    add(out.bySector, sectorOf(row.id), planned, spent);
    add(out.byDepartment, row.department ?? "", planned, spent);
  }
  if (all[""]) ({ planned: out.planned, spent: out.spent, share: out.share } = all[""]);
  return out;
}
