// The summary (요약) from the command line, on real .xlsx files: the JSON summary over
// every file read, the Korean block of the plain report, and DIR/요약.xlsx written by --fix.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUR_SUMMARY } from "../../src/cli/checkFile";
import { SUMMARY_MARKER, SUMMARY_SHEET_NAME } from "../../src/core";
import { seedCard633, seedCard723, type CardSpec } from "../../src/sample/cards";
import { readAllCells, readWorkbookFile, tempFolder, writeCards } from "../support/xlsx";
import { FIXTURES, runCli } from "./runCli";

/** Pledge rates from the rules (domain.md), unrounded: 6-3-3 and 7-2-3. */
const R633 = (100 + 500 / 7) / 2;
const R723 = (80 + 200 / 3) / 2;

interface JsonGroup {
  pledges: number;
  meanRate: number | null;
  unrated: number;
}

interface JsonSummary {
  pledges: number;
  byStatus: Record<string, number>;
  completed: number;
  completionRate: number | null;
  meanRate: number | null;
  unrated: number;
  bySector: Record<string, JsonGroup>;
  byDepartment: Record<string, JsonGroup>;
}

interface JsonDoc {
  files: { path: string; error: string | null; writeError?: string | null; output: string | null; sheets: { pledges: { id: string; rate: number | null }[] }[] }[];
  summary: JsonSummary;
  summaryOutput: string | null;
}

function card(base: () => CardSpec, edit: (spec: CardSpec) => void): CardSpec {
  const spec = base();
  edit(spec);
  return spec;
}

/** A card whose indicators have no target: its rate cannot be computed. */
function noTargetCard(): CardSpec {
  return card(seedCard633, (c) => {
    c.sheet = c.id = "9-1-1";
    c.status = "일부추진";
    c.indicators = c.indicators.map((i) => ({ ...i, target: ["-", "", "", "", ""] }));
  });
}

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let inputs = "";
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  inputs = join(dir, "in");
  await mkdir(inputs);
  // a.xlsx: odd spacing in a status, a card without department; b.xlsx: no status, no target.
  await writeCards(join(inputs, "a.xlsx"), [
    card(seedCard633, (c) => (c.status = " 완료  후계속추진")),
    card(seedCard723, (c) => (c.status = "정상 추진")),
  ]);
  await writeCards(join(inputs, "b.xlsx"), [
    card(seedCard633, (c) => {
      c.sheet = c.id = "6-1-1";
      c.status = "";
    }),
    noTargetCard(),
  ]);
  await writeFile(join(inputs, "c-broken.xlsx"), "엑셀 파일이 아닙니다\n");
});
afterAll(() => cleanup());

async function json(...argv: string[]): Promise<JsonDoc> {
  const run = await runCli("check", ...argv, "--json");
  return JSON.parse(run.stdout) as JsonDoc;
}

