// The command line in-process (main with captured output) on real .xlsx files:
// JSON shape, Korean plain output, exit statuses, folders and inputs it cannot read.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_TABLE } from "../../src/cli/checkFile";
import { cardGrid, mistakesCard, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { tempFolder, writeCards, writeGrids } from "../support/xlsx";
import { FIXTURES, runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let mistakes = "";
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  mistakes = await writeCards(join(dir, "mistakes.xlsx"), [seedCard633(), mistakesCard()]);
});
afterAll(() => cleanup());

interface JsonFile {
  path: string;
  error: string | null;
  sheets: {
    name: string;
    pledges: Record<string, unknown>[];
    findings: { code: string; severity: string; sheet: string; cell: string; message: string; expected: unknown; found: unknown }[];
  }[];
}

function parseJson(stdout: string): { files: JsonFile[] } {
  return JSON.parse(stdout) as { files: JsonFile[] };
}

describe("--json", () => {
  it("prints one document describing every file, sheet, pledge and indicator", async () => {
    const run = await runCli("check", FIXTURES, "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const doc = parseJson(run.stdout);
    expect(doc.files.map((f) => f.path)).toEqual(
      ["seed-6-3-3.xlsx", "seed-7-2-3.xlsx", "seed-department.xlsx"].map((name) => join(FIXTURES, name)),
    );
    const [file] = doc.files;
    expect(file.error).toBeNull();
    expect(file.sheets.map((s) => s.name)).toEqual(["6-3-3"]);
    const [pledge] = file.sheets[0].pledges;
    expect(pledge).toMatchObject({
      id: "6-3-3",
      title: "16개 공공기관과 상생 자매결연 활성화",
      department: "미래전략과",
      status: "완료 후 계속추진",
      asOf: "2025-06-30",
      reportedRate: 86,
      rateCell: "I10",
    });
    expect(pledge.rate).toBeCloseTo((100 + (5 / 7) * 100) / 2, 10); // unrounded
    expect(pledge.indicators).toEqual([
      expect.objectContaining({ name: "교류활동 횟수", unit: "회", target: 26, actual: 45, rate: 100, reportedRate: 100, rateCell: "I6" }),
      expect.objectContaining({ name: "자매결연 관련 행사 개최", unit: "회", target: 7, actual: 5, reportedRate: 71, rateCell: "I8" }),
    ]);
    // The seed cards are right (info only); seed-department.xlsx repeats both of them, so its
    // two cards carry DUPLICATE_PLEDGE_ID (a warning: exit 0 still).
    for (const finding of doc.files.flatMap((f) => f.sheets.flatMap((s) => s.findings))) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(["code", "severity", "sheet", "cell", "message", "expected", "found"]));
      expect(finding.severity).toBe(finding.code === "DUPLICATE_PLEDGE_ID" ? "warning" : "info");
    }
    const duplicates = doc.files.map((f) => f.sheets.flatMap((s) => s.findings).filter((x) => x.code === "DUPLICATE_PLEDGE_ID").map((x) => x.sheet));
    expect(duplicates).toEqual([[], [], ["6-3-3", "7-2-3"]]);
    expect(doc.files[2].sheets.map((s) => s.pledges[0].id)).toEqual(["6-3-3", "7-2-3"]);
  });

  it("reports mistakes as findings with cell, expected and found, and exits 1", async () => {
    const run = await runCli("check", mistakes, "--json");
    expect(run.code).toBe(1);
    const findings = parseJson(run.stdout).files[0].sheets[1].findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ code: "ACTUAL_CUMULATIVE_MISMATCH", severity: "error", sheet: "3-1-2", cell: "F7", expected: 55, found: 54 }),
    );
    expect(findings).toContainEqual(expect.objectContaining({ code: "INDICATOR_RATE_MISMATCH", cell: "I8", expected: 69, found: "80" }));
    expect(findings).toContainEqual(expect.objectContaining({ code: "PLEDGE_RATE_MISSING", severity: "warning", cell: "I10" }));
  });

  it("reads several cards on one sheet, and a table cut short", async () => {
    const path = await writeGrids(join(dir, "layouts.xlsx"), [
      stackCards("부서", [seedCard633(), seedCard723()]),
      cardGrid({ ...seedCard633(), sheet: "끊김", cutShort: true }),
    ]);
    const run = await runCli("check", path, "--json");
    const [stacked, cut] = parseJson(run.stdout).files[0].sheets;
    expect(stacked.pledges.map((p) => [p.id, p.rateCell])).toEqual([
      ["6-3-3", "I10"],
      ["7-2-3", "I22"],
    ]);
    expect(cut.findings).toContainEqual(expect.objectContaining({ code: "TABLE_INCOMPLETE", severity: "error" }));
    expect(run.code).toBe(1);
  });
});

