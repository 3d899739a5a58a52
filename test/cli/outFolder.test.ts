// The --out folder never reaches an input and never replaces a file pledge-check did not write
// (issue 20 items 1, 2, 8). Every folder and workbook is built here.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markOf } from "../../src/cli/marker";
import { LOCK_NAME } from "../../src/cli/outFolder";
import { FINDINGS_SHEET_NAME } from "../../src/core";
import { seedCard633, seedCard723 } from "../../src/sample/cards";
import { readWorkbookFile, tempFolder, writeCards } from "../support/xlsx";
import { editPart } from "./hostileWorkbooks";
import { REPO, runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

const sha = async (path: string) => createHash("sha256").update(await readFile(path)).digest("hex");
interface JsonFile {
  path: string;
  output: string | null;
  writeError: string | null;
  sheets: { name: string; pledges: unknown[] }[];
}
const files = (stdout: string) => (JSON.parse(stdout) as { files: JsonFile[]; summaryOutput: string | null });

/** Every file under a folder with its hash, to prove nothing changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out[join(entry.parentPath, entry.name)] = await sha(join(entry.parentPath, entry.name));
  }
  return out;
}

describe("--out that is, holds or lies in an input folder is refused before anything is walked or written", () => {
  it("in5 --fix --out in5 (and through a link to in5): the submitted 요약.xlsx stays as it was", async () => {
    const in5 = join(dir, "in5");
    await mkdir(in5);
    await writeCards(join(in5, "a.xlsx"), [seedCard633()]);
    await writeCards(join(in5, "요약.xlsx"), [seedCard723()]); // a department's own file of that name
    await symlink(in5, join(dir, "in5-link"));
    const before = await snapshot(in5);
    for (const out of [in5, `${in5}/`, join(dir, "in5-link")]) {
      const run = await runCli("check", in5, "--fix", "--out", out);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`오류: --out 폴더가 점검할 폴더 '${in5}'와 같습니다. 원본을 덮어쓰지 않도록 그 바깥의 다른 폴더를 지정하세요.\n`);
      expect(run.stdout).toBe("");
    }
    expect(await snapshot(in5)).toEqual(before);
  });

  it("in6 -r --fix --out in6/sub: refused, in6/sub/a.xlsx untouched; an out holding the input is refused too", async () => {
    const in6 = join(dir, "in6");
    await mkdir(join(in6, "sub"), { recursive: true });
    await writeCards(join(in6, "a.xlsx"), [seedCard633()]);
    await writeCards(join(in6, "sub", "a.xlsx"), [seedCard723()]);
    const before = await snapshot(in6);
    const inside = await runCli("check", in6, "-r", "--fix", "--out", join(in6, "sub"));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(`--out 폴더가 점검할 폴더 '${in6}' 안에 있습니다.`);
    // Without -r too: the copies would sit among the submissions, and a later -r run would meet them.
    const plain = await runCli("check", in6, "--fix", "--out", join(in6, "검토"));
    expect(plain.code).toBe(2);
    const holding = await runCli("check", join(in6, "sub"), "--fix", "--out", in6);
    expect(holding.stderr).toContain(`--out 폴더 안에 점검할 폴더 '${join(in6, "sub")}'가 있습니다.`);
    const aboveFile = await runCli("check", join(in6, "sub", "a.xlsx"), "--fix", "--out", in6);
    expect(aboveFile.stderr).toContain(`--out 폴더 안에 원본 파일(${join(in6, "sub", "a.xlsx")})이 있습니다.`);
    expect(await snapshot(in6)).toEqual(before);
  });

  it("a named file may still have its copies in a folder below its own (check a.xlsx --fix --out 검토)", async () => {
    const folder = join(dir, "named");
    await mkdir(folder);
    const card = await writeCards(join(folder, "a.xlsx"), [seedCard633()]);
    const run = await runCli("check", card, "--fix", "--out", join(folder, "검토"), "--json");
    expect(files(run.stdout).files[0].output).toBe(join(folder, "검토", "a.xlsx"));
    expect(await markOf(join(folder, "검토", "a.xlsx"))).toBe("검토 사본");
    expect(await markOf(join(folder, "검토", "요약.xlsx"))).toBe("요약");
    expect(await markOf(card)).toBeNull();
  });
});

describe("a file in the out folder that pledge-check did not write is never replaced", () => {
  it("a foreign a.xlsx and 요약.xlsx stay; the copy is refused with a reason, the 요약 goes to 요약 (2).xlsx", async () => {
    const input = join(dir, "in-foreign");
    const out = join(dir, "out-foreign");
    await mkdir(input);
    await mkdir(out);
    await writeCards(join(input, "a.xlsx"), [seedCard633()]);
    await writeCards(join(out, "a.xlsx"), [seedCard723()]);
    await writeFile(join(out, "요약.xlsx"), "someone's notes");
    const before = await snapshot(out);
    const run = await runCli("check", input, "--fix", "--out", out, "--json");
    const doc = files(run.stdout);
    expect(doc.files[0].output).toBeNull();
    expect(doc.files[0].writeError).toBe(
      `검토 사본을 쓰지 못했습니다: '${join(out, "a.xlsx")}'에는 공약 점검이 쓴 검토 사본이 아닌 파일이 이미 있어 덮어쓰지 않았습니다. 그 파일을 옮기거나 다른 --out 폴더를 지정하세요.`,
    );
    expect(doc.summaryOutput).toBe(join(out, "요약 (2).xlsx"));
    expect(run.stderr).toContain(`'${join(out, "요약.xlsx")}'는 공약 점검이 쓴 요약이 아니라 그대로 두고`);
    expect(run.code).toBe(2);
    for (const [path, hash] of Object.entries(before)) expect(await sha(path)).toBe(hash);
    expect((await readdir(out)).sort()).toEqual(["a.xlsx", "요약 (2).xlsx", "요약.xlsx"]);
  });

  it("its own copies and 요약 from an earlier run are replaced, and the lock is gone after each run", async () => {
    const input = join(dir, "in-again");
    const out = join(dir, "out-again");
    await mkdir(input);
    await writeCards(join(input, "a.xlsx"), [seedCard633()]);
    for (let n = 0; n < 2; n++) {
      const run = await runCli("check", input, "--fix", "--out", out, "--json");
      expect(files(run.stdout).files[0].output).toBe(join(out, "a.xlsx"));
      expect(files(run.stdout).summaryOutput).toBe(join(out, "요약.xlsx"));
    }
    expect((await readdir(out)).sort()).toEqual(["a.xlsx", "요약.xlsx"]);
    // The copy checked again with --fix: our mark is not content the copy would lose.
    const again = await runCli("check", join(out, "a.xlsx"), "--fix", "--out", join(dir, "out-again-2"), "--json");
    expect(files(again.stdout).files[0].writeError).toBeNull();
  });
});

describe("item 8", () => {
  it("a second -r run skips the folder an earlier run wrote (its marked 요약) and counts each pledge once", async () => {
    const root = join(dir, "in7");
    await mkdir(join(root, "sub"), { recursive: true });
    await writeCards(join(root, "sub", "a.xlsx"), [seedCard633()]);
    const first = await runCli("check", join(root, "sub"), "--fix", "--out", join(root, "검토"));
    expect(first.code).toBe(0);
    const second = await runCli("check", root, "-r", "--json");
    expect(files(second.stdout).files.map((f) => f.path)).toEqual([join(root, "sub", "a.xlsx")]);
    expect(second.stderr).toBe(`알림: '${join(root, "검토")}'는 공약 점검이 쓴 출력 폴더(요약 파일이 있음)라 점검하지 않았습니다.\n`);
    // A folder with a hand-made 요약.xlsx is walked as before.
    await mkdir(join(root, "own"));
    await writeCards(join(root, "own", "요약.xlsx"), [seedCard723()]);
    const third = await runCli("check", root, "-r", "--json");
    expect(files(third.stdout).files.map((f) => f.path)).toEqual([join(root, "own", "요약.xlsx"), join(root, "sub", "a.xlsx")]);
  });

  it("a newline in a sheet name stays a newline in the copy, and the 검토 결과 links name that sheet", async () => {
    const path = await writeCards(join(dir, "newline.xlsx"), [seedCard633()]);
    await editPart(path, "xl/workbook.xml", (xml) => xml.replace('name="6-3-3"', 'name="6-3-3&#10;본"'));
    const out = join(dir, "out-newline");
    const run = await runCli("check", path, "--fix", "--out", out, "--json");
    expect(files(run.stdout).files[0].sheets.map((s) => s.name)).toEqual(["6-3-3\n본"]);
    const copy = await readWorkbookFile(join(out, "newline.xlsx"));
    expect(copy.worksheets.map((s) => s.name)).toEqual(["6-3-3\n본", FINDINGS_SHEET_NAME]);
    const links: string[] = [];
    copy.getWorksheet(FINDINGS_SHEET_NAME)!.eachRow((row) => row.eachCell((cell) => {
      const formula = (cell.value as { formula?: string } | null)?.formula;
      if (formula) links.push(formula);
    }));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^HYPERLINK\("#'6-3-3\n본'!/);
  });

  it("two runs into one --out: a living run's lock refuses the second; a dead run's lock is taken over", async () => {
    const input = join(dir, "in-lock");
    const out = join(dir, "out-lock");
    await mkdir(input);
    await mkdir(out);
    await writeCards(join(input, "a.xlsx"), [seedCard633()]);
    const { hostname } = await import("node:os");
    await writeFile(join(out, LOCK_NAME), `${process.pid}@${hostname()}\n`); // this test runner: alive
    const refused = await runCli("check", input, "--fix", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`다른 pledge-check 실행이 --out 폴더 '${out}'에 쓰는 중입니다`);
    expect(await readdir(out)).toEqual([LOCK_NAME]);
    const dead = spawnSync(process.execPath, ["-e", ""]).pid; // a process that has ended
    await writeFile(join(out, LOCK_NAME), `${dead}@${hostname()}\n`);
    const taken = await runCli("check", input, "--fix", "--out", out);
    expect(taken.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["a.xlsx", "요약.xlsx"]);
  });

  const canMount = spawnSync("unshare", ["-rm", "true"]).status === 0;
  it.skipIf(!canMount)("a missing out subfolder on a read-only disk says 출력 폴더가 읽기 전용입니다", async () => {
    const card = await writeCards(join(dir, "ro-card.xlsx"), [seedCard633()]);
    const disk = join(dir, "ro-disk");
    await mkdir(disk);
    // A private mount namespace: a read-only tmpfs over `disk`, then the real command line.
    const script = `mount -t tmpfs -o ro none "$1" && exec "$2" "$3" check "$4" --fix --out "$1/검토/2025"`;
    const run = spawnSync("unshare", ["-rm", "sh", "-c", script, "sh", disk, process.execPath, join(REPO, "bin", "pledge-check.js"), card], { encoding: "utf8" });
    expect(run.stderr).toBe("오류: --out 폴더를 쓸 수 없습니다: 출력 폴더가 읽기 전용입니다.\n");
    expect(run.status).toBe(2);
  });
});
