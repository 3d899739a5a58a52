// The 연도별 투자 계획: read by its headings wherever it stands, checked at the precision shown.
// Every expected figure below is worked out by hand from the table it tests.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkSheet, checkWorkbook, planRateWrites, type CellValue, type StoredValue, type Finding, type SheetGrid, type SheetResult } from "../../../src/core";
import { cardGrid, seedCard633, seedCard723 } from "../../../src/sample/cards";
import { investmentSheet, seedInvestment723, withInvestment, type InvestmentSpec } from "../../../src/sample/investment";
import { buildLayoutCard } from "../../../src/sample/layouts/build";
import { mixedLayoutCards } from "../../../src/sample/layouts/corpus";

function printedCard(name: string): SheetGrid {
  const text = readFileSync(resolve(__dirname, `../../fixtures/seeds/${name}.txt`), "utf8");
  const values = text.split(/\r?\n/).map((line) => line.split("\t").map((v): CellValue => (v === "" ? null : v)));
  return { name, values, merges: [] };
}

const money = (r: SheetResult): Finding[] => r.findings.filter((f) => f.code.startsWith("INVESTMENT_"));
const brief = (f: Finding) => [f.code, f.cell, f.expected, f.found];

/** The seed card with its money table two rows below the indicator table (table starts at row 14: A15). */
function seedWith(spec: InvestmentSpec = seedInvestment723()): SheetGrid {
  return withInvestment(cardGrid(seedCard723()), spec, { row: 14 });
}

describe("the seed card's 연도별 투자 계획", () => {
  it("reads the printed card's table exactly, above the indicator table, with no finding", () => {
    const result = checkSheet(printedCard("card-7-2-3"));
    const [plan] = result.pledges[0].investment ?? [];
    expect(plan.unit).toBe("백만원");
    expect(plan.unitCell).toBe("A49");
    expect(plan.columns.map((k) => k.label)).toEqual(["총계", "기 투자", "소계", "2022", "2023", "2024", "2025", "2026", "임기후"]);
    expect(plan.blocks.map((b) => b.name)).toEqual(["'뜻세움'운영 활성화"]);
    const [block] = plan.blocks;
    expect(block.rows.map((r) => [r.label, r.role, r.source])).toEqual([
      ["총 계", "total", null],
      ["국 비", "source", "국비"],
      ["도 비", "source", "도비"],
      ["시 비", "source", "시비"],
      ["기 타", "source", "기타"],
      ["집행액", "spent", null],
    ]);
    expect(block.rows[3].cells.map((c) => c.value)).toEqual([75.4, 0, 75.4, 0, 33, 18.5, 13.2, 10.7, 0]);
    expect(block.rows[5].cells.map((c) => c.value)).toEqual([42, 0, 42, 0, 33, 0, 9, 0, 0]);
    expect(block.rows[3].cells[5].cell).toBe("H56");
    expect([block.planned, block.spent, plan.planned, plan.spent]).toEqual([75.4, 42, 75.4, 42]);
    expect(plan.doubt).toBeNull();
    expect(result.findings.map((f) => f.code)).toEqual(["MISSING_DEPARTMENT"]);
  });

  it("reads the same table laid out with merges below the indicator table, no finding", () => {
    const result = checkSheet(seedWith());
    const [plan] = result.pledges[0].investment ?? [];
    expect([plan.anchorCell, plan.unit, plan.range]).toEqual(["A15", "백만원", "A15:K25"]);
    expect(plan.blocks[0].nameCell).toBe("A20");
    expect([plan.planned, plan.spent]).toEqual([75.4, 42]);
    expect(money(result)).toEqual([]);
  });

  it("gives 6-3-3, which has no money table, none", () => {
    expect(checkSheet(cardGrid(seedCard633())).pledges[0].investment).toEqual([]);
  });
});

