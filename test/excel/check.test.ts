// Checking through the adapter: what is flagged (fills and notes), the findings sheet,
// the store, and that no value the user wrote changes.
import { describe, expect, it } from "vitest";
import { checkWorkbook, FINDINGS_HEADER, FINDINGS_SHEET_NAME, findingRows, NOTE_HEADER, planFlags } from "../../src/core";
import { cardGrid, mistakesCard, sampleDepartmentCards, seedCard633 } from "../../src/sample/cards";
import type { PledgeChecker as PaneChecker } from "../../src/taskpane/checker";
import { createPledgeChecker, STORE_SHEET_NAME } from "../../src/excel";
import { allCells, excelAt, fixture, sampleWorkbook } from "./helpers";

/** These tests look at notes, so they pin ExcelApi 1.18 (other levels: matrix.test.ts). */
const NOTES = "1.18";

describe("checkAll on the sample department workbook", () => {
  it("flags every finding's cell with its colour and the core's note", async () => {
    const wb = sampleWorkbook();
    const excel = excelAt(wb, NOTES);
    const checker: PaneChecker = createPledgeChecker(excel);
    const run = await checker.checkAll({});

    const expected = planFlags(checkWorkbook(sampleDepartmentCards().map(cardGrid)));
    expect(expected.length).toBeGreaterThan(0);
    expect(run.flagged).toBe(expected.length);
    expect(run.written).toEqual([]);
    for (const flag of expected) {
      expect(wb.fill(flag.sheet, flag.cell)).toEqual({ color: flag.color, pattern: "Solid", patternColor: undefined });
      expect(wb.note(flag.sheet, flag.cell)).toBe(flag.note);
      expect(wb.note(flag.sheet, flag.cell)?.startsWith(NOTE_HEADER)).toBe(true);
    }
    // Nothing else got a note or a fill it did not have.
    const flagged = new Set(expected.map((f) => `${f.sheet}!${f.cell}`));
    for (const sheet of ["6-3-3", "7-2-3", "3-1-2"]) {
      for (const [address, cell] of wb.cells(sheet)) if (!flagged.has(`${sheet}!${address}`)) expect(cell.fill).toBeNull();
      for (const address of wb.notes(sheet).keys()) expect(flagged.has(`${sheet}!${address}`)).toBe(true);
    }
  });

  it("writes the findings sheet with a link per row to its cell", async () => {
    const wb = sampleWorkbook();
    await createPledgeChecker(excelAt(wb, NOTES)).checkAll({});
    const rows = findingRows(checkWorkbook(sampleDepartmentCards().map(cardGrid))).rows;
    expect(wb.sheetNames()).toContain(FINDINGS_SHEET_NAME);
    FINDINGS_HEADER.forEach((h, c) => expect(wb.cell(FINDINGS_SHEET_NAME, `${String.fromCharCode(65 + c)}1`).value).toBe(h));
    rows.forEach((row, i) => {
      const line = i + 2;
      // Text stays text: "6-3-3" must not become a date.
      expect(wb.value(FINDINGS_SHEET_NAME, `C${line}`)).toBe(row.sheet);
      expect(wb.value(FINDINGS_SHEET_NAME, `B${line}`)).toBe(row.values[1]);
      expect(wb.hyperlink(FINDINGS_SHEET_NAME, `D${line}`)?.documentReference).toBe(`'${row.sheet}'!${row.cell}`);
      expect(wb.value(FINDINGS_SHEET_NAME, `D${line}`)).toBe(row.cell);
    });
    expect(wb.value(FINDINGS_SHEET_NAME, `A${rows.length + 2}`)).toBe("");
    expect(wb.sheet(FINDINGS_SHEET_NAME).frozenRows).toBe(1);
  });

  it("keeps every value, number format and merge the user wrote", async () => {
    const wb = sampleWorkbook();
    const sheets = wb.sheetNames();
    const before = allCells(wb);
    const merges = sheets.map((s) => wb.sheet(s).merges);
    await createPledgeChecker(excelAt(wb, NOTES)).checkAll({});
    const after = allCells(wb, sheets);
    const strip = (cells: Map<string, { value: unknown; numberFormat: string; hyperlink: unknown }>) =>
      new Map([...cells].filter(([, c]) => c.value !== "").map(([k, c]) => [k, { value: c.value, numberFormat: c.numberFormat, hyperlink: c.hyperlink }] as const));
    expect(strip(after)).toEqual(strip(before));
    expect(sheets.map((s) => wb.sheet(s).merges)).toEqual(merges);
  });

  it("remembers each flagged cell in a very hidden store sheet", async () => {
    const wb = sampleWorkbook();
    wb.setFill("3-1-2", "F7", "#92D050");
    const run = await createPledgeChecker(excelAt(wb, NOTES)).checkAll({});
    expect(wb.visibility(STORE_SHEET_NAME)).toBe("VeryHidden");
    const stored = [...wb.cells(STORE_SHEET_NAME).entries()].filter(([a]) => /^[AB]\d+$/.test(a));
    const rows = new Set<string>();
    for (let r = 3; r < 3 + run.flagged; r++) rows.add(`${wb.value(STORE_SHEET_NAME, `A${r}`)}!${wb.value(STORE_SHEET_NAME, `B${r}`)}`);
    expect(rows.size).toBe(run.flagged);
    expect(rows).toContain("3-1-2!F7");
    expect(stored.length).toBeGreaterThan(0);
    const f7 = [...Array(run.flagged).keys()].map((i) => i + 3).find((r) => wb.value(STORE_SHEET_NAME, `B${r}`) === "F7");
    expect(wb.value(STORE_SHEET_NAME, `C${f7}`)).toBe("#92D050");
  });

  it("finds nothing to flag on a clean seed card and leaves the workbook as it was", async () => {
    const wb = await fixture("seed-6-3-3.xlsx");
    const before = allCells(wb);
    const run = await createPledgeChecker(excelAt(wb, NOTES)).checkAll({});
    const errors = run.result.sheets.flatMap((s) => s.findings).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
    for (const [key, cell] of allCells(wb, ["6-3-3"])) {
      const was = before.get(key);
      if (!run.result.sheets[0].findings.some((f) => `6-3-3!${f.cell}` === key)) expect(cell).toEqual(was);
    }
  });
});

