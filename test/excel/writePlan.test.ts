// The add-in renders the core's write plan: value AND number format. A rate cell holding
// 0.5 formatted 0% used to become the text "86%"; the command line kept the number.
import { describe, expect, it } from "vitest";
import { seedCard633 } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { excelAt, sampleWorkbook } from "./helpers";

describe("fillRates renders the plan's number format", () => {
  it("keeps a percent-formatted number a number with its format", async () => {
    const wb = sampleWorkbook([{ ...seedCard633(), headline: null, pledgeRate: null }]);
    // Headline 0.5 under 0% (shows 50%); the blank closing rate cell is formatted 0% too.
    wb.setValue("6-3-3", "I2", 0.5, "0%");
    wb.setNumberFormat("6-3-3", "I10", "0%");
    await createPledgeChecker(excelAt(wb)).fillRates({});
    // (100 + 71.43) ÷ 2 = 85.71 → 86 at the card's precision → stored as 0.86 under 0%.
    expect([wb.value("6-3-3", "I2"), wb.numberFormat("6-3-3", "I2")]).toEqual([0.86, "0%"]);
    expect([wb.value("6-3-3", "I10"), wb.numberFormat("6-3-3", "I10")]).toEqual([0.86, "0%"]);
  });

  it("never writes into a closing row merged over its label", async () => {
    const wb = sampleWorkbook([{ ...seedCard633(), pledgeRate: null }]);
    wb.merge("6-3-3", "A10:I10");
    const label = wb.value("6-3-3", "A10");
    // Merged areas are read from ExcelApi 1.13 (getMergedAreasOrNullObject); below it the
    // core cannot know the closing row is merged (README, requirement sets).
    const run = await createPledgeChecker(excelAt(wb, "1.13")).fillRates({});
    expect(wb.value("6-3-3", "A10")).toBe(label);
    expect(run.written.map((w) => w.cell)).not.toContain("I10");
    expect(run.result.sheets[0].findings.map((f) => f.code)).toContain("RATE_CELL_MERGED");
  });
});
