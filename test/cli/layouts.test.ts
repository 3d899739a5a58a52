// The layout corpus through the command line: one workbook mixing every layout, read from a
// real .xlsx (hidden rows, cumulative cells as formulas), with no error on any right sheet.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../../src/cli/checkFile";
import { jsonDocument } from "../../src/cli/json";
import { plainFile } from "../../src/cli/plain";
import { summarize, summaryRows } from "../../src/core";
import { mixedLayoutCards } from "../../src/sample/layouts/corpus";
import { tempFolder } from "../support/xlsx";
import { writeLayoutWorkbook } from "../support/layouts";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe("a workbook mixing every layout", () => {
  it("reads every sheet right, says which layout and kind, and raises no error", async () => {
    const path = await writeLayoutWorkbook(join(dir, "layouts.xlsx"), mixedLayoutCards());
    const { result } = await checkFile(path, {});
    const errors = result.sheets.flatMap((s) => s.findings.filter((f) => f.severity === "error"));
    expect(errors).toEqual([]);
    // Every period header form is dated: 2022년, '23, 2024., 2025 stored as a number, 2026년 6월.
    expect(result.sheets.flatMap((s) => s.findings).filter((f) => f.code === "UNKNOWN_PERIOD")).toEqual([]);
    const pledges = result.sheets.flatMap((s) => s.pledges);
    // By hand (src/sample/layouts/corpus.ts): eight 6-3-3 sheets at 85.71, the level card
    // 72.5, the milestone card 90, the decreasing card unrated, the withdrawn card 80.
    expect(pledges.map((p) => [p.id, p.rate === null ? null : Math.round(p.rate * 100) / 100])).toEqual([
      ...new Array(8).fill(["6-3-3", 85.71]),
      ["경제-01", 72.5],
      ["1-1", 90],
      ["공약 3", null],
      ["7-2-3", 80],
    ]);
    expect(pledges.map((p) => p.layout)).toEqual([
      "row-pairs", "pairs-with-rate-row", "four-rows", "annual-cumulative-columns", "cumulative-only", "cumulative-only",
      "one-row-per-indicator", "row-pairs", "row-pairs", "row-pairs", "row-pairs", "row-pairs",
    ]);
    // The hidden 주민 설명회 rows are read from the file's row.hidden.
    expect(result.sheets[11].findings.map((f) => f.code)).toContain("INDICATOR_WITHDRAWN");

    const report = { path, error: null, output: null, result };
    const doc = jsonDocument([report], summarize(summaryRows(result)), null) as { files: { sheets: { pledges: { layout: string; indicators: { kind: string }[] }[] }[] }[] };
    expect(doc.files[0].sheets[8].pledges[0].layout).toBe("row-pairs");
    expect(doc.files[0].sheets[8].pledges[0].indicators.map((i) => i.kind)).toEqual(["level", "count"]);
    const plain = plainFile(report);
    expect(plain).toContain("표 구성 연도마다 연간·누계 두 열");
    expect(plain).toContain("건립 공정률: 수준형(최종 수준)");
    // 분야 by first part: 6 (eight sheets), 경제, 1, "" for 공약 3, 7.
    expect(Object.keys(summarize(summaryRows(result)).bySector).sort()).toEqual(["", "1", "6", "7", "경제"]);
  });
});
