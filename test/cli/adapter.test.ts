// The exceljs adapter on real .xlsx files: values, formulas, formats and merges reach the
// core the way the file holds them.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../../src/cli/checkFile";
import { readCellAt, type SheetGrid } from "../../src/core";
import { cardGrid, seedCard633, seedCard723 } from "../../src/sample/cards";
import { readGridsFile, tempFolder, writeGrids } from "../support/xlsx";
import { FIXTURES } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

/** The grid's value at a 0-based position; a hole of the sparse grid reads as null. */
function at(grid: SheetGrid, r: number, c: number): unknown {
  return grid.values[r]?.[c] ?? null;
}

async function gridsOf(path: string): Promise<SheetGrid[]> {
  return readGridsFile(path);
}

describe("the .xlsx reader on the shared fixtures", () => {
  it("keeps a merged area's value only in its top-left cell, as the file does", async () => {
    const [grid] = await gridsOf(join(FIXTURES, "seed-6-3-3.xlsx"));
    expect(grid.name).toBe("6-3-3");
    expect(grid.originRow).toBe(0);
    expect(grid.originCol).toBe(0);
    expect(grid.values[0][0]).toBe("6-3-3 16개 공공기관과 상생 자매결연 활성화");
    expect(at(grid, 0, 1)).toBeNull(); // exceljs reports the master's value here
    expect(grid.values[5][0]).toBe("교류활동 횟수");
    expect(at(grid, 6, 0)).toBeNull();
    expect(grid.values[5][8]).toBe(100);
    expect(at(grid, 6, 8)).toBeNull();
    expect(grid.values[9][8]).toBe(86);
    expect(grid.merges).toContainEqual({ top: 5, left: 0, bottom: 6, right: 0 });
    expect(grid.merges).toContainEqual({ top: 9, left: 0, bottom: 9, right: 7 });
    expect(grid.merges).toHaveLength(8);
  });

  it("spans the sheet's used rows and width (rows are sparse: they end at their last value)", async () => {
    const grids = await gridsOf(join(FIXTURES, "seed-department.xlsx"));
    expect(grids.map((g) => g.name)).toEqual(["6-3-3", "7-2-3"]);
    for (const grid of grids) {
      expect(grid.values).toHaveLength(10);
      expect(Math.max(...Array.from(grid.values, (row) => row?.length ?? 0))).toBe(9);
    }
  });
});

describe("cell values", () => {
  it("passes formula results, and a formula without one as its text", async () => {
    const path = await writeGrids(join(dir, "values.xlsx"), [
      {
        grid: { name: "values", values: [[null]], merges: [] },
        cells: {
          A1: { value: { formula: "1-1", result: 0 } },
          A2: { value: { formula: "SUM(B1:B3)", result: 45 } },
          A3: { value: { formula: "SUM(B1:B3)" } },
          A4: { value: { formula: "CONCAT(\"8(\",\"16)\")", result: "8(16)" } },
          A5: { value: { richText: [{ text: "8" }, { text: "(16)", font: { bold: true } }] } },
          A6: { value: { text: "교류활동", hyperlink: "https://example.org/" } },
          A7: { value: { error: "#DIV/0!" } },
          A8: { value: new Date(Date.UTC(2025, 5, 30)) },
          A9: { value: true },
          A10: { value: { formula: "1/0", result: { error: "#DIV/0!" } } },
        },
      },
    ]);
    const [grid] = await gridsOf(path);
    // Stored: a date as its serial (45838 is 2025-06-30), an error as an error, no result as null.
    expect([grid.values[2][0], grid.formulas?.[2]?.[0], grid.values[6][0], grid.values[7][0], grid.values[9][0]]).toEqual([null, "SUM(B1:B3)", { error: "#DIV/0!" }, 45838, { error: "#DIV/0!" }]);
    // Read by the core: a formula without a result as its text, the date (under exceljs's date format) as ISO text.
    expect(grid.values.map((_, r) => readCellAt(grid, r, 0))).toEqual([
      0,
      45,
      "=SUM(B1:B3)",
      "8(16)",
      "8(16)",
      "교류활동",
      "#DIV/0!",
      "2025-06-30",
      true,
      "#DIV/0!",
    ]);
  });

  it("shows numbers formatted as percent the way the cell shows them", async () => {
    const path = await writeGrids(join(dir, "percent.xlsx"), [
      {
        grid: { name: "p", values: [[0.8571, 0.7333333, 0.86, 86]], merges: [] },
        cells: { A1: { numFmt: "0%" }, B1: { numFmt: "0.00%" }, C1: { numFmt: "General" } },
      },
    ]);
    const [grid] = await gridsOf(path);
    expect(grid.values[0]).toEqual([0.8571, 0.7333333, 0.86, 86]);
    expect([0, 1, 2, 3].map((c) => readCellAt(grid, 0, c))).toEqual(["86%", "73.33%", 0.86, 86]);
  });

  it("leaves empty rows and columns empty (holes) and keeps real addresses", async () => {
    const path = await writeGrids(join(dir, "sparse.xlsx"), [{ name: "s", values: [[], [], [null, null, "x"]], merges: [] }]);
    const [grid] = await gridsOf(path);
    const dense = Array.from({ length: grid.values.length }, (_, r) => Array.from({ length: 3 }, (_, c) => at(grid, r, c)));
    expect(dense).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, "x"],
    ]);
    expect(grid.values).toHaveLength(3);
    expect(0 in grid.values).toBe(false); // no row is built where nothing is written
  });
});

