// Issue 26 §8: a gradient fill cannot be set through the API ("LinearGradient and
// RectangularGradient are not supported", RangeFill.pattern), so 표시 지우기 could never put
// it back. A flagged cell holding one is not painted: its note and 검토 결과 carry the
// finding, and the pane says so. The in-memory Excel refuses a gradient pattern (UnsupportedFillType).
import { describe, expect, it } from "vitest";
import { NOTE_HEADER } from "../../src/core";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel } from "../../src/memory-excel";
import { mistakesCard } from "../../src/sample/cards";
import { sampleWorkbook } from "./helpers";

const SHEET = "3-1-2";
const GRADIENT = { color: "#FFFF00", pattern: "LinearGradient", patternColor: "#0000FF" };

describe("a flagged cell with a gradient fill", () => {
  it("keeps its fill through 검사 and 표시 지우기; the note explains; other flags are painted", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.sheet(SHEET).cells.get(6 * 16_384 + 5)!.fill = { ...GRADIENT }; // F7
    const checker = createPledgeChecker(new MemoryExcel(wb, { api: "1.18" }));
    const run = await checker.checkAll({});
    expect(run.result.sheets[0].findings.map((f) => f.cell)).toContain("F7");
    expect(wb.fill(SHEET, "F7")).toEqual(GRADIENT);
    expect(wb.note(SHEET, "F7")?.startsWith(NOTE_HEADER)).toBe(true);
    expect(wb.fill(SHEET, "I8")?.pattern).toBe("Solid"); // another flagged cell, painted
    expect(run.notices.some((n) => n.startsWith("그라데이션 채우기가 있는 셀 1곳은 색을 칠하지 않고"))).toBe(true);
    await checker.clearFlags();
    expect(wb.fill(SHEET, "F7")).toEqual(GRADIENT);
    expect(wb.fill(SHEET, "I8")).toBeNull();
    expect(wb.note(SHEET, "F7")).toBeNull();
  });

  it("the in-memory Excel refuses to set a gradient pattern", async () => {
    const excel = new MemoryExcel(sampleWorkbook([mistakesCard()]), { api: "1.18" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange("A1").format.fill.pattern = "LinearGradient";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "UnsupportedFillType" });
  });
});
