import { describe, expect, it } from "vitest";
import { checkSheet, checkWorkbook, FINDING_CODES } from "../../src/core";
import { cardGrid, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { card633, check, codes, only } from "./helpers";
import { buildLayoutCard } from "../../src/sample/layouts/build";
import { card633 as layoutCard633, decreasingCard, withdrawnCard } from "../../src/sample/layouts/corpus";
import { seedInvestment723, withInvestment, type InvestmentSpec } from "../../src/sample/investment";

// Layout of cardGrid(seedCard633()): card line in row 2 (department B2, status D2,
// headline I2), as-of I4, header row 5, periods D..H (2022..2026. 6.), rate column I,
// indicator 1 rows 6-7, indicator 2 rows 8-9, closing row 10.

const seen = new Set<string>();
function run(spec: Parameters<typeof check>[0], precision?: Parameters<typeof check>[1]) {
  const result = check(spec, precision);
  for (const c of codes(result)) seen.add(c);
  return result;
}

describe("cumulative rule (rule 1)", () => {
  it("flags the target cell whose running total breaks, and only that one", () => {
    const result = run(card633((s) => (s.indicators[0].target[2] = "8(17)")));
    expect(only(result, "TARGET_CUMULATIVE_MISMATCH")).toEqual([
      expect.objectContaining({ cell: "F6", severity: "error", expected: 16, found: 17, pledgeId: "6-3-3" }),
    ]);
  });

  it("flags an actual cumulative that was added up wrong, not the cells after it", () => {
    const result = run(card633((s) => (s.indicators[1].actual[3] = "1(6)")));
    expect(only(result, "ACTUAL_CUMULATIVE_MISMATCH").map((f) => [f.cell, f.expected, f.found])).toEqual([["G9", 5, 6]]);
  });

  it("carries the cumulative over `-` and blank periods, and checks `-(n)`", () => {
    const ok = run(card633((s) => (s.indicators[1].actual = ["-", "2(2)", "-(2)", "", "3(5)"].slice(0, 5))));
    expect(only(ok, "ACTUAL_CUMULATIVE_MISMATCH")).toEqual([]);
    // -(3) claims a total of 3 with nothing added to 2; the next cell, 1(5), fits neither chain.
    const bad = run(card633((s) => (s.indicators[1].actual[2] = "-(3)")));
    expect(only(bad, "ACTUAL_CUMULATIVE_MISMATCH").map((f) => [f.cell, f.expected])).toEqual([
      ["F9", 2],
      ["G9", 4],
    ]);
  });

  it("reads a bare number as the period's value and says so", () => {
    const result = run(card633((s) => (s.indicators[0].actual[1] = 5)));
    expect(only(result, "CUMULATIVE_NOT_SHOWN")).toEqual([expect.objectContaining({ cell: "E7", severity: "info", expected: "5(5)" })]);
    expect(result.pledges[0].indicators[0].actual).toBe(45);
  });
});

describe("cells that cannot be read", () => {
  it("reports an unreadable period cell and never takes it as 0", () => {
    const result = run(card633((s) => (s.indicators[1].actual[3] = "하나")));
    expect(only(result, "UNREADABLE_CELL")).toEqual([expect.objectContaining({ cell: "G9", found: "하나" })]);
    const indicator = result.pledges[0].indicators[1];
    expect(indicator.rate).toBeNull();
    expect(indicator.actual).toBeNull();
    // The mean of what can be computed is no pledge rate: no verdict, and it says so (issue 19).
    expect(only(result, "PLEDGE_RATE_PARTIAL")).toEqual([expect.objectContaining({ cell: "I10", expected: 1, found: 2 })]);
    expect(result.pledges[0].rate).toBeNull();
  });

  it("recovers the running total from a later written cumulative", () => {
    const result = run(card633((s) => (s.indicators[1].actual = ["-", "2(2)", "??", "1(5)", ""])));
    expect(codes(result)).toContain("UNREADABLE_CELL");
    expect(result.pledges[0].indicators[1].actual).toBe(5);
  });

  it("reports a formula without a stored result", () => {
    const result = run(card633((s) => (s.indicators[0].target[4] = "=G6+2")));
    expect(only(result, "UNREADABLE_CELL")[0].message).toContain("수식");
    expect(result.pledges[0].indicators[0].target).toBeNull();
  });

  it("reports an unreadable rate cell", () => {
    const result = run(card633((s) => (s.indicators[0].rate = "약 100")));
    expect(only(result, "UNREADABLE_CELL")).toEqual([expect.objectContaining({ cell: "I6", expected: 100 })]);
  });
});

describe("indicator rate (rule 2)", () => {
  it("uses the final target, not the target to date", () => {
    const result = run(card633((s) => (s.indicators[1].rate = 83))); // 5 ÷ 6 would be 83
    expect(only(result, "INDICATOR_RATE_MISMATCH")).toEqual([
      expect.objectContaining({ cell: "I8", severity: "error", expected: 71, found: "83" }),
    ]);
  });

  it("accepts a rate at its own precision and flags one that disagrees there", () => {
    expect(codes(run(card633((s) => (s.indicators[1].rate = 71.43))))).not.toContain("INDICATOR_RATE_MISMATCH");
    expect(codes(run(card633((s) => (s.indicators[1].rate = 71.4))))).not.toContain("INDICATOR_RATE_MISMATCH");
    expect(codes(run(card633((s) => (s.indicators[1].rate = 71.42))))).toContain("INDICATOR_RATE_MISMATCH");
  });

  it("flags an empty rate cell with the value to fill in", () => {
    const result = run(card633((s) => (s.indicators[1].rate = null)));
    expect(only(result, "INDICATOR_RATE_MISSING")).toEqual([expect.objectContaining({ cell: "I8", severity: "warning", expected: 71 })]);
  });

  it("caps over-achievement at 100 and notes it on the latest actual", () => {
    const result = run(seedCard633());
    expect(result.pledges[0].indicators[0].rate).toBe(100);
    expect(only(result, "OVER_ACHIEVEMENT")[0].cell).toBe("G7");
  });

  it("cannot rate an indicator without a target", () => {
    const result = run(card633((s) => (s.indicators[1].target = ["-", "", "-", "", ""])));
    expect(only(result, "NO_TARGET")).toEqual([expect.objectContaining({ cell: "H8", severity: "warning" })]);
    expect(result.pledges[0].indicators[1].rate).toBeNull();
    expect(result.pledges[0].rate).toBeNull();
    expect(codes(result)).toContain("PLEDGE_RATE_PARTIAL");
  });

  it("cannot rate an indicator whose final target is 0", () => {
    const result = run(card633((s) => (s.indicators[1].target = ["-", "0(0)", "0(0)", "-(0)", ""])));
    expect(only(result, "ZERO_TARGET")).toEqual([expect.objectContaining({ cell: "H8", found: 0 })]);
    expect(result.pledges[0].indicators[1].rate).toBeNull();
  });

  it("flags negative values", () => {
    const result = run(card633((s) => (s.indicators[1].actual[3] = "-1(3)")));
    expect(only(result, "NEGATIVE_VALUE")).toEqual([expect.objectContaining({ cell: "G9", severity: "error" })]);
  });
});

describe("periods and the as-of date", () => {
  it("leaves out actuals entered after the as-of date and flags them", () => {
    const result = run(card633((s) => (s.indicators[1].actual[4] = "2(7)")));
    expect(only(result, "ACTUAL_AFTER_AS_OF")).toEqual([expect.objectContaining({ cell: "H9", severity: "warning", found: "2(7)" })]);
    expect(result.pledges[0].indicators[1].actual).toBe(5);
  });

  it("flags a past period with a target and no actual", () => {
    const result = run(card633((s) => (s.indicators[1].actual[2] = "")));
    expect(only(result, "MISSING_ACTUAL")).toEqual([expect.objectContaining({ cell: "F9", severity: "warning" })]);
  });

  it("does not ask for actuals of the current period", () => {
    expect(codes(run(card633((s) => (s.indicators[1].actual[3] = ""))))).not.toContain("MISSING_ACTUAL");
  });

  it("reports a missing as-of date and an undatable period header", () => {
    const result = run(card633((s) => {
      s.asOf = "";
      s.periods = ["2022", "2023", "2024", "2025", "임기말"];
    }));
    expect(only(result, "MISSING_AS_OF")).toHaveLength(1);
    expect(only(result, "UNKNOWN_PERIOD")).toEqual([expect.objectContaining({ cell: "H5", found: "임기말" })]);
  });
});

describe("pledge rate and headline (rules 3 and 5)", () => {
  it("flags a pledge rate that is not the mean of the unrounded indicator rates", () => {
    // 85.5 is the mean of the rounded rates 100 and 71; the rule takes 71.43, so 85.7.
    const result = run(card633((s) => (s.pledgeRate = 85.5)));
    expect(only(result, "PLEDGE_RATE_MISMATCH")).toEqual([expect.objectContaining({ cell: "I10", expected: 85.7, found: "85.5" })]);
  });

  it("flags an empty pledge rate", () => {
    const result = run(card633((s) => (s.pledgeRate = null)));
    expect(only(result, "PLEDGE_RATE_MISSING")).toEqual([expect.objectContaining({ cell: "I10", expected: 86 })]);
  });

  it("flags a headline that disagrees with the table, and an empty one", () => {
    expect(only(run(card633((s) => (s.headline = "85%"))), "HEADLINE_RATE_MISMATCH")).toEqual([
      expect.objectContaining({ cell: "I2", expected: 86, found: "85%" }),
    ]);
    expect(only(run(card633((s) => (s.headline = ""))), "HEADLINE_RATE_MISSING")).toHaveLength(1);
  });

  it("takes the precision from the card and lets the setting override it", () => {
    expect(check(seedCard723()).pledges[0].precision).toBe(2);
    expect(check(seedCard633()).pledges[0].precision).toBe(0);
    expect(check(seedCard633(), 2).pledges[0].precision).toBe(2);
    // At a forced precision the expected value is shown at that precision.
    const forced = check(card633((s) => (s.pledgeRate = null)), 2);
    expect(only(forced, "PLEDGE_RATE_MISSING")[0].expected).toBe(85.71);
    expect(only(forced, "PLEDGE_RATE_MISSING")[0].message).toContain("85.71");
  });
});

describe("status, department and pledge number", () => {
  it("flags 완료 종결 with a rate under 100", () => {
    const result = run(card633((s) => (s.status = "완료 종결")));
    expect(only(result, "STATUS_RATE_CONFLICT")).toEqual([expect.objectContaining({ cell: "D2", expected: 100, found: 86 })]);
  });

  it("does not flag 완료 후 계속추진 under 100 (both seed cards are so)", () => {
    expect(codes(check(seedCard723()))).not.toContain("STATUS_RATE_CONFLICT");
  });

  it("flags unknown and missing statuses, ignoring spacing and markers", () => {
    expect(codes(run(card633((s) => (s.status = "*일부 추진"))))).not.toContain("UNKNOWN_STATUS");
    expect(only(run(card633((s) => (s.status = "진행 중"))), "UNKNOWN_STATUS")[0].found).toBe("진행 중");
    expect(only(run(card633((s) => (s.status = ""))), "MISSING_STATUS")[0].cell).toBe("D2");
  });

  it("flags a missing department on its empty cell", () => {
    expect(only(run(seedCard723()), "MISSING_DEPARTMENT")[0]).toMatchObject({ cell: "B2", severity: "info" });
  });

  it("takes the pledge number from the sheet name when the card has none", () => {
    const named = check(card633((s) => (s.id = "")));
    expect(named.pledges[0].id).toBe("6-3-3");
    const unnamed = run(card633((s) => {
      s.id = "";
      s.sheet = "Sheet1";
    }));
    expect(unnamed.pledges[0].id).toBeNull();
    expect(only(unnamed, "MISSING_PLEDGE_ID")).toHaveLength(1);
  });
});

describe("table structure", () => {
  it("flags a table cut short before the closing row", () => {
    const result = run(card633((s) => (s.cutShort = true)));
    expect(only(result, "TABLE_INCOMPLETE")).toHaveLength(1);
    expect(result.pledges[0].rate).toBeCloseTo(85.714, 2);
    expect(result.pledges[0].rateCell).toBeNull();
  });

  it("flags a target row without its actual row", () => {
    const grid = cardGrid(seedCard633());
    grid.values[6][2] = "비고"; // indicator 1's actual row loses its label
    const result = checkSheet(grid);
    for (const c of codes(result)) seen.add(c);
    expect(only(result, "BROKEN_ROW_PAIR")[0]).toMatchObject({ cell: "C6", severity: "error" });
  });

  it("flags an actual row without a target row", () => {
    const grid = cardGrid(seedCard633());
    grid.values[5][2] = "이행 (누계)";
    const result = checkSheet(grid);
    // Rows 6 and 7 are both 이행 now: neither has a 목표 row above it.
    expect(only(result, "BROKEN_ROW_PAIR").map((f) => f.cell)).toEqual(["C6", "C7"]);
    expect(result.pledges[0].indicators).toHaveLength(1);
  });

  it("flags a header without a rate column and one with no rows", () => {
    const grid = cardGrid(seedCard633());
    grid.values[4][8] = "비고";
    const noRate = checkSheet(grid);
    for (const c of codes(noRate)) seen.add(c);
    expect(only(noRate, "RATE_COLUMN_MISSING")).toHaveLength(1);

    const empty = checkSheet({ name: "빈 표", merges: [], values: [["확인지표", "단위", "구분", "2024", "2025", "이행률 (%)"], [], ["공약 이행률", null, null, null, null, 80]] });
    for (const c of codes(empty)) seen.add(c);
    expect(only(empty, "TABLE_EMPTY")).toHaveLength(1);
  });

  it("reads 실적 rows, labels without (누계), empty rows and a table placed at C5", () => {
    const spec = card633((s) => {
      s.offsetRows = 3;
      s.offsetCols = 2;
    });
    const grid = cardGrid(spec);
    grid.values[3 + 6][4] = "실적";
    grid.values[3 + 5][4] = "목표";
    grid.values.splice(3 + 7, 0, []); // an empty row between two indicators
    grid.merges = grid.merges.map((m) => (m.top >= 3 + 7 ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
    const result = checkSheet(grid);
    expect(codes(result)).toEqual(["OVER_ACHIEVEMENT"]);
    expect(result.pledges[0].rateCell).toBe("K14");
    expect(result.pledges[0].tableRange).toBe("C8:K14");
  });

  it("reads a grid whose used range starts away from A1", () => {
    const grid = cardGrid(seedCard723());
    const shifted = { ...grid, originRow: 10, originCol: 3, merges: grid.merges.map((m) => ({ top: m.top + 10, bottom: m.bottom + 10, left: m.left + 3, right: m.right + 3 })) };
    const result = checkSheet(shifted);
    expect(result.pledges[0].rateCell).toBe("L20");
    expect(result.findings[0].cell).toBe("E12");
  });

  it("reads the card without merged areas (Excel 2019 cannot report them)", () => {
    const grid = cardGrid(seedCard633());
    expect(checkSheet({ ...grid, merges: [] }).pledges[0].indicators.map((i) => i.rateCell)).toEqual(["I6", "I8"]);
  });

  it("reads the printed card's status, marked ○ under its name", () => {
    const grid = cardGrid(seedCard633());
    grid.values[1] = ["추진상황", "완료 종결", null, "완료 후 계속추진", null, "정상추진", null, "이행률", "86%"];
    grid.values[2] = [null, null, null, "○", null, null, null, null, null];
    const result = checkSheet(grid);
    expect(result.pledges[0].status).toBe("완료 후 계속추진");
  });

  it("reads several cards stacked on one sheet", () => {
    const result = checkSheet(stackCards("부서", [seedCard633(), seedCard723(), seedCard633()]));
    expect(result.pledges.map((p) => p.id)).toEqual(["6-3-3", "7-2-3", "6-3-3"]);
  });
});

describe("layouts departments keep (issue 8)", () => {
  it("a printed card with ○ under two statuses is ambiguous", () => {
    const grid = cardGrid(seedCard633());
    grid.values[1] = ["추진상황", "완료 종결", null, "완료 후 계속추진", null, "정상추진", null, "이행률", "86%"];
    grid.values[2] = [null, "○", null, "○", null, null, null, null, null];
    const result = checkSheet(grid);
    for (const c of codes(result)) seen.add(c);
    expect(only(result, "STATUS_MARK_AMBIGUOUS")).toHaveLength(1);
  });

  it("says once what it could not read, which reading it chose, and what it did not rate", () => {
    const scenarios = [
      buildLayoutCard(layoutCard633("cumulative-only")), // CUMULATIVE_READING
      buildLayoutCard(decreasingCard()), // INDICATOR_NOT_RATED
      buildLayoutCard(withdrawnCard(80, "hidden")), // INDICATOR_WITHDRAWN
    ];
    const falling = buildLayoutCard(layoutCard633("cumulative-only"));
    falling.values[6].splice(3, 5, "-", 5, 23, 17, ""); // READING_UNCERTAIN
    const results = [...scenarios, falling].map((g) => checkSheet(g));
    for (const r of results) for (const c of codes(r)) seen.add(c);
    expect(results.map((r) => codes(r).filter((c) => ["CUMULATIVE_READING", "INDICATOR_NOT_RATED", "INDICATOR_WITHDRAWN", "READING_UNCERTAIN"].includes(c)))).toEqual([
      ["CUMULATIVE_READING"],
      ["INDICATOR_NOT_RATED"],
      ["INDICATOR_WITHDRAWN"],
      // The other indicator's rising totals are still read as totals, and said so.
      ["READING_UNCERTAIN", "CUMULATIVE_READING"],
    ]);
  });
});

describe("workbook and merge findings", () => {
  it("reports a pledge number used twice in one workbook", () => {
    const result = checkWorkbook([cardGrid(seedCard633()), cardGrid(card633((s) => (s.sheet = "사본")))]);
    const all = result.sheets.flatMap((sheet) => sheet.findings);
    for (const f of all) seen.add(f.code);
    expect(all.filter((f) => f.code === "DUPLICATE_PLEDGE_ID").map((f) => [f.sheet, f.cell])).toEqual([["사본", "A1"]]);
  });

  it("reads and writes no rate cell that a merged area takes over", () => {
    const grid = cardGrid(card633((s) => (s.pledgeRate = null)));
    grid.merges = grid.merges.map((m) => (m.top === 9 && m.left === 0 ? { ...m, right: 8 } : m));
    const result = checkSheet(grid);
    for (const c of codes(result)) seen.add(c);
    expect(only(result, "RATE_CELL_MERGED").map((f) => f.cell)).toEqual(["A10"]);
  });
});

describe("the 점검 예외 sheet's own findings (cases in exceptions.test.ts)", () => {
  it("reports a sheet without a header, an incomplete row and a row that matches nothing", () => {
    const grid = (values: (string | null)[][]) => ({ name: "점검 예외", values, merges: [] });
    const header = ["시트", "셀", "코드", "사유", "값", "일시"];
    const results = [
      checkWorkbook([cardGrid(seedCard633()), grid([["메모"]])]),
      checkWorkbook([cardGrid(seedCard633()), grid([header, ["6-3-3", "G7", "OVER_ACHIEVEMENT", "", "17(45)", null]])]),
      checkWorkbook([cardGrid(seedCard633()), grid([header, ["6-3-3", "G9", "OVER_ACHIEVEMENT", "확인", "1(5)", null]])]),
    ];
    const found = results.map((r) => r.sheets[1].findings.map((f) => f.code));
    expect(found).toEqual([["EXCEPTION_HEADER_MISSING"], ["EXCEPTION_INCOMPLETE"], ["EXCEPTION_UNUSED"]]);
    for (const c of found.flat()) seen.add(c);
  });
});

describe("the 연도별 투자 계획's findings (cases in investment/investment.test.ts)", () => {
  it("reports each kind of money problem with its own code", () => {
    const edit = (change: (spec: InvestmentSpec) => void) => {
      const spec = seedInvestment723();
      change(spec);
      return checkSheet(withInvestment(cardGrid(seedCard723()), spec, { row: 14 }));
    };
    const rows = (s: InvestmentSpec) => s.blocks[0].rows;
    const scenarios: [string, (s: InvestmentSpec) => void][] = [
      ["INVESTMENT_CELL_MISMATCH", (s) => (rows(s)[3].values[5] = 15.8)],
      ["INVESTMENT_ROW_SUM_MISMATCH", (s) => (rows(s)[5].values[6] = 8)],
      // 총 계 2023 34 and 2024 17.5 still add up to its 소계 75.4: only the two column sums break, each at its total.
      ["INVESTMENT_TOTAL_ROW_MISMATCH", (s) => rows(s)[0].values.splice(4, 2, 34, 17.5)],
      ["INVESTMENT_UNREADABLE_CELL", (s) => (rows(s)[3].values[6] = "미정")],
      ["INVESTMENT_SPENT_OVER_PLAN", (s) => (rows(s)[5].values = [80, 0, 80, 10, 33, 18.5, 18.5, 0, 0])],
      ["INVESTMENT_SPENT_AFTER_AS_OF", (s) => (rows(s)[5].values = [52, 0, 52, 0, 33, 0, 9, 10, 0])],
      ["INVESTMENT_READING_UNCERTAIN", (s) => (rows(s)[2].label = "지방비")],
      ["INVESTMENT_UNIT_MISSING", (s) => (s.unit = null)],
    ];
    for (const [code, change] of scenarios) {
      const found = codes(edit(change)).filter((c) => c.startsWith("INVESTMENT_"));
      expect([...new Set(found)], code).toEqual([code]);
      seen.add(code);
    }
  });
});

describe("catalogue", () => {
  it("every finding code is produced by some scenario above", () => {
    expect([...seen].sort()).toEqual(Object.keys(FINDING_CODES).sort());
  });
});
