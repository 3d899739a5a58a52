// `pledge-check compare` on real .xlsx files: JSON and plain output, exit statuses, the
// flagged copy. The earlier file is seed card 6-3-3 as of 2025. 6. 30.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAG_COLORS } from "../../src/core";
import { seedCard633, type CardSpec } from "../../src/sample/cards";
import { readAllCells, readWorkbookFile, tempFolder, writeCards } from "../support/xlsx";
import { runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let before = "";
let after = "";
let same = "";
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  before = await writeCards(join(dir, "2025-2분기.xlsx"), [seedCard633()]);
  // The next quarter: two rows inserted above the card, the sheet renamed, the 2024 actual
  // of 교류활동 횟수 rewritten 23(28) → 20(25) and 2025 carried on 17(45) → 17(42).
  // Rows shift by 2: the actual row 7 is row 9, so 2024 is F9 and 2025 G9.
  const next: CardSpec = { ...seedCard633(), sheet: "교류", asOf: "2025. 9. 30.", offsetRows: 2 };
  next.indicators = seedCard633().indicators;
  next.indicators[0].actual = ["-", "5(5)", "20(25)", "17(42)", ""];
  after = await writeCards(join(dir, "2025-3분기.xlsx"), [next]);
  same = await writeCards(join(dir, "same.xlsx"), [{ ...seedCard633(), asOf: "2025. 9. 30." }]);
});
afterAll(() => cleanup());

interface JsonChange {
  code: string;
  severity: string;
  pledgeId: string | null;
  indicator: string | null;
  period: string | null;
  sheet: string | null;
  cell: string | null;
  before: unknown;
  after: unknown;
  message: string;
}

describe("compare", () => {
  it("prints the changes as JSON with the current workbook's cells, and exits 1 for a warning or error", async () => {
    const run = await runCli("compare", before, after, "--json");
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { changes: JsonChange[]; output: string | null };
    expect(doc.changes).toEqual([
      {
        code: "PAST_ACTUAL_CHANGED",
        severity: "warning",
        pledgeId: "6-3-3",
        indicator: "교류활동 횟수",
        period: "2024",
        sheet: "교류",
        cell: "F9",
        before: "23(28)",
        after: "20(25)",
        message: "이전 제출 기준일(2025-06-30)에 이미 끝난 2024 기간의 실적이 고쳐졌습니다: 이전 23(28) → 현재 20(25).",
      },
      expect.objectContaining({ code: "NEW_ACTUAL", severity: "info", cell: "G9", before: "17(45)", after: "17(42)" }),
      expect.objectContaining({ code: "CUMULATIVE_DECREASED", severity: "error", cell: "G9", before: 45, after: 42, period: null }),
    ]);
    expect(doc.output).toBeNull();
  });

  it("prints them in Korean, by pledge, with a tally", async () => {
    const run = await runCli("compare", before, after);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("■ 이전 제출과 비교: 2025-2분기.xlsx → 2025-3분기.xlsx");
    expect(run.stdout).toContain("  [공약 6-3-3]");
    expect(run.stdout).toContain("    경고 교류!F9  이전 제출 기준일(2025-06-30)에 이미 끝난 2024 기간의 실적이 고쳐졌습니다");
    expect(run.stdout).toContain("합계: 바뀐 점 3건 (오류 1건, 경고 1건, 참고 1건)");
  });

  it("exits 0 when nothing but the as-of date moved on", async () => {
    const run = await runCli("compare", before, same);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("바뀐 점이 없습니다.");
  });

  it("exits 2 with a Korean line when a file cannot be read", async () => {
    const broken = join(dir, "broken.xlsx");
    await writeFile(broken, "not a workbook");
    const run = await runCli("compare", before, broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`오류: 현재 파일 ${broken}: xlsx 파일이 아닙니다`);
    expect((await runCli("compare", before)).code).toBe(2);
    const json = await runCli("compare", before, broken, "--json");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ changes: [], errors: [{ path: broken, error: expect.stringContaining("xlsx 파일이 아닙니다") }] });
  });

  it("--fix --out writes a copy of the current file with each changed cell flagged and noted, nothing else changed", async () => {
    const out = join(dir, "비교");
    const run = await runCli("compare", before, after, "--fix", "--out", out);
    expect(run.code).toBe(1);
    const copyPath = join(out, "2025-3분기.xlsx");
    expect(run.stdout).toContain(`→ 비교 사본: ${copyPath}`);
    const copy = await readWorkbookFile(copyPath);
    const sheet = copy.getWorksheet("교류");
    const f9 = sheet?.getCell("F9");
    expect(String(f9?.note && typeof f9.note !== "string" ? f9.note.texts?.map((t) => t.text).join("") : f9?.note)).toContain(
      "이전 제출: 23(28) → 현재: 20(25)",
    );
    expect((f9?.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(`FF${FLAG_COLORS.warning.slice(1)}`);
    // G9 holds an info and an error change: the error's colour, both lines in the note.
    const g9 = sheet?.getCell("G9");
    const g9note = typeof g9?.note === "string" ? g9.note : (g9?.note?.texts ?? []).map((t) => t.text).join("");
    expect(g9note).toContain("이전 제출: 17(45) → 현재: 17(42)");
    expect(g9note).toContain("이전 제출: 45 → 현재: 42");
    expect((g9?.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(`FF${FLAG_COLORS.error.slice(1)}`);
    // Every value is as in the current file.
    expect(await readAllCells(copyPath)).toEqual(await readAllCells(after));
  });

  it("refuses to write into the current file's own folder", async () => {
    const run = await runCli("compare", before, after, "--fix", "--out", dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out 폴더가 현재 파일");
  });
});
