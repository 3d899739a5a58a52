// The command line over the core's model: keys and hints in --json, --config FILE, and
// --fix rendering the core's write plan (merged rate cells left alone, formats kept).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardGrid, seedCard633, seedCard723 } from "../../src/sample/cards";
import { readWorkbookFile, tempFolder, writeCards, writeGrids } from "../support/xlsx";
import { runCli } from "./runCli";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let seeds = "";
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  seeds = await writeCards(join(dir, "seeds.xlsx"), [seedCard633(), seedCard723()]);
});
afterAll(() => cleanup());

interface Doc {
  files: { sheets: { pledges: { key: string; indicators: { key: string }[] }[]; findings: Record<string, unknown>[] }[] }[];
  summary: { completed: number; completionRate: number };
}

describe("--json keys and hints", () => {
  it("carries key on every pledge, indicator and finding, and the hint apart from the values", async () => {
    const run = await runCli("check", seeds, "--json");
    const doc = JSON.parse(run.stdout) as Doc;
    const [s633, s723] = doc.files[0].sheets;
    expect(s633.pledges[0].key).toBe("pledge:6-3-3");
    expect(s633.pledges[0].indicators.map((i) => i.key)).toEqual(["pledge:6-3-3/교류활동 횟수", "pledge:6-3-3/자매결연 관련 행사 개최"]);
    expect(s723.findings).toEqual([
      expect.objectContaining({
        key: "MISSING_DEPARTMENT|pledge:7-2-3|||department",
        code: "MISSING_DEPARTMENT",
        expected: null,
        found: null,
        hint: "부서명",
        pledgeKey: "pledge:7-2-3",
      }),
    ]);
  });

  it("shows the hint labelled as a hint in the plain output", async () => {
    const run = await runCli("check", seeds);
    expect(run.stdout).toMatch(/참고 B2 +주관부서가 적혀 있지 않습니다\. 요약에서는 부서 없음으로 묶입니다\. {2}\(입력 안내: 부서명\)/);
    expect(run.stdout).not.toContain("기대값 부서명");
  });
});

describe("--config FILE", () => {
  it("takes the statuses that count as done and the summary precision from the file", async () => {
    // Both seeds are 완료 후 계속추진: done by default (완료율 100 %), not when only 완료 종결 counts.
    const config = join(dir, "rules.json");
    await writeFile(config, JSON.stringify({ completeStatuses: ["완료 종결"], summaryPrecision: 1 }));
    const plain = await runCli("check", seeds);
    expect(plain.stdout).toContain("완료율: 100.00% (완료 2개 / 공약 2개)");
    const configured = await runCli("check", seeds, "--config", config);
    expect(configured.code).toBe(0);
    expect(configured.stdout).toContain("완료율: 0.0% (완료 0개 / 공약 2개)");
    // 평균 이행률 (85.714 + 73.333) ÷ 2 = 79.52 → 79.5 at one decimal.
    expect(configured.stdout).toContain("평균 이행률: 79.5%");
    const json = JSON.parse((await runCli("check", seeds, "--json", `--config=${config}`)).stdout) as Doc;
    expect(json.summary.completed).toBe(0);
  });

  it("stops with a Korean message and exit 2 on a bad config", async () => {
    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ completeStatus: ["완료"] }));
    const run = await runCli("check", seeds, "--config", bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("설정 파일에 알 수 없는 항목이 있습니다: completeStatus");
    const broken = join(dir, "broken.json");
    await writeFile(broken, "{ completeStatuses: ");
    expect((await runCli("check", seeds, "--config", broken)).stderr).toContain("올바른 JSON이 아닙니다");
    expect((await runCli("check", seeds, "--config", join(dir, "none.json"))).stderr).toContain("설정 파일을 읽을 수 없습니다");
    expect((await runCli("check", seeds, "--config")).code).toBe(2);
  });
});

describe("--fix renders the core's plan", () => {
  it("never writes into a closing row merged over its label (A10:I10)", async () => {
    const grid = cardGrid({ ...seedCard633(), pledgeRate: null });
    grid.merges = grid.merges.map((m) => (m.top === 9 && m.left === 0 ? { ...m, right: 8 } : m));
    const path = await writeGrids(join(dir, "merged.xlsx"), [grid]);
    const out = join(dir, "merged-out");
    await runCli("check", path, "--fix", "--out", out);
    const sheet = (await readWorkbookFile(join(out, "merged.xlsx"))).getWorksheet("6-3-3")!;
    expect(sheet.getCell("A10").value).toBe("공약 이행률 (각 지표 이행률의 평균으로 산출)");
  });

  it("keeps a non-empty percent-formatted rate a number with its format", async () => {
    // I8 holds 0.5 under 0% (shows 50%); computed 5 ÷ 7 = 71.43 → 71 → 0.71.
    const path = await writeGrids(join(dir, "pct.xlsx"), [
      { grid: cardGrid(seedCard633()), cells: { I8: { value: 0.5, numFmt: "0%" } } },
    ]);
    const out = join(dir, "pct-out");
    await runCli("check", path, "--fix", "--out", out);
    const cell = (await readWorkbookFile(join(out, "pct.xlsx"))).getWorksheet("6-3-3")!.getCell("I8");
    expect([cell.value, cell.numFmt]).toEqual([0.71, "0%"]);
  });
});
