// Round trips: a fixed number of syncs whatever the number of sheets, and a workbook
// too large for one response read in blocks with the same result.
import { describe, expect, it } from "vitest";
import { mistakesCard, seedCard633, seedCard723, stackCards, type CardSpec } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { MemoryExcel, workbookFromGrids } from "../../src/memory-excel";
import { sampleWorkbook } from "./helpers";

function cards(count: number): CardSpec[] {
  const makers = [mistakesCard, seedCard633, seedCard723];
  return Array.from({ length: count }, (_, i) => ({ ...makers[i % 3](), sheet: `공약 ${i + 1}`, offsetRows: i % 4, offsetCols: i % 2 }));
}

async function syncsFor(count: number, api: string, action: "checkAll" | "fillRates"): Promise<number> {
  const excel = new MemoryExcel(sampleWorkbook(cards(count)), { api });
  await createPledgeChecker(excel)[action]({});
  return excel.stats.syncs;
}

describe("sync count", () => {
  it.each(["1.18", "1.13", "1.10", "1.9"])("is 3 for check and for fill at ExcelApi %s, for 1, 12 and 60 sheets", async (api) => {
    for (const action of ["checkAll", "fillRates"] as const) {
      const counts = [await syncsFor(1, api, action), await syncsFor(12, api, action), await syncsFor(60, api, action)];
      expect(counts).toEqual([3, 3, 3]);
    }
  });

  it("is 4 at ExcelApi 1.7, where the flagged cells' fills take one more read", async () => {
    expect([await syncsFor(1, "1.7", "fillRates"), await syncsFor(60, "1.7", "fillRates")]).toEqual([4, 4]);
  });

  it("is 2 when there is nothing to mark and nothing to remove", async () => {
    const clean = { ...seedCard723(), department: "평생교육과" };
    const excel = new MemoryExcel(sampleWorkbook([clean]));
    const run = await createPledgeChecker(excel).checkAll({});
    expect(run.result.sheets[0].findings).toEqual([]);
    expect(excel.stats.syncs).toBe(2);
  });

  it("takes one more read when a flagged cell has a patterned fill (its pattern colour is not in the bulk read)", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.sheet("3-1-2").cells.get(6 * 16_384 + 5)!.fill = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" }; // F7
    const excel = new MemoryExcel(wb);
    const checker = createPledgeChecker(excel);
    await checker.checkAll({});
    expect(excel.stats.syncs).toBe(4);
    await checker.clearFlags();
    expect(wb.fill("3-1-2", "F7")).toEqual({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
  });

  it("a second check replacing earlier marks still takes 3", async () => {
    const excel = new MemoryExcel(sampleWorkbook(cards(12)));
    const checker = createPledgeChecker(excel);
    await checker.checkAll({});
    excel.resetStats();
    await checker.checkAll({});
    expect(excel.stats.syncs).toBe(3);
  });
});

describe("reading in blocks", () => {
  it("falls back to blocks of rows when one response would be too large, with the same result", async () => {
    const specs = cards(30);
    const roomy = new MemoryExcel(sampleWorkbook(specs));
    const expected = await createPledgeChecker(roomy).fillRates({});

    const limit = 12_000;
    const tight = new MemoryExcel(sampleWorkbook(specs), { responseLimitBytes: limit });
    const run = await createPledgeChecker(tight).fillRates({});
    expect(run.result).toEqual(expected.result);
    expect(run.written).toEqual(expected.written);
    expect(tight.stats.syncs).toBeGreaterThan(3);
    // Every sync after the refused first attempt fits the limit (the refused ones were retried smaller).
    const refused = tight.stats.responseBytes.filter((b) => b > limit).length;
    expect(refused).toBeGreaterThan(0);
    expect(tight.workbook.sheetNames()).toEqual(roomy.workbook.sheetNames());
    for (const name of roomy.workbook.sheetNames()) expect(tight.workbook.cells(name)).toEqual(roomy.workbook.cells(name));
  });

  it("splits one tall sheet into blocks of rows", async () => {
    const tall = () => workbookFromGrids([stackCards("부서 전체", cards(40))]);
    const expected = await createPledgeChecker(new MemoryExcel(tall())).checkAll({});
    expect(expected.result.sheets[0].pledges).toHaveLength(40);
    const excel = new MemoryExcel(tall(), { responseLimitBytes: 20_000 });
    const run = await createPledgeChecker(excel).checkAll({});
    expect(run.result).toEqual(expected.result);
    expect(excel.stats.syncs).toBeGreaterThan(5);
  });
});
