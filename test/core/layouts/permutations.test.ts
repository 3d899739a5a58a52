// Property (issue 8): the same card laid out any way departments lay it out — shape, row
// order, label words, period and number forms, indicator order — gives the same pledge and
// the same rates, with no error. Expected values by hand (src/sample/layouts/corpus.ts):
// 교류활동 횟수 100, 자매결연 관련 행사 개최 71.43, pledge 85.71.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkSheet, type CellValue } from "../../../src/core";
import { buildLayoutCard, type Shape } from "../../../src/sample/layouts/build";
import { card633, indicators633 } from "../../../src/sample/layouts/corpus";

const shape = fc.constantFrom<Shape>("pairs", "rate-row", "four-rows", "columns", "cumulative-only", "cumulative-rows", "wide");
const labels = fc.record({
  target: fc.constantFrom("목표", "계획", "목표 (누계)", "계획(누계)"),
  actual: fc.constantFrom("이행", "실적", "추진실적", "달성", "이행 (누계)", "실적(누계)"),
});
const yearForms = (y: number): CellValue[] => [String(y), `${y}년`, `${y}.`, `'${String(y).slice(2)}`, y];
const periods = fc.tuple(
  fc.constantFrom(...yearForms(2022)),
  fc.constantFrom(...yearForms(2023)),
  fc.constantFrom(...yearForms(2024)),
  fc.constantFrom(...yearForms(2025)),
  fc.constantFrom<CellValue>("2026. 6.", "2026년 6월", "'26.6."),
);
const heading = fc.constantFrom<CellValue[]>(
  ["6-3-3 16개 공공기관과 상생 자매결연 활성화"],
  ["□ 6-3-3 16개 공공기관과 상생 자매결연 활성화"],
  ["6-3-3", "16개 공공기관과 상생 자매결연 활성화"],
  ["공약번호: 6-3-3 16개 공공기관과 상생 자매결연 활성화"],
);

describe("permuting the layout of one card", () => {
  it("gives the same pledge and rates", () => {
    fc.assert(
      fc.property(shape, labels, fc.boolean(), periods, heading, fc.boolean(), (s, words, actualFirst, ps, head, reversed) => {
        const indicators = indicators633();
        if (reversed) indicators.reverse();
        const grid = buildLayoutCard(card633(s, { labels: words, actualFirst, periods: ps, heading: head, indicators }));
        const result = checkSheet(grid);
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(result.findings.map((f) => f.code)).not.toContain("UNKNOWN_PERIOD");
        expect(result.pledges).toHaveLength(1);
        const [p] = result.pledges;
        expect([p.id, p.title, p.department, p.status]).toEqual(["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "미래전략과", "완료 후 계속추진"]);
        const byName = Object.fromEntries(p.indicators.map((i) => [i.name, i.rate]));
        expect(byName["교류활동 횟수"]).toBe(100);
        expect(byName["자매결연 관련 행사 개최"]).toBeCloseTo(71.4286, 3);
        expect(p.rate).toBeCloseTo(85.714, 2);
      }),
      { numRuns: 300 },
    );
  });
});
