// 요약 시트 만들기 through the adapter: the same summary as the command line's 요약.xlsx for
// the same workbook, replacing only pledge-check's own 요약, rates at the chosen
// precision, nothing else in the workbook changed, and three syncs.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkWorkbook,
  SUMMARY_MARKER,
  summarize,
  summaryRows,
  summarySheetPlan,
  type Summary,
} from "../../src/core";
import { createPledgeChecker, PledgeCheckError, STORE_SHEET_NAME } from "../../src/excel";
import { CHART_NAME, widthInPoints } from "../../src/excel/summarySheet";
import { cardGrid, mistakesCard, sampleDepartmentCards, seedCard633, seedCard723, type CardSpec } from "../../src/sample/cards";
import { MemoryExcel, saveState, type MemoryWorkbook } from "../../src/memory-excel";
import { loadXlsx } from "../../src/memory-excel/xlsx";
import { FIXTURES, runCli } from "../cli/runCli";
import { readWorkbookFile, tempFolder, writeCards } from "../support/xlsx";
import { allCells, excelAt, sampleWorkbook } from "./helpers";

/** These tests look at notes, so they pin ExcelApi 1.18 (other levels: matrix.test.ts). */
const NOTES = "1.18";

const SUMMARY = "요약";

function edited(base: () => CardSpec, edit: (spec: CardSpec) => void): CardSpec {
  const spec = base();
  edit(spec);
  return spec;
}

/** Pledges the summary must count and mark, never drop: no department, no status, no target. */
function oddCards(): CardSpec[] {
  return [
    edited(seedCard633, (c) => {
      c.sheet = c.id = "6-1-1";
      c.status = "";
    }),
    edited(seedCard633, (c) => {
      c.sheet = c.id = "9-1-1";
      c.status = "일부 추진";
      c.indicators = c.indicators.map((i) => ({ ...i, target: ["-", "", "", "", ""] }));
    }),
    edited(seedCard723, (c) => {
      c.sheet = "7-2-3 사본";
      c.status = " 이행 후계속추진";
    }),
  ];
}

