// Hidden rows through the add-in (issue 8 item 10): the adapter reads which rows are hidden
// with Range.getRowProperties (ExcelApi 1.9) in the same sync as the values, so a card
// reads as the command line reads the same .xlsx. Below 1.9 by Range.rowHidden (ExcelApi 1.2).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkWorkbook, type WorkbookResult } from "../../src/core";
import { gridsFromPackage } from "../../src/xlsx";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel } from "../../src/memory-excel";
import { workbookFromExcelJs } from "../../src/memory-excel/xlsx";
import { card633, withdrawnCard } from "../../src/sample/layouts/corpus";
import type { LayoutCard } from "../../src/sample/layouts/build";
import { addLayoutSheet } from "../support/layouts";

/** The card as a saved and reopened .xlsx (hidden rows hidden), as both sides would meet it. */
async function xlsxOf(card: LayoutCard): Promise<ExcelJS.Workbook & { bytes: Uint8Array }> {
  const written = new ExcelJS.Workbook();
  addLayoutSheet(written, card);
  const bytes = new Uint8Array(await written.xlsx.writeBuffer());
  const reopened = new ExcelJS.Workbook();
  await reopened.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return Object.assign(reopened, { bytes });
}

/** What the command line makes of the same file. */
function cliResult(workbook: { bytes: Uint8Array }): WorkbookResult {
  return checkWorkbook(gridsFromPackage(workbook.bytes).grids);
}

const summary = (r: WorkbookResult) => ({
  findings: r.sheets.flatMap((s) => s.findings.map((f) => [f.code, f.severity, f.cell])),
  rates: r.sheets.flatMap((s) => s.pledges.map((p) => [p.id, p.rate, ...p.indicators.map((i) => i.rate)])),
});

describe("a withdrawn indicator kept in hidden rows", () => {
  // 7-2-3: 추진계획 수립 4 of 5 → 80 %; 주민 설명회 (1 of 4 → 25 %) sits in hidden rows and
  // the card's 80 % leaves it out, so: INDICATOR_WITHDRAWN (info), pledge rate 80, no error.
  it.each(["1.9", "1.18"])("is reported at ExcelApi %s as the command line reports it", async (api) => {
    const workbook = await xlsxOf(withdrawnCard(80, "hidden"));
    const cli = cliResult(workbook);
    const excel = new MemoryExcel(workbookFromExcelJs(workbook), { api });
    expect(excel.workbook.rowHidden("7-2-3", 9)).toBe(true); // its target row, by the layout builder

    const run = await createPledgeChecker(excel).checkAll({});

    const findings = run.result.sheets[0].findings;
    expect(findings.filter((f) => f.code === "INDICATOR_WITHDRAWN").map((f) => f.severity)).toEqual(["info"]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(run.result.sheets[0].pledges[0].rate).toBe(80);
    expect(summary(run.result)).toEqual(summary(cli));
    expect(excel.touched).toContain("Range.getRowProperties");
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("is reported the same when the sheet is read in blocks of rows (a response too large for one read)", async () => {
    const workbook = await xlsxOf(withdrawnCard(80, "hidden"));
    const excel = new MemoryExcel(workbookFromExcelJs(workbook), { api: "1.9", responseLimitBytes: 2_500 });
    const run = await createPledgeChecker(excel).checkAll({});
    expect(excel.stats.syncs).toBeGreaterThan(4); // the sizes, then more than one block
    expect(summary(run.result)).toEqual(summary(cliResult(workbook)));
    expect(run.result.sheets[0].findings.map((f) => f.code)).toContain("INDICATOR_WITHDRAWN");
  });

  it("at ExcelApi 1.7 is known through Range.rowHidden (1.2), one more sync, and reported the same", async () => {
    const workbook = await xlsxOf(withdrawnCard(80, "hidden"));
    const excel = new MemoryExcel(workbookFromExcelJs(workbook), { api: "1.7" });
    const run = await createPledgeChecker(excel).checkAll({});
    expect(excel.touched).not.toContain("Range.getRowProperties");
    expect(excel.touched).toContain("Range.rowHidden");
    const findings = run.result.sheets[0].findings;
    expect(findings.filter((f) => f.code === "INDICATOR_WITHDRAWN").map((f) => f.severity)).toEqual(["info"]);
    // Without it the hidden 25 % would count: (80 + 25) / 2 = 52.5 against the card's 80, a false error.
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(run.result.sheets[0].pledges[0].rate).toBe(80);
    expect(summary(run.result)).toEqual(summary(cliResult(workbook)));
  });

  it("at ExcelApi 1.7 a workbook with no hidden rows costs no extra sync", async () => {
    const hidden = new MemoryExcel(workbookFromExcelJs(await xlsxOf(withdrawnCard(80, "hidden"))), { api: "1.7" });
    const plain = new MemoryExcel(workbookFromExcelJs(await xlsxOf(card633("pairs"))), { api: "1.7" });
    await createPledgeChecker(hidden).checkAll({});
    await createPledgeChecker(plain).checkAll({});
    expect(hidden.stats.syncs).toBe(plain.stats.syncs + 1);
  });
});

describe("a hidden spacer or note row", () => {
  /** 6-3-3 as row pairs with a note row after the heading block; hidden or not. */
  async function withNote(hidden: boolean): Promise<ExcelJS.Workbook & { bytes: Uint8Array }> {
    const workbook = await xlsxOf(card633("pairs"));
    const sheet = workbook.worksheets[0];
    sheet.insertRow(8, [null, null, "※ 2024년 실적은 잠정치"]);
    sheet.getRow(8).hidden = hidden;
    // Saved and reopened, so both sides read the file, not exceljs's edited model.
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return Object.assign(reopened, { bytes });
  }

  it("changes nothing: the card reads as without it, and as the command line reads it", async () => {
    const hiddenBook = await withNote(true);
    const excel = new MemoryExcel(workbookFromExcelJs(hiddenBook), { api: "1.9" });
    expect(excel.workbook.rowHidden(hiddenBook.worksheets[0].name, 8)).toBe(true);
    const hidden = (await createPledgeChecker(excel).checkAll({})).result;

    const plainExcel = new MemoryExcel(workbookFromExcelJs(await xlsxOf(card633("pairs"))), { api: "1.9" });
    const plain = (await createPledgeChecker(plainExcel).checkAll({})).result;

    expect(summary(hidden)).toEqual(summary(cliResult(hiddenBook)));
    // Rows below the note move down one, so compare what was found, not where.
    const what = (r: WorkbookResult) => ({ codes: summary(r).findings.map(([code, severity]) => [code, severity]), rates: summary(r).rates });
    expect(what(hidden)).toEqual(what(plain));
    // The seed card 6-3-3 by hand: 45 of 26 → 100 (capped), 5 of 7 → 71.43, mean 85.71.
    const [pledge] = hidden.sheets[0].pledges;
    expect(pledge.indicators.map((i) => i.rate)).toEqual([100, expect.closeTo(71.4286, 3)]);
    expect(hidden.sheets[0].findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
