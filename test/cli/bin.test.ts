// The real bin in a child process: what `npx pledge-check` runs right after `npm ci`.
// Kept to a few spawns; the logic is covered in-process by check.test.ts and fix.test.ts.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mistakesCard } from "../../src/sample/cards";
import { tempFolder, writeCards } from "../support/xlsx";
import { FIXTURES, REPO, spawnCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe("bin/pledge-check.js", () => {
  it("is committed executable with a node shebang", () => {
    const mode = execFileSync("git", ["ls-files", "-s", "bin/pledge-check.js"], { cwd: REPO, encoding: "utf8" });
    expect(mode.startsWith("100755 ")).toBe(true);
    expect(readFileSync(join(REPO, "bin", "pledge-check.js"), "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("checks the fixtures as JSON and exits 0", () => {
    const run = spawnCli("check", FIXTURES, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as { files: { error: string | null; sheets: { pledges: { rate: number }[] }[] }[] };
    expect(doc.files).toHaveLength(3);
    expect(doc.files[1].sheets[0].pledges[0].rate).toBeCloseTo((80 + 200 / 3) / 2, 10);
  });

  it("exits 1 on error findings and prints them in Korean", async () => {
    const path = await writeCards(join(dir, "mistakes.xlsx"), [mistakesCard()]);
    const run = spawnCli("check", path);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/오류 I8 +'창업 교육 수료자' 이행률이 맞지 않습니다/);
  });

  it("exits 2 without a stack trace when a file cannot be read, still checking the rest", async () => {
    const path = join(dir, "report.xlsx");
    await writeFile(path, "plain text, renamed");
    const run = spawnCli("check", path, join(FIXTURES, "seed-6-3-3.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("읽을 수 없음: xlsx 파일이 아닙니다");
    expect(run.stdout).toContain("공약 6-3-3");
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |Error:/);
  });

  it("exits 2 with one line and the way to the usage text on a wrong command line", () => {
    const run = spawnCli("check", "--fix");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("오류: 점검할 파일이나 폴더를 적어 주세요. (사용법: pledge-check --help)\n");
  });
});
