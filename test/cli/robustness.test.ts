// Nothing lost, nothing crashes: the command line under hostile input and faults (issue 11).
// Every workbook is built here; expected values are worked out by hand in the comments.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, copyFile, link, mkdir, readdir, readFile, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile } from "../../src/cli/checkFile";
import { sheetGrid, SheetTooLarge } from "../../src/cli/grid";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { cardGrid, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import type { SheetGrid } from "../../src/core";
import { readWorkbookFile, tempFolder, writeCards, writeGrids } from "../support/xlsx";
import { editPart, writeHugeMergeWorkbook, writeStrayCellWorkbook } from "./hostileWorkbooks";
import { REPO, runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

interface JsonFile {
  path: string;
  error: string | null;
  writeError: string | null;
  notices: string[];
  output: string | null;
  sheets: { name: string; pledges: { id: string; rate: number | null }[]; findings: { code: string; cell: string }[] }[];
}
const files = (stdout: string) => (JSON.parse(stdout) as { files: JsonFile[] }).files;
const sha = async (path: string) => createHash("sha256").update(await readFile(path)).digest("hex");
/** 6-3-3's pledge rate: mean of 100 (45 of 26, capped) and 5/7 = 71.43 → (100 + 500/7) / 2. */
const R633 = (100 + 500 / 7) / 2;

describe("a sheet whose used range is huge but whose cells are few", () => {
  it("is checked with memory for its cells: a stray value at XFD1 and at A40000", async () => {
    const path = await writeStrayCellWorkbook(join(dir, "stray.xlsx"));
    const run = await runCli("check", path, "--json");
    const [file] = files(run.stdout);
    expect(file.error).toBeNull();
    expect(file.sheets[0].pledges.map((p) => [p.id, p.rate])).toEqual([["6-3-3", R633]]);
    // The grid holds the card's rows and the two strays, nothing of the 40,000 × 16,384 area.
    const [grid] = (await readWorkbook(path)).worksheets.map((sheet) => sheetGrid(sheet));
    const present = grid.values.reduce((n, row) => n + (row ? Object.keys(row).length : 0), 0);
    expect(grid.values.length).toBe(40000);
    expect(Object.keys(grid.values).length).toBeLessThan(20); // 10 card rows + 2 strays
    expect(present).toBeLessThan(100);
  });

  it("is checked with one merge J1:XFD1048576, and --fix does not write a copy that would lose it", async () => {
    const path = await writeHugeMergeWorkbook(join(dir, "merge.xlsx"));
    const out = join(dir, "merge-out");
    const run = await runCli("check", path, "--json", "--fix", "--out", out);
    const [file] = files(run.stdout);
    expect(file.error).toBeNull();
    expect(file.sheets[0].pledges.map((p) => [p.id, p.rate])).toEqual([["6-3-3", R633]]);
    expect(file.output).toBeNull();
    expect(file.writeError).toContain("아주 큰 병합 영역 '6-3-3'!J1:XFD1048576");
    expect(file.writeError).toContain("--fix-anyway");
    expect(run.code).toBe(2);
    expect(await readdir(out).catch(() => [])).not.toContain("merge.xlsx");

    const anyway = await runCli("check", path, "--json", "--fix-anyway", "--out", out);
    const [written] = files(anyway.stdout);
    expect(written.output).toBe(join(out, "merge.xlsx"));
    expect(written.notices.join(" ")).toContain("J1:XFD1048576");
  });

  it("over the size limit (cells present) is reported in Korean and the other sheets are checked", async () => {
    // The card sheet holds under 70 values and 8 merges; the other sheet 20 × 10 = 200 values.
    const big: SheetGrid = { name: "큰 시트", values: Array.from({ length: 20 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c + 1)), merges: [] };
    const path = await writeGrids(join(dir, "limit.xlsx"), [cardGrid(seedCard633()), big]);
    const workbook = await readWorkbook(path);
    expect(() => sheetGrid(workbook.worksheets[1], { maxCells: 150 })).toThrow(SheetTooLarge);
    expect(() => sheetGrid(workbook.worksheets[0], { maxCells: 150 })).not.toThrow();
    const checked = await checkFile(path, {}, { maxCells: 150 });
    expect(checked.notices).toEqual(["시트 '큰 시트'에 값이 있는 셀과 병합 영역이 150개를 넘어 점검하지 않았습니다 (시트 하나에 150개까지 점검합니다)."]);
    expect(checked.result.sheets.map((s) => s.name)).toEqual(["6-3-3"]);
  });
});
