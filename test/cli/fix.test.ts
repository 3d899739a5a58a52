// --fix --out on real workbooks: the copy gets rate values, flags with notes and a findings
// sheet with links; the input is never written and no other cell changes its value.
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINDINGS_HEADER, FINDINGS_SHEET_NAME } from "../../src/core";
import { cardGrid, mistakesCard, seedCard633 } from "../../src/sample/cards";
import { readAllCells, readWorkbookFile, tempFolder, writeGrids } from "../support/xlsx";
import { FIXTURES, runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let input = "";
const USER_NOTE = "담당자: 2025년 실적은 7월 확정 예정";

/** Every period and rate cell of the mistakes card shares one border style, as in real sheets. */
function borderedCells(): Record<string, { numFmt?: string; note?: string }> {
  const cells: Record<string, { numFmt?: string; note?: string }> = {};
  for (const col of "DEFGHI") for (let row = 6; row <= 10; row++) cells[`${col}${row}`] = { numFmt: "@" };
  return cells;
}

async function sha(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  await mkdir(join(dir, "in"));
  input = await writeGrids(join(dir, "in", "부서.xlsx"), [
    cardGrid(seedCard633()),
    { grid: cardGrid(mistakesCard()), cells: { ...borderedCells(), F7: { numFmt: "@", note: USER_NOTE } } },
  ]);
});
afterAll(() => cleanup());

