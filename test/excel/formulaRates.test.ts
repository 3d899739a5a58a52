// Issue 26 §4: a rate cell holding a formula is never overwritten by 이행률 채우기 (the pane
// names it and the value it would have held), and cells Excel recalculates from the rates
// written (a headline `=I10`) are read back, not predicted. The in-memory Excel keeps each
// formula with its cached result and evaluates a lone reference (src/memory-excel/formulas.ts).
import { describe, expect, it } from "vitest";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel } from "../../src/memory-excel";
import { mistakesCard } from "../../src/sample/cards";
import { sampleWorkbook } from "./helpers";

const SHEET = "3-1-2";

describe("formulas in rate cells", () => {
  it.each(["1.18", "1.7"])("the pledge rate's formula stays and is named; the other rates are written (ExcelApi %s)", async (api) => {
    const wb = sampleWorkbook([mistakesCard()]);
    // I10 would be filled with 74 (the mean of 75 and 73.6…): here it is a formula whose result is an error.
    wb.setFormula(SHEET, "I10", "=AVERAGE(I6:I9)/0", "#DIV/0!");
    const run = await createPledgeChecker(new MemoryExcel(wb, { api })).fillRates({});
    expect(wb.formula(SHEET, "I10")).toBe("=AVERAGE(I6:I9)/0");
    expect(wb.value(SHEET, "I10")).toBe("#DIV/0!");
    expect(run.written.map((w) => w.cell)).not.toContain("I10");
    expect(run.written.map((w) => w.cell)).toContain("I8");
    expect(wb.value(SHEET, "I8")).toBe(69);
    expect(run.notices).toContain("수식이 든 이행률 셀 1곳은 수식을 지우지 않도록 채우지 않았습니다: '3-1-2'!I10 (채울 값 74). 수식을 고치거나 값을 직접 입력하세요.");
  });

  it("a headline =I10 is read back after I10 is written: no mismatch left, one more sync", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    // The headline points at the empty closing-row cell, so Excel shows 0 there.
    wb.setFormula(SHEET, "I2", "=I10", 0);
    const excel = new MemoryExcel(wb, { api: "1.18" });
    const before = await createPledgeChecker(excel).checkAll({});
    expect(before.result.sheets[0].findings.map((f) => f.code)).toContain("HEADLINE_RATE_MISMATCH");
    excel.resetStats();
    const run = await createPledgeChecker(excel).fillRates({});
    expect(wb.value(SHEET, "I10")).toBe(74);
    expect(wb.formula(SHEET, "I2")).toBe("=I10");
    // Excel's value for I2 is now 74: the check after the fill sees it.
    expect(run.result.sheets[0].pledges[0].headlineRate).toBe(74);
    expect(run.result.sheets[0].findings.map((f) => f.code)).not.toContain("HEADLINE_RATE_MISMATCH");
    expect(excel.stats.syncs).toBe(4);
  });

  it("without formulas a fill still takes 3 syncs", async () => {
    const excel = new MemoryExcel(sampleWorkbook([mistakesCard()]), { api: "1.18" });
    await createPledgeChecker(excel).fillRates({});
    expect(excel.stats.syncs).toBe(3);
  });
});
