// The 요약's money blocks: each pledge's 연도별 투자 계획 in its own unit, then the totals, 분야
// and 부서 in one unit, said in the headings. Rows whose share (집행률) is a rate cell say so.
import type { Summary } from "../summary";
import { withParticle } from "../josa";

type Cell = string | number | null;
export interface SheetRow {
  values: Cell[];
  /** Columns holding a share in %, shown at the summary's rate precision. */
  rateCols: number[];
}

export function investmentBlocks(summary: Summary, withFiles: boolean): SheetRow[][] {
  const money = summary.investment;
  if (!money || money.pledges === 0) return [];
  const unit = money.unit;
  const lead = withFiles ? 1 : 0;
  const pledges: SheetRow[] = [{ values: [...(withFiles ? ["파일"] : []), "번호", "공약명", "투자 계획 단위", "계획 (총계)", "집행액", "집행률 (%)", "비고"], rateCols: [] }];
  for (const row of summary.rows) {
    const m = row.investment;
    if (!m) continue;
    const note = m.unsure ? "표를 확실히 읽지 못해 합계에서 뺌" : m.unit === null ? "단위가 없어 합계에서 뺌" : m.spent === null ? "집행액 행 없음" : "";
    pledges.push({ values: [...(withFiles ? [row.file] : []), row.id ?? "", row.title ?? "", m.unit ?? "(단위 없음)", m.planned, m.spent, m.share, note], rateCols: [lead + 5] });
  }
  const totals: SheetRow[] = [
    { values: [`투자 합계 (단위: ${unit}, 천원·억원 등은 ${withParticle(unit, "으로/로")} 환산)`, "공약 수", `계획 (${unit})`, `집행액 (${unit})`, "집행률 (%)"], rateCols: [] },
    { values: ["전체", money.pledges - money.unsure - money.noUnit, money.planned, money.spent, money.share], rateCols: [4] },
  ];
  if (money.unsure > 0) totals.push({ values: ["표를 확실히 읽지 못해 뺀 공약 수", money.unsure], rateCols: [] });
  if (money.noUnit > 0) totals.push({ values: ["단위가 없어 뺀 공약 수", money.noUnit], rateCols: [] });
  if (money.withoutSpent > 0) totals.push({ values: ["집행액 행이 없어 집행 0으로 더한 공약 수", money.withoutSpent], rateCols: [] });
  const group = (title: string, groups: typeof money.bySector, keys: string[], empty: string): SheetRow[] => [
    { values: [title, "공약 수", `계획 (${unit})`, `집행액 (${unit})`, "집행률 (%)"], rateCols: [] },
    ...keys.map((k) => ({ values: [k === "" ? empty : k, groups[k].pledges, groups[k].planned, groups[k].spent, groups[k].share], rateCols: [4] })),
  ];
  const sectors = Object.keys(money.bySector).sort((a, b) => (Number(a) || Infinity) - (Number(b) || Infinity) || a.localeCompare(b));
  const departments = Object.keys(money.byDepartment).sort((a, b) => a.localeCompare(b, "ko"));
  // Only groups with money counted: a summary of cards without a usable table shows none.
  const blocks = [pledges, totals];
  if (sectors.length > 0) blocks.push(group("분야별 투자", money.bySector, sectors, "(번호 없음)"), group("부서별 투자", money.byDepartment, departments, "(부서 없음)"));
  return blocks;
}

