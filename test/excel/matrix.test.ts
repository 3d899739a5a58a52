// The adapter over every Excel it may meet: ExcelApi 1.7 (the manifest's minimum, the
// default here) up to 1.18, plus Excel 1.18 running the npm copy of office.js, which has
// no notes. Expectations come from the core (what to flag, what to write) and from the
// requirement sets (how a flag is explained), not from the adapter.
import { describe, expect, it } from "vitest";
import { checkWorkbook, planFlags, planRateWrites } from "../../src/core";
import { cardGrid, mistakesCard, seedCard633 } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { LIBRARY_WITHOUT_NOTES, MemoryExcel, type MemoryExcelOptions } from "../../src/memory-excel";
import { allCells, sampleWorkbook } from "./helpers";

interface Host {
  label: string;
  options: MemoryExcelOptions;
  explanation: "note" | "comment" | "none";
  /** Syncs of a whole-workbook check that marks cells. */
  syncs: number;
}

const HOSTS: Host[] = [
  { label: "1.7", options: { api: "1.7" }, explanation: "none", syncs: 4 },
  { label: "1.9", options: { api: "1.9" }, explanation: "none", syncs: 3 },
  { label: "1.10", options: { api: "1.10" }, explanation: "comment", syncs: 3 },
  { label: "1.13", options: { api: "1.13" }, explanation: "comment", syncs: 3 },
  { label: "1.14", options: { api: "1.14" }, explanation: "comment", syncs: 3 },
  { label: "1.17", options: { api: "1.17" }, explanation: "comment", syncs: 3 },
  { label: "1.18", options: { api: "1.18" }, explanation: "note", syncs: 3 },
  { label: "1.18 with a library without notes", options: { api: "1.18", library: LIBRARY_WITHOUT_NOTES }, explanation: "comment", syncs: 3 },
];

const specs = () => [mistakesCard(), seedCard633()];
const grids = specs().map(cardGrid);
const result = checkWorkbook(grids);
const rates = planRateWrites(result, {});
const flagsOfCheck = planFlags(result);

function workbook() {
  const wb = sampleWorkbook(specs());
  wb.setFill("3-1-2", "F7", "#92D050"); // a flagged cell with a colour of its own
  return wb;
}

describe.each(HOSTS)("ExcelApi $label", (host) => {
  it("check: every flag painted and explained as this Excel allows, in the expected number of syncs", async () => {
    const excel = new MemoryExcel(workbook(), host.options);
    const run = await createPledgeChecker(excel).checkAll({});
    expect(run.flagged).toBe(flagsOfCheck.length);
    expect(excel.stats.syncs).toBe(host.syncs);
    const wb = excel.workbook;
    for (const f of flagsOfCheck) {
      expect(wb.fill(f.sheet, f.cell)?.color, `${f.sheet}!${f.cell}`).toBe(f.color.toUpperCase());
      expect(wb.note(f.sheet, f.cell)).toBe(host.explanation === "note" ? f.note : null);
      expect(wb.comment(f.sheet, f.cell)).toBe(host.explanation === "comment" ? f.note : null);
    }
  });

  it("fill: writes exactly the core's rate plan", async () => {
    const excel = new MemoryExcel(workbook(), host.options);
    const run = await createPledgeChecker(excel).fillRates({});
    expect(run.written).toEqual(rates);
    for (const w of rates) expect(excel.workbook.value(w.sheet, w.cell)).toEqual(typeof w.value === "string" ? w.value : w.value);
  });

  it("clear after check, re-check and a sheet rename: every user cell as it was, no sheet of ours left", async () => {
    const excel = new MemoryExcel(workbook(), host.options);
    const before = allCells(excel.workbook);
    const sheets = excel.workbook.sheetNames();
    const checker = createPledgeChecker(excel);
    await checker.checkAll({});
    await checker.checkAll({});
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("6-3-3").name = "6-3-3 사본";
      await context.sync();
    });
    await checker.clearFlags();
    const after = new Map([...allCells(excel.workbook)].map(([k, c]) => [k.replace("6-3-3 사본!", "6-3-3!"), c] as const));
    expect(after).toEqual(before);
    expect(excel.workbook.sheetNames()).toEqual(sheets.map((s) => (s === "6-3-3" ? "6-3-3 사본" : s)));
    expect(excel.workbook.comments).toEqual([]);
  });

  it("select a finding on another sheet, and make the 요약 sheet", async () => {
    const excel = new MemoryExcel(workbook(), host.options);
    excel.workbook.activate("6-3-3");
    const checker = createPledgeChecker(excel);
    await checker.selectCell("3-1-2", "F7");
    expect(excel.workbook.activeSheet()?.name).toBe("3-1-2");
    expect(excel.workbook.selection?.rect).toEqual({ top: 6, left: 5, bottom: 6, right: 5 });
    const summary = await checker.createSummarySheet({});
    expect(excel.workbook.sheetNames()).toContain(summary.sheetName);
  });
});
