// The add-in's 요약 and 검토 결과 sheets print well where Excel lets it (ExcelApi 1.9:
// worksheet.pageLayout, worksheet.autoFilter); at 1.7 they keep Excel's defaults.
import { describe, expect, it } from "vitest";
import { checkWorkbook, findingRows, FINDINGS_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../src/core";
import { cardGrid, sampleDepartmentCards } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { printStateOf } from "../../src/memory-excel";
import { excelAt, sampleWorkbook } from "./helpers";

const rows = findingRows(checkWorkbook(sampleDepartmentCards().map(cardGrid))).rows.length;

describe("print layout in the add-in", () => {
  it("검토 결과: landscape, one page wide, header row on every page, filter over header and rows", async () => {
    const wb = sampleWorkbook();
    await createPledgeChecker(excelAt(wb, "1.9")).checkAll({});
    const state = printStateOf(wb.findSheet(FINDINGS_SHEET_NAME)!);
    expect(state).toEqual({
      orientation: "Landscape",
      zoom: { scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: { first: 0, last: 0 },
      // 9 columns (A–I: 심각도 … 현재값, 입력 안내), the header and one row per finding.
      autoFilter: { top: 0, left: 0, bottom: rows, right: 8 },
    });
  });

  it("요약: the rows down to the pledge table's header repeat; the filter covers the pledges only", async () => {
    const wb = sampleWorkbook();
    await createPledgeChecker(excelAt(wb, "1.9")).createSummarySheet({});
    const state = printStateOf(wb.findSheet(SUMMARY_SHEET_NAME)!);
    expect(state.orientation).toBe("Landscape");
    expect(state.zoom).toEqual({ scale: null, horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(state.titleRows).toEqual({ first: 0, last: 2 });
    // Header in row 3 (index 2), three pledges under it, 11 columns A–K.
    expect(state.autoFilter).toEqual({ top: 2, left: 0, bottom: 5, right: 10 });
  });

  it("at ExcelApi 1.7 sets nothing it cannot (and the run still succeeds)", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, "1.7"));
    await checker.checkAll({});
    await checker.createSummarySheet({});
    for (const name of [FINDINGS_SHEET_NAME, SUMMARY_SHEET_NAME]) {
      expect(printStateOf(wb.findSheet(name)!)).toMatchObject({ orientation: "Portrait", titleRows: null, autoFilter: null });
    }
  });

  it("refuses pageLayout above the host's version, as Excel does (the fake is strict)", async () => {
    const wb = sampleWorkbook();
    const excel = excelAt(wb, "1.7");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("6-3-3").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