describe("--fix --out", () => {
  let out = "";
  let before: Map<string, unknown>;
  let inputHash = "";

  beforeAll(async () => {
    before = await readAllCells(input);
    inputHash = await sha(input);
    out = join(dir, "out", "nested");
    const run = await runCli("check", input, "--fix", "--out", out);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`→ 검토 사본: ${join(out, "부서.xlsx")}`);
  });

  it("never writes the input", async () => {
    expect(await sha(input)).toBe(inputHash);
    expect(await readdir(join(dir, "in"))).toEqual(["부서.xlsx"]);
  });

  it("changes no cell but the rate cells it fills", async () => {
    const after = await readAllCells(join(out, "부서.xlsx"));
    const changed = new Map<string, unknown>();
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      if (key.startsWith(`${FINDINGS_SHEET_NAME}!`)) continue;
      if (JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key))) changed.set(key, after.get(key));
    }
    expect(Object.fromEntries(changed)).toEqual({ "3-1-2!I8": 69, "3-1-2!I10": 74, "3-1-2!I2": "74%" });
  });

  it("flags each finding's cell with its colour and a note, after the user's own note", async () => {
    const sheet = (await readWorkbookFile(join(out, "부서.xlsx"))).getWorksheet("3-1-2")!;
    const f7 = sheet.getCell("F7");
    expect(f7.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    const note = String(f7.note);
    expect(note.startsWith(`${USER_NOTE}\n\n`)).toBe(true);
    expect(note).toContain("[공약 점검]\n오류 · 이행 누계 불일치: 이행 누계가 맞지 않습니다");
    expect(sheet.getCell("I10").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(String(sheet.getCell("I10").note)).toContain("이행률 채우기: 원래 값 빈칸 → 74");
    // F6 shares F7's style in the file; it must not be coloured with it.
    expect(sheet.getCell("F6").fill?.type === "pattern" && (sheet.getCell("F6").fill as { pattern: string }).pattern === "solid").toBe(false);
    expect(sheet.getCell("F6").note).toBeUndefined();
  });

  it("adds a findings sheet whose rows link to their cells", async () => {
    const workbook = await readWorkbookFile(join(out, "부서.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["6-3-3", "3-1-2", FINDINGS_SHEET_NAME]);
    const sheet = workbook.getWorksheet(FINDINGS_SHEET_NAME)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(FINDINGS_HEADER);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    const cellCol = FINDINGS_HEADER.indexOf("셀") + 1;
    const sheetCol = FINDINGS_HEADER.indexOf("시트") + 1;
    const links: string[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const target = `${row.getCell(sheetCol).value}!${row.getCell(cellCol).result}`;
      expect(row.getCell(cellCol).formula).toBe(
        `HYPERLINK("#'${row.getCell(sheetCol).value}'!${row.getCell(cellCol).result}","${row.getCell(cellCol).result}")`,
      );
      links.push(target);
    }
    expect(links).toEqual(expect.arrayContaining(["3-1-2!F7", "3-1-2!I8", "3-1-2!I10", "3-1-2!I2", "6-3-3!G7"]));
    expect(links).toHaveLength(5);
    expect(sheet.getColumn(FINDINGS_HEADER.indexOf("내용") + 1).width).toBeGreaterThan(30);
  });

  it("checking the annotated copy again does not stack notes or findings sheets", async () => {
    const again = join(dir, "again");
    const run = await runCli("check", join(out, "부서.xlsx"), "--fix", "--out", again);
    expect(run.code).toBe(1); // the copy still has the cumulative mistake; rate cells now agree
    const workbook = await readWorkbookFile(join(again, "부서.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["6-3-3", "3-1-2", FINDINGS_SHEET_NAME]);
    const note = String(workbook.getWorksheet("3-1-2")!.getCell("F7").note);
    expect(note.split(USER_NOTE)).toHaveLength(2);
    expect(note.split("[공약 점검]")).toHaveLength(2);
  });
});

describe("--fix details", () => {
  it("writes a rate into a percent-formatted cell as the fraction the format shows", async () => {
    const path = await writeGrids(join(dir, "in", "percent.xlsx"), [
      { grid: cardGrid({ ...seedCard633(), pledgeRate: null, headline: 0.5 }), cells: { I10: { numFmt: "0%" }, I2: { numFmt: "0%" } } },
    ]);
    const out = join(dir, "percent-out");
    expect((await runCli("check", path, "--fix", "--out", out)).code).toBe(1);
    const sheet = (await readWorkbookFile(join(out, "percent.xlsx"))).getWorksheet("6-3-3")!;
    expect(sheet.getCell("I10").value).toBe(0.86);
    expect(sheet.getCell("I10").numFmt).toBe("0%");
    expect(sheet.getCell("I2").value).toBe(0.86);
  });

  it("honours --precision when filling rates", async () => {
    const path = await writeGrids(join(dir, "in", "precision.xlsx"), [cardGrid({ ...seedCard633(), pledgeRate: null })]);
    const out = join(dir, "precision-out");
    await runCli("check", path, "--fix", "--out", out, "--precision", "2");
    expect((await readWorkbookFile(join(out, "precision.xlsx"))).getWorksheet("6-3-3")!.getCell("I10").value).toBe(85.71);
  });

  it("leaves a user's own sheet named like ours alone and numbers its own", async () => {
    const path = await writeGrids(join(dir, "in", "named.xlsx"), [
      cardGrid(mistakesCard()),
      { name: FINDINGS_SHEET_NAME, values: [["부서 자체 검토 메모"]], merges: [] },
    ]);
    const out = join(dir, "named-out");
    await runCli("check", path, "--fix", "--out", out);
    const workbook = await readWorkbookFile(join(out, "named.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["3-1-2", FINDINGS_SHEET_NAME, `${FINDINGS_SHEET_NAME} (2)`]);
    expect(workbook.getWorksheet(FINDINGS_SHEET_NAME)!.getCell("A1").value).toBe("부서 자체 검토 메모");
  });

  it("refuses an out folder that is the input's own folder", async () => {
    const folder = join(dir, "same");
    await mkdir(folder);
    await copyFile(join(FIXTURES, "seed-6-3-3.xlsx"), join(folder, "card.xlsx"));
    const hash = await sha(join(folder, "card.xlsx"));
    for (const out of [folder, join(folder, "."), `${folder}/`]) {
      const run = await runCli("check", join(folder, "card.xlsx"), "--fix", "--out", out);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--out 폴더가 원본 파일");
      expect(run.stdout).toBe("");
    }
    expect(await readdir(folder)).toEqual(["card.xlsx"]);
    expect(await sha(join(folder, "card.xlsx"))).toBe(hash);
  });

  it("gives same-named inputs from different folders their own copies", async () => {
    const out = join(dir, "twins-out");
    const run = await runCli("check", join(FIXTURES, "seed-6-3-3.xlsx"), join(dir, "in", "precision.xlsx"), "--fix", "--out", out, "--json");
    const outputs = (JSON.parse(run.stdout) as { files: { output: string }[] }).files.map((f) => f.output);
    expect(outputs).toEqual([join(out, "seed-6-3-3.xlsx"), join(out, "precision.xlsx")]);
    await copyFile(join(FIXTURES, "seed-6-3-3.xlsx"), join(dir, "in", "seed-6-3-3.xlsx"));
    const twins = await runCli("check", join(FIXTURES, "seed-6-3-3.xlsx"), join(dir, "in", "seed-6-3-3.xlsx"), "--fix", "--out", join(dir, "twins2"));
    expect(twins.stdout).toContain(join(dir, "twins2", "seed-6-3-3 (2).xlsx"));
    expect((await readdir(join(dir, "twins2"))).sort()).toEqual(["seed-6-3-3 (2).xlsx", "seed-6-3-3.xlsx", "요약.xlsx"]);
  });
});