/** The seed table with one cell changed: block row (0 = 총 계 … 5 = 집행액), column (0 = 총계 … 8 = 임기후). */
function typo(row: number, col: number, value: CellValue): SheetResult {
  const spec = seedInvestment723();
  spec.blocks[0].rows[row].values[col] = value;
  return checkSheet(seedWith(spec));
}

describe("a typo is reported once, at its cell", () => {
  // Block rows start at row 20 (A20 총 계, A23 시 비); columns C 총계, D 기 투자, E 소계, F–J 2022–2026, K 임기후.
  it("in a source row's 총계: 시비 76.4 breaks its row (0 + 75.4 + 0) and the 총계 column (0 + 0 + 76.4 + 0 vs 75.4)", () => {
    const found = money(typo(3, 0, 76.4));
    expect(found.map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "C23", 75.4, 76.4]]);
    expect(found[0].params).toMatchObject({ sums: ["'시 비' 행의 기 투자 + 소계 + 임기후 합인 총계", "총계 열의 재원별 합인 '총 계'"] });
    expect(found[0].message).toContain("총계 열의 재원별 합인 '총 계'");
  });

  it("in a year cell: 시비 2024 written 15.8 for 18.5 breaks 소계 (0 + 33 + 15.8 + 13.2 + 10.7 = 72.7) and the 2024 column", () => {
    const found = money(typo(3, 5, 15.8));
    expect(found.map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "H23", 18.5, 15.8]]);
    expect(found[0].params).toMatchObject({ row: "시 비", column: "2024" });
  });

  it("in a total cell: 총 계 2023 written 38 breaks the total row's 소계 (80.4) and the 2023 column (33)", () => {
    const found = money(typo(0, 4, 38));
    expect(found.map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "G20", 33, 38]]);
  });

  it("in a 소계: 시비 75.0 breaks three sums (its 총계, its years, the 소계 column) and is one finding", () => {
    const found = money(typo(3, 2, 75));
    expect(found.map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "E23", 75.4, 75]]);
    expect((found[0].params as unknown as { sums: string[] }).sums).toHaveLength(3);
  });

  it("in the 집행액 row, which no column sums: the broken row sum at its 소계 (0 + 33 + 0 + 8 + 0 = 41, written 42)", () => {
    expect(money(typo(5, 6, 8)).map(brief)).toEqual([["INVESTMENT_ROW_SUM_MISMATCH", "E25", 41, 42]]);
  });

  it("a wrong total cell whose row still adds up: each broken column sum at its total (33 + … , 18.5)", () => {
    // 총 계 2023 34 and 2024 17.5: 0 + 34 + 17.5 + 13.2 + 10.7 = 75.4 still; columns 2023 (33) and 2024 (18.5) break.
    const spec = seedInvestment723();
    spec.blocks[0].rows[0].values.splice(4, 2, 34, 17.5);
    expect(money(checkSheet(seedWith(spec))).map(brief)).toEqual([
      ["INVESTMENT_TOTAL_ROW_MISMATCH", "G20", 33, 34],
      ["INVESTMENT_TOTAL_ROW_MISMATCH", "H20", 18.5, 17.5],
    ]);
  });

  it("fills nothing in the money table: 이행률 채우기 writes only rate cells", () => {
    const spec = seedInvestment723();
    spec.blocks[0].rows[3].values[0] = 76.4;
    const grid = cardGrid(seedCard723());
    grid.values[5][8] = 50; // a wrong indicator rate (80), which 이행률 채우기 fixes
    const result = checkWorkbook([withInvestment(grid, spec, { row: 14 })]);
    const writes = planRateWrites(result);
    expect(writes.map((w) => w.cell)).toEqual(["I6"]);
    expect(money(result.sheets[0]).map((f) => f.cell)).toEqual(["C23"]);
  });
});

