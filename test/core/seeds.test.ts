import { describe, expect, it } from "vitest";
import { seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { checkSheet } from "../../src/core";
import { check, codes } from "./helpers";

describe("the seed cards obey the rules", () => {
  it("6-3-3: 45 ÷ 26 capped at 100, 5 ÷ 7 = 71.43, mean 85.71 shown as 86", () => {
    const result = check(seedCard633());
    const [pledge] = result.pledges;
    expect(pledge.id).toBe("6-3-3");
    expect(pledge.title).toBe("16개 공공기관과 상생 자매결연 활성화");
    expect(pledge.department).toBe("미래전략과");
    expect(pledge.status).toBe("완료 후 계속추진");
    expect(pledge.statusKey).toBe("완료후계속추진");
    expect(pledge.asOf).toBe("2025-06-30");
    expect(pledge.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
      ["교류활동 횟수", "회", 26, 45],
      ["자매결연 관련 행사 개최", "회", 7, 5],
    ]);
    expect(pledge.indicators[0].rate).toBe(100);
    expect(pledge.indicators[1].rate).toBeCloseTo(71.428571, 5);
    expect(pledge.rate).toBeCloseTo(85.714286, 5);
    expect(pledge.precision).toBe(0);
    expect(pledge.reportedRate).toBe(86);
    expect(pledge.headlineRate).toBe(86);
    expect(pledge.rateCell).toBe("I10");
    expect(pledge.headlineCell).toBe("I2");
    expect(pledge.indicators.map((i) => i.rateCell)).toEqual(["I6", "I8"]);
    // Only the over-achievement note: 45 actual against a final target of 26.
    expect(codes(result)).toEqual(["OVER_ACHIEVEMENT"]);
    expect(result.findings[0]).toMatchObject({ cell: "G7", severity: "info", expected: 26, found: 45, pledgeId: "6-3-3" });
  });

  it("7-2-3: 4 ÷ 5 = 80, 2 ÷ 3 = 66.67, mean 73.33 at two decimals", () => {
    const result = check(seedCard723());
    const [pledge] = result.pledges;
    expect(pledge.indicators.map((i) => [i.target, i.actual])).toEqual([
      [5, 4],
      [3, 2],
    ]);
    expect(pledge.indicators[1].rate).toBeCloseTo(66.6667, 3);
    expect(pledge.rate).toBeCloseTo(73.3333, 3);
    expect(pledge.precision).toBe(2);
    expect(pledge.department).toBeNull();
    expect(codes(result)).toEqual(["MISSING_DEPARTMENT"]);
    expect(result.findings[0].cell).toBe("B2");
  });

  it("reads both cards from one sheet, each with its own card fields", () => {
    const result = checkSheet(stackCards("부서", [seedCard633(), seedCard723()]));
    expect(result.pledges.map((p) => [p.id, p.asOf, p.rateCell])).toEqual([
      ["6-3-3", "2025-06-30", "I10"],
      ["7-2-3", "2025-09-30", "I22"],
    ]);
    expect(codes(result)).toEqual(["OVER_ACHIEVEMENT", "MISSING_DEPARTMENT"]);
    expect(result.findings[1].cell).toBe("B14");
  });
});
