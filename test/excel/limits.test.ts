// Limits of real Excel the read must survive (issue 9): more than 512 merged areas in one
// range, payload limits reported as GeneralException (office-js #1314, #1012), and a get
// over the cell limit that comes back as null values (Excel performance guide). Each
// falls back to reading blocks of rows and gives the same result as an unlimited read.
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core";
import { cardGrid, sampleDepartmentCards, stackCards, type CardSpec } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { mergeTiles } from "../../src/excel/merges";
import { MemoryExcel, workbookFromGrids } from "../../src/memory-excel";
import { sampleWorkbook } from "./helpers";

/** n copies of the sample cards, each on its own sheet name (when put on sheets). */
function manyCards(n: number): CardSpec[] {
  const base = sampleDepartmentCards();
  return Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], sheet: `공약 ${i + 1}` }));
}

/** The core reads an empty cell from a grid as "" and from Excel as null: the same for this comparison. */
function sameEmpties<T>(result: T): T {
  return JSON.parse(JSON.stringify(result).replaceAll('"raw":""', '"raw":null')) as T;
}

describe("more than 512 merged areas on one sheet", () => {
  const tallSheet = () => stackCards("부서 전체", manyCards(150));

  it("the tall sheet really has more than 512 (the fake refuses one read of them)", async () => {
    expect(tallSheet().merges.length).toBeGreaterThan(512);
    const excel = new MemoryExcel(workbookFromGrids([tallSheet()]));
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("부서 전체").getUsedRange(true).getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("are read in tiles under the limit: the check sees every merge and gives the core's own result", async () => {
    const grid = tallSheet();
    const expected = checkWorkbook([grid]);
    const excel = new MemoryExcel(workbookFromGrids([grid]));
    const run = await createPledgeChecker(excel).checkAll({});
    expect(sameEmpties(run.result)).toEqual(sameEmpties(expected));
    expect(run.result.sheets[0].pledges.length).toBe(150);
  });

  it("tiles never hold more than 512 areas, whatever the width", () => {
    for (const cols of [1, 2, 9, 50, 100, 101, 16_384]) {
      for (const t of mergeTiles({ row: 0, col: 0, rows: cols > 1000 ? 50 : 3000, cols })) {
        // Areas inside (two cells or more each) plus one per edge cell.
        expect((t.rows * t.cols) / 2 + 2 * t.rows + 2 * t.cols).toBeLessThanOrEqual(512);
      }
    }
  });
});

describe("payload limits reported as GeneralException (Excel on the web)", () => {
  it("falls back to blocks and gives the same result", async () => {
    const specs = manyCards(30);
    const expected = await createPledgeChecker(new MemoryExcel(sampleWorkbook(specs))).fillRates({});
    const excel = new MemoryExcel(sampleWorkbook(specs), { responseLimitBytes: 12_000, payloadErrors: "internal" });
    const run = await createPledgeChecker(excel).fillRates({});
    expect(run.result).toEqual(expected.result);
    expect(run.written).toEqual(expected.written);
    expect(excel.stats.syncs).toBeGreaterThan(3);
  });

  it("a GeneralException that is not about size still reaches the user as an error", async () => {
    const excel = new MemoryExcel(sampleWorkbook(), {});
    excel.failAt = { sync: 1, action: 0, code: "GeneralException" };
    // Sync 1 (index 1) is the read: it fails once, the blocks read succeeds.
    const run = await createPledgeChecker(excel).checkAll({});
    expect(run.result.sheets.length).toBe(3);
    const broken = new MemoryExcel(sampleWorkbook(), {});
    broken.cellEditMode = true;
    await expect(createPledgeChecker(broken).checkAll({})).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("a get over the cell limit", () => {
  for (const mode of ["null", "throw"] as const) {
    it(`reading ${mode === "null" ? "null values" : "RangeExceedsLimit"} falls back to blocks; the result is the same and nothing crashes`, async () => {
      const grids = () => [stackCards("부서 전체", manyCards(10)), cardGrid(sampleDepartmentCards()[0])];
      const expected = await createPledgeChecker(new MemoryExcel(workbookFromGrids(grids()))).checkAll({});
      const excel = new MemoryExcel(workbookFromGrids(grids()), { cellLimit: 300, oversizedReads: mode });
      const run = await createPledgeChecker(excel).checkAll({});
      expect(run.result).toEqual(expected.result);
    });
  }
});
