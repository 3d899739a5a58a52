// Issue 19 item 2: an as-of date stored as a date cell. The grid gives a date cell as ISO text
// (`2025-06-30`, src/xlsx/cellValue.ts today; the core's stored-value reading later), whatever
// its number format showed (`yyyy. m. d. "기준"` shows 기준 but stores only the date). Seed card
// 6-3-3: the as-of line is I4 (row 3, col 8), the header row 5.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { checkSheet, checkWorkbook } from "../../../src/core";
import { cardGrid, seedCard633 } from "../../../src/sample/cards";
import { gridsFromPackage } from "../../../src/xlsx";
import { codes, only, setCell } from "../helpers";

const seed = () => cardGrid(seedCard633());

describe("the as-of date as a date cell", () => {
  it("a date cell alone where the as-of line stands is the as-of date", () => {
    const result = checkSheet(setCell(seed(), 3, 8, "2025-06-30"));
    expect(codes(result)).not.toContain("MISSING_AS_OF");
    expect(result.pledges[0].asOf).toBe("2025-06-30");
    expect(result.pledges[0].asOfCell).toBe("I4");
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a date with 기준 in the next cell, or after a 기준일 label", () => {
    const withWord = setCell(setCell(seed(), 3, 7, "2025-06-30"), 3, 8, "기준");
    expect(checkSheet(withWord).pledges[0].asOf).toBe("2025-06-30");
    const labelled = setCell(setCell(seed(), 3, 7, "기준일 :"), 3, 8, "2025-06-30");
    expect(checkSheet(labelled).pledges[0].asOf).toBe("2025-06-30");
  });

  it("the as-of checks run on it: an actual after it is flagged", () => {
    // 2026. 6. actual of 자매결연 typed: starts 2026-01-01, after 2025-06-30.
    const grid = setCell(setCell(seed(), 3, 8, "2025-06-30"), 8, 7, "1(6)");
    expect(only(checkSheet(grid), "ACTUAL_AFTER_AS_OF").map((f) => f.cell)).toEqual(["H9"]);
  });

  it("a date labelled as something else is no as-of date: MISSING_AS_OF, said once", () => {
    const grid = setCell(setCell(seed(), 3, 7, "작성일"), 3, 8, "2025-07-02");
    const result = checkSheet(grid);
    expect(only(result, "MISSING_AS_OF")).toHaveLength(1);
    expect(result.pledges[0].asOf).toBeNull();
  });

  it("a term-end header Excel turned into a date (1 June 2026) is the term's last period", () => {
    const result = checkSheet(setCell(seed(), 4, 7, "2026-06-01"));
    expect(codes(result)).not.toContain("UNKNOWN_PERIOD");
    expect(result.pledges[0].periods[4]).toMatchObject({ start: "2026-01-01", end: "2026-06-30" });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("through the .xlsx reader: a date cell formatted `yyyy. m. d. \"기준\"`", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("6-3-3");
    const grid = seed();
    grid.values.forEach((row, r) => row.forEach((v, c) => v !== null && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    for (const m of grid.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    const cell = sheet.getCell("I4");
    cell.value = new Date(Date.UTC(2025, 5, 30));
    cell.numFmt = 'yyyy. m. d. "기준"';
    const result = checkWorkbook(gridsFromPackage(new Uint8Array(await workbook.xlsx.writeBuffer())).grids);
    const pledge = result.sheets[0].pledges[0];
    expect(pledge.asOf).toBe("2025-06-30");
    expect(result.sheets[0].findings.map((f) => f.code)).not.toContain("MISSING_AS_OF");
  });
});
