// The 연도별 투자 계획 through the command line, on real .xlsx files: findings in the JSON with
// their cells, summary.investment in 백만원, the 요약.xlsx money blocks, and a --fix copy whose
// money cells are flagged (note and fill) but never rewritten.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardGrid, seedCard633, seedCard723 } from "../../src/sample/cards";
import { seedInvestment723, withInvestment, type InvestmentSpec } from "../../src/sample/investment";
import { readAllCells, readWorkbookFile, tempFolder, writeGrids } from "../support/xlsx";
import { runCli } from "./runCli";

// 6-3-3 with a 천원 table whose 시비 2025 cell reads 100,050 for 100,500 (table at A14, 시비 row 20, 2025 column G).
const thousands: InvestmentSpec = {
  unit: "천원",
  years: [2024, 2025],
  blocks: [
    {
      name: "스마트 경로당",
      rows: [
        { label: "총 계", values: ["1,500,500", "-", "1,500,500", "900,000", "600,500", "-"] },
        { label: "국 비", values: ["1,200,000", "-", "1,200,000", "700,000", "500,000", "-"] },
        { label: "시 비", values: ["300,500", "", "300,500", "200,000", "100,050", ""] },
        { label: "집행액", values: ["850,250", "-", "850,250", "850,250", "-", "-"] },
      ],
    },
  ],
};

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let inputs = "";
beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder());
  inputs = join(dir, "in");
  await mkdir(inputs);
  await writeGrids(join(inputs, "a.xlsx"), [withInvestment(cardGrid(seedCard723()), seedInvestment723(), { row: 13 })]);
  await writeGrids(join(inputs, "b.xlsx"), [withInvestment(cardGrid(seedCard633()), thousands, { row: 13 })]);
});
afterAll(() => cleanup());

interface Doc {
  files: { sheets: { pledges: { id: string; investment: { unit: string; planned: number; spent: number; blocks: { name: string }[] }[] }[]; findings: { code: string; cell: string; expected: unknown; found: unknown }[] }[] }[];
  summary: { investment: { unit: string; pledges: number; planned: number; spent: number; share: number; bySector: Record<string, { planned: number }> } };
}

describe("check --json", () => {
  it("reports the one typo at its cell and sums the money in 백만원", async () => {
    const run = await runCli("check", inputs, "--json");
    const doc = JSON.parse(run.stdout) as Doc;
    const [a, b] = doc.files.map((f) => f.sheets[0]);
    expect(a.pledges[0].investment.map((p) => [p.unit, p.planned, p.spent, p.blocks[0].name])).toEqual([["백만원", 75.4, 42, "'뜻세움'운영 활성화"]]);
    expect(a.findings.filter((f) => f.code.startsWith("INVESTMENT_"))).toEqual([]);
    expect(b.findings.filter((f) => f.code.startsWith("INVESTMENT_")).map((f) => [f.code, f.cell, f.expected, f.found])).toEqual([["INVESTMENT_CELL_MISMATCH", "G21", 100500, 100050]]);
    const money = doc.summary.investment;
    // 75.4 + 1,500,500 천원 (1,500.5) = 1,575.9 planned; 42 + 850.25 = 892.25 spent.
    expect([money.unit, money.pledges, money.planned, money.spent]).toEqual(["백만원", 2, 1575.9, 892.25]);
    expect(money.share).toBeCloseTo((892.25 / 1575.9) * 100, 10);
    expect(money.bySector["6"].planned).toBe(1500.5);
  });
});

describe("check --fix --out", () => {
  let out = "";
  beforeAll(async () => {
    out = join(dir, "out");
    await runCli("check", inputs, "--fix", "--out", out);
  });

  it("flags the typo's cell with a note and leaves every money cell as it was", async () => {
    const workbook = await readWorkbookFile(join(out, "b.xlsx"));
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getCell("G21").note)).toContain("투자 계획 금액 오기");
    const before = await readAllCells(join(inputs, "b.xlsx"));
    const after = await readAllCells(join(out, "b.xlsx"));
    const money = [...before.keys()].filter((k) => /![A-H](1[4-9]|2[0-2])$/.test(k));
    expect(money.length).toBeGreaterThan(20);
    for (const k of money) expect(after.get(k), k).toEqual(before.get(k));
  });

  it("adds the money blocks to 요약.xlsx, the unit in the heading", async () => {
    const workbook = await readWorkbookFile(join(out, "요약.xlsx"));
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
    const total = rows.findIndex((r) => String(r?.[0] ?? "").startsWith("투자 합계"));
    expect(rows[total][0]).toBe("투자 합계 (단위: 백만원, 천원·억원 등은 백만원으로 환산)");
    expect(rows[total + 1].slice(0, 4)).toEqual(["전체", 2, 1575.9, 892.25]);
    const header = rows.findIndex((r) => r?.[3] === "투자 계획 단위");
    expect(rows[header + 1].slice(0, 6)).toEqual(["a.xlsx", "7-2-3", "학습동아리 활성화", "백만원", 75.4, 42]);
    expect(rows[header + 2].slice(0, 6)).toEqual(["b.xlsx", "6-3-3", "16개 공공기관과 상생 자매결연 활성화", "천원", 1500500, 850250]);
  });
});
