// The plain compare report names a place for every change: a cell when the change has one,
// else the pledge (and the indicator) — never a bare `-` (issue 21).
import { describe, expect, it } from "vitest";
import { plainChanges } from "../../src/cli/compare";
import { checkWorkbook, compareWorkbooks } from "../../src/core";
import { cardGrid, seedCard633, seedCard723 } from "../../src/sample/cards";

const args = { before: "/x/이전.xlsx", after: "/x/현재.xlsx", json: false, fixOut: null };

describe("plainChanges", () => {
  it("a removed pledge (no cell in the current file) is placed by its number, not `-`", () => {
    const before = checkWorkbook([cardGrid(seedCard633()), cardGrid(seedCard723())]);
    const after = checkWorkbook([cardGrid({ ...seedCard723(), asOf: "2025. 9. 30." })]);
    const text = plainChanges(args, compareWorkbooks(before, after));
    expect(text).not.toMatch(/(경고|오류|참고) - /);
    expect(text).toContain("    경고 공약 6-3-3  이전 제출에 있던 공약 6-3-3 16개 공공기관과 상생 자매결연 활성화가 현재 제출에 없습니다.");
  });

  it("a change with an indicator but no cell names the pledge and the indicator", () => {
    const change = {
      code: "INDICATOR_REMOVED" as const,
      params: { indicator: "주민 설명회" },
      severity: "warning" as const,
      pledgeId: "7-2-3",
      indicator: "주민 설명회",
      period: null,
      sheet: null,
      cell: null,
      before: "주민 설명회",
      after: null,
      message: "이전 제출에 있던 지표 '주민 설명회'가 없어졌습니다.",
    };
    expect(plainChanges(args, [change])).toContain("    경고 공약 7-2-3 지표 '주민 설명회'  이전 제출에 있던 지표");
  });
});