/** A sheet's values as rows of cells, "" for empty, trailing empties (cells and rows) dropped. */
function trimmed(rows: unknown[][]): unknown[][] {
  const out = rows.map((row) => {
    const cells = row.map((v) => (v === null || v === undefined ? "" : v));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** The fake's 요약 sheet, cell values only. */
function addinRows(wb: MemoryWorkbook, sheet = SUMMARY): unknown[][] {
  return trimmed(wb.values(sheet, "A1:Z400"));
}

/** The CLI's 요약 sheet: a link's shown text stands for its cell, the file column left out. */
function cliRows(sheet: ExcelJS.Worksheet): { rows: unknown[][]; targets: string[] } {
  const rows: unknown[][] = [];
  const targets: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = sheet.getCell(r, c).value;
      const formula = value && typeof value === "object" && "formula" in value ? value : null;
      if (formula) targets.push(/#(.+)"\s*,/.exec(formula.formula ?? "")?.[1] ?? "?");
      row.push(formula ? formula.result : value);
    }
    rows.push(row);
  }
  const header = rows.findIndex((row) => row[0] === "파일");
  let end = header;
  while (end < rows.length && rows[end].some((v) => v !== null && v !== "")) end++;
  return { rows: trimmed(rows.map((row, i) => (i >= header && i < end ? row.slice(1) : row))), targets };
}

/** The part of a Summary the CLI's --json prints. */
function counted(summary: Summary) {
  const { pledges, byStatus, completed, completionRate, meanRate, unrated, bySector, byDepartment, duplicates } = summary;
  return { pledges, byStatus, completed, completionRate, meanRate, unrated, bySector, byDepartment, duplicates, investment: summary.investment ?? null };
}

describe("the add-in and the command line give the same summary", () => {
  let dir = "";
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
  afterAll(() => cleanup());

  async function compare(file: string, out: string) {
    const wb = await loadXlsx(file);
    const run = await createPledgeChecker(excelAt(wb, NOTES)).createSummarySheet({});

    const cli = await runCli("check", file, "--fix", "--out", out, "--json");
    expect(cli.stderr).toBe("");
    const json = JSON.parse(cli.stdout) as { summary: unknown; summaryOutput: string };
    const cliSheet = (await readWorkbookFile(json.summaryOutput)).worksheets[0];
    const { rows, targets } = cliRows(cliSheet);

    expect(addinRows(wb)).toEqual(rows);
    expect(counted(run.summary)).toEqual(json.summary);
    // Each link goes to the same sheet and cell (the CLI's into the annotated copy).
    const links = run.summary.rows.map((_, i) => wb.hyperlink(SUMMARY, `K${i + 4}`)?.documentReference);
    expect(links).toEqual(targets);
    return { wb, run };
  }

  it("on the shared department fixture", async () => {
    const { run } = await compare(join(FIXTURES, "seed-department.xlsx"), join(dir, "fixture-out"));
    expect(run.summary.pledges).toBe(2);
  });

  it("on a built workbook of the sample cards with the mistakes card and pledges missing a department, status or target", async () => {
    const file = await writeCards(join(dir, "cards.xlsx"), [...sampleDepartmentCards(), ...oddCards()]);
    const { run } = await compare(file, join(dir, "cards-out"));
    expect(run.summary.rows.map((r) => r.id)).toEqual(["6-3-3", "7-2-3", "3-1-2", "6-1-1", "9-1-1", "7-2-3"]);
    expect(run.summary.rows.find((r) => r.id === "3-1-2")?.errors).toBeGreaterThan(0);
  });
});

describe("the 요약 sheet", () => {
  it("holds the core's plan: values, rate formats, bold headers, widths, frozen header, colour scales, links and a chart", async () => {
    const wb = sampleWorkbook();
    const run = await createPledgeChecker(excelAt(wb, NOTES)).createSummarySheet({});
    const plan = summarySheetPlan(summarize(summaryRows(checkWorkbook(sampleDepartmentCards().map(cardGrid)))), 2, false);
    expect(run).toMatchObject({ sheetName: SUMMARY, replaced: false, notices: [] });
    expect(wb.value(SUMMARY, "A1")).toBe(SUMMARY_MARKER);
    expect(addinRows(wb)).toEqual(trimmed(plan.values));
    // Text stays text: "6-3-3" and the 분야 "3" are not a date and a number.
    expect([wb.value(SUMMARY, "A4"), wb.numberFormat(SUMMARY, "A4")]).toEqual(["6-3-3", "@"]);

    for (const row of plan.headerRows) expect(wb.bold(SUMMARY, `A${row + 1}`)).toBe(true);
    expect(wb.bold(SUMMARY, "A4")).toBe(false);
    plan.columnWidths.forEach((w, c) => expect(wb.columnWidth(SUMMARY, String.fromCharCode(65 + c))).toBe(widthInPoints(w)));
    expect(wb.columnWidth(SUMMARY, "B")).toBeGreaterThan(wb.columnWidth(SUMMARY, "A"));
    expect(wb.sheet(SUMMARY).frozenRows).toBe(3);

    expect(wb.conditionalFormats(SUMMARY).map((f) => f.address).sort()).toEqual([...plan.conditionalRanges].sort());
    for (const f of wb.conditionalFormats(SUMMARY)) {
      expect(f.criteria).toEqual({
        minimum: { type: "Number", formula: "0", color: "#F8696B" },
        midpoint: { type: "Number", formula: "50", color: "#FFEB84" },
        maximum: { type: "Number", formula: "100", color: "#63BE7B" },
      });
    }

    for (const link of plan.links) {
      const hyperlink = wb.hyperlink(SUMMARY, link.cell);
      expect(hyperlink?.documentReference).toBe(`'${link.sheet}'!${link.target}`);
      expect(wb.value(SUMMARY, link.cell)).toBe(`${link.sheet}!${link.target}`);
      // The link lands on the pledge's rate cell, in the card's closing 공약 이행률 row.
      const row = link.target.replace(/^[A-Z]+/, "");
      const rowText = [...wb.cells(link.sheet)].filter(([a]) => a.replace(/^[A-Z]+/, "") === row).map(([, c]) => String(c.value));
      expect(rowText.some((t) => t.startsWith("공약 이행률"))).toBe(true);
    }

    const charts = wb.charts(SUMMARY);
    expect(charts).toEqual([
      {
        name: CHART_NAME,
        type: "ColumnClustered",
        title: plan.chart?.title,
        legend: false,
        anchor: { start: plan.chart?.anchor, end: "M33" },
        series: [{ name: "평균 이행률 (%)", values: `'${SUMMARY}'!${plan.chart?.values}`, categories: `'${SUMMARY}'!${plan.chart?.categories}` }],
      },
    ]);
    expect(wb.values(SUMMARY, plan.chart?.categories ?? "")).toEqual([["3"], ["6"], ["7"]]);
    expect(wb.activeSheet()?.name).toBe(SUMMARY);
  });

  it("counts and marks pledges with no department, no status or no computable rate, and leaves the rate cell empty", async () => {
    const wb = sampleWorkbook(oddCards());
    const run = await createPledgeChecker(excelAt(wb, NOTES)).createSummarySheet({});
    const rowOf = (id: string, status?: string) => run.summary.rows.findIndex((r) => r.id === id && (status === undefined || r.statusName === status)) + 4;
    expect(run.summary.pledges).toBe(3);
    expect(wb.value(SUMMARY, `J${rowOf("6-1-1")}`)).toBe("추진상황 없음");
    expect(wb.value(SUMMARY, `D${rowOf("9-1-1")}`)).toBe("일부추진");
    expect(wb.value(SUMMARY, `J${rowOf("9-1-1")}`)).toBe("이행률 계산 불가");
    expect(wb.value(SUMMARY, `F${rowOf("9-1-1")}`)).toBe("");
    expect(wb.numberFormat(SUMMARY, `F${rowOf("9-1-1")}`)).toBe("0.00");
    expect(wb.value(SUMMARY, `D${rowOf("7-2-3")}`)).toBe("이행 후 계속추진");
    expect(String(wb.value(SUMMARY, `J${rowOf("7-2-3")}`))).toContain("부서 없음");

    const totals = new Map(addinRows(wb).filter((row) => row.length >= 2).map((row) => [row[0], row[1]]));
    expect(totals.get("공약 수")).toBe(3);
    expect(totals.get("이행률 계산 불가 공약 수")).toBe(1);
    expect(totals.get("(추진상황 없음)")).toBe(1);
    // 완료율 counts 이행 후 계속추진 (odd spacing and all) over all three pledges.
    expect(totals.get("완료율 (%)")).toBeCloseTo(100 / 3, 12);
    expect(totals.get("(부서 없음)")).toBe(1);
  });

  it("plots the 분야 with a mean (an empty one included) and makes no chart when no 분야 has one", async () => {
    const wb = sampleWorkbook(oddCards());
    await createPledgeChecker(excelAt(wb, NOTES)).createSummarySheet({});
    const [chart] = wb.charts(SUMMARY);
    const [values, categories] = [chart.series[0].values, chart.series[0].categories].map((a) => wb.values(SUMMARY, String(a).split("!")[1]));
    expect(categories).toEqual([["6"], ["7"], ["9"]]);
    expect(values.map(([v]) => typeof v)).toEqual(["number", "number", "string"]);

    const unrated = sampleWorkbook([oddCards()[1]]);
    const run = await createPledgeChecker(excelAt(unrated, NOTES)).createSummarySheet({});
    expect(run.summary.pledges).toBe(1);
    expect(unrated.charts(SUMMARY)).toEqual([]);
    expect(unrated.value(SUMMARY, "A4")).toBe("9-1-1");
  });

  it("keeps full values while the rate cells show the chosen precision (auto: two decimals)", async () => {
    for (const [precision, format] of [[undefined, "0.00"], ["auto", "0.00"], [1, "0.0"], [0, "0"], [2, "0.00"]] as const) {
      const wb = sampleWorkbook();
      const run = await createPledgeChecker(excelAt(wb, NOTES)).createSummarySheet(precision === undefined ? {} : { precision });
      const plan = summarySheetPlan(run.summary, 2, false);
      const rateCells = plan.rateRanges.flatMap((range) => {
        const [a, b = a] = range.split(":");
        const rows = Number(b.slice(1)) - Number(a.slice(1)) + 1;
        return Array.from({ length: rows }, (_, i) => `${a[0]}${Number(a.slice(1)) + i}`);
      });
      expect(rateCells.length).toBeGreaterThan(8);
      for (const cell of rateCells) expect(wb.numberFormat(SUMMARY, cell), `${cell} at ${String(precision)}`).toBe(format);
      expect(wb.value(SUMMARY, "F4")).toBe(run.summary.rows[0].rate);
      expect(wb.value(SUMMARY, "B11")).toBe(run.summary.meanRate);
      expect(String(run.summary.meanRate).length).toBeGreaterThan(10); // a value worth rounding
      expect(wb.numberFormat(SUMMARY, "B9")).toBe("General"); // 공약 수 is a count
    }
  });
});

describe("making the summary again", () => {
  function sheetState(wb: MemoryWorkbook, name = SUMMARY) {
    const sheet = wb.sheet(name);
    return { cells: wb.cells(name), charts: wb.charts(name), formats: wb.conditionalFormats(name), widths: [...sheet.columnWidths], frozen: sheet.frozenRows };
  }

  it("gives the same sheet in the same tab, with one chart and no second sheet", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.createSummarySheet({});
    const first = sheetState(wb);
    const names = wb.sheetNames();
    // Moved to the front by the user, edited, and now made again.
    wb.sheets.unshift(...wb.sheets.splice(wb.sheets.indexOf(wb.sheet(SUMMARY)), 1));
    wb.setValue(SUMMARY, "B40", "사용자가 적은 값");
    wb.activate("6-3-3");
    const again = await checker.createSummarySheet({});
    expect(again).toMatchObject({ sheetName: SUMMARY, replaced: true, notices: [] });
    expect(sheetState(wb)).toEqual(first);
    expect(wb.charts(SUMMARY)).toHaveLength(1);
    expect(wb.sheetNames()).toEqual([SUMMARY, ...names.filter((n) => n !== SUMMARY)]);
    expect(wb.activeSheet()?.name).toBe(SUMMARY);
  });

  it("follows the workbook: a card fixed since shows its new rate", async () => {
    const wb = sampleWorkbook([seedCard633()]);
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.createSummarySheet({});
    expect(wb.value(SUMMARY, "D4")).toBe("완료 후 계속추진");
    wb.setValue("6-3-3", "D2", "정상추진");
    await checker.createSummarySheet({});
    expect(wb.value(SUMMARY, "D4")).toBe("정상추진");
    expect(wb.sheetNames()).toEqual(["6-3-3", SUMMARY]);
  });
});

describe("a 요약 sheet pledge-check did not make", () => {
  it("survives untouched; ours goes to 요약 (2), the notice says so, and the next run replaces 요약 (2)", async () => {
    const wb = sampleWorkbook();
    wb.addSheet(SUMMARY);
    wb.setValue(SUMMARY, "A1", "부서 회의 요약").setValue(SUMMARY, "B3", 42).setFill(SUMMARY, "A1", "#FFFF00");
    const before = allCells(wb, [SUMMARY]);
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    const run = await checker.createSummarySheet({});
    expect(run.sheetName).toBe("요약 (2)");
    expect(run.notices).toEqual(["'요약' 시트가 이미 있고 공약 점검이 만든 시트가 아니어서 '요약 (2)' 시트에 요약을 만들었습니다."]);
    expect(allCells(wb, [SUMMARY])).toEqual(before);
    expect(wb.value("요약 (2)", "A1")).toBe(SUMMARY_MARKER);

    const again = await checker.createSummarySheet({});
    expect(again).toMatchObject({ sheetName: "요약 (2)", replaced: true });
    expect(wb.sheetNames().filter((n) => n.startsWith(SUMMARY))).toEqual([SUMMARY, "요약 (2)"]);
    expect(allCells(wb, [SUMMARY])).toEqual(before);
  });

  it("is summarised like any sheet when it holds a pledge card", async () => {
    const wb = sampleWorkbook([seedCard723(), { ...seedCard633(), sheet: SUMMARY }]);
    const run = await createPledgeChecker(excelAt(wb, NOTES)).createSummarySheet({});
    expect(run.sheetName).toBe("요약 (2)");
    expect(run.summary.rows.map((r) => r.sheet)).toEqual(["7-2-3", SUMMARY]);
  });
});

describe("nothing else changes", () => {
  it("leaves every cell, note, merge and sheet of a checked workbook as it was, findings sheet and store included", async () => {
    const wb = sampleWorkbook();
    wb.addSheet("숨김").visibility = "Hidden";
    wb.setValue("숨김", "A1", "숨긴 시트");
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.fillRates({});
    const sheets = wb.sheetNames();
    expect(sheets).toContain(STORE_SHEET_NAME);
    const before = saveState(wb);
    const run = await checker.createSummarySheet({});
    expect(run.notices).toEqual(["숨겨진 시트 1개도 요약에 넣었습니다: 숨김"]);
    expect(wb.sheetNames()).toEqual([...sheets, SUMMARY]);
    const after = saveState(wb);
    const others = (state: typeof before) => state.sheets.filter((s) => s.name !== SUMMARY);
    expect(others(after)).toEqual(others(before));
    expect(after.comments).toEqual(before.comments);
    // The store and findings sheet are not pledge sheets: no row comes from them.
    expect(new Set(run.summary.rows.map((r) => r.sheet))).toEqual(new Set(["6-3-3", "7-2-3", "3-1-2"]));
  });

  it("does not check our 요약 as a pledge sheet afterwards, and says so when it is the active sheet", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.createSummarySheet({});
    const summaryCells = wb.cells(SUMMARY);
    const run = await checker.checkAll({});
    expect(run.result.sheets.map((s) => s.name)).toEqual(["6-3-3", "7-2-3", "3-1-2"]);
    expect(wb.cells(SUMMARY)).toEqual(summaryCells);
    wb.activate(SUMMARY);
    await expect(checker.checkActiveSheet({})).rejects.toMatchObject({ code: "SummarySheetActive" });
  });
});