describe("plain output", () => {
  it("lists each finding in Korean with severity, cell and expected/found, then a tally", async () => {
    const run = await runCli("check", mistakes);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("■ mistakes.xlsx");
    expect(run.stdout).toContain("[시트 3-1-2]");
    expect(run.stdout).toMatch(/오류 F7 +이행 누계가 맞지 않습니다.*\(기대값 55, 현재값 54\)/);
    expect(run.stdout).toMatch(/경고 I10 +공약 이행률이 비어 있습니다/);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("합계: 파일 1개, 공약 2개, 오류 3건, 경고 1건, 참고 1건");
  });

  it("says so when a sheet has no problem", async () => {
    const run = await runCli("check", join(FIXTURES, "seed-7-2-3.xlsx"), "--precision", "2");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("공약 7-2-3 학습동아리 활성화 · 이행률 계산 73.33 / 표 73.33");
  });
});

describe("folders", () => {
  it("expand to their .xlsx files, sorted, without Excel's lock files", async () => {
    const folder = join(dir, "folder");
    await mkdir(join(folder, "sub"), { recursive: true });
    for (const name of ["card10.xlsx", "card2.xlsx", "~$card2.xlsx"]) await copyFile(join(FIXTURES, "seed-6-3-3.xlsx"), join(folder, name));
    await writeFile(join(folder, "notes.txt"), "not a workbook");
    await copyFile(join(FIXTURES, "seed-6-3-3.xlsx"), join(folder, "sub", "inner.xlsx"));
    const run = await runCli("check", folder, "--json");
    expect(parseJson(run.stdout).files.map((f) => f.path)).toEqual([join(folder, "card2.xlsx"), join(folder, "card10.xlsx")]);
    expect(run.code).toBe(0);
  });

  it("show a progress line per file on stderr when there are many", async () => {
    const folder = join(dir, "many");
    await mkdir(folder);
    for (let i = 1; i <= 6; i++) await copyFile(join(FIXTURES, "seed-7-2-3.xlsx"), join(folder, `card${i}.xlsx`));
    const run = await runCli("check", folder);
    expect(run.stderr.trimEnd().split("\n")).toEqual([1, 2, 3, 4, 5, 6].map((i) => `[${i}/6] card${i}.xlsx`));
    const few = await runCli("check", join(folder, "card1.xlsx"), join(folder, "card2.xlsx"));
    expect(few.stderr).toBe("");
  });

  it("with no workbook in them is an error", async () => {
    const empty = join(dir, "empty-folder");
    await mkdir(empty);
    const run = await runCli("check", empty, "--json");
    expect(run.code).toBe(2);
    expect(parseJson(run.stdout).files).toEqual([
      expect.objectContaining({ path: empty, error: "폴더에 .xlsx 파일이 없습니다. 폴더가 비어 있습니다.", output: null, sheets: [] }),
    ]);
  });
});

