// 이행률 채우기 through the adapter: only rate cells change, in the form the card uses,
// and a check afterwards finds those cells right.
import { describe, expect, it } from "vitest";
import { cellFromNumberFormat, checkWorkbook, planRateWrites } from "../../src/core";
import { cardGrid, mistakesCard, sampleDepartmentCards } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { allCells, excelAt, fixture, sampleWorkbook } from "./helpers";

/** These tests look at notes, so they pin ExcelApi 1.18 (other levels: matrix.test.ts). */
const NOTES = "1.18";

const RATE_CODES = /RATE_(MISSING|MISMATCH)$/;

describe("fillRates", () => {
  it("writes exactly the core's rate writes and changes no other value", async () => {
    const wb = sampleWorkbook();
    const sheets = wb.sheetNames();
    const before = allCells(wb);
    const run = await createPledgeChecker(excelAt(wb, NOTES)).fillRates({});

    const planned = planRateWrites(checkWorkbook(sampleDepartmentCards().map(cardGrid)));
    expect(planned.length).toBeGreaterThan(0);
    expect(run.written).toEqual(planned);
    const written = new Set(planned.map((w) => `${w.sheet}!${w.cell}`));
    for (const w of planned) {
      const cell = wb.cell(w.sheet, w.cell);
      expect(cellFromNumberFormat(cell.value, cell.numberFormat)).toBe(w.value);
    }
    const after = allCells(wb, sheets);
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      if (written.has(key)) continue;
      expect(after.get(key)?.value ?? "", key).toEqual(before.get(key)?.value ?? "");
      expect(after.get(key)?.numberFormat ?? "General", key).toEqual(before.get(key)?.numberFormat ?? "General");
    }
  });

  it("keeps a rate written as text as text", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    await createPledgeChecker(excelAt(wb, NOTES)).fillRates({});
    // The headline was "60%" (text); the card's form is kept: "74%", not 0.74.
    expect(wb.value("3-1-2", "I2")).toBe("74%");
    expect(wb.value("3-1-2", "I10")).toBe(74);
    expect(wb.value("3-1-2", "I8")).toBe(69);
  });

  it("leaves no rate finding behind: a second check agrees with every written cell", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    const first = await checker.fillRates({});
    const second = await checker.checkAll({});
    const rateFindings = second.result.sheets.flatMap((s) => s.findings).filter((f) => RATE_CODES.test(f.code));
    expect(rateFindings).toEqual([]);
    expect(second.written).toEqual([]);
    expect(first.result.sheets.flatMap((s) => s.findings).filter((f) => RATE_CODES.test(f.code)).length).toBeGreaterThan(0);
  });

  it("notes the replaced value on a filled cell", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    await createPledgeChecker(excelAt(wb, NOTES)).fillRates({});
    expect(wb.note("3-1-2", "I8")).toContain("원래 값 80 → 69");
  });

  it("writes nothing into a clean fixture", async () => {
    const wb = await fixture("seed-department.xlsx");
    const before = allCells(wb);
    const run = await createPledgeChecker(excelAt(wb, NOTES)).fillRates({});
    expect(run.written).toEqual([]);
    const after = allCells(wb, ["6-3-3", "7-2-3"]);
    for (const [key, cell] of after) expect(cell.value, key).toEqual(before.get(key)?.value ?? "");
  });
});
