// What 예외로 두기 / 예외 취소 write: the planned row lands under the table in its own column
// order, and a check afterwards accepts the finding; the rows to cancel are found again.
import { describe, expect, it } from "vitest";
import { checkWorkbook, exceptionRowsFor, planExceptionRow, reasonProblem, type CellValue, type Finding, type SheetGrid } from "../../src/core";
import { cardGrid, mistakesCard } from "../../src/sample/cards";

const card = cardGrid(mistakesCard());
const f7 = checkWorkbook([card]).sheets[0].findings.find((f) => f.cell === "F7") as Finding;

/** Writes planned values into a grid (0-based sheet row and column). */
function put(grid: SheetGrid, row: number, col: number, values: CellValue[]): void {
  while (grid.values.length <= row) grid.values.push([]);
  values.forEach((v, i) => (grid.values[row][col + i] = v));
}

describe("예외로 두기", () => {
  it("needs a reason", () => {
    expect(reasonProblem("  ")).toBe("예외로 두는 사유를 적어 주세요. 사유가 없으면 예외로 둘 수 없습니다.");
    expect(reasonProblem("도 기준")).toBeNull();
  });

  it("on a new sheet: the header in row 1, the row in row 2, 값 the cell's content now", () => {
    const plan = planExceptionRow(null, f7, " 2024년 실적 정정 승인 ", "25(54)", "2025-07-01 10:00");
    // Findings carry identity keys now, so a new sheet gets the 키 column too. F7's key, by hand:
    // code | pledge 3-1-2 | its indicator 창업 지원 기업 수 | period 2024 | role actual.
    const key = "ACTUAL_CUMULATIVE_MISMATCH|pledge:3-1-2|pledge:3-1-2/창업 지원 기업 수|2024|actual";
    expect(plan.header).toEqual({ row: 0, col: 0, values: ["시트", "셀", "코드", "사유", "값", "일시", "키"] });
    expect(plan.row).toEqual({
      row: 1,
      col: 0,
      values: ["3-1-2", "F7", "ACTUAL_CUMULATIVE_MISMATCH", "2024년 실적 정정 승인", "25(54)", "2025-07-01 10:00", key],
    });
    const sheet: SheetGrid = { name: "점검 예외", values: [], merges: [] };
    put(sheet, plan.header!.row, plan.header!.col, plan.header!.values);
    put(sheet, plan.row.row, plan.row.col, plan.row.values);
    const f = checkWorkbook([card, sheet]).sheets[0].findings.find((x) => x.cell === "F7");
    expect(f?.accepted?.reason).toBe("2024년 실적 정정 승인");
    expect(f?.lapsed).toBe(false);
  });

  it("on a sheet a person keeps: under its last row, in its own column order", () => {
    // Header in row 2 from column B: 사유 | 코드 | 셀 | 시트 | 기록자 | 값; one row in row 3.
    const sheet: SheetGrid = {
      name: "점검 예외",
      values: [["예외 목록"], [null, "사유", "코드", "셀", "시트", "기록자", "값"], [null, "도 기준", "HEADLINE_RATE_MISMATCH", "I2", "3-1-2", "김", "60%"]],
      merges: [],
    };
    const plan = planExceptionRow(sheet, f7, "확인", "25(54)", "2025-07-01 10:00");
    expect(plan.header).toBeNull();
    // Row 4 (index 3), columns B..G; 기록자 left blank; no 일시 column, so no time.
    expect(plan.row).toEqual({ row: 3, col: 1, values: ["확인", "ACTUAL_CUMULATIVE_MISMATCH", "F7", "3-1-2", "", "25(54)"] });
    put(sheet, plan.row.row, plan.row.col, plan.row.values);
    const result = checkWorkbook([card, sheet]);
    expect(result.sheets[0].findings.filter((f) => f.accepted && !f.lapsed).map((f) => f.cell)).toEqual(["F7", "I2"]);
    expect(exceptionRowsFor(sheet, f7)).toEqual([3]);
  });
});
