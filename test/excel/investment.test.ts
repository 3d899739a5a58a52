// The 연도별 투자 계획 in the add-in, through the core: its typo flagged in-cell (fill and note)
// and listed; 이행률 채우기 writes the rate cells only and leaves every money cell as it was.
import { describe, expect, it } from "vitest";
import { cardGrid, seedCard723 } from "../../src/sample/cards";
import { seedInvestment723, withInvestment } from "../../src/sample/investment";
import { workbookFromGrids } from "../../src/memory-excel";
import { createPledgeChecker } from "../../src/excel";
import { allCells, excelAt } from "./helpers";

/** The seed card with a wrong indicator rate (I6: 50 for 80) and its table below, 시비 2024 written 15.8 for 18.5 (H23). */
function workbook() {
  const spec = seedInvestment723();
  spec.blocks[0].rows[3].values[5] = 15.8;
  const grid = cardGrid(seedCard723());
  grid.values[5][8] = 50;
  return workbookFromGrids([withInvestment(grid, spec, { row: 14 })]);
}

describe("the money table in the add-in", () => {
  it("flags the typo's cell once, with its note, and lists it", async () => {
    const wb = workbook();
    const run = await createPledgeChecker(excelAt(wb, "1.18")).checkAll({});
    const money = run.result.sheets[0].findings.filter((f) => f.code.startsWith("INVESTMENT_"));
    expect(money.map((f) => [f.code, f.cell, f.expected, f.found])).toEqual([["INVESTMENT_CELL_MISMATCH", "H23", 18.5, 15.8]]);
    expect(wb.fill("7-2-3", "H23")?.color).toBe("#FFC7CE");
    expect(wb.note("7-2-3", "H23")).toContain("투자 계획 금액 오기");
    // No total of the table is painted.
    for (const cell of ["C20", "E23", "H20", "C23"]) expect(wb.fill("7-2-3", cell), cell).toBeNull();
  });

  it("이행률 채우기 writes the rate cell and no money cell", async () => {
    const wb = workbook();
    const before = allCells(wb);
    const run = await createPledgeChecker(excelAt(wb, "1.18")).fillRates({});
    expect(run.written.map((w) => w.cell)).toEqual(["I6"]);
    const after = allCells(wb, ["7-2-3"]);
    for (const [key, cell] of before) {
      if (!/^7-2-3!([A-K])(1[5-9]|2[0-5])$/.test(key)) continue;
      expect(after.get(key)?.value, key).toEqual(cell.value);
    }
  });
});
