// Building the fake: from the shared .xlsx fixtures, from sample grids, from its own
// saved state ("reopen"), and installing it as the Office globals.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cardGrid, seedCard633, seedCard723 } from "../../src/sample/cards";
import { MemoryExcel, installMemoryExcel, reopen, saveState, workbookFromGrids } from "../../src/memory-excel";
import { loadXlsx } from "../../src/memory-excel/xlsx";

const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");

describe("loading .xlsx", () => {
  it("keeps a merge's value in the top-left cell only, with the header fill and numbers as numbers", async () => {
    const wb = await loadXlsx(path.join(FIXTURES, "seed-6-3-3.xlsx"));
    expect(wb.sheetNames()).toEqual(["6-3-3"]);
    expect(wb.value("6-3-3", "A6")).toBe("교류활동 횟수");
    expect(wb.value("6-3-3", "A7")).toBe("");
    expect(wb.value("6-3-3", "B1")).toBe("");
    expect(wb.value("6-3-3", "I6")).toBe(100);
    expect(wb.value("6-3-3", "I7")).toBe("");
    expect(wb.value("6-3-3", "I2")).toBe("86%");
    expect(wb.fill("6-3-3", "A5")).toEqual({ color: "#D9E1F2", pattern: "Solid" });
    expect(wb.fill("6-3-3", "A6")).toBeNull();
    expect(wb.sheet("6-3-3").merges).toContainEqual({ top: 5, left: 0, bottom: 6, right: 0 });
  });

  it("agrees with the sample grid of the same card, cell for cell", async () => {
    for (const [file, spec] of [
      ["seed-6-3-3.xlsx", seedCard633()],
      ["seed-7-2-3.xlsx", seedCard723()],
    ] as const) {
      const fromFile = await loadXlsx(path.join(FIXTURES, file));
      const fromGrid = workbookFromGrids([cardGrid(spec)]);
      const values = (wb: typeof fromFile) => new Map([...wb.cells(spec.sheet)].filter(([, c]) => c.value !== "").map(([a, c]) => [a, c.value]));
      expect(values(fromFile)).toEqual(values(fromGrid));
      expect(fromFile.sheet(spec.sheet).merges).toEqual(fromGrid.sheet(spec.sheet).merges);
    }
  });

  it("loads every sheet of the department workbook", async () => {
    const wb = await loadXlsx(path.join(FIXTURES, "seed-department.xlsx"));
    expect(wb.sheetNames()).toEqual(["6-3-3", "7-2-3"]);
    expect(wb.activeSheet()?.name).toBe("6-3-3");
  });
});

describe("reopening", () => {
  it("keeps everything Excel saves and nothing it does not", async () => {
    const wb = workbookFromGrids([cardGrid(seedCard633())]);
    wb.setFill("6-3-3", "G7", "#FFC7CE").setNote("6-3-3", "G7", "메모").addComment("6-3-3", "I6", "댓글").protect("6-3-3");
    wb.addSheet("_store").visibility = "VeryHidden";
    const again = reopen(wb);
    expect(saveState(again)).toEqual(saveState(wb));
    expect(again.fill("6-3-3", "G7")?.color).toBe("#FFC7CE");
    expect(again.note("6-3-3", "G7")).toBe("메모");
    expect(again.comment("6-3-3", "I6")).toBe("댓글");
    expect(again.visibility("_store")).toBe("VeryHidden");
    // A copy, not the same objects.
    again.setValue("6-3-3", "A1", "바뀜");
    expect(wb.value("6-3-3", "A1")).not.toBe("바뀜");
  });
});

describe("installing as Office globals", () => {
  it("serves Excel.run, Office.onReady and isSetSupported, then puts back what was there", async () => {
    const excel = new MemoryExcel(workbookFromGrids([cardGrid(seedCard633())]), { api: "1.9" });
    const scope: Record<string, unknown> = { Office: "before" };
    const uninstall = installMemoryExcel(excel, scope);
    const office = scope.Office as typeof Office;
    const excelGlobal = scope.Excel as typeof Excel;
    expect((await office.onReady()).host).toBe("Excel");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(excelGlobal.SheetVisibility.veryHidden).toBe("VeryHidden");
    expect(excelGlobal.ErrorCodes.invalidOperationInCellEditMode).toBe("InvalidOperationInCellEditMode");
    const name = await excelGlobal.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("6-3-3");
    uninstall();
    expect(scope.Office).toBe("before");
    expect("Excel" in scope).toBe(false);
  });
});
