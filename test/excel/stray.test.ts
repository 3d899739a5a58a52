// Issue 26 §1: one stray value far from the cards makes the used range as wide (or tall)
// as the sheet. Only what is occupied is read: the syncs and the largest response do not
// grow with where the stray value sits, and the check gives the result it gives without it.
import { describe, expect, it } from "vitest";
import { createPledgeChecker } from "../../src/excel";
import { checkWorkbook } from "../../src/core";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { MemoryExcel, workbookFromGrids } from "../../src/memory-excel";
import { sampleWorkbook } from "./helpers";

const FIRST = "3-1-2";

async function checked(stray: string[], api = "1.18") {
  const wb = sampleWorkbook();
  for (const cell of stray) wb.setValue(FIRST, cell, "메모");
  const excel = new MemoryExcel(wb, { api });
  const run = await createPledgeChecker(excel).checkAll({});
  return { run, excel };
}

describe("a stray value far from the card", () => {
  it("at XFD20, XFD60, XFD1048576 and A1048576: 4 syncs, a response under 1.5 MB, the findings of the workbook without it", async () => {
    const { run: plain, excel: plainExcel } = await checked([]);
    expect(plainExcel.stats.syncs).toBe(3);
    const plainCodes = plain.result.sheets.map((s) => s.findings.map((f) => `${f.code}@${f.cell}`));
    for (const cell of ["XFD20", "XFD60", "XFD1048576", "A1048576"]) {
      const { run, excel } = await checked([cell]);
      expect(excel.stats.syncs, cell).toBe(4);
      expect(excel.maxResponseBytes, cell).toBeLessThan(1_500_000);
      expect(run.result.sheets.map((s) => s.findings.map((f) => `${f.code}@${f.cell}`)), cell).toEqual(plainCodes);
    }
  });

  it("a value near enough is part of the grid; one too far is left out and the pane says where", async () => {
    const near = await checked(["XFD20"]);
    expect(near.run.notices.join(" ")).not.toContain("멀리 떨어진");
    const far = await checked(["XFD1048576"]);
    expect(far.run.notices).toContain(`'${FIRST}' 시트의 XFD1048576 등 표에서 멀리 떨어진 셀 1개는 점검하지 않았습니다. 필요 없는 값이면 지우세요.`);
  });

  it("two strays far apart in one region are found by asking pieces, in a few syncs and small responses", async () => {
    const { excel } = await checked(["XFD600", "XFD1048576", "B900000"]);
    // outline, window + regions, two levels of pieces, the boxes, the write.
    expect(excel.stats.syncs).toBeLessThanOrEqual(8);
    expect(excel.maxResponseBytes).toBeLessThan(1_500_000);
  });

  it("below ExcelApi 1.9 too", async () => {
    const { excel } = await checked(["XFD1048576"], "1.7");
    expect(excel.stats.syncs).toBe(5); // + the flagged cells' fills, read apart at 1.7
    expect(excel.maxResponseBytes).toBeLessThan(1_500_000);
  });

  it("a card wholly outside the window (no value in it) is read box by box, with the core's own result", async () => {
    const card = { ...mistakesCard(), offsetRows: 320 };
    const grid = cardGrid(card);
    const excel = new MemoryExcel(workbookFromGrids([grid]), { api: "1.18" });
    const run = await createPledgeChecker(excel).checkAll({});
    const expected = checkWorkbook([grid]);
    expect(run.result.sheets[0].findings.map((f) => `${f.code}@${f.cell}`)).toEqual(expected.sheets[0].findings.map((f) => `${f.code}@${f.cell}`));
    expect(run.result.sheets[0].findings.length).toBeGreaterThan(0);
  });

  it("a blank sheet beside the cards costs no sync", async () => {
    const wb = sampleWorkbook();
    wb.addSheet("Sheet1");
    const excel = new MemoryExcel(wb, { api: "1.18" });
    await createPledgeChecker(excel).checkAll({});
    expect(excel.stats.syncs).toBe(3);
  });
});
