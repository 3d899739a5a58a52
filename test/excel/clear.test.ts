// 표시 지우기 and re-checking: original fills come back exactly (no fill, white, colours,
// patterns), only pledge-check's notes and comments go, and the memory of what was
// changed survives closing and reopening the workbook.
import { describe, expect, it } from "vitest";
import { FINDINGS_SHEET_NAME } from "../../src/core";
import { mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker, STORE_SHEET_NAME } from "../../src/excel";
import { reopen, type MemoryWorkbook } from "../../src/memory-excel";
import { allCells, excelAt, sampleWorkbook } from "./helpers";

/** These tests look at notes, so they pin ExcelApi 1.18 (other levels: matrix.test.ts). */
const NOTES = "1.18";

/** The mistakes card with a variety of original fills on the cells that get flagged. */
function dressed(): MemoryWorkbook {
  const wb = sampleWorkbook();
  wb.setFill("3-1-2", "F7", "#92D050"); // a colour
  wb.setFill("3-1-2", "I8", "#FFFFFF"); // white, which Office reads like "no fill"
  wb.sheet("3-1-2").cells.get(1 * 16_384 + 8)!.fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" }; // I2, a pattern
  wb.setFill("3-1-2", "A5", "#D9E1F2"); // not flagged at all
  return wb;
}

function fills(wb: MemoryWorkbook): Map<string, unknown> {
  return new Map([...allCells(wb, ["6-3-3", "7-2-3", "3-1-2"])].filter(([, c]) => c.fill !== null).map(([k, c]) => [k, c.fill] as const));
}

describe("clearFlags", () => {
  it("restores every original fill exactly, including white and no fill", async () => {
    const wb = dressed();
    const before = fills(wb);
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    const run = await checker.checkAll({});
    expect(fills(wb)).not.toEqual(before);
    const { restored } = await checker.clearFlags();
    expect(restored).toBe(run.flagged);
    expect(fills(wb)).toEqual(before);
    expect(wb.fill("3-1-2", "I8")).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(wb.fill("3-1-2", "I10")).toBeNull();
  });

  it("removes its notes, comments, findings sheet and store, and keeps the user's notes", async () => {
    const wb = dressed();
    wb.setNote("3-1-2", "A6", "사용자 메모");
    const sheetsBefore = wb.sheetNames();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    // The store is added first now (it is written before any cell changes), so compare as sets.
    expect([...wb.sheetNames()].sort()).toEqual([...sheetsBefore, FINDINGS_SHEET_NAME, STORE_SHEET_NAME].sort());
    await checker.clearFlags();
    expect(wb.sheetNames()).toEqual(sheetsBefore);
    expect([...wb.notes("3-1-2")]).toEqual([["A6", "사용자 메모"]]);
    expect(wb.notes("6-3-3").size + wb.notes("7-2-3").size).toBe(0);
  });

  it("removes its threaded comments where notes are not available (ExcelApi 1.10)", async () => {
    const wb = dressed();
    wb.addComment("3-1-2", "B6", "사용자 댓글");
    const checker = createPledgeChecker(excelAt(wb, "1.10"));
    await checker.checkAll({});
    expect(wb.comment("3-1-2", "F7")).toContain("[공약 점검]");
    await checker.clearFlags();
    expect(wb.comments.map((c) => c.content)).toEqual(["사용자 댓글"]);
  });

  it("works after the workbook is closed and reopened", async () => {
    const wb = dressed();
    const before = fills(wb);
    await createPledgeChecker(excelAt(wb, NOTES)).fillRates({});
    const reopened = reopen(wb);
    const { restored } = await createPledgeChecker(excelAt(reopened, NOTES)).clearFlags();
    expect(restored).toBeGreaterThan(0);
    expect(fills(reopened)).toEqual(before);
    expect(reopened.sheetNames()).toEqual(["6-3-3", "7-2-3", "3-1-2"]);
  });

  it("leaves a fill the user changed after flagging", async () => {
    const wb = dressed();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    wb.setFill("3-1-2", "F7", "#0070C0");
    await checker.clearFlags();
    expect(wb.fill("3-1-2", "F7")?.color).toBe("#0070C0");
    expect(wb.fill("3-1-2", "I10")).toBeNull();
  });

  it("does nothing to a workbook pledge-check never marked", async () => {
    const wb = dressed();
    const before = allCells(wb);
    const excel = excelAt(wb, NOTES);
    expect(await createPledgeChecker(excel).clearFlags()).toEqual({ restored: 0 });
    expect(allCells(wb)).toEqual(before);
    expect(excel.stats.syncs).toBe(2);
  });
});

describe("re-checking", () => {
  it("replaces earlier flags: a fixed cell gets its original fill back, a still-wrong cell keeps its original on record", async () => {
    const wb = dressed();
    const before = fills(wb);
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    wb.setValue("3-1-2", "F7", "24(54)"); // the running total now adds up
    const second = await checker.checkAll({});
    expect(second.result.sheets[2].findings.some((f) => f.cell === "F7")).toBe(false);
    expect(wb.fill("3-1-2", "F7")).toEqual(before.get("3-1-2!F7"));
    expect(wb.note("3-1-2", "F7")).toBeNull();
    expect(wb.fill("3-1-2", "I8")?.color).toBe("#FFC7CE");
    // Only one findings sheet, rewritten.
    expect(wb.sheetNames().filter((n) => n.startsWith(FINDINGS_SHEET_NAME))).toEqual([FINDINGS_SHEET_NAME]);
    await checker.clearFlags();
    const expected = new Map(before);
    expect(fills(wb)).toEqual(expected);
  });

  it("never treats a user's own sheet named 검토 결과 as its findings sheet", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.addSheet(FINDINGS_SHEET_NAME);
    wb.setValue(FINDINGS_SHEET_NAME, "A1", "내 검토 메모");
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    const run = await checker.checkAll({});
    expect(wb.value(FINDINGS_SHEET_NAME, "A1")).toBe("내 검토 메모");
    expect(wb.sheetNames()).toContain(`${FINDINGS_SHEET_NAME} (2)`);
    expect(run.notices.join(" ")).toContain(`${FINDINGS_SHEET_NAME} (2)`);
    await checker.clearFlags();
    expect(wb.value(FINDINGS_SHEET_NAME, "A1")).toBe("내 검토 메모");
    expect(wb.sheetNames()).not.toContain(`${FINDINGS_SHEET_NAME} (2)`);
  });
});
