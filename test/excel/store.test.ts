// The fill store in real Excel's terms (issue 9): a very hidden sheet cannot be deleted
// (Worksheet.delete throws InvalidOperation — the in-memory Excel refuses it too), records
// are keyed by Worksheet.id so a renamed sheet is still restored, a record whose sheet is
// gone is never dropped, and theme tints come back exactly.
import { describe, expect, it } from "vitest";
import { checkWorkbook, planFlags } from "../../src/core";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker, STORE_SHEET_NAME } from "../../src/excel";
import { decodeStore, encodeStore } from "../../src/excel/store";
import type { MemoryExcel, MemoryWorkbook } from "../../src/memory-excel";
import { allCells, excelAt, sampleWorkbook } from "./helpers";

const flagged = planFlags(checkWorkbook([cardGrid(mistakesCard())])).map((f) => f.cell);

async function rename(excel: MemoryExcel, from: string, to: string) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

function storeRows(wb: MemoryWorkbook) {
  return decodeStore(wb.values(STORE_SHEET_NAME, "A1:I200")).flags;
}

describe("the fill store", () => {
  it("is removed by 표시 지우기 although it is very hidden (made hidden first), and again after the next check", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const checker = createPledgeChecker(excelAt(wb));
    for (let round = 0; round < 2; round++) {
      await checker.checkAll({});
      expect(wb.visibility(STORE_SHEET_NAME)).toBe("VeryHidden");
      await checker.clearFlags();
      expect(wb.sheetNames()).toEqual(["3-1-2"]);
    }
  });

  it("finds a renamed sheet by its id: the fills come back and the store goes", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.setFill("3-1-2", "F7", "#92D050");
    const before = allCells(wb);
    const excel = excelAt(wb);
    const checker = createPledgeChecker(excel);
    const run = await checker.checkAll({});
    expect(run.flagged).toBeGreaterThan(0);
    await rename(excel, "3-1-2", "3-1-2 수정");
    const { restored } = await checker.clearFlags();
    expect(restored).toBe(run.flagged);
    // Every cell as before, under the new name.
    const after = allCells(wb, ["3-1-2 수정"]);
    expect([...after].map(([k, c]) => [k.replace("3-1-2 수정!", "3-1-2!"), c])).toEqual([...before]);
    expect(wb.sheetNames()).toEqual(["3-1-2 수정"]);
  });

  it("a re-check after a rename replaces the old marks instead of leaving them", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb);
    const checker = createPledgeChecker(excel);
    await checker.checkAll({});
    await rename(excel, "3-1-2", "바뀐 이름");
    await checker.checkAll({});
    // One record per flagged cell, under the new name, with the sheet's id.
    const rows = storeRows(wb);
    expect(rows.map((r) => r.cell).sort()).toEqual([...flagged].sort());
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(["바뀐 이름"]));
    expect(new Set(rows.map((r) => r.sheetId))).toEqual(new Set([wb.sheet("바뀐 이름").id]));
  });

  it("never drops a record whose sheet is gone; a new sheet with the old name is not taken for it", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.addSheet("다른 시트").cells.set(0, { value: "x", numberFormat: "General", fill: null, hyperlink: null, bold: false });
    const excel = excelAt(wb);
    const checker = createPledgeChecker(excel);
    await checker.checkAll({});
    // The user deletes the checked sheet and makes a new one of the same name.
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("3-1-2").delete();
      context.workbook.worksheets.add("3-1-2");
      await context.sync();
    });
    const result = await checker.clearFlags();
    expect(result).toEqual({ restored: 0, kept: flagged.length });
    expect(wb.sheetNames()).toContain(STORE_SHEET_NAME);
    expect(storeRows(wb).map((r) => r.cell).sort()).toEqual([...flagged].sort());
    expect(allCells(wb, ["3-1-2"]).size).toBe(0); // the new sheet was not painted over
    // A check of what remains keeps those records too.
    await checker.checkAll({});
    expect(storeRows(wb).length).toBe(flagged.length);
  });

  it("reads a store written before sheet ids (v1) by sheet name", () => {
    const v1 = [
      ["pledge-check store v1", "검토 결과", "", "", "", "", ""],
      ["시트", "셀", "원래 채우기 색", "무늬", "무늬 색", "표시한 색", "설명 방식"],
      ["3-1-2", "F7", "#92D050", "Solid", "", "#FFC7CE", "note"],
    ];
    expect(decodeStore(v1)).toEqual({ findingsSheet: "검토 결과", flags: [{ sheet: "3-1-2", cell: "F7", original: { color: "#92D050", pattern: "Solid" }, applied: "#FFC7CE", explanation: "note" }] });
  });

  it("keeps a theme colour's tint (ExcelApi 1.9) and restores exactly that", async () => {
    const store = { findingsSheet: null, flags: [{ sheet: "a", sheetId: "{1}", cell: "B2", original: { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 }, applied: "#FFC7CE", explanation: "note" as const }] };
    expect(decodeStore(encodeStore(store))).toEqual(store);

    const wb = sampleWorkbook([mistakesCard()]);
    const tinted = { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 };
    wb.setFill("3-1-2", flagged[0], "#4472C4");
    wb.cell("3-1-2", flagged[0]).fill = { ...tinted };
    for (const api of ["1.9", "1.18"]) {
      const checker = createPledgeChecker(excelAt(wb, api));
      await checker.checkAll({});
      expect(wb.fill("3-1-2", flagged[0])?.color).not.toBe("#4472C4");
      await checker.clearFlags();
      expect(wb.fill("3-1-2", flagged[0])).toEqual(tinted);
    }
  });
});
