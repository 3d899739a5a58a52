// Hidden rows as Range.getRowProperties reports them (ExcelApi 1.9): one entry per row, top
// to bottom, with only the keys asked for; refused below 1.9; kept across reopen and from .xlsx.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MemoryExcel, MemoryWorkbook, reopen, workbookFromGrids } from "../../src/memory-excel";
import { workbookFromExcelJs } from "../../src/memory-excel/xlsx";

function book(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet("6-3-3");
  wb.setValue("6-3-3", "A3", "메모").hideRows("6-3-3", 3, 5);
  return wb;
}

async function rowsOf(wb: MemoryWorkbook, address: string, options: Excel.RowPropertiesLoadOptions, api = "1.9"): Promise<Excel.RowProperties[]> {
  const excel = new MemoryExcel(wb, { api });
  return excel.run(async (context) => {
    const props = context.workbook.worksheets.getItem("6-3-3").getRange(address).getRowProperties(options);
    await context.sync();
    return props.value;
  });
}

describe("Range.getRowProperties", () => {
  it("gives one entry per row, top to bottom, with what was asked", async () => {
    // B2:C6 spans rows 2–6; rows 3 and 5 are hidden.
    expect(await rowsOf(book(), "B2:C6", { rowHidden: true })).toEqual([
      { rowHidden: false },
      { rowHidden: true },
      { rowHidden: false },
      { rowHidden: true },
      { rowHidden: false },
    ]);
    expect(await rowsOf(book(), "A5:A6", { rowHidden: true, rowIndex: true })).toEqual([
      { rowHidden: true, rowIndex: 4 },
      { rowHidden: false, rowIndex: 5 },
    ]);
  });

  it("is refused below ExcelApi 1.9, and an option the fake does not model says so", async () => {
    await expect(rowsOf(book(), "A1:A3", { rowHidden: true }, "1.8")).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(rowsOf(book(), "A1:A3", { format: { rowHeight: true } })).rejects.toMatchObject({ code: "NotImplemented" });
  });

  it("keeps hidden rows across reopening, and takes them from grids and from .xlsx", async () => {
    const wb = book().showRows("6-3-3", 5);
    expect([reopen(wb).rowHidden("6-3-3", 3), reopen(wb).rowHidden("6-3-3", 5)]).toEqual([true, false]);

    const fromGrid = workbookFromGrids([{ name: "6-3-3", values: [["a"], ["b"]], merges: [], hiddenRows: [1] }]);
    expect([fromGrid.rowHidden("6-3-3", 1), fromGrid.rowHidden("6-3-3", 2)]).toEqual([false, true]);

    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet("6-3-3");
    sheet.getCell("A4").value = "메모";
    sheet.getRow(4).hidden = true;
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await source.xlsx.writeBuffer());
    expect([workbookFromExcelJs(loaded).rowHidden("6-3-3", 4), workbookFromExcelJs(loaded).rowHidden("6-3-3", 3)]).toEqual([true, false]);
  });
});

describe("Range.rowHidden (ExcelApi 1.2)", () => {
  async function rowHidden(address: string, api = "1.7"): Promise<boolean | null> {
    const excel = new MemoryExcel(book(), { api });
    return excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("6-3-3").getRange(address).load("rowHidden");
      await context.sync();
      return range.rowHidden;
    });
  }

  it("is true when every row is hidden, false when none is, null when some are", async () => {
    // Rows 3 and 5 are hidden (book()).
    expect(await rowHidden("A3")).toBe(true);
    expect(await rowHidden("B5:D5")).toBe(true);
    expect(await rowHidden("A4")).toBe(false);
    expect(await rowHidden("A1:C2")).toBe(false);
    expect(await rowHidden("A2:A6")).toBeNull();
  });

  it("is refused below ExcelApi 1.2", async () => {
    await expect(rowHidden("A3", "1.1")).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
