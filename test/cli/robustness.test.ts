// Nothing lost, nothing crashes: the command line under hostile input and faults (issue 11).
// Every workbook is built here; expected values are worked out by hand in the comments.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, copyFile, link, mkdir, readdir, readFile, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, checkForCopy, isCopy, type CheckedCopy } from "../../src/cli/checkFile";
import { storedWorkbook } from "../../src/xlsx";
import { cardGrid, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { planRateWrites, type Finding, type SheetGrid } from "../../src/core";
import { readGridsFile, readWorkbookFile, tempFolder, writeCards, writeGrids } from "../support/xlsx";
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
/** The check before a copy, with exceljs's workbook (the test fails if it could not be opened). */
async function copyCheck(path: string): Promise<CheckedCopy> {
  const checked = await checkForCopy(path, {});
  if (!isCopy(checked)) throw new Error(checked.copyRefused);
  return checked;
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
    const [grid] = await readGridsFile(path);
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
    const read = storedWorkbook(await readFile(path), { maxCells: 150 });
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(["6-3-3"]);
    const checked = await checkFile(path, {}, { maxCells: 150 });
    expect(checked.notices).toEqual(["시트 '큰 시트'에 값이 있는 셀과 병합 영역이 150개를 넘어 점검하지 않았습니다 (시트 하나에 150개까지 점검합니다)."]);
    expect(checked.result.sheets.map((s) => s.name)).toEqual(["6-3-3"]);
  });
});

describe("--fix never writes into an input", () => {
  it("refuses an out folder reached through a symlink to the input's folder", async () => {
    const src = join(dir, "link-src");
    const a = join(dir, "link-a");
    await mkdir(src);
    await mkdir(a);
    const real = await writeCards(join(src, "x.xlsx"), [seedCard633()]);
    await symlink(real, join(a, "x.xlsx")); // a/x.xlsx -> src/x.xlsx
    const before = await sha(real);
    const run = await runCli("check", join(a, "x.xlsx"), "--fix", "--out", src);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("원본 파일");
    expect(run.stderr).toContain("다른 폴더를 지정하세요");
    expect(await sha(real)).toBe(before);
    expect((await readdir(src)).sort()).toEqual(["x.xlsx"]);
  });

  it("refuses an out file that is a hard link of the input (same inode)", async () => {
    const input = join(dir, "hard-in");
    const out = join(dir, "hard-out");
    await mkdir(input);
    await mkdir(out);
    const real = await writeCards(join(input, "x.xlsx"), [seedCard633()]);
    await link(real, join(out, "x.xlsx"));
    const before = await sha(real);
    const run = await runCli("check", real, "--fix", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/사본을 쓸 '.*x\.xlsx'가 원본 파일 '.*x\.xlsx'와 같은 파일입니다/);
    expect(await sha(real)).toBe(before);
    expect(await readdir(out)).toEqual(["x.xlsx"]); // no 요약.xlsx either: nothing was written
  });

  it("writes through a temporary file and a rename: a failed write leaves no partial file and keeps the old copy", async () => {
    const { identify, writeAtomically } = await import("../../src/cli/safeWrite");
    const out = join(dir, "atomic-out");
    await mkdir(out);
    const target = join(out, "copy.xlsx");
    await writeFile(target, "the good copy of an earlier run");
    // A write that fails half way (here: the bytes cannot be written at all).
    await expect(writeAtomically(target, 42 as unknown as Uint8Array, [])).rejects.toThrow();
    expect(await readFile(target, "utf8")).toBe("the good copy of an earlier run");
    expect(await readdir(out)).toEqual(["copy.xlsx"]); // the temporary file is gone
    // The rename itself fails: the target's place is a folder with a file in it.
    await mkdir(join(out, "busy.xlsx", "inside"), { recursive: true });
    await expect(writeAtomically(join(out, "busy.xlsx"), new Uint8Array([1, 2, 3]), [])).rejects.toThrow();
    expect((await readdir(out)).sort()).toEqual(["busy.xlsx", "copy.xlsx"]);
    // An output that is an input is refused before anything is created.
    await expect(writeAtomically(target, new Uint8Array([1]), [await identify(target)])).rejects.toThrow(/원본 파일/);
    expect(await readFile(target, "utf8")).toBe("the good copy of an earlier run");
    // A successful write replaces the whole file.
    await writeAtomically(target, new Uint8Array([80, 75]), []);
    expect(await readFile(target, "utf8")).toBe("PK");
  });
});