describe("refusals leave the workbook as it was", () => {
  async function refused(wb: MemoryWorkbook, excel: MemoryExcel, code: string): Promise<PledgeCheckError> {
    const before = saveState(wb);
    const error = await createPledgeChecker(excel).createSummarySheet({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PledgeCheckError);
    expect(error).toMatchObject({ code });
    expect(saveState(wb)).toEqual(before);
    return error as PledgeCheckError;
  }

  it("a protected workbook structure, before anything is sent", async () => {
    const wb = sampleWorkbook();
    wb.structureProtected = true;
    const excel = excelAt(wb, NOTES);
    const error = await refused(wb, excel, "AccessDenied");
    expect(error.message).toContain("'요약' 시트를 만들거나 지울 수 없어 요약 시트를 만들지 못했습니다");
    expect(error.result?.sheets).toHaveLength(3);
    expect(excel.stats.syncs).toBe(2);
  });

  it("a workbook without pledge cards", async () => {
    const wb = sampleWorkbook();
    for (const name of wb.sheetNames()) wb.sheet(name).cells.clear();
    const error = await refused(wb, excelAt(wb, NOTES), "NoPledges");
    expect(error.message).toMatch(/^요약할 공약을 찾지 못했습니다/);
  });

  it("cell-edit mode, and a write Excel refuses as too large", async () => {
    const editing = sampleWorkbook();
    const excel = excelAt(editing, NOTES);
    excel.cellEditMode = true;
    expect((await refused(editing, excel, "InvalidOperationInCellEditMode")).message).toContain("셀을 편집하는 중");

    const wb = sampleWorkbook();
    const tight = new MemoryExcel(wb, { requestLimitBytes: 8_000 });
    const error = await refused(wb, tight, "RequestPayloadSizeLimitExceeded");
    expect(tight.stats.syncs).toBe(3);
    expect(error.result?.sheets).toHaveLength(3);
  });
});

describe("sync count", () => {
  function cards(count: number): CardSpec[] {
    const makers = [mistakesCard, seedCard633, seedCard723];
    return Array.from({ length: count }, (_, i) => ({ ...makers[i % 3](), sheet: `공약 ${i + 1}`, offsetRows: i % 4, offsetCols: i % 2 }));
  }

  it.each(["1.18", "1.9", "1.7"])("is 3 at ExcelApi %s for 1, 12 and 60 sheets, and 3 again when replacing", async (api) => {
    const counts: number[] = [];
    for (const count of [1, 12, 60]) {
      const excel = new MemoryExcel(sampleWorkbook(cards(count)), { api });
      const checker = createPledgeChecker(excel);
      await checker.createSummarySheet({});
      counts.push(excel.stats.syncs);
      excel.resetStats();
      await checker.createSummarySheet({});
      counts.push(excel.stats.syncs);
      expect(excel.workbook.charts(SUMMARY)).toHaveLength(1);
    }
    expect(counts).toEqual([3, 3, 3, 3, 3, 3]);
  });
});
