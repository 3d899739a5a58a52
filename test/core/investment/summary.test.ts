// Money in the summary: each pledge in its own unit, totals across cards in 백만원 (천원 ÷ 1,000,
// 억원 × 100), by 분야 and by department; a table read with doubt is counted apart.
import { describe, expect, it } from "vitest";
import { checkWorkbook, summaryRows, summarize, summarySheetPlan } from "../../../src/core";
import { cardGrid, mistakesCard, seedCard633, seedCard723 } from "../../../src/sample/cards";
import { seedInvestment723, withInvestment, type InvestmentSpec } from "../../../src/sample/investment";

const thousands: InvestmentSpec = {
  unit: "천원",
  years: [2024, 2025],
  blocks: [
    {
      name: "스마트 경로당",
      rows: [
        { label: "총 계", values: ["1,500,500", "-", "1,500,500", "900,000", "600,500", "-"] },
        { label: "국 비", values: ["1,200,000", "-", "1,200,000", "700,000", "500,000", "-"] },
        { label: "시 비", values: ["300,500", "", "300,500", "200,000", "100,500", ""] },
        { label: "집행액", values: ["850,250", "-", "850,250", "850,250", "-", "-"] },
      ],
    },
  ],
};

const hundredMillions: InvestmentSpec = {
  unit: "억원",
  years: [2024, 2025],
  blocks: [
    {
      name: "창업 공간",
      rows: [
        { label: "계", values: [12.5, 0, 12.5, 5, 7.5, 0] },
        { label: "국비", values: [10, 0, 10, 4, 6, 0] },
        { label: "시비", values: [2.5, 0, 2.5, 1, 1.5, 0] },
        { label: "집행", values: [2, 0, 2, 2, 0, 0] },
      ],
    },
  ],
};

function unsure(): InvestmentSpec {
  const spec = seedInvestment723();
  spec.blocks[0].rows[2].label = "지방비";
  return spec;
}

function summary() {
  const other = seedCard633();
  Object.assign(other, { sheet: "5-1-1", id: "5-1-1" });
  const result = checkWorkbook([
    withInvestment(cardGrid(seedCard723()), seedInvestment723()),
    withInvestment(cardGrid(seedCard633()), thousands),
    withInvestment(cardGrid(mistakesCard()), hundredMillions),
    withInvestment(cardGrid(other), unsure()),
    cardGrid({ ...seedCard633(), sheet: "9-9-9", id: "9-9-9" }),
  ]);
  return summarize(summaryRows(result));
}

describe("the summary's money", () => {
  it("keeps each pledge in its own unit, with the share spent", () => {
    const s = summary();
    expect(s.rows.map((r) => [r.id, r.investment?.unit, r.investment?.planned, r.investment?.spent, r.investment?.unsure])).toEqual([
      ["7-2-3", "백만원", 75.4, 42, false],
      ["6-3-3", "천원", 1500500, 850250, false],
      ["3-1-2", "억원", 12.5, 2, false],
      ["5-1-1", "백만원", null, null, true],
      ["9-9-9", undefined, undefined, undefined, undefined],
    ]);
    expect(s.rows[0].investment?.share).toBeCloseTo(55.7029, 3); // 42 ÷ 75.4
    expect(s.rows[2].investment?.share).toBe(16); // 2 ÷ 12.5
  });

  it("adds across cards in 백만원: 75.4 + 1,500.5 + 1,250 planned, 42 + 850.25 + 200 spent", () => {
    const money = summary().investment!;
    expect([money.unit, money.pledges, money.unsure, money.noUnit, money.planned, money.spent]).toEqual(["백만원", 4, 1, 0, 2825.9, 1092.25]);
    expect(money.share).toBeCloseTo(38.6514, 3);
    expect(money.bySector).toEqual({
      "7": { pledges: 1, planned: 75.4, spent: 42, share: expect.closeTo(55.7029, 3) },
      "6": { pledges: 1, planned: 1500.5, spent: 850.25, share: expect.closeTo(56.6644, 3) },
      "3": { pledges: 1, planned: 1250, spent: 200, share: 16 },
    });
    expect(Object.keys(money.byDepartment).sort()).toEqual(["", "미래전략과", "일자리경제과"]);
    expect(money.byDepartment["미래전략과"].planned).toBe(1500.5);
  });

  it("shows them on the 요약 sheet, the unit said in the headings, shares as rates", () => {
    const plan = summarySheetPlan(summary(), "auto", false);
    const at = (label: string) => plan.values.findIndex((r) => r[0] === label);
    const header = plan.values.findIndex((r) => r[2] === "투자 계획 단위");
    expect(plan.values.slice(header, header + 5).map((r) => r.slice(0, 7))).toEqual([
      ["번호", "공약명", "투자 계획 단위", "계획 (총계)", "집행액", "집행률 (%)", "비고"],
      ["7-2-3", "학습동아리 활성화", "백만원", 75.4, 42, 42 / 75.4 * 100, ""],
      ["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "천원", 1500500, 850250, 850250 / 1500500 * 100, ""],
      ["3-1-2", "청년 창업 지원 확대", "억원", 12.5, 2, 16, ""],
      ["5-1-1", "16개 공공기관과 상생 자매결연 활성화", "백만원", null, null, null, "표를 확실히 읽지 못해 합계에서 뺌"],
    ]);
    const totals = plan.values.findIndex((r) => String(r[0]).startsWith("투자 합계"));
    expect(plan.values[totals][0]).toBe("투자 합계 (단위: 백만원, 천원·억원 등은 백만원으로 환산)");
    expect(plan.values[totals + 1].slice(0, 4)).toEqual(["전체", 3, 2825.9, 1092.25]);
    expect(plan.values[at("표를 확실히 읽지 못해 뺀 공약 수")][1]).toBe(1);
    expect(plan.headerRows).toContain(header);
    expect(plan.rateRanges).toContain(`F${header + 2}`);
    const sectors = at("분야별 투자");
    expect(plan.values[sectors].slice(0, 5)).toEqual(["분야별 투자", "공약 수", "계획 (백만원)", "집행액 (백만원)", "집행률 (%)"]);
    expect(plan.values.slice(sectors + 1, sectors + 4).map((r) => r.slice(0, 4))).toEqual([
      ["3", 1, 1250, 200],
      ["6", 1, 1500.5, 850.25],
      ["7", 1, 75.4, 42],
    ]);
  });

  it("adds no money block to a summary of cards without a money table", () => {
    const s = summarize(summaryRows(checkWorkbook([cardGrid(seedCard633())])));
    expect(s.investment?.pledges).toBe(0);
    expect(summarySheetPlan(s, "auto", false).values.some((r) => String(r[0]).startsWith("투자 합계"))).toBe(false);
  });
});
