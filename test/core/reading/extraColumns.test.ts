// Issue 19 item 5: an indicator's kind comes from its own cells (name, unit, period values),
// and columns the header names as something else (연번, 비고, 담당자, 산출근거) are recognised
// and ignored. Seed card 6-3-3 (src/sample/cards.ts): header row 5 (A 확인지표 … I 이행률),
// indicators on rows 6–7 and 8–9, closing row 10. Rates 100 and 71.43, pledge 86.
import { describe, expect, it } from "vitest";
import { checkSheet, type SheetResult } from "../../../src/core";
import { cardGrid, seedCard633 } from "../../../src/sample/cards";
import { insertColumn, type Edited } from "./gridEdits";

const seed = () => cardGrid(seedCard633());
const view = (r: SheetResult, moved: (a1: string) => string = (a) => a) =>
  r.findings.map((f) => [f.code, moved(f.cell), f.severity, f.expected, f.found]).sort();

function expectSame(edited: Edited) {
  const before = checkSheet(seed());
  const after = checkSheet(edited.grid);
  expect(view(after)).toEqual(view(before, edited.moved));
  const p = after.pledges[0];
  expect(p.indicators.map((i) => [i.name, i.kind, i.target, i.actual])).toEqual([
    ["교류활동 횟수", "count", 26, 45],
    ["자매결연 관련 행사 개최", "count", 7, 5],
  ]);
  expect(p.periods.map((x) => x.label)).toEqual(["2022", "2023", "2024", "2025", "2026. 6."]);
  expect(p.rate).toBeCloseTo(85.714, 2);
}

describe("extra columns beside the table", () => {
  it("a stage word in a 비고 column after the rate does not make a count a milestone", () => {
    expectSame(insertColumn(seed(), 9, new Map([[4, "비고"], [5, "2024년 개관 예정"], [7, "설계 완료 후 착공"]])));
  });

  it("a 비고 column between the periods and the rate is no period", () => {
    // Inserted over the table only (rows 5–10), so the card line above keeps 이행률 | 86%.
    expectSame(insertColumn(seed(), 8, new Map([[4, "비고"], [5, "추진중"], [6, "준공"], [7, "산출: 연 2회"]]), [4, 9]));
  });

  it("연번 first and 담당자 between 단위 and 구분 are ignored", () => {
    const a = insertColumn(seed(), 0, new Map<number, string | number>([[4, "연번"], [5, 1], [7, 2]]));
    const b = insertColumn(a.grid, 3, new Map([[4, "담당자"], [5, "홍길동"], [7, "김 주무관 (착공 담당)"]]));
    expectSame({ grid: b.grid, moved: (x) => b.moved(a.moved(x)) });
  });

  it("a 산출근거 column after the rate, with numbers in it, changes nothing", () => {
    expectSame(insertColumn(seed(), 9, new Map<number, string | number>([[4, "산출근거"], [5, 26], [6, "45(45)"], [7, "개최 7회"]])));
  });
});