describe("inputs that cannot be read", () => {
  const OLE = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

  it("each get a one-line Korean reason while the other files are still checked", async () => {
    const bad = join(dir, "bad");
    await mkdir(bad);
    await writeFile(join(bad, "1-text.xlsx"), "이것은 엑셀 파일이 아닙니다\n");
    await writeFile(join(bad, "2-encrypted.xlsx"), OLE);
    await writeFile(join(bad, "3-empty.xlsx"), "");
    await writeGrids(join(bad, "4-no-table.xlsx"), [{ name: "메모", values: [["회의록"], ["안건", "결과"]], merges: [] }]);
    await writeFile(join(bad, "5-broken-zip.xlsx"), Buffer.from("PK\u0003\u0004broken zip"));
    await writeGrids(join(bad, "6-no-sheets.xlsx"), []);
    await copyFile(join(FIXTURES, "seed-6-3-3.xlsx"), join(bad, "7-good.xlsx"));
    const missing = join(dir, "missing.xlsx");

    const run = await runCli("check", bad, missing, "--json");
    expect(run.code).toBe(2);
    const errors = parseJson(run.stdout).files.map((f) => [f.path.split(/[\\/]/).at(-1), f.error]);
    expect(errors).toEqual([
      ["1-text.xlsx", "xlsx 파일이 아닙니다 (Excel 통합 문서 형식이 아님)."],
      ["2-encrypted.xlsx", expect.stringContaining("암호가 걸렸거나")],
      ["3-empty.xlsx", "빈 파일입니다 (0바이트)."],
      ["4-no-table.xlsx", NO_TABLE],
      ["5-broken-zip.xlsx", expect.stringContaining("xlsx 파일이 손상되었거나")],
      ["6-no-sheets.xlsx", "워크시트가 없는 파일입니다."],
      ["7-good.xlsx", null],
      ["missing.xlsx", "파일을 찾을 수 없습니다."],
    ]);
    expect(parseJson(run.stdout).files[6].sheets[0].pledges).toHaveLength(1);
    expect(run.stderr).toContain("[8/8] missing.xlsx");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("are shown in the plain report and counted", async () => {
    const path = join(dir, "encrypted.xlsx");
    await writeFile(path, OLE);
    const run = await runCli("check", path, join(FIXTURES, "seed-6-3-3.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("■ encrypted.xlsx");
    expect(run.stdout).toContain("  읽을 수 없음: 암호가 걸렸거나 예전 형식(.xls)인 파일이라 읽을 수 없습니다.");
    expect(run.stdout).toContain("합계: 파일 2개, 공약 1개, 오류 0건, 경고 0건, 참고 1건, 읽지 못한 파일 1개");
  });
});

describe("usage", () => {
  it.each([
    [[], "명령이 없습니다."],
    [["verify", "a.xlsx"], "알 수 없는 명령입니다: verify"],
    [["check"], "점검할 파일이나 폴더를 적어 주세요."],
    [["check", "a.xlsx", "--fix"], "--fix에는 사본을 쓸 폴더 --out 이 필요합니다."],
    [["check", "a.xlsx", "--out", "x"], "--out은 --fix와 함께 씁니다."],
    [["check", "a.xlsx", "--precision", "3"], "--precision 값은 auto, 0, 1, 2 중 하나여야 합니다."],
    [["check", "a.xlsx", "--verbos"], "알 수 없는 옵션입니다: --verbos"],
    [["check", "a.xlsx", "--fix", "--out"], "--out 뒤에 사본을 쓸 폴더를 적어 주세요."],
    [["check", "a.xlsx", "--fix", "--out", "--json"], "--out 뒤에 사본을 쓸 폴더를 적어 주세요."],
    [["check", "a.xlsx", "--json=yes"], "--json에는 값을 붙이지 않습니다."],
    [["compare", "a.xlsx", "b.xlsx", "--jsn"], "알 수 없는 옵션입니다: --jsn"],
    [["compare", "a.xlsx"], "compare에는 이전 파일과 현재 파일, 두 개를 적어 주세요."],
  ])("%j is refused with exit 2 and one line saying what was wrong", async (argv, problem) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`오류: ${problem}`);
    expect(run.stderr).toContain("(사용법: pledge-check --help)");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("a file or folder first means check (the word check forgotten)", async () => {
    const file = join(FIXTURES, "seed-6-3-3.xlsx");
    const short = await runCli(file, "--json");
    const long = await runCli("check", file, "--json");
    expect(short.code).toBe(long.code);
    expect(short.stdout).toBe(long.stdout);
    expect(JSON.parse(short.stdout).files[0].sheets[0].pledges[0].id).toBe("6-3-3");
    const folder = await runCli(FIXTURES);
    expect(folder.stdout).toContain("공약 6-3-3");
  });

  it("--help prints the usage text and exits 0", async () => {
    const run = await runCli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("종료 코드: 0 오류 없음 · 1 오류 발견 · 2 읽을 수 없는 파일이나 잘못된 사용법");
  });
});
