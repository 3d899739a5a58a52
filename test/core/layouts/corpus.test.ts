// The layout corpus (issue 8): every shape of the seed card 6-3-3 read right with no error,
// and a planted typo flagged on its own cell. Expected values are worked out in
// src/sample/layouts/corpus.ts: rates 100 and 71.43, pledge 85.71 → 86.
import { describe, expect, it } from "vitest";
import { checkSheet, type SheetResult } from "../../../src/core";
import { buildLayoutCard, type LayoutCard, type Shape } from "../../../src/sample/layouts/build";
import { card633, decreasingCard, indicators633, levelCard, milestoneCard, withdrawnCard } from "../../../src/sample/layouts/corpus";
import { toA1 } from "../../../src/core";

const run = (card: LayoutCard): SheetResult => checkSheet(buildLayoutCard(card));
const errors = (r: SheetResult) => r.findings.filter((f) => f.severity === "error");
const codes = (r: SheetResult) => r.findings.map((f) => f.code);

function expectSeed633(result: SheetResult) {
  expect(errors(result)).toEqual([]);
  expect(result.pledges).toHaveLength(1);
  const [p] = result.pledges;
  expect([p.id, p.title, p.department, p.status]).toEqual(["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "미래전략과", "완료 후 계속추진"]);
  expect(p.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ["교류활동 횟수", 26, 45],
    ["자매결연 관련 행사 개최", 7, 5],
  ]);
  expect(p.indicators[0].rate).toBe(100);
  expect(p.indicators[1].rate).toBeCloseTo(71.4286, 3);
  expect(p.rate).toBeCloseTo(85.714, 2);
  expect(p.indicators.map((i) => i.kind)).toEqual(["count", "count"]);
}

const shapes: [Shape, string][] = [
  ["pairs", "row-pairs"],
  ["rate-row", "pairs-with-rate-row"],
  ["four-rows", "four-rows"],
  ["columns", "annual-cumulative-columns"],
  ["cumulative-only", "cumulative-only"],
  ["cumulative-rows", "cumulative-only"],
  ["wide", "one-row-per-indicator"],
];

describe("item 1: labels by meaning", () => {
  const labelPairs: [string, string][] = [
    ["목표", "이행"],
    ["계획", "실적"],
    ["목표 (누계)", "추진실적 (누계)"],
    ["계획(누계)", "달성(누계)"],
  ];
  it.each(labelPairs)("%s / %s reads right", (target, actual) => {
    expectSeed633(run(card633("pairs", { labels: { target, actual } })));
  });

  it("reads the actual row before the target row", () => {
    const result = run(card633("pairs", { actualFirst: true, labels: { target: "계획", actual: "실적" } }));
    expectSeed633(result);
    expect(result.findings.map((f) => f.code)).toEqual(["OVER_ACHIEVEMENT"]);
  });

  it("pairs rows that are not adjacent by the indicator's name", () => {
    // Each row names its indicator; both targets come first, then both actuals.
    const grid = buildLayoutCard(card633("pairs"));
    const [a1, a2, b1, b2] = [5, 6, 7, 8].map((r) => grid.values[r]);
    a2[0] = a1[0];
    b2[0] = b1[0];
    grid.merges = grid.merges.filter((m) => !(m.top >= 5 && m.top <= 8 && m.left !== 8 && m.bottom > m.top));
    grid.values.splice(5, 4, a1, b1, a2, b2);
    // Rate cells: each indicator's rate sits on its target row (I6, I7).
    grid.merges = grid.merges.filter((m) => !(m.top >= 5 && m.top <= 8));
    const result = checkSheet(grid);
    expectSeed633(result);
  });

  it("flags the typo on its own cell", () => {
    // 교류활동 횟수 actual 2024: 23(28) written 23(29); expected 5 + 23 = 28, at F7.
    const result = run(card633("pairs", { labels: { target: "계획", actual: "실적" }, actualFirst: true, typo: { indicator: 0, role: "actual", period: 2, value: "23(29)" } }));
    // Actual first: the actual row is row 6 (0-based 5) → F6.
    expect(errors(result).map((f) => [f.code, f.cell, f.expected])).toEqual([["ACTUAL_CUMULATIVE_MISMATCH", "F6", 28]]);
  });
});

describe("items 5–7: shapes", () => {
  it.each(shapes)("%s: right sheet, layout %s", (shape, layout) => {
    const result = run(card633(shape));
    expectSeed633(result);
    expect(result.pledges[0].layout).toBe(layout);
  });

  it.each(shapes.filter(([s]) => s !== "cumulative-only" && s !== "cumulative-rows"))("%s: a typo in a running total is flagged on its cell", (shape) => {
    // 교류활동 횟수 actual 2024: cumulative 28 written as 29 (expected 5 + 23 = 28).
    const value = shape === "pairs" || shape === "rate-row" || shape === "wide" ? "23(29)" : 29;
    const built = buildLayoutCard(card633(shape, { typo: { indicator: 0, role: "actual", period: 2, value } }));
    const [row, col] = built.cells[0].actual[2];
    const result = checkSheet(built);
    expect(errors(result).map((f) => [f.code, f.cell, f.expected])).toEqual([["ACTUAL_CUMULATIVE_MISMATCH", toA1(row, col), 28]]);
  });

  it("four rows: names, units and rates merged over all four rows", () => {
    const built = buildLayoutCard(card633("four-rows"));
    expect(built.merges.filter((m) => m.left === 0 && m.bottom - m.top === 3)).toHaveLength(2);
    expect(run(card633("four-rows")).pledges[0].indicators.map((i) => i.rateCell)).toEqual(["I6", "I10"]);
  });

  it("cumulative only: never adds cumulatives up, and says which reading it chose", () => {
    // 20, 45, 70, 95, 100 under 목표 (누계) are totals: final target 100, not 330.
    const result = run(card633("cumulative-only", {
      indicators: [
        { name: "참여 기관 수", unit: "개", target: [20, 25, 25, 25, 5], actual: [20, 25, 25, 10, undefined], rate: 80 },
      ],
      pledgeRate: 80,
      headline: "80%",
    }));
    // actual totals 20, 45, 70, 80 → 80 ÷ 100 = 80.
    expect(errors(result)).toEqual([]);
    expect(result.pledges[0].indicators[0]).toMatchObject({ target: 100, actual: 80, rate: 80 });
    expect(codes(result).filter((c) => c === "CUMULATIVE_READING")).toHaveLength(1);
  });

  it("cumulative only: when the card's rate is the sum reading, it says so instead of an error", () => {
    // 참여 기관 수 under 목표 (누계) 1, 2, 3, 4 and 이행 (누계) 1, 2, 3: read as totals,
    // 3 ÷ 4 = 75; added up as annual values, 6 ÷ 10 = 60, which is what the card reports.
    const result = run(card633("cumulative-only", {
      indicators: [{ name: "참여 기관 수", unit: "개", target: [1, 1, 1, 1, undefined], actual: [1, 1, 1, undefined, undefined], rate: 60 }],
      pledgeRate: 60,
      headline: "60%",
    }));
    expect(errors(result)).toEqual([]);
    expect(codes(result).filter((c) => c === "READING_UNCERTAIN")).toHaveLength(1);
    expect(result.pledges[0].indicators[0].rate).toBeNull();
  });

  it("cumulative only: a typo in a rate cell is flagged on it", () => {
    // 자매결연 관련 행사 개최 reported 17 where 5 ÷ 7 = 71.
    const result = run(card633("cumulative-only", { indicators: indicators633().map((i, k) => (k === 1 ? { ...i, rate: 17 } : i)) }));
    expect(errors(result).map((f) => [f.code, f.cell])).toEqual([["INDICATOR_RATE_MISMATCH", "I8"]]);
  });

  it("cumulative label over numbers that fall: one warning, no verdict", () => {
    const grid = buildLayoutCard(card633("cumulative-only"));
    // Annual values typed under 이행 (누계): 5, 23, 17 fall from 23 to 17.
    grid.values[6].splice(3, 5, "-", 5, 23, 17, "");
    const result = checkSheet(grid);
    expect(errors(result)).toEqual([]);
    expect(codes(result).filter((c) => c === "READING_UNCERTAIN")).toHaveLength(1);
    expect(result.pledges[0].rate).toBeNull();
  });
});

describe("items 2 and 4: numbers and periods, with a typo", () => {
  it("경제-01 with 2022년 / '23 / 2024. / 2025 / '26.6. headers: the typo on its own cell", () => {
    // 자매결연 관련 행사 개최 target 2024: 2(4) written 2(5); expected 2 + 2 = 4, at F8
    // (header row 5, 교류활동 횟수 rows 6–7, 자매결연 target row 8; 2024 is column F).
    const card = card633("pairs", {
      heading: ["경제-01 16개 공공기관과 상생 자매결연 활성화"],
      periods: ["2022년", "'23", "2024.", 2025, "'26.6."],
      typo: { indicator: 1, role: "target", period: 2, value: "2(5)" },
    });
    const result = run(card);
    expect(errors(result).map((f) => [f.code, f.cell, f.expected])).toEqual([["TARGET_CUMULATIVE_MISMATCH", "F8", 4]]);
    expect(result.pledges[0].id).toBe("경제-01");
    expect(codes(result)).not.toContain("UNKNOWN_PERIOD");
  });
});

describe("a header not understood", () => {
  it("연간·누계 words that do not pair up: one warning, no verdict, no error", () => {
    const grid = buildLayoutCard(card633("columns"));
    grid.values[5] = grid.values[5].map((v) => (v === "연간" ? "올해" : v));
    const result = checkSheet(grid);
    expect(errors(result)).toEqual([]);
    expect(codes(result).filter((c) => c === "READING_UNCERTAIN")).toHaveLength(1);
    expect(result.pledges[0].rate).toBeNull();
  });
});

describe("item 9: kinds", () => {
  it("a level (공정률 %) is the latest level ÷ the final level, never a sum", () => {
    const result = run(levelCard());
    expect(errors(result)).toEqual([]);
    const [level, count] = result.pledges[0].indicators;
    expect([level.kind, level.target, level.actual, level.rate]).toEqual(["level", 100, 70, 70]);
    expect([count.kind, count.rate]).toEqual(["count", 75]);
    expect(result.pledges[0].rate).toBeCloseTo(72.5, 6);
    expect([result.pledges[0].id, result.pledges[0].department]).toEqual(["경제-01", "문화예술과"]);
  });

  it("a level with a wrong reported rate is flagged on the rate cell", () => {
    const card = levelCard();
    card.indicators[0].rate = 45; // someone took this year's value; 70 ÷ 100 = 70
    const result = run(card);
    expect(errors(result).map((f) => [f.code, f.cell, f.expected])).toEqual([["INDICATOR_RATE_MISMATCH", "H6", 70]]);
  });

  it("a milestone at its final stage is 100; short of it, unrated with one warning", () => {
    const done = run(milestoneCard());
    expect(errors(done)).toEqual([]);
    expect(done.pledges[0].indicators.map((i) => [i.kind, i.rate])).toEqual([["milestone", 100], ["count", 80]]);
    expect(done.pledges[0].rate).toBe(90);

    const midway = run({ ...milestoneCard("착공"), headline: "40%", pledgeRate: 40 });
    expect(errors(midway)).toEqual([]);
    expect(codes(midway).filter((c) => c === "INDICATOR_NOT_RATED")).toHaveLength(1);
    expect(midway.pledges[0].rate).toBeNull();
  });

  it("a decreasing indicator is unrated with one warning and no cumulative error", () => {
    const result = run(decreasingCard());
    expect(errors(result)).toEqual([]);
    expect(result.pledges[0].indicators.map((i) => i.kind)).toEqual(["decreasing", "count"]);
    expect(codes(result).filter((c) => c === "INDICATOR_NOT_RATED")).toHaveLength(1);
    expect(result.pledges[0].id).toBe("공약 3");
  });
});

describe("item 10: hidden rows and withdrawn indicators", () => {
  it.each(["hidden", "named"] as const)("%s: follows the card's mean that leaves it out", (how) => {
    const result = run(withdrawnCard(80, how));
    expect(errors(result)).toEqual([]);
    expect(result.pledges[0].rate).toBe(80);
    expect(codes(result).filter((c) => c === "INDICATOR_WITHDRAWN")).toHaveLength(1);
  });

  it("follows the card's mean that counts it: (80 + 25) ÷ 2 = 52.5 → 53", () => {
    const result = run(withdrawnCard(53, "hidden"));
    expect(errors(result)).toEqual([]);
    expect(result.pledges[0].rate).toBeCloseTo(52.5, 6);
  });

  it("a mean that fits neither is wrong", () => {
    const result = run(withdrawnCard(60, "named"));
    expect(errors(result).map((f) => f.code)).toEqual(["PLEDGE_RATE_MISMATCH", "HEADLINE_RATE_MISMATCH"]);
  });

  it("a hidden spacer or note row changes nothing", () => {
    const grid = buildLayoutCard(card633("pairs"));
    grid.values.splice(7, 0, [null, null, "※ 2024년 실적은 잠정치", null, null, null, null, null, null]);
    grid.merges = grid.merges.map((m) => (m.top >= 7 ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
    grid.hiddenRows = [7];
    expectSeed633(checkSheet(grid));
  });
});