describe("checkActiveSheet", () => {
  it("checks only the active sheet", async () => {
    const wb = sampleWorkbook();
    wb.activate("3-1-2");
    const run = await createPledgeChecker(excelAt(wb, NOTES)).checkActiveSheet({});
    expect(run.result.sheets.map((s) => s.name)).toEqual(["3-1-2"]);
    expect(wb.note("6-3-3", "G7")).toBeNull();
    expect(wb.note("3-1-2", "F7")).not.toBeNull();
  });

  it("replaces every earlier mark, so the workbook shows exactly the last run", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    expect(wb.fill("3-1-2", "F7")).not.toBeNull();
    wb.activate("6-3-3");
    await checker.checkActiveSheet({});
    expect(wb.fill("3-1-2", "F7")).toBeNull();
    expect(wb.note("3-1-2", "F7")).toBeNull();
    expect(wb.note("6-3-3", "G7")).not.toBeNull();
    const linked = [...wb.cells(FINDINGS_SHEET_NAME).values()].filter((c) => c.hyperlink).map((c) => c.hyperlink?.documentReference);
    expect(linked).toEqual(["'6-3-3'!G7"]);
  });

  it("refuses when the findings sheet is active", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    wb.activate(FINDINGS_SHEET_NAME);
    await expect(checker.checkActiveSheet({})).rejects.toMatchObject({ name: "PledgeCheckError", code: "FindingsSheetActive" });
  });
});

describe("sheet names that need quoting", () => {
  it("links, notes and restores on a sheet named with an apostrophe and spaces", async () => {
    const sheet = "O'Neil 과 1";
    const wb = sampleWorkbook([{ ...mistakesCard(), sheet }]);
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    expect(wb.fill(sheet, "F7")?.color).toBe("#FFC7CE");
    const links = [...wb.cells(FINDINGS_SHEET_NAME).values()].map((c) => c.hyperlink?.documentReference).filter(Boolean);
    expect(links).toContain("'O''Neil 과 1'!F7");
    await checker.checkAll({});
    expect(wb.notes(sheet).size).toBe(planFlags(checkWorkbook([cardGrid(mistakesCard())])).length);
    await checker.clearFlags();
    expect(wb.fill(sheet, "F7")).toBeNull();
    expect(wb.notes(sheet).size).toBe(0);
  });
});

describe("on the shared fixtures", () => {
  it("reads merged cells and number formats as the core expects (same result as the grid)", async () => {
    const wb = await fixture("seed-department.xlsx");
    const run = await createPledgeChecker(excelAt(wb, NOTES)).checkAll({});
    const fromGrids = checkWorkbook([cardGrid(seedCard633()), cardGrid({ ...sampleDepartmentCards()[1] })]);
    expect(run.result.sheets.map((s) => s.findings.map((f) => [f.code, f.cell]))).toEqual(fromGrids.sheets.map((s) => s.findings.map((f) => [f.code, f.cell])));
    expect(run.result.sheets[0].pledges[0].rate).toBeCloseTo(85.714, 2);
  });

  it("passes a percent-formatted number to the core as the text it shows", async () => {
    const wb = workbookFromMistakes();
    wb.setValue("3-1-2", "I2", 0.6, "0%");
    const run = await createPledgeChecker(excelAt(wb, NOTES)).checkAll({});
    const headline = run.result.sheets[0].findings.find((f) => f.cell === "I2");
    expect(headline?.found).toBe("60%");
  });
});

function workbookFromMistakes() {
  return sampleWorkbook([mistakesCard()]);
}
