// Defect 1 of issue 18: 이행률 채우기 into empty cells formatted `0%`. The cells store the
// fractions, and the run that wrote them reads them as the percents they show, as a
// second check does: no rate finding either time.
import { describe, expect, it } from "vitest";
import { createPledgeChecker } from "../../src/excel";
import { card633 } from "../core/helpers";
import { excelAt, sampleWorkbook } from "./helpers";

const RATE_CODES = /RATE_(MISSING|MISMATCH)$/;

describe("a card whose rate cells are empty and formatted 0%", () => {
  it("is filled with fractions, and neither the fill nor a second check reports a rate finding", async () => {
    // Headline 85.71% (text) sets the card's precision to 2 decimals.
    const spec = card633((s) => {
      s.headline = "85.71%";
      for (const indicator of s.indicators) indicator.rate = null;
      s.pledgeRate = null;
    });
    const wb = sampleWorkbook([spec]);
    for (const cell of ["I6", "I8", "I10"]) wb.setNumberFormat("6-3-3", cell, "0%");
    const checker = createPledgeChecker(excelAt(wb, "1.18"));

    const fill = await checker.fillRates({});
    // 8(26)… the first indicator is complete (100%); 5 of 7 events is 71.43%; their mean 85.71%.
    expect(fill.written.map((w) => [w.cell, w.value])).toEqual([
      ["I6", 1],
      ["I8", 0.7143],
      ["I10", 0.8571],
    ]);
    const own = fill.result.sheets.flatMap((s) => s.findings).filter((f) => RATE_CODES.test(f.code));
    expect(own).toEqual([]);
    expect([wb.value("6-3-3", "I6"), wb.value("6-3-3", "I8"), wb.value("6-3-3", "I10")]).toEqual([1, 0.7143, 0.8571]);
    for (const cell of ["I6", "I8", "I10"]) expect(wb.numberFormat("6-3-3", cell)).toMatch(/%$/);

    const again = await checker.checkAll({});
    expect(again.result.sheets.flatMap((s) => s.findings).filter((f) => RATE_CODES.test(f.code))).toEqual([]);
    expect(again.written).toEqual([]);
  });
});
