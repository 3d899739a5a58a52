// Issue 19 item 1: every period label is an interval (first and last day), in the forms
// departments type; the as-of checks use the intervals, so quarters and halves are periods
// like years. Dates worked out by hand (2024 is a leap year).
import { describe, expect, it } from "vitest";
import { parsePeriod, parsePeriods, isOver, startsAfter } from "../../../src/core/periods";
import { check, codes, only } from "../helpers";
import { seedCard633 } from "../../../src/sample/cards";

describe("a period label is an interval", () => {
  const cases: [string | number, string, string][] = [
    ["2022", "2022-01-01", "2022-12-31"],
    ["2022년", "2022-01-01", "2022-12-31"],
    ["'22", "2022-01-01", "2022-12-31"],
    [2023, "2023-01-01", "2023-12-31"],
    // The end of the term: from the year's start to the month's last day.
    ["2026. 6.", "2026-01-01", "2026-06-30"],
    ["2026년 6월", "2026-01-01", "2026-06-30"],
    ["'26.6.", "2026-01-01", "2026-06-30"],
    ["2024. 2.", "2024-01-01", "2024-02-29"],
    // Halves.
    ["2023 상반기", "2023-01-01", "2023-06-30"],
    ["2023년 하반기", "2023-07-01", "2023-12-31"],
    ["'23 하반기", "2023-07-01", "2023-12-31"],
    ["2023 H1", "2023-01-01", "2023-06-30"],
    ["2023 2H", "2023-07-01", "2023-12-31"],
    // Quarters.
    ["2025년 1분기", "2025-01-01", "2025-03-31"],
    ["2025 Q2", "2025-04-01", "2025-06-30"],
    ["'25.3Q", "2025-07-01", "2025-09-30"],
    ["2025년 4/4분기", "2025-10-01", "2025-12-31"],
    ["2025.1/4", "2025-01-01", "2025-03-31"],
    ["25년 2분기", "2025-04-01", "2025-06-30"],
    // A day (a date typed as text, or a date cell as the grid gives it: ISO text).
    ["2025. 6. 30.", "2025-01-01", "2025-06-30"],
    ["2025-06-30", "2025-01-01", "2025-06-30"],
    // Ranges.
    ["'22.7.~'22.12.", "2022-07-01", "2022-12-31"],
    ["2022. 7. ~ 2023. 6.", "2022-07-01", "2023-06-30"],
    ["2022.07.01.~2022.12.31.", "2022-07-01", "2022-12-31"],
    ["2022.7.~12.", "2022-07-01", "2022-12-31"],
  ];
  it.each(cases)("%s → %s … %s", (label, start, end) => {
    expect(parsePeriod(label)).toMatchObject({ start, end });
  });

  it("leaves words and impossible dates undated", () => {
    for (const label of ["임기말", "2026. 13.", "1234", "2025 5분기", "하반기"]) expect(parsePeriod(label)).toMatchObject({ start: null, end: null });
  });

  it("in a header row, a bare half or quarter takes the year before it, and a month starts after the period before it", () => {
    const read = parsePeriods(["2023 상반기", "하반기", "2024년 1/4분기", "2/4분기", "2025. 1.", "2025. 2."]);
    expect(read.map((p) => [p.start, p.end])).toEqual([
      ["2023-01-01", "2023-06-30"],
      ["2023-07-01", "2023-12-31"],
      ["2024-01-01", "2024-03-31"],
      ["2024-04-01", "2024-06-30"],
      ["2025-01-01", "2025-01-31"],
      ["2025-02-01", "2025-02-28"],
    ]);
    // The term's last column after the years still starts in January.
    expect(parsePeriods(["2024", "2025", "2026. 6."]).map((p) => p.start)).toEqual(["2024-01-01", "2025-01-01", "2026-01-01"]);
  });

  it("a period is over when it ends on or before the as-of date, and not due when it starts after it", () => {
    expect(isOver(parsePeriod("2024"), "2024-12-31")).toBe(true);
    expect(isOver(parsePeriod("2025 상반기"), "2025-06-30")).toBe(true);
    expect(isOver(parsePeriod("2025"), "2025-06-30")).toBe(false);
    expect(startsAfter(parsePeriod("2025 3분기"), "2025-06-30")).toBe(true);
    expect(startsAfter(parsePeriod("2025 Q2"), "2025-06-30")).toBe(false);
  });
});

