// 요약.xlsx and the 검토 결과 sheet of a --fix copy print well: written with exceljs and
// read back from the file, landscape, one page wide, title rows repeated, an autofilter.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addFindingsSheet } from "../../src/cli/findingsSheet";
import { summaryWorkbook } from "../../src/cli/summaryWorkbook";
import { checkWorkbook, findingRows, summarize, summaryRows } from "../../src/core";
import { cardGrid, sampleDepartmentCards } from "../../src/sample/cards";

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

const result = checkWorkbook(sampleDepartmentCards().map(cardGrid));

describe("print layout in the command line's workbooks", () => {
  it("요약.xlsx: landscape, 1 page wide, rows 1–3 on every page, a filter on the pledge table", async () => {
    const summary = summarize(summaryRows(result));
    const sheet = (await roundTrip(summaryWorkbook(summary, "auto", new Set()))).worksheets[0];
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:3");
    // With files: 파일 + 11 columns = A–L; header row 3, one row per pledge (3) → A3:L6.
    expect(summary.rows).toHaveLength(3);
    expect(sheet.autoFilter).toBe("A3:L6");
  });

  it("검토 결과 of a --fix copy: landscape, 1 page wide, the header on every page, a filter over every row", async () => {
    const workbook = new ExcelJS.Workbook();
    addFindingsSheet(workbook, result);
    const sheet = (await roundTrip(workbook)).worksheets[0];
    const { header, rows } = findingRows(result);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    // 9 columns (A–I: 심각도 … 현재값, 입력 안내).
    expect(header).toHaveLength(9);
    expect(sheet.autoFilter).toBe(`A1:I${rows.length + 1}`);
  });
});
