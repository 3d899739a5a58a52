// Issue 19 item 3: the card's fields (번호, 공약명, 주관부서, 추진상황, 이행률, 기준일) are found by
// their label words wherever they stand: a label with its value to the right (merged or not)
// or below it, or `□ label : value` in one cell. Seed card 6-3-3 (src/sample/cards.ts) below
// the header block: rates 100 and 71.43, pledge 86, one OVER_ACHIEVEMENT (info).
import { describe, expect, it } from "vitest";
import { checkSheet, type CellValue, type SheetResult } from "../../../src/core";
import { cardGrid, seedCard633 } from "../../../src/sample/cards";
import { replaceHeader, type Edited } from "./gridEdits";

const TITLE = "16개 공공기관과 상생 자매결연 활성화";
const seed = () => cardGrid(seedCard633());
const view = (r: SheetResult, moved: (a1: string) => string = (a) => a) =>
  r.findings.map((f) => [f.code, moved(f.cell), f.severity, f.expected, f.found]).sort();

function expectSeedFields(edited: Edited, fields: { headline?: boolean } = {}) {
  const before = checkSheet(seed());
  const after = checkSheet(edited.grid);
  const p = after.pledges[0];
  expect([p.id, p.title, p.department, p.status]).toEqual(["6-3-3", TITLE, "미래전략과", "완료 후 계속추진"]);
  expect(p.rate).toBeCloseTo(85.714, 2);
  if (fields.headline !== false) expect(p.headlineRate).toBe(86);
  expect(view(after)).toEqual(view(before, edited.moved));
}

describe("key–value rows", () => {
  const rows: CellValue[][] = [
    ["공약번호", "6-3-3", null, null, null, null, null, null, null],
    ["공약명", TITLE, null, null, null, null, null, null, null],
    ["주관부서", "미래전략과", null, null, null, null, null, null, null],
    ["추진상황", "완료 후 계속추진", null, null, null, null, null, null, null],
    ["이행률", "86%", null, null, null, null, null, null, null],
  ];
  it("read in the seed's order, the title merged over several cells", () => {
    expectSeedFields(replaceHeader(seed(), 3, rows, [{ top: 1, bottom: 1, left: 1, right: 8 }]));
  });

  it("read in any order", () => {
    const shuffled = [rows[3], rows[1], rows[4], rows[0], rows[2]];
    expectSeedFields(replaceHeader(seed(), 3, shuffled));
  });

  it("values below their labels", () => {
    const labels: CellValue[] = ["공약번호", "공약명", null, "주관부서", "추진상황", null, null, "이행률", null];
    const values: CellValue[] = ["6-3-3", TITLE, null, "미래전략과", "완료 후 계속추진", null, null, "86%", null];
    expectSeedFields(replaceHeader(seed(), 3, [labels, values]));
  });
});

describe("one-cell lines after a bullet", () => {
  const lines = (status: string): CellValue[][] => [
    ["□ 공약번호 : 6-3-3"],
    ["□ 공약명 : " + TITLE],
    ["○ 주관부서 : 미래전략과"],
    [`○ 추진상황 : ${status}`],
  ];
  it("`□ key : value` gives every field", () => {
    expectSeedFields(replaceHeader(seed(), 3, lines("완료 후 계속추진")), { headline: false });
  });

  it("the status read there feeds its check: 완료 under 100 is a conflict", () => {
    const result = checkSheet(replaceHeader(seed(), 3, lines("완료")).grid);
    expect(result.pledges[0].status).toBe("완료");
    expect(result.findings.map((f) => f.code)).toContain("STATUS_RATE_CONFLICT");
  });
});