describe("checkFile", () => {
  it("finds a table that starts at C5 at its real addresses", async () => {
    const spec = { ...seedCard723(), offsetRows: 4, offsetCols: 2 };
    const path = await writeGrids(join(dir, "offset.xlsx"), [cardGrid(spec)]);
    const { result } = await checkFile(path, {});
    const [pledge] = result.sheets[0].pledges;
    expect(pledge.tableRange).toBe("C9:K14");
    expect(pledge.rateCell).toBe("K14");
    expect(pledge.headlineCell).toBe("K6");
    expect(pledge.reportedRate).toBe(73.33);
    expect(result.sheets[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads rate cells kept as formulas with cached results like typed numbers", async () => {
    const path = await writeGrids(join(dir, "formulas.xlsx"), [
      {
        grid: cardGrid(seedCard633()),
        cells: {
          I6: { value: { formula: "MIN(100,45/26*100)", result: 100 } },
          I8: { value: { formula: "ROUND(5/7*100,0)", result: 71 } },
          I10: { value: { formula: "ROUND(AVERAGE(I6,I8),0)", result: 86 } },
        },
      },
    ]);
    const { result } = await checkFile(path, {});
    expect(result.sheets[0].pledges[0].reportedRate).toBe(86);
    expect(result.sheets[0].pledges[0].indicators.map((i) => i.reportedRate)).toEqual([100, 71]);
    expect(result.sheets[0].findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reports a formula without a cached result as unreadable, never as 0", async () => {
    const path = await writeGrids(join(dir, "uncached.xlsx"), [
      { grid: cardGrid(seedCard633()), cells: { G7: { value: { formula: "F7+17" } } } },
    ]);
    const { result } = await checkFile(path, {});
    const unreadable = result.sheets[0].findings.filter((f) => f.code === "UNREADABLE_CELL");
    expect(unreadable.map((f) => f.cell)).toEqual(["G7"]);
    expect(unreadable[0].found).toBe("=F7+17");
  });

  it("reads percent-formatted rate cells as the percent they show", async () => {
    const spec = { ...seedCard633(), headline: 0.86, pledgeRate: 0.8571 };
    const path = await writeGrids(join(dir, "percent-card.xlsx"), [
      { grid: cardGrid(spec), cells: { I2: { numFmt: "0%" }, I10: { numFmt: "0%" } } },
    ]);
    const { result } = await checkFile(path, {});
    const [pledge] = result.sheets[0].pledges;
    expect(pledge.headlineRate).toBe(86);
    expect(pledge.reportedRate).toBe(86);
    expect(result.sheets[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
