// Defect 2 of issue 18: which sheets count is decided once (src/core/rules/sheets.ts), so
// the pane comparing a workbook with itself — hidden and very hidden sheets included —
// finds no change, and the pane, the command line and 이전 제출본과 비교 read the same sheets.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../../src/cli/checkFile";
import { cardGrid, seedCard633, seedCard723, mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { loadXlsx } from "../../src/memory-excel/xlsx";
import { compareWithEarlier } from "../../src/taskpane/earlierSubmission";
import { tempFolder, writeGrids } from "../support/xlsx";
import { excelAt } from "./helpers";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder("pledge-check-scope-")));
afterAll(() => cleanup());

async function threeVisibilities(): Promise<string> {
  return writeGrids(join(dir, "scope.xlsx"), [
    cardGrid(seedCard633()),
    { ...cardGrid(seedCard723()), visibility: "hidden" },
    { ...cardGrid(mistakesCard()), visibility: "veryHidden" },
  ]);
}

describe("a workbook with a visible, a hidden and a very hidden card sheet", () => {
  it("compared with itself in the pane: no change (only the same as-of date, on every sheet)", async () => {
    const path = await threeVisibilities();
    const wb = await loadXlsx(path);
    expect(wb.sheetNames().map((s) => wb.visibility(s))).toEqual(["Visible", "Hidden", "VeryHidden"]);
    const run = await createPledgeChecker(excelAt(wb, "1.18")).checkAll({});
    const bytes = await readFile(path);
    const changes = await compareWithEarlier(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, run.result);
    // The same as-of date on both sides is said once per pledge; nothing added, removed or changed.
    expect(changes.map((c) => [c.code, c.sheet])).toEqual([
      ["AS_OF_NOT_LATER", "6-3-3"],
      ["AS_OF_NOT_LATER", "7-2-3"],
      ["AS_OF_NOT_LATER", "3-1-2"],
    ]);
  });

  it("the pane and the command line check the same sheets, and the pane names the hidden ones it checked", async () => {
    const path = await threeVisibilities();
    const run = await createPledgeChecker(excelAt(await loadXlsx(path), "1.18")).checkAll({});
    const cli = await checkFile(path, {});
    const names = (sheets: { name: string }[]) => sheets.map((s) => s.name);
    expect(names(run.result.sheets)).toEqual(["6-3-3", "7-2-3", "3-1-2"]);
    expect(names(cli.result.sheets)).toEqual(names(run.result.sheets));
    expect(run.notices).toContain("숨겨진 시트 2개도 점검했습니다: 7-2-3, 3-1-2");
  });
});
