// The print layout of the sheets pledge-check writes, and the grids a fill leaves behind.
import { describe, expect, it } from "vitest";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import {
  checkWorkbook,
  filterA1,
  planRateWrites,
  printLayout,
  summarize,
  summaryPrintLayout,
  summaryRows,
  summarySheetPlan,
  titleRowsA1,
  withWrites,
} from "../../src/core";

describe("print layout", () => {
  it("is landscape, one page wide, title rows down to the header, filter over header and rows", () => {
    // A findings sheet: header in row 1, 12 rows under it, 8 columns → filter A1:H13.
    const layout = printLayout(0, 12, 8);
    expect(layout).toMatchObject({ orientation: "landscape", pagesWide: 1, pagesTall: 0 });
    expect(titleRowsA1(layout)).toBe("$1:$1");
    expect(filterA1(layout)).toBe("A1:H13");
    // No rows: nothing to filter, the header still repeats.
    expect(filterA1(printLayout(0, 0, 8))).toBeNull();
  });

  it("filters only the 요약's pledge table and repeats the rows above it", () => {
    const result = checkWorkbook([cardGrid(mistakesCard())]);
    const plan = summarySheetPlan(summarize(summaryRows(result)), "auto", false);
    const layout = summaryPrintLayout(plan);
    // Row 1 the marker, row 2 blank, row 3 the header (11 columns, A–K), one pledge in row 4.
    expect(titleRowsA1(layout)).toBe("$1:$3");
    expect(filterA1(layout)).toBe("A3:K4");
  });
});

describe("withWrites", () => {
  it("puts the planned values in their cells and leaves the input alone", () => {
    const grids = [cardGrid(mistakesCard())];
    const writes = planRateWrites(checkWorkbook(grids));
    const after = withWrites(grids, writes);
    // I8 (row 8, column I) held 80 and becomes 69; the original grid still says 80.
    const at = (g: (typeof grids)[0], r: number, c: number) => g.values[r - (g.originRow ?? 0)][c - (g.originCol ?? 0)];
    expect(at(grids[0], 7, 8)).toBe(80);
    expect(at(after[0], 7, 8)).toBe(69);
    const left = checkWorkbook(after).sheets[0].findings.filter((f) => /RATE_(MISSING|MISMATCH)$/.test(f.code));
    expect(left).toEqual([]);
  });
});
