import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkSheet, parseA1, planFlags, planRateWrites, checkWorkbook, type CellValue, type SheetGrid } from "../../src/core";
import { cardGrid, seedCard633 } from "../../src/sample/cards";

// Strings people type into these sheets, and the words that make the engine look twice.
const words = fc.constantFrom(
  "확인지표", "단위", "구분", "목표 (누계)", "이행 (누계)", "실적", "이행률 (%)", "이행률", "공약 이행률",
  "주관부서", "추진상황", "완료 종결", "○", "2025. 6. 30. 기준", "2026. 6.", "6-3-3 제목", "-", "-(1)", "8(16)", "８（１６）", "=A1", "", " ",
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  words,
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

function inside(grid: SheetGrid, address: string): boolean {
  const at = parseA1(address);
  if (!at) return false;
  const top = grid.originRow ?? 0;
  const left = grid.originCol ?? 0;
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  return at.row >= top && at.row < top + grid.values.length && at.col >= left && at.col < left + width;
}

describe("the engine on any grid", () => {
  it("never throws and every finding points inside the grid", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }),
        fc.nat(30),
        fc.nat(10),
        (values, originRow, originCol) => {
          const grid: SheetGrid = { name: "무작위", values, merges: [], originRow, originCol };
          const result = checkSheet(grid);
          for (const f of result.findings) expect(inside(grid, f.cell), `${f.code} at ${f.cell}`).toBe(true);
          planFlags({ sheets: [result] }, planRateWrites({ sheets: [result] }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws when a real card's cells are replaced by random ones", () => {
    const base = cardGrid(seedCard633());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.values.length - 1), fc.nat(8), cell), { maxLength: 20 }), (edits) => {
        const grid = { ...base, values: base.values.map((r) => [...r]) };
        for (const [r, c, v] of edits) grid.values[r][c] = v;
        const result = checkWorkbook([grid]);
        for (const f of result.sheets[0].findings) expect(inside(grid, f.cell), `${f.code} at ${f.cell}`).toBe(true);
        for (const p of result.sheets[0].pledges) {
          const rates = [p.rate, ...p.indicators.map((i) => i.rate)].filter((r): r is number => r !== null);
          for (const r of rates) expect(r >= 0 && r <= 100, `rate ${r}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