describe("--json summary", () => {
  it("sums up the shared department fixture: 2 pledges, both done, rates unrounded", async () => {
    const { summary, summaryOutput } = await json(join(FIXTURES, "seed-department.xlsx"));
    expect(summary).toMatchObject({
      pledges: 2,
      byStatus: { "완료 후 계속추진": 2 },
      completed: 2,
      completionRate: 100,
      unrated: 0,
    });
    expect(summary.meanRate).toBeCloseTo((R633 + R723) / 2, 10);
    expect(Object.keys(summary.bySector).sort()).toEqual(["6", "7"]);
    expect(summary.bySector["6"]).toMatchObject({ pledges: 1, unrated: 0 });
    expect(summary.bySector["6"].meanRate).toBeCloseTo(R633, 10);
    expect(summary.bySector["7"].meanRate).toBeCloseTo(R723, 10);
    expect(Object.keys(summary.byDepartment).sort()).toEqual(["", "미래전략과"]);
    expect(summary.byDepartment["미래전략과"].meanRate).toBeCloseTo(R633, 10);
    expect(summary.byDepartment[""]).toMatchObject({ pledges: 1, unrated: 0 });
    expect(summary.byDepartment[""].meanRate).toBeCloseTo(R723, 10);
    expect(summaryOutput).toBeNull();
  });

  it("covers every file given: the fixtures folder holds each seed card twice, counted once", async () => {
    const { summary, files } = await json(FIXTURES);
    expect(files).toHaveLength(3);
    // seed-6-3-3, seed-7-2-3 and seed-department (both again): two pledges (issue 21).
    expect(summary.pledges).toBe(2);
    expect(summary.bySector["6"].pledges).toBe(1);
    expect(summary.meanRate).toBeCloseTo((R633 + R723) / 2, 10);
  });

  it("counts odd statuses, no status, no department and no rate; skips what it cannot read", async () => {
    const doc = await json(inputs);
    expect(doc.files.map((f) => [f.path.split(/[\\/]/).at(-1), f.error === null])).toEqual([
      ["a.xlsx", true],
      ["b.xlsx", true],
      ["c-broken.xlsx", false],
    ]);
    const { summary } = doc;
    expect(summary.pledges).toBe(4);
    expect(summary.byStatus).toEqual({ "완료 후 계속추진": 1, 정상추진: 1, "": 1, 일부추진: 1 });
    expect(summary.completed).toBe(1);
    expect(summary.completionRate).toBe(25);
    expect(summary.unrated).toBe(1);
    // The pledge without a rate is counted but kept out of every mean.
    expect(summary.meanRate).toBeCloseTo((R633 + R723 + R633) / 3, 10);
    expect(summary.bySector["9"]).toEqual({ pledges: 1, meanRate: null, unrated: 1 });
    expect(summary.bySector["6"]).toMatchObject({ pledges: 2, unrated: 0 });
    expect(summary.bySector["6"].meanRate).toBeCloseTo(R633, 10);
    expect(summary.byDepartment["미래전략과"]).toMatchObject({ pledges: 3, unrated: 1 });
    expect(summary.byDepartment["미래전략과"].meanRate).toBeCloseTo(R633, 10);
    expect(summary.byDepartment[""]).toMatchObject({ pledges: 1, unrated: 0 });
  });

  it("is empty, not missing, when nothing could be read", async () => {
    const { summary } = await json(join(inputs, "c-broken.xlsx"));
    expect(summary).toMatchObject({ pledges: 0, byStatus: {}, completionRate: null, meanRate: null, bySector: {}, byDepartment: {} });
  });
});

describe("plain summary block", () => {
  it("follows the findings with 공약 수, 추진상황별, 완료율 and 평균 이행률 at two decimals", async () => {
    // --precision 0 rounds the rates filled in cards, not the summary's two decimals.
    const run = await runCli("check", inputs, "--precision", "0");
    const block = run.stdout.slice(run.stdout.indexOf("■ 요약"));
    expect(run.stdout.indexOf("■ 요약")).toBeGreaterThan(run.stdout.lastIndexOf("■ c-broken.xlsx"));
    expect(block).toContain("공약 수: 4개 (이행률 계산 불가 1개 포함)");
    expect(block).toContain("추진상황별: 완료 후 계속추진 1개 · 정상추진 1개 · (추진상황 없음) 1개 · 일부추진 1개");
    expect(block).toContain("완료율: 25.00% (완료 1개 / 공약 4개)");
    expect(block).toContain(`평균 이행률: ${((R633 + R723 + R633) / 3).toFixed(2)}% (이행률을 계산한 공약 3개의 평균)`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^합계: 파일 3개, 공약 4개/);
  });

  it("says when there is nothing to sum up", async () => {
    const run = await runCli("check", join(inputs, "c-broken.xlsx"));
    expect(run.stdout).toContain("■ 요약 (읽은 모든 파일의 공약)\n  공약을 찾지 못해 요약할 것이 없습니다.");
  });
});