describe("as-of checks on quarters and halves", () => {
  // 7 quarters 2024 Q1 … 2025 Q3, as of 2025. 6. 30. Indicator A: target 2 a quarter → 14; actuals
  // 1, 2, 2, 3, 2, 2 → 12, and 3 typed into 2025 Q3 (not due). 12 ÷ 14 = 85.71 → 86. B: target
  // 1 a quarter → 7, actual 1 × 6 → 6 ÷ 7 = 85.71 → 86. Pledge 85.71 → 86. Counting the Q3
  // actual would make A 15 ÷ 14 → 100 and call the right 86 wrong.
  const quarters = () => {
    const s = seedCard633();
    s.periods = ["2024 1분기", "2024 2분기", "2024 3분기", "2024 4분기", "2025 1분기", "2025 2분기", "2025 3분기"];
    s.indicators[0].target = ["2(2)", "2(4)", "2(6)", "2(8)", "2(10)", "2(12)", "2(14)"];
    s.indicators[0].actual = ["1(1)", "2(3)", "2(5)", "3(8)", "2(10)", "2(12)", "3(15)"];
    s.indicators[0].rate = 86;
    s.indicators[1].target = ["1(1)", "1(2)", "1(3)", "1(4)", "1(5)", "1(6)", "1(7)"];
    s.indicators[1].actual = ["1(1)", "1(2)", "1(3)", "1(4)", "1(5)", "1(6)", ""];
    s.indicators[1].rate = 86;
    return s;
  };

  it("an actual typed into a future quarter is flagged and left out; the right rates stand", () => {
    const result = check(quarters());
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(codes(result)).not.toContain("UNKNOWN_PERIOD");
    expect(only(result, "ACTUAL_AFTER_AS_OF")).toEqual([expect.objectContaining({ cell: "J7", found: "3(15)" })]);
    const [a, b] = result.pledges[0].indicators;
    expect(a.rate).toBeCloseTo(85.714, 2);
    expect(b.rate).toBeCloseTo(85.714, 2);
    expect(result.pledges[0].rate).toBeCloseTo(85.714, 2);
  });

  it("halves: a blank actual of a half that ended on the as-of date is missing", () => {
    // 2023 상반기 … 2025 하반기 (6 halves), as of 2025. 6. 30. A: target 1 a half → 6, actual 1 × 5 → 5,
    // and 1(6) in 2025 하반기 (not due): 5 ÷ 6 = 83.33. B: target 2 a half → 12, actual 2 × 4 → 8,
    // 2025 상반기 blank (ended 2025-06-30): missing. 8 ÷ 12 = 66.67. Pledge (83.33 + 66.67) ÷ 2 = 75.
    const s = seedCard633();
    s.periods = ["2023 상반기", "하반기", "2024 상반기", "하반기", "2025 상반기", "하반기"];
    s.indicators[0].target = ["1(1)", "1(2)", "1(3)", "1(4)", "1(5)", "1(6)"];
    s.indicators[0].actual = ["1(1)", "1(2)", "1(3)", "1(4)", "1(5)", "1(6)"];
    s.indicators[0].rate = 83.33;
    s.indicators[1].target = ["2(2)", "2(4)", "2(6)", "2(8)", "2(10)", "2(12)"];
    s.indicators[1].actual = ["2(2)", "2(4)", "2(6)", "2(8)", "", ""];
    s.indicators[1].rate = 66.67;
    s.pledgeRate = 75;
    s.headline = "75%";
    const result = check(s);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(only(result, "ACTUAL_AFTER_AS_OF").map((f) => f.cell)).toEqual(["I7"]);
    expect(only(result, "MISSING_ACTUAL").map((f) => f.cell)).toEqual(["H9"]);
    expect(result.pledges[0].rate).toBeCloseTo(75, 6);
  });

  it("periods out of order as intervals are not added up: one READING_UNCERTAIN, no verdict", () => {
    const s = seedCard633();
    s.periods = ["2022", "2023", "2023 상반기", "2025", "2026. 6."];
    const result = check(s);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(only(result, "READING_UNCERTAIN")).toHaveLength(1);
    expect(result.pledges[0].rate).toBeNull();
  });
});