describe("--fix changes only rate cells, whatever the core plans", () => {
  it("does not write into a closing row merged across the rate column (A10:I10): the label survives", async () => {
    const grid = cardGrid(seedCard633());
    grid.values[9][8] = null; // the pledge rate is missing: the core plans 86 for I10
    grid.merges = grid.merges.map((m) => (m.top === 9 && m.left === 0 ? { ...m, right: 8 } : m));
    const input = await writeGrids(join(dir, "closing-merged.xlsx"), [grid]);
    const out = join(dir, "closing-out");
    const run = await runCli("check", input, "--fix", "--out", out, "--json");
    const [file] = files(run.stdout);
    expect(file.output).toBe(join(out, "closing-merged.xlsx"));
    // Since issue 7 the core plans no write here and says why in a finding on the area's top-left.
    expect(file.sheets[0].findings).toContainEqual(expect.objectContaining({ code: "RATE_CELL_MERGED", cell: "A10" }));
    const sheet = (await readWorkbookFile(join(out, "closing-merged.xlsx"))).getWorksheet("6-3-3") as ExcelJS.Worksheet;
    expect(sheet.getCell("A10").value).toBe("공약 이행률 (각 지표 이행률의 평균으로 산출)");

    // Were the core to plan 86 for I10 all the same, the adapter refuses it and says why.
    const { annotate } = await import("../../src/cli/fix");
    const checked = await copyCheck(input);
    const fixed = annotate(checked.workbook, checked.result, {}, [{ sheet: "6-3-3", cell: "I10", value: 86, numberFormat: null, previous: null }]);
    expect(fixed.refused.join(" ")).toContain("I10에 이행률을 쓰지 않았습니다: 병합된 영역 안의 셀이라 값이 왼쪽 위 셀 A10에 들어가게 됩니다.");
    expect(checked.workbook.getWorksheet("6-3-3")?.getCell("A10").value).toBe("공약 이행률 (각 지표 이행률의 평균으로 산출)");
  });

  it("does not write card B's headline through a merge that runs down from card A's rate cell", async () => {
    const grid = stackCards("카드", [seedCard633(), seedCard723()]);
    grid.values[13][8] = null; // card B's headline (I14) is inside A's merge I10:I14
    // B's title row A13:I13 ends at H13 here, so that A's merge I10:I14 can run past it.
    grid.merges = grid.merges.map((m) => (m.top === 12 && m.left === 0 ? { ...m, right: 7 } : m));
    grid.merges.push({ top: 9, left: 8, bottom: 13, right: 8 });
    const input = await writeGrids(join(dir, "into-next.xlsx"), [grid]);
    const out = join(dir, "into-next-out");
    const run = await runCli("check", input, "--fix", "--out", out, "--json");
    const [file] = files(run.stdout);
    expect(file.notices.join(" ")).toContain("I14에 이행률을 쓰지 않았습니다");
    const sheet = (await readWorkbookFile(join(out, "into-next.xlsx"))).getWorksheet("카드") as ExcelJS.Worksheet;
    expect(sheet.getCell("I10").value).toBe(86); // card A's own rate, not B's 73.33
  });

  it("never writes a non-finite number, and keeps a replaced formula's text in the note", async () => {
    const { annotate } = await import("../../src/cli/fix");
    const input = await writeGrids(join(dir, "formula.xlsx"), [
      { grid: cardGrid(seedCard633()), cells: { I10: { value: { formula: "ROUND(AVERAGE(I6:I9),0)", result: 80 } } } },
    ]);
    // 80 is wrong (86 by hand): the core plans 86 for I10 and the note keeps the formula.
    const checked = await copyCheck(input);
    const fixed = annotate(checked.workbook, checked.result, {});
    const cell = checked.workbook.getWorksheet("6-3-3")?.getCell("I10") as ExcelJS.Cell;
    expect(cell.value).toBe(86);
    expect(String(cell.note)).toContain("원래 수식: =ROUND(AVERAGE(I6:I9),0)");
    expect(fixed.refused).toEqual([]);

    // The same file again, with the core's rate replaced by NaN and Infinity (a core bug).
    // Since issue 7 the core's plan leaves such a rate out itself; a plan that held one
    // all the same is refused by the adapter.
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const again = await copyCheck(input);
      again.result.sheets[0].pledges[0].rate = bad;
      expect(planRateWrites(again.result).filter((write) => write.cell === "I10")).toEqual([]);
      const plan = [{ sheet: "6-3-3", cell: "I10", value: bad, numberFormat: null, previous: 80 }];
      const refused = annotate(again.workbook, again.result, {}, plan).refused;
      expect(refused.join(" ")).toContain("I10에 이행률을 쓰지 않았습니다: 계산한 값");
      const value = again.workbook.getWorksheet("6-3-3")?.getCell("I10").value as { formula?: string };
      expect(value.formula).toBe("ROUND(AVERAGE(I6:I9),0)"); // left as the user wrote it
    }
  });
});