describe("the shapes departments use", () => {
  it("a 구 of a metropolitan city: 국비 + 시비 + 구비 + 민자, 합계 last, two 사업", () => {
    // 사업 A: 국비 100 + 시비 50 + 구비 30.5 + 민자 20 = 200.5; years 2023 60.5, 2024 90, 2025 50 → 200.5.
    // 사업 B: 구비 12.25 + 민자 7.75 = 20; 기 투자 5 + 2024 10 + 임기후 5 = 20.
    const spec: InvestmentSpec = {
      unit: "백만원",
      years: [2023, 2024, 2025],
      blocks: [
        {
          name: "주민 쉼터 조성",
          rows: [
            { label: "국비", values: [100, 0, 100, 30, 40, 30, 0] },
            { label: "시비", values: [50, 0, 50, 20, 20, 10, 0] },
            { label: "구비", values: [30.5, 0, 30.5, 10.5, 20, 0, 0] },
            { label: "민자", values: [20, 0, 20, 0, 10, 10, 0] },
            { label: "합계", values: [200.5, 0, 200.5, 60.5, 90, 50, 0] },
            { label: "집행", values: [70, 0, 70, 60.5, 9.5, 0, 0] },
          ],
        },
        {
          name: "골목 정원",
          rows: [
            { label: "구 비", values: [12.25, 3, 6.25, 0, 6.25, 0, 3] },
            { label: "민 자", values: [7.75, 2, 3.75, 0, 3.75, 0, 2] },
            { label: "계", values: [20, 5, 10, 0, 10, 0, 5] },
          ],
        },
      ],
    };
    const result = checkSheet(seedWith(spec));
    const [plan] = result.pledges[0].investment ?? [];
    expect(plan.blocks.map((b) => [b.name, b.rows.map((r) => r.source ?? r.role), b.planned, b.spent])).toEqual([
      ["주민 쉼터 조성", ["국비", "시비", "구비", "민자", "total", "spent"], 200.5, 70],
      ["골목 정원", ["구비", "민자", "total"], 20, null],
    ]);
    expect([plan.planned, plan.spent]).toEqual([220.5, 70]);
    expect(money(result)).toEqual([]);
  });

  it("천원 with thousands separators: 1,200,000 + 300,500 = 1,500,500", () => {
    const spec: InvestmentSpec = {
      unit: "천원",
      years: [2024, 2025],
      blocks: [
        {
          name: "스마트 경로당",
          rows: [
            { label: "총 계", values: ["1,500,500", "-", "1,500,500", "900,000", "600,500", "-"] },
            { label: "국 비", values: ["1,200,000", "-", "1,200,000", "700,000", "500,000", "-"] },
            { label: "군 비", values: ["300,500", "", "300,500", "200,000", "100,500", ""] },
            { label: "집행실적", values: ["850,250", "-", "850,250", "850,250", "-", "-"] },
          ],
        },
      ],
    };
    const result = checkSheet(seedWith(spec));
    const [plan] = result.pledges[0].investment ?? [];
    expect([plan.unit, plan.planned, plan.spent]).toEqual(["천원", 1500500, 850250]);
    expect(money(result)).toEqual([]);
    // One comma slip (군비 is row 22, 2025 column G): 군비 2025 written 100,050 → its 소계 200,000 + 100,050 = 300,050 and the 2025 column both break.
    spec.blocks[0].rows[2].values[4] = "100,050";
    expect(money(checkSheet(seedWith(spec))).map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "G22", 100500, 100050]]);
  });

  it("a card without 기 투자 and 임기후: 총계 = 소계 = the years", () => {
    const spec: InvestmentSpec = {
      unit: "억원",
      before: false,
      after: false,
      years: [2023, 2024, 2025, 2026],
      blocks: [
        {
          name: "청년 주택",
          rows: [
            { label: "총계", values: [36.1 + 84.2, 36.1 + 84.2, 10, 36.1, 40, 34.2] },
            { label: "국비", values: [84.2, 84.2, 0, 30, 30, 24.2] },
            { label: "시비", values: [36.1, 36.1, 10, 6.1, 10, 10] },
          ],
        },
      ],
    };
    const result = checkSheet(seedWith(spec));
    const [plan] = result.pledges[0].investment ?? [];
    expect(plan.columns.map((k) => k.label)).toEqual(["총계", "소계", "2023", "2024", "2025", "2026"]);
    // 36.1 + 84.2 is 120.30000000000001 in binary; the table shows one decimal: 120.3, no error.
    expect([plan.planned, money(result)]).toEqual([120.3, []]);
    spec.blocks[0].rows[2].values[3] = 6.6; // 시비 2024: 10 + 6.6 + 10 + 10 = 36.6 ≠ 36.1
    expect(money(checkSheet(seedWith(spec))).map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "F22", 6.1, 6.6]]);
  });

  it("years only (no 소계): 총계 = 기 투자 + the years + 임기후", () => {
    const spec: InvestmentSpec = {
      unit: "백만원",
      subtotal: false,
      years: [2024, 2025],
      blocks: [{ name: "", rows: [{ label: "시비", values: [30, 5, 10, 10, 5] }, { label: "계", values: [30, 5, 10, 10, 5] }] }],
    };
    expect(money(checkSheet(seedWith(spec)))).toEqual([]);
    spec.blocks[0].rows[0].values[0] = 31;
    expect(money(checkSheet(seedWith(spec))).map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "C20", 30, 31]]);
  });

  it("on a sheet of its own, belongs to the pledge of the same number and uses its as-of date", () => {
    const spec = seedInvestment723();
    spec.blocks[0].rows[5].values = [52, 0, 52, 0, 33, 0, 9, 10, 0]; // 10 spent in 2026, after 2025. 9. 30.
    const result = checkWorkbook([cardGrid(seedCard723()), investmentSheet("7-2-3 투자", "7-2-3 학습동아리 활성화 투자 계획", spec)]);
    const pledge = result.sheets[0].pledges[0];
    expect(pledge.investment?.map((p) => [p.sheet, p.planned, p.spent])).toEqual([["7-2-3 투자", 75.4, 52]]);
    const found = money(result.sheets[1]);
    expect(found.map(brief)).toEqual([["INVESTMENT_SPENT_AFTER_AS_OF", "J13", 0, 10]]);
    expect(found[0]).toMatchObject({ severity: "warning", pledgeId: "7-2-3", pledgeKey: pledge.key });
    expect(pledge.counts.warning).toBe(1);
  });
});

