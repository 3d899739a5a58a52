import { describe, expect, it } from "vitest";
import { checkWorkbook, summaryRows, summarize, summarySheetPlan, chooseSummarySheet, statusName, SUMMARY_MARKER } from "../../src/core";
import { cardGrid, mistakesCard, seedCard633, seedCard723, type CardSpec } from "../../src/sample/cards";
import { card633 } from "./helpers";

function summaryOf(specs: CardSpec[]) {
  return summarize(summaryRows(checkWorkbook(specs.map(cardGrid))));
}

describe("summary", () => {
  it("has one row per pledge with computed and reported rates and finding counts", () => {
    const s = summaryOf([seedCard633(), seedCard723(), mistakesCard()]);
    expect(s.rows.map((r) => [r.id, r.department, r.statusName, r.indicators, r.reportedRate, r.errors, r.warnings, r.cell])).toEqual([
      ["6-3-3", "미래전략과", "완료 후 계속추진", 2, 86, 0, 0, "I10"],
      ["7-2-3", null, "완료 후 계속추진", 2, 73.33, 0, 0, "I10"],
      ["3-1-2", "일자리경제과", "정상추진", 2, 60, 3, 1, "I10"],
    ]);
    expect(s.rows[1].mark).toBe("부서 없음");
  });

  it("counts statuses with spacing ignored and computes 완료율 from the counts", () => {
    const specs = [
      card633((c) => (c.status = "이행후 계속추진")),
      card633((c) => (c.status = "이행 후 계속추진")),
      card633((c) => (c.status = "완료 종결")),
      card633((c) => (c.status = "정상추진")),
      card633((c) => (c.status = "*일부추진")),
      card633((c) => (c.status = "")),
    ];
    const s = summaryOf(specs);
    expect(s.byStatus).toEqual({ "이행 후 계속추진": 2, "완료 종결": 1, 정상추진: 1, 일부추진: 1, "": 1 });
    expect(s.completed).toBe(3);
    expect(s.completionRate).toBe(50);
    expect(s.pledges).toBe(6);
  });

  it("averages unrounded rates overall, by 분야 and by department", () => {
    const s = summaryOf([seedCard633(), seedCard723(), mistakesCard()]);
    const r633 = (100 + 500 / 7) / 2;
    const r723 = (80 + 200 / 3) / 2;
    const r312 = (80 + (2400 / 3500) * 100) / 2;
    expect(s.meanRate).toBeCloseTo((r633 + r723 + r312) / 3, 10);
    expect(Object.keys(s.bySector).sort()).toEqual(["3", "6", "7"]);
    expect(s.bySector["6"]).toMatchObject({ pledges: 1, unrated: 0 });
    expect(s.bySector["6"].meanRate).toBeCloseTo(r633, 10);
    expect(s.byDepartment[""]).toMatchObject({ pledges: 1, unrated: 0 });
    expect(s.byDepartment[""].meanRate).toBeCloseTo(r723, 10);
  });

  it("counts and marks a pledge whose rate cannot be computed, and keeps it out of the mean", () => {
    const noTarget = card633((c) => {
      c.id = "9-1-1";
      c.indicators = c.indicators.map((i) => ({ ...i, target: ["-", "", "", "", ""] }));
    });
    const s = summaryOf([seedCard633(), noTarget]);
    expect(s.pledges).toBe(2);
    expect(s.unrated).toBe(1);
    expect(s.rows[1]).toMatchObject({ id: "9-1-1", rate: null, mark: "이행률 계산 불가" });
    expect(s.meanRate).toBeCloseTo((100 + 500 / 7) / 2, 10);
    expect(s.bySector["9"]).toEqual({ pledges: 1, meanRate: null, unrated: 1 });
  });

  it("normalises status names", () => {
    expect(statusName(" 완료  후계속추진 ")).toBe("완료 후 계속추진");
    expect(statusName("*일부추진")).toBe("일부추진");
    expect(statusName(null)).toBe("");
  });
});

describe("요약 sheet plan", () => {
  it("lays out the pledge table, totals and the 분야 block for the chart", () => {
    const plan = summarySheetPlan(summaryOf([seedCard633(), seedCard723()]), 2, false);
    expect(plan.values[0]).toEqual([SUMMARY_MARKER]);
    expect(plan.values[2].slice(0, 7)).toEqual(["번호", "공약명", "부서", "추진상황", "지표 수", "이행률 (계산)", "이행률 (보고)"]);
    expect(plan.values[3][0]).toBe("6-3-3");
    expect(plan.links[0]).toEqual({ cell: "K4", file: null, sheet: "6-3-3", target: "I10" });
    expect(plan.conditionalRanges).toEqual(["F4:F5", "G4:G5"]);
    expect(plan.rateFormat).toBe("0.00");
    const completion = plan.values.find((r) => r[0] === "완료율 (%)");
    expect(completion?.[1]).toBe(100);
    expect(plan.chart?.categories).toMatch(/^A\d+:A\d+$/);
    const first = Number(plan.chart!.categories.split(":")[0].slice(1)) - 1;
    expect(plan.values[first].slice(0, 2)).toEqual(["6", 1]);
  });

  it("adds a file column when summarising several workbooks", () => {
    const rows = summaryRows(checkWorkbook([cardGrid(seedCard633())]), "a.xlsx");
    const plan = summarySheetPlan(summarize(rows), 0, true);
    expect(plan.values[3].slice(0, 2)).toEqual(["a.xlsx", "6-3-3"]);
    expect(plan.links[0]).toMatchObject({ cell: "L4", file: "a.xlsx" });
    expect(plan.rateFormat).toBe("0");
  });

  it("replaces its own 요약 but never a foreign one", () => {
    expect(chooseSummarySheet([{ name: "6-3-3", a1: "x" }])).toEqual({ name: "요약", replaces: false, notice: null });
    expect(chooseSummarySheet([{ name: "요약", a1: SUMMARY_MARKER }])).toEqual({ name: "요약", replaces: true, notice: null });
    const foreign = chooseSummarySheet([{ name: "요약", a1: "우리 과 메모" }]);
    expect(foreign.name).toBe("요약 (2)");
    expect(foreign.replaces).toBe(false);
    expect(foreign.notice).toContain("요약 (2)");
    expect(chooseSummarySheet([{ name: "요약", a1: "메모" }, { name: "요약 (2)", a1: SUMMARY_MARKER }]).replaces).toBe(true);
  });
});
