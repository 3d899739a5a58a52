// 이행률 채우기 through the adapter, after issue 12: the pane gets the check after writing
// (in the same 3 syncs), and a dated record of every replaced value that 표시 지우기 keeps.
import { describe, expect, it } from "vitest";
import { FILL_LOG_HEADER, FILL_LOG_MARKER, FILL_LOG_SHEET_NAME, FINDINGS_SHEET_NAME } from "../../src/core";
import { mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { printStateOf } from "../../src/memory-excel";
import { excelAt, sampleWorkbook } from "./helpers";

describe("이행률 채우기 기록", () => {
  it("returns what is left after the fill, in 3 syncs, and notes each written cell", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb, "1.18");
    const run = await createPledgeChecker(excel).fillRates({});
    expect(excel.stats.syncs).toBe(3);
    // Worked out from the card: I8 80 → 69, I10 blank → 74, I2 "60%" → "74%" (fill.test.ts).
    expect(run.written.map((w) => [w.cell, w.previous, w.value])).toEqual([
      ["I8", "80", 69],
      ["I10", null, 74],
      ["I2", "60%", "74%"],
    ]);
    const left = run.result.sheets[0].findings.map((f) => f.code);
    expect(left).not.toContain("INDICATOR_RATE_MISMATCH");
    expect(left).not.toContain("PLEDGE_RATE_MISSING");
    expect(left).not.toContain("HEADLINE_RATE_MISMATCH");
    // The cumulative error in F7 is not a rate: filling cannot fix it.
    expect(left).toContain("ACTUAL_CUMULATIVE_MISMATCH");
    expect(wb.note("3-1-2", "I8")).toContain("원래 값 80 → 69");
    expect(wb.note("3-1-2", "I10")).toContain("원래 값 빈칸 → 74");
    expect(run.fillLog).toBe(FILL_LOG_SHEET_NAME);
  });

  it("writes a dated row per replaced value, appends on the next fill, and survives 표시 지우기", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const checker = createPledgeChecker(excelAt(wb));
    await checker.fillRates({});
    expect(wb.value(FILL_LOG_SHEET_NAME, "A1")).toBe(FILL_LOG_MARKER);
    expect(wb.values(FILL_LOG_SHEET_NAME, "A2:E2")[0]).toEqual(FILL_LOG_HEADER);
    const rows = wb.values(FILL_LOG_SHEET_NAME, "A3:E5");
    expect(rows.map((r) => r.slice(1))).toEqual([
      ["3-1-2", "I8", "80", "69"],
      ["3-1-2", "I10", "(빈칸)", "74"],
      ["3-1-2", "I2", "60%", "74%"],
    ]);
    for (const r of rows) expect(String(r[0])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

    // Someone types 50 over the filled 69; the next fill appends one row under the first three.
    wb.setValue("3-1-2", "I8", 50);
    const second = await checker.fillRates({});
    expect(second.written.map((w) => w.cell)).toEqual(["I8"]);
    expect(wb.values(FILL_LOG_SHEET_NAME, "B6:E7")).toEqual([
      ["3-1-2", "I8", "50", "69"],
      ["", "", "", ""],
    ]);

    const cleared = await checker.clearFlags();
    expect(cleared.restored).toBeGreaterThan(0);
    expect(wb.sheetNames()).not.toContain(FINDINGS_SHEET_NAME);
    expect(wb.values(FILL_LOG_SHEET_NAME, "B3:E3")[0]).toEqual(["3-1-2", "I8", "80", "69"]);
    expect(wb.note("3-1-2", "I8")).toBeNull();
    // The written value stays: clearing takes marks away, it does not undo a fill.
    expect(wb.value("3-1-2", "I8")).toBe(69);
  });

  it("is never checked as a pledge sheet, and a user's sheet of that name is left alone", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.setValue(wb.addSheet(FILL_LOG_SHEET_NAME).name, "A1", "우리 과 기록");
    const checker = createPledgeChecker(excelAt(wb));
    const run = await checker.fillRates({});
    expect(run.fillLog).toBe(`${FILL_LOG_SHEET_NAME} (2)`);
    expect(wb.value(FILL_LOG_SHEET_NAME, "A1")).toBe("우리 과 기록");
    const again = await checker.checkAll({});
    expect(again.result.sheets.map((s) => s.name)).not.toContain(`${FILL_LOG_SHEET_NAME} (2)`);
  });

  it("prints the log landscape, one page wide, header rows on every page, filter on the header (ExcelApi 1.9+)", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    await createPledgeChecker(excelAt(wb, "1.9")).fillRates({});
    const state = printStateOf(wb.findSheet(FILL_LOG_SHEET_NAME)!);
    expect(state.orientation).toBe("Landscape");
    expect(state.zoom).toEqual({ scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(state.titleRows).toEqual({ first: 0, last: 1 });
    // Header row 2 (index 1) and the three entries, columns A–E.
    expect(state.autoFilter).toEqual({ top: 1, left: 0, bottom: 4, right: 4 });
  });
});