describe("집행액 against the plan", () => {
  it("spent above the planned 총계 is a warning, not an error", () => {
    // 집행액 80 = 0 + 80 + 0; 80 = 10 + 33 + 18.5 + 18.5 + 0 (2022–2025, none after the as-of date).
    const result = typo(5, 0, 80);
    const spec = seedInvestment723();
    spec.blocks[0].rows[5].values = [80, 0, 80, 10, 33, 18.5, 18.5, 0, 0];
    const found = money(checkSheet(seedWith(spec)));
    expect(found.map((f) => [f.code, f.severity, f.cell, f.expected, f.found])).toEqual([["INVESTMENT_SPENT_OVER_PLAN", "warning", "C25", 75.4, 80]]);
    expect(money(result).map((f) => f.code)).toContain("INVESTMENT_SPENT_OVER_PLAN");
  });
});

describe("a table we cannot read for sure", () => {
  it("a 재원 it does not know (지방비): one warning at the title, no verdict on its sums, no figures", () => {
    const spec = seedInvestment723();
    spec.blocks[0].rows[2] = { label: "지방비", values: [5, 0, 5, 0, 5, 0, 0, 0, 0] };
    spec.blocks[0].rows[3].values[0] = 99; // a broken sum that must not be judged
    const result = checkSheet(seedWith(spec));
    expect(money(result).map((f) => [f.code, f.cell, f.severity])).toEqual([["INVESTMENT_READING_UNCERTAIN", "A15", "warning"]]);
    expect(money(result)[0].message).toContain("재원 '지방비' 행");
    const [plan] = result.pledges[0].investment ?? [];
    expect([plan.planned, plan.spent]).toEqual([null, null]);
  });

  it("a column heading it does not know, with amounts under it (비고): one warning", () => {
    const spec = seedInvestment723();
    spec.heading = { column: 3, text: "비고" };
    expect(money(checkSheet(seedWith(spec))).map((f) => [f.code, f.params])).toEqual([["INVESTMENT_READING_UNCERTAIN", { what: "'비고' 열" }]]);
  });

  it("a title with no table under it: one warning", () => {
    const grid = cardGrid(seedCard723());
    grid.values.push([], ["< 연도별 투자 계획 >"], [], ["해당 없음"]);
    expect(money(checkSheet(grid)).map((f) => [f.code, f.cell])).toEqual([["INVESTMENT_READING_UNCERTAIN", "A12"]]);
  });

  it("a cell it cannot read as money: reported, never taken as 0, its sums left unjudged", () => {
    const found = money(typo(3, 6, "미정"));
    expect(found.map((f) => [f.code, f.cell, f.severity])).toEqual([["INVESTMENT_UNREADABLE_CELL", "I23", "warning"]]);
  });

  it("no unit line: the sums are still checked, one info says the unit is missing", () => {
    const spec = seedInvestment723();
    spec.unit = null;
    expect(money(checkSheet(seedWith(spec))).map((f) => [f.code, f.severity])).toEqual([["INVESTMENT_UNIT_MISSING", "info"]]);
  });
});

