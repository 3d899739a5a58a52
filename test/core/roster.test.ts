// The pledge roster held against the submissions: missing (by department), unknown,
// duplicates and department mismatches, each case worked out by hand below.
import { describe, expect, it } from "vitest";
import {
  checkRoster,
  checkWorkbook,
  findRosterSheet,
  readRoster,
  summarize,
  summaryRows,
  summarySheetPlan,
  type CellValue,
  type SheetGrid,
} from "../../src/core";
import { cardGrid, mistakesCard, seedCard633, seedCard723 } from "../../src/sample/cards";

function roster(rows: CellValue[][]): SheetGrid {
  return { name: "공약 목록", values: rows, merges: [] };
}

// A title row above the header; columns in another order; an extra 비고 column.
const ROSTER = roster([
  ["2025년 민선8기 공약 목록"],
  ["부서", "번호", "공약명", "비고", "분야"],
  ["미래전략과", "6-3-3", "16개 공공기관과 상생 자매결연 활성화", null, "6"],
  ["평생교육과", "7-2-3", "학습동아리 활성화", null, "7"],
  ["일자리경제과", "3-1-2", "청년 창업 지원 확대", null, "3"],
  ["안전총괄과", "1-1-1", "시민 안전 강화", "신규", "1"],
  ["교통과", "2-1-1", "교통 개선", null, "2"],
  [null, null, null, "합계 5"],
]);

describe("reading the roster", () => {
  it("finds the header by its text anywhere, in any order, and skips rows without number and title", () => {
    const entries = readRoster(ROSTER);
    expect(entries).toHaveLength(5);
    expect(entries?.[3]).toEqual({ id: "1-1-1", title: "시민 안전 강화", department: "안전총괄과", sector: "1" });
  });

  it("says when there is no header (null), and finds the roster sheet by name or by header", () => {
    expect(readRoster(roster([["번호", "공약명"], ["1-1-1", "x"]]))).toBeNull();
    const other = { ...ROSTER, name: "Sheet1" };
    expect(findRosterSheet([cardGrid(seedCard633()), other])?.name).toBe("Sheet1");
    expect(findRosterSheet([cardGrid(seedCard633())])).toBeUndefined();
  });
});

describe("checking submissions against the roster", () => {
  // a.xlsx: 6-3-3 (미래전략과, as listed) and 3-1-2 submitted by 기획예산과 (listed: 일자리경제과).
  // b.xlsx: 6-3-3 again, and 9-9-9, which is not listed. 7-2-3, 1-1-1 and 2-1-1 are not submitted.
  const a = summaryRows(checkWorkbook([cardGrid(seedCard633()), cardGrid({ ...mistakesCard(), department: "기획예산과" })]), "a.xlsx");
  const b = summaryRows(
    checkWorkbook([cardGrid({ ...seedCard633(), sheet: "사본" }), cardGrid({ ...seedCard633(), sheet: "9-9-9", id: "9-9-9", title: "없는 공약", department: "총무과" })]),
    "b.xlsx",
  );
  const report = checkRoster(readRoster(ROSTER) ?? [], [...a, ...b]);

  it("lists the pledges nobody submitted, ordered by department (교통과 < 안전총괄과 < 평생교육과)", () => {
    expect(report.missing.map((e) => [e.department, e.id])).toEqual([
      ["교통과", "2-1-1"],
      ["안전총괄과", "1-1-1"],
      ["평생교육과", "7-2-3"],
    ]);
  });

  it("lists a submitted pledge not on the roster, with where it was", () => {
    expect(report.unknown).toEqual([{ file: "b.xlsx", sheet: "9-9-9", id: "9-9-9", title: "없는 공약", department: "총무과" }]);
  });

  it("lists the same pledge submitted twice, with both places", () => {
    expect(report.duplicates).toEqual([
      {
        id: "6-3-3",
        title: "16개 공공기관과 상생 자매결연 활성화",
        places: [
          { file: "a.xlsx", sheet: "6-3-3" },
          { file: "b.xlsx", sheet: "사본" },
        ],
      },
    ]);
  });

  it("lists a department that differs from the roster's, not one that is simply missing", () => {
    expect(report.departmentMismatch).toEqual([
      { file: "a.xlsx", sheet: "3-1-2", id: "3-1-2", title: "청년 창업 지원 확대", roster: "일자리경제과", submitted: "기획예산과" },
    ]);
    // 7-2-3 names no department: listed under 평생교육과, it is found (by number), not a mismatch.
    const own = checkRoster(readRoster(ROSTER) ?? [], summaryRows(checkWorkbook([cardGrid(seedCard723())])));
    expect(own.departmentMismatch).toEqual([]);
    // The rest are missing, by department: 교통과 < 미래전략과 < 안전총괄과 < 일자리경제과.
    expect(own.missing.map((e) => e.id)).toEqual(["2-1-1", "6-3-3", "1-1-1", "3-1-2"]);
  });

  it("matches by title where the roster has no number", () => {
    const titles = roster([["번호", "공약명", "부서"], [null, "학습동아리 활성화", "평생교육과"]]);
    const own = checkRoster(readRoster(titles) ?? [], summaryRows(checkWorkbook([cardGrid(seedCard723())])));
    expect(own).toEqual({ missing: [], unknown: [], duplicates: [], departmentMismatch: [] });
  });

  it("adds a 공약 목록 대조 block to the 요약 plan", () => {
    const summary = { ...summarize([...a, ...b]), roster: report };
    const values = summarySheetPlan(summary, "auto", true).values;
    const start = values.findIndex((row) => row[0] === "공약 목록 대조");
    expect(values[start]).toEqual(["공약 목록 대조", "번호", "공약명", "목록 부서", "제출 부서", "위치"]);
    expect(values.slice(start + 1).map((row) => [row[0], row[1]])).toEqual([
      ["미제출", "2-1-1"],
      ["미제출", "1-1-1"],
      ["미제출", "7-2-3"],
      ["목록에 없음", "9-9-9"],
      ["중복 제출", "6-3-3"],
      ["부서 불일치", "3-1-2"],
    ]);
    expect(values[start + 5][5]).toBe("a.xlsx · 6-3-3 / b.xlsx · 사본");
    // Without a roster there is no such block.
    expect(summarySheetPlan(summarize(a), "auto", true).values.some((row) => row[0] === "공약 목록 대조")).toBe(false);
  });
});
