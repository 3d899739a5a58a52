// One workbook, the same answer everywhere (issue 26): every workbook in test/fixtures/workbooks,
// the sample cards and the layout corpus written as real .xlsx files, checked by the command
// line on the file and by the add-in over the in-memory Excel loaded from the same file, give
// the same pledges (id, rate, reported rate, headline) and the same findings (code, severity,
// sheet, cell).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toA1, type WorkbookResult } from "../../src/core";
import { checkFile } from "../../src/cli/checkFile";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel } from "../../src/memory-excel";
import { loadXlsx } from "../../src/memory-excel/xlsx";
import { cardGrid, mistakesCard, sampleDepartmentCards, seedCard633 } from "../../src/sample/cards";
import { card633, decreasingCard, levelCard, milestoneCard, mixedLayoutCards, withdrawnCard } from "../../src/sample/layouts/corpus";
import { writeLayoutWorkbook } from "../support/layouts";
import { tempFolder, writeCards, writeGrids, type CellExtra } from "../support/xlsx";

const FIXTURES = join(__dirname, "../fixtures/workbooks");

/** What both surfaces must agree on, sheet by sheet. */
function answer(result: WorkbookResult) {
  return result.sheets.map((s) => ({
    sheet: s.name,
    pledges: s.pledges.map((p) => ({ id: p.id, rate: p.rate, reportedRate: p.reportedRate, headlineRate: p.headlineRate, periods: p.periods.length, indicators: p.indicators.length })),
    findings: s.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`).sort(),
  }));
}

async function both(path: string) {
  const cli = await checkFile(path, {});
  const excel = new MemoryExcel(await loadXlsx(path), { api: "1.18" });
  const addin = await createPledgeChecker(excel).checkAll({});
  return { cli: answer(cli.result), addin: answer(addin.result) };
}

let folder: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  folder = await tempFolder("parity-");
});
afterAll(async () => folder.cleanup());

describe("the add-in and the command line give the same answer", () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))("on the fixture %s", async (name) => {
    const { cli, addin } = await both(join(FIXTURES, name));
    expect(cli.flatMap((s) => s.pledges).length).toBeGreaterThan(0);
    expect(addin).toEqual(cli);
  });

  it("on the sample cards and the mistakes card", async () => {
    const path = await writeCards(join(folder.dir, "sample.xlsx"), [...sampleDepartmentCards(), { ...mistakesCard(), sheet: "틀린 카드" }]);
    const { cli, addin } = await both(path);
    expect(cli.flatMap((s) => s.findings).length).toBeGreaterThan(0);
    expect(addin).toEqual(cli);
  });

  it("on the layout corpus (every shape, formulas with cached results, hidden rows)", async () => {
    const cards = [
      ...(["pairs", "rate-row", "four-rows", "columns", "cumulative-only", "cumulative-rows", "wide"] as const).map((shape) => card633(shape)),
      levelCard(),
      milestoneCard(),
      decreasingCard(),
      withdrawnCard(80, "hidden"),
      withdrawnCard(80, "named"),
      ...mixedLayoutCards(),
    ];
    const path = await writeLayoutWorkbook(join(folder.dir, "layouts.xlsx"), cards);
    const { cli, addin } = await both(path);
    expect(cli.length).toBe(cards.length);
    expect(addin).toEqual(cli);
  });

  // Both hand the core the serial and its date format; the core reads the date (issue 18).
  it("on period headers typed as dates (Excel stores a serial under a date format)", async () => {
    const grid = cardGrid(seedCard633());
    const cells: Record<string, CellExtra> = {};
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const m = typeof v === "string" ? /^(20\d\d)\. ?(\d{1,2})\.$/.exec(v) : null;
        // "2026. 6." as the user typed it: a date, shown by its format.
        if (m) cells[toA1(r, c)] = { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 30)), numFmt: "yyyy. m." };
      }),
    );
    expect(Object.keys(cells).length).toBeGreaterThan(0);
    const path = await writeGrids(join(folder.dir, "dates.xlsx"), [{ grid, cells }]);
    const { cli, addin } = await both(path);
    expect(addin).toEqual(cli);
  });
});