describe("the existing corpus", () => {
  it("gains no finding from the money table: every layout card, with and without the seed table below it", () => {
    for (const card of mixedLayoutCards()) {
      const grid = buildLayoutCard(card);
      const before = checkSheet(grid).findings.map((f) => [f.code, f.cell]);
      const after = checkSheet(withInvestment(grid, seedInvestment723()));
      expect(after.findings.map((f) => [f.code, f.cell]), card.sheet).toEqual(before);
      expect(after.pledges[0].investment?.map((p) => p.planned), card.sheet).toEqual([75.4]);
    }
  });
});

describe("more placements and typos", () => {
  it("a typo in the 집행액 row's 소계 breaks its two row sums: one finding at the 소계 (42 = 0 + 33 + 0 + 9 + 0)", () => {
    expect(money(typo(5, 2, 24)).map(brief)).toEqual([["INVESTMENT_CELL_MISMATCH", "E25", 42, 24]]);
  });

  it("two cards on one sheet, each with its own table below it, keep their own tables", () => {
    const first = withInvestment(cardGrid(seedCard633()), seedInvestment723());
    const second = withInvestment(cardGrid(seedCard723()), seedInvestment723());
    const offset = first.values.length + 2;
    const width = Math.max(first.values[0].length, second.values[0].length);
    const pad = (r: StoredValue[]) => Array.from({ length: width }, (_, c) => r[c] ?? null);
    const grid: SheetGrid = {
      name: "부서",
      values: [...first.values.map(pad), pad([]), pad([]), ...second.values.map(pad)],
      merges: [...first.merges, ...second.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))],
    };
    // The second card's 시비 2023 typo (33 → 3): reported on the second pledge only.
    grid.values[offset + 12 + 8][6] = 3;
    const result = checkSheet(grid);
    expect(result.pledges.map((p) => [p.id, p.investment?.map((i) => i.anchorCell)])).toEqual([
      ["6-3-3", ["A13"]],
      ["7-2-3", [`A${offset + 13}`]],
    ]);
    expect(money(result).map((f) => [f.code, f.pledgeId, f.cell, f.expected, f.found])).toEqual([["INVESTMENT_CELL_MISMATCH", "7-2-3", `G${offset + 21}`, 33, 3]]);
  });
});