describe("inputs", () => {
  it("an unreadable folder is one unreadable input; every other file is checked", async () => {
    const base = join(dir, "perm");
    await mkdir(join(base, "locked"), { recursive: true });
    const good = await writeCards(join(base, "good.xlsx"), [seedCard633()]);
    await chmod(dir, 0o755);
    await chmod(base, 0o755);
    await chmod(good, 0o644);
    await chmod(join(base, "locked"), 0o000);
    const argv = ["check", join(base, "locked"), good, "--json"];
    // root reads any folder: then the command runs as nobody, as a user without the right would.
    const child =
      process.getuid?.() === 0
        ? spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, join(REPO, "bin", "pledge-check.js"), ...argv], { encoding: "utf8" })
        : spawnSync(process.execPath, [join(REPO, "bin", "pledge-check.js"), ...argv], { encoding: "utf8" });
    await chmod(join(base, "locked"), 0o755);
    expect(child.status).toBe(2);
    expect(files(child.stdout).map((f) => [f.path, f.error, f.sheets.length])).toEqual([
      [join(base, "locked"), "폴더를 읽을 권한이 없습니다.", 0],
      [good, null, 1],
    ]);
  });

  it("follows symlinked workbooks in a folder, guards against link loops, and checks each real file once", async () => {
    const real = join(dir, "real");
    const folder = join(dir, "linked");
    await mkdir(real);
    await mkdir(join(folder, "sub"), { recursive: true });
    const a = await writeCards(join(real, "a.xlsx"), [seedCard633()]);
    await symlink(a, join(folder, "a-link.xlsx"));
    await symlink(folder, join(folder, "sub", "loop")); // sub/loop -> the folder itself
    await copyFile(a, join(folder, "sub", "b.xlsx"));
    // a.xlsx three ways (direct, its link, the link inside the folder): checked once.
    const run = await runCli("check", a, join(folder, "a-link.xlsx"), folder, "--recursive", "--json");
    expect(files(run.stdout).map((f) => f.path)).toEqual([a, join(folder, "sub", "b.xlsx")]);
    const again = await runCli("check", a, a);
    expect(again.stdout).toContain("합계: 파일 1개, 공약 1개");
  });

  it("walks subfolders only with --recursive, and an empty folder says what it skipped", async () => {
    const folder = join(dir, "nested");
    await mkdir(join(folder, "부서A", "2025"), { recursive: true });
    await writeCards(join(folder, "부서A", "2025", "카드.xlsx"), [seedCard633()]);
    await writeFile(join(folder, "메모.txt"), "x");
    await writeFile(join(folder, "~$카드.xlsx"), "lock");
    await writeFile(join(folder, "old.xls"), "x");
    const flat = await runCli("check", folder, "--json");
    expect(files(flat.stdout)[0].error).toBe(
      "폴더에 .xlsx 파일이 없습니다. 건너뛴 파일: .xlsx가 아닌 파일 2개(.txt 1개, .xls 1개), Excel 잠금 파일(~$) 1개, 하위 폴더 1개(--recursive를 주면 그 안도 점검).",
    );
    const deep = await runCli("check", folder, "-r", "--json");
    expect(files(deep.stdout).map((f) => f.path)).toEqual([join(folder, "부서A", "2025", "카드.xlsx")]);
  });

  it("refuses an --out folder inside the input (test/cli/outFolder.test.ts has the rest), so no run meets its copies", async () => {
    const folder = join(dir, "dept");
    await mkdir(folder);
    await writeCards(join(folder, "a.xlsx"), [seedCard633()]);
    const result = await runCli("check", folder, "-r", "--fix", "--out", join(folder, "검토"), "--json");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(await readdir(folder)).toEqual(["a.xlsx"]);
  });

  it("reads only regular files, with a byte cap (FIFO, /dev/zero, a 201 MB file)", async () => {
    const fifo = join(dir, "pipe.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const big = join(dir, "big.xlsx");
    await writeFile(big, "PK");
    await truncate(big, 201 * 1024 * 1024); // sparse: no disk used
    const good = await writeCards(join(dir, "fine.xlsx"), [seedCard633()]);
    const run = await runCli("check", fifo, "/dev/zero", big, good, "--json");
    expect(files(run.stdout).map((f) => f.error)).toEqual([
      "일반 파일이 아니라서(장치·파이프 등) 읽지 않았습니다.",
      "일반 파일이 아니라서(장치·파이프 등) 읽지 않았습니다.",
      "파일이 200MB보다 커서 읽지 않았습니다. 공약 점검표 통합 문서로 보기에는 너무 큽니다.",
      null,
    ]);
  });
});