/** The 요약 sheet's rows as arrays of cell values (index 0 = column A). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

function rowNumber(sheet: ExcelJS.Worksheet, label: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === label) found = n;
  });
  if (found < 0) throw new Error(`no row ${label}`);
  return found;
}

describe("--fix --out writes 요약.xlsx", () => {
  let out = "";
  let sheet: ExcelJS.Worksheet;
  let header: unknown[];
  const col = (title: string) => header.indexOf(title) + 1;

  beforeAll(async () => {
    out = join(dir, "out");
    const run = await runCli("check", inputs, "--fix", "--out", out);
    expect(run.code).toBe(2); // c-broken.xlsx
    expect(run.stdout).toContain(`→ 요약 파일: ${join(out, "요약.xlsx")}`);
    expect((await readdir(out)).sort()).toEqual(["a.xlsx", "b.xlsx", "요약.xlsx"]);
    const workbook = await readWorkbookFile(join(out, "요약.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SUMMARY_SHEET_NAME]);
    sheet = workbook.worksheets[0];
    header = rowsOf(sheet)[2];
  });

  it("has one row per pledge of every file read, with its file name, and marks what is missing", () => {
    expect(sheet.getCell("A1").value).toBe(SUMMARY_MARKER);
    expect(header.slice(0, 5)).toEqual(["파일", "번호", "공약명", "부서", "추진상황"]);
    const rows = rowsOf(sheet).slice(3, 7);
    expect(rows.map((r) => [r[0], r[1], r[3] ?? null, r[4] ?? null])).toEqual([
      ["a.xlsx", "6-3-3", "미래전략과", "완료 후 계속추진"],
      ["a.xlsx", "7-2-3", null, "정상추진"],
      ["b.xlsx", "6-1-1", "미래전략과", null],
      ["b.xlsx", "9-1-1", "미래전략과", "일부추진"],
    ]);
    expect(rowsOf(sheet)[7] ?? []).toEqual([]); // the pledge table ends there
    const note = (r: number) => String(sheet.getRow(r).getCell(col("비고")).value ?? "");
    expect(note(5)).toContain("부서 없음");
    expect(note(6)).toContain("추진상황 없음");
    expect(note(7)).toContain("이행률 계산 불가");
    expect(sheet.getRow(7).getCell(col("이행률 (계산)")).value).toBeNull();
    expect(sheet.getRow(rowNumber(sheet, "공약 수")).getCell(2).value).toBe(4);
    expect(sheet.getRow(rowNumber(sheet, "완료율 (%)")).getCell(2).value).toBe(25);
    expect(sheet.getRow(rowNumber(sheet, "이행률 계산 불가 공약 수")).getCell(2).value).toBe(1);
  });

  it("keeps full rate values in the cells, shown at two decimals under --precision auto", () => {
    const rate = sheet.getRow(4).getCell(col("이행률 (계산)"));
    expect(rate.value).toBeCloseTo(R633, 12);
    expect(rate.numFmt).toBe("0.00");
    expect(sheet.getRow(5).getCell(col("이행률 (보고)")).numFmt).toBe("0.00");
    const mean = sheet.getRow(rowNumber(sheet, "평균 이행률 (%)")).getCell(2);
    expect(mean.value).toBeCloseTo((R633 + R723 + R633) / 3, 12);
    expect(mean.numFmt).toBe("0.00");
    expect(sheet.getRow(rowNumber(sheet, "7")).getCell(3).value).toBeCloseTo(R723, 12);
    expect(sheet.getRow(rowNumber(sheet, "7")).getCell(3).numFmt).toBe("0.00");
    expect(sheet.getRow(rowNumber(sheet, "공약 수")).getCell(2).numFmt).not.toBe("0.00");
  });

  it("links each row to its pledge's rate cell in the annotated copy next to it", async () => {
    const links = [4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(col("바로가기")));
    expect(links[0].formula).toBe(`HYPERLINK("a.xlsx#'6-3-3'!I10","6-3-3!I10")`);
    for (const link of links) {
      const [, file, sheetName, target, shown] = /^HYPERLINK\("(.+)#'(.+)'!([A-Z]+\d+)","(.+)"\)$/.exec(link.formula ?? "") ?? [];
      expect(shown).toBe(`${sheetName}!${target}`);
      expect(link.result).toBe(shown);
      const copy = await readWorkbookFile(join(out, file));
      expect(copy.getWorksheet(sheetName), `${file} has sheet ${sheetName}`).toBeDefined();
    }
    const copy = await readWorkbookFile(join(out, "a.xlsx"));
    expect(copy.getWorksheet("7-2-3")!.getCell("I10").value).toBe(73.33);
  });

  it("colours the rate columns and puts data bars on the 분야 block (the chart is the add-in's)", () => {
    // exceljs reads conditional formatting back, though its typings leave the list out.
    const read = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const formats = read.map((cf) => [cf.ref, cf.rules.map((rule) => rule.type)]);
    const sectorFirst = rowNumber(sheet, "분야") + 1;
    expect(formats).toEqual([
      ["G4:G7", ["colorScale"]],
      ["H4:H7", ["colorScale"]],
      [`C${sectorFirst}:C${sectorFirst + 2}`, ["dataBar"]],
    ]);
    expect(sheet.getRow(rowNumber(sheet, "분야")).font?.bold).toBe(true);
    expect(sheet.getRow(3).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(3).width).toBeGreaterThan(20);
  });

  it("gives the same cell values when run again into the same folder", async () => {
    const first = await readAllCells(join(out, "요약.xlsx"));
    const again = await runCli("check", inputs, "--fix", "--out", out);
    expect(again.stderr).not.toContain("알림");
    expect((await readdir(out)).sort()).toEqual(["a.xlsx", "b.xlsx", "요약.xlsx"]);
    expect(await readAllCells(join(out, "요약.xlsx"))).toEqual(first);
  });

  it("shows rates at the --precision asked for", async () => {
    const precise = join(dir, "out-0");
    await runCli("check", inputs, "--fix", "--out", precise, "--precision", "0");
    const summary = (await readWorkbookFile(join(precise, "요약.xlsx"))).worksheets[0];
    expect(summary.getCell("G4").numFmt).toBe("0");
    expect(summary.getCell("G4").value).toBeCloseTo(R633, 12);
  });
});

describe("--fix --out edge cases", () => {
  it("names the summary 요약 (2).xlsx when an input named 요약.xlsx is copied there, and says so", async () => {
    const folder = join(dir, "clash");
    await mkdir(folder);
    await writeCards(join(folder, "요약.xlsx"), [seedCard633()]);
    const out = join(dir, "clash-out");
    const run = await runCli("check", join(folder, "요약.xlsx"), "--fix", "--out", out, "--json");
    expect(run.stderr).toContain("알림: 검토 사본 중 '요약.xlsx'가 있어 요약은 '요약 (2).xlsx'에 썼습니다.");
    expect((await readdir(out)).sort()).toEqual(["요약 (2).xlsx", "요약.xlsx"]);
    expect((JSON.parse(run.stdout) as JsonDoc).summaryOutput).toBe(join(out, "요약 (2).xlsx"));
    const copy = await readWorkbookFile(join(out, "요약.xlsx"));
    expect(copy.getWorksheet("6-3-3")).toBeDefined();
    const summary = (await readWorkbookFile(join(out, "요약 (2).xlsx"))).worksheets[0];
    expect(summary.getCell("A4").value).toBe("요약.xlsx");
    expect(summary.getCell("L4").formula).toBe(`HYPERLINK("요약.xlsx#'6-3-3'!I10","6-3-3!I10")`);
  });

  it("still counts a file whose copy could not be written, without a dead link to it", async () => {
    const out = join(dir, "no-copy-out");
    await mkdir(join(out, "a.xlsx"), { recursive: true }); // a folder where a.xlsx's copy goes
    const run = await runCli("check", join(inputs, "a.xlsx"), join(inputs, "b.xlsx"), "--fix", "--out", out, "--json");
    const doc = JSON.parse(run.stdout) as JsonDoc;
    expect(doc.files[0].error).toBeNull(); // the file was read: this is a write error
    expect(doc.files[0].writeError).toMatch(/^검토 사본을 쓰지 못했습니다/);
    expect(doc.summary.pledges).toBe(4);
    const summary = (await readWorkbookFile(join(out, "요약.xlsx"))).worksheets[0];
    expect(summary.getCell("A4").value).toBe("a.xlsx");
    expect(summary.getCell("L4").value).toBe("6-3-3!I10"); // plain text
    expect(summary.getCell("L6").formula).toBe(`HYPERLINK("b.xlsx#'6-1-1'!I10","6-1-1!I10")`);
  });

  it("reports a summary it cannot write and exits 2, after the copies are written", async () => {
    const out = join(dir, "blocked-out");
    await mkdir(join(out, "요약.xlsx"), { recursive: true }); // a folder in the way
    const run = await runCli("check", join(FIXTURES, "seed-6-3-3.xlsx"), "--fix", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^오류: 요약 파일을 쓰지 못했습니다: /m);
    expect(run.stdout).not.toContain("→ 요약 파일");
    expect(await readdir(out)).toContain("seed-6-3-3.xlsx");
  });
});

describe("checking an out folder again", () => {
  it("names the 요약.xlsx found there as ours instead of a workbook without a table", async () => {
    const out = join(dir, "recheck-out");
    await runCli("check", join(FIXTURES, "seed-6-3-3.xlsx"), "--fix", "--out", out);
    const doc = await json(out);
    const errors = Object.fromEntries(doc.files.map((f) => [f.path.split(/[\\/]/).at(-1), f.error]));
    expect(errors).toEqual({ "seed-6-3-3.xlsx": null, "요약.xlsx": OUR_SUMMARY });
    expect(doc.summary.pledges).toBe(1);
  });
});