describe("the command line as people use it", () => {
  it("--version prints the package's version", async () => {
    const version = (JSON.parse(await readFile(join(REPO, "package.json"), "utf8")) as { version: string }).version;
    for (const argv of [["--version"], ["check", "--version"]]) {
      const run = await runCli(...argv);
      expect(run).toEqual({ code: 0, stdout: `pledge-check ${version}\n`, stderr: "" });
    }
  });

  it("-- ends the options, so a file named -x.xlsx can be given", async () => {
    const cwd = process.cwd();
    await writeCards(join(dir, "-x.xlsx"), [seedCard633()]);
    process.chdir(dir);
    try {
      const refused = await runCli("check", "-x.xlsx");
      expect(refused.code).toBe(2);
      const run = await runCli("check", "--json", "--", "-x.xlsx", "--json");
      expect(files(run.stdout).map((f) => [f.path, f.error])).toEqual([
        ["-x.xlsx", null],
        ["--json", "파일을 찾을 수 없습니다."],
      ]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("a missing file prints its error, without an empty 요약 block", async () => {
    const run = await runCli("check", join(dir, "없는 파일.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("읽을 수 없음: 파일을 찾을 수 없습니다.");
    expect(run.stdout).not.toContain("■ 요약");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("합계: 파일 1개, 공약 0개, 오류 0건, 경고 0건, 참고 0건, 읽지 못한 파일 1개");
  });
});

describe("content a copy cannot keep", () => {
  const CUSTOM = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="부서코드"><vt:lpwstr>6-3</vt:lpwstr></property></Properties>`;
  const SHAPE = `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>`;
  const CHART_SHEET = `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`;

  /** The 6-3-3 card with extra parts added to its package. */
  async function withParts(name: string, parts: Record<string, string>): Promise<string> {
    const path = await writeCards(join(dir, name), [seedCard633()]);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await readFile(path));
    for (const [part, text] of Object.entries(parts)) zip.file(part, text);
    await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
    return path;
  }

  it.each([
    ["custom.xlsx", { "docProps/custom.xml": CUSTOM }, "사용자 지정 문서 속성이"],
    ["shape.xlsx", { "xl/drawings/drawing1.xml": SHAPE }, "도형(그리기 개체)가"],
    ["chart.xlsx", { "xl/charts/chart1.xml": "<c:chartSpace/>", "xl/chartsheets/sheet1.xml": CHART_SHEET }, "차트 시트, 시트에 넣은 차트가"],
    ["macro.xlsm", { "xl/vbaProject.bin": "VBA" }, "매크로(VBA 프로젝트)가"],
  ])("%s: no copy without --fix-anyway, and the reason says what would be lost", async (name, parts, lost) => {
    const path = await withParts(name, parts);
    const out = join(dir, `out-${name}`);
    const run = await runCli("check", path, "--fix", "--out", out, "--json");
    const [file] = files(run.stdout);
    expect(file.error).toBeNull();
    expect(file.sheets).toHaveLength(1);
    expect(file.writeError).toBe(`검토 사본을 쓰지 않았습니다: 사본에는 ${lost} 남지 않습니다. 그래도 쓰려면 --fix-anyway를 주세요.`);
    expect(run.code).toBe(2);
    expect(await readdir(out)).toEqual(["요약.xlsx"]);
    const anyway = await runCli("check", path, "--fix-anyway", "--out", out, "--json");
    expect(files(anyway.stdout)[0].output).toBe(join(out, name));
  });

  it("a plain card has nothing that would be lost", async () => {
    const path = await writeCards(join(dir, "plain.xlsx"), [seedCard633()]);
    expect((await copyCheck(path)).unkept).toEqual([]);
  });

  it("a sheet whose part is missing from the package is reported; the others are checked", async () => {
    const path = await writeGrids(join(dir, "missing-part.xlsx"), [cardGrid(seedCard633()), { ...cardGrid(seedCard723()), name: "7-2-3" }]);
    await editPart(path, "xl/worksheets/sheet2.xml", () => null);
    const run = await runCli("check", path, "--json");
    const [file] = files(run.stdout);
    expect(file.error).toBeNull();
    expect(file.sheets.map((s) => s.name)).toEqual(["6-3-3"]);
    expect(file.notices).toEqual(["시트 '7-2-3'은 통합 문서 목록에는 있지만 내용이 파일에서 빠져 있어 점검하지 못했습니다."]);
    const plain = await runCli("check", path);
    expect(plain.stdout).toContain("  알림: 시트 '7-2-3'은");
  });
});

describe("messages", () => {
  it("say in Korean what failed; the English cause only with --verbose", async () => {
    const broken = join(dir, "broken.xlsx");
    await writeFile(broken, Buffer.from("PK\u0003\u0004broken zip"));
    const quiet = await runCli("check", broken);
    expect(quiet.stdout).toContain("읽을 수 없음: xlsx 파일이 손상되었거나 Excel 통합 문서가 아니라 읽을 수 없습니다.");
    expect(quiet.stdout + quiet.stderr).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/); // no English sentence
    const verbose = await runCli("check", broken, "--verbose");
    expect(verbose.stdout).toMatch(/\(원인: .*[A-Za-z]{3,}/);
  });

  it("a copy that could not be written is a write error, not 읽을 수 없음", async () => {
    const input = await writeCards(join(dir, "w.xlsx"), [seedCard633()]);
    const out = join(dir, "w-out");
    await mkdir(join(out, "w.xlsx", "inside"), { recursive: true });
    const run = await runCli("check", input, "--fix", "--out", out);
    expect(run.stdout).not.toContain("읽을 수 없음");
    expect(run.stdout).toContain("  사본을 쓰지 못함: 검토 사본을 쓰지 못했습니다: ");
    expect(run.stdout).toContain("사본을 쓰지 못한 파일 1개");
    expect(run.code).toBe(2);
  });

  it("cap every text written into a cell at 32,767 characters, and size columns for 130,000 findings", async () => {
    const { addFindingsSheet } = await import("../../src/cli/findingsSheet");
    const { columnWidth } = await import("../../src/cli/width");
    const long = "가".repeat(1_000_029);
    // A finding of the catalogue's union, its message replaced by one far over the cap.
    const finding = (i: number): Finding => ({
      code: "TABLE_EMPTY", params: {}, severity: "warning", sheet: "s", cell: `A${i + 1}`, message: i === 0 ? long : "짧은 메시지",
      expected: null, found: null, hint: null, pledgeId: null, pledgeKey: null, indicator: null, indicatorKey: null, period: null,
      role: "table", key: `TABLE_EMPTY||||table#${i + 1}`,
    });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("s");
    const sheet = addFindingsSheet(workbook, { sheets: [{ name: "s", pledges: [], findings: Array.from({ length: 130_000 }, (_, i) => finding(i)) }] });
    let longest = 0;
    sheet.eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, String(cell.value ?? "").length))));
    expect(longest).toBe(32_767);
    expect(sheet.rowCount).toBe(130_001);
    expect(columnWidth(Array.from({ length: 200_000 }, () => "가나다"))).toBe(8); // 6 wide + 2
  });
});

describe("the package's directory", () => {
  it("is read without decompressing any part, and anything else than a zip is refused as damaged", async () => {
    const { readDirectory } = await import("../../src/xlsx/parts");
    const path = await writeCards(join(dir, "index.xlsx"), [seedCard633()]);
    const zip = readDirectory(await readFile(path));
    expect([...zip.entries.keys()]).toContain("xl/worksheets/sheet1.xml");
    expect(zip.entries.get("xl/none.xml")).toBeUndefined();
    expect(() => readDirectory(Buffer.from("PK\u0003\u0004broken zip"))).toThrow("손상");
    expect(() => readDirectory(Buffer.alloc(0))).toThrow("손상");
  });
});
