// A 공약 목록 sheet inside the workbook (the add-in's roster): 요약 시트 만들기 adds the
// 공약 목록 대조 block, and the sheet is never checked as a pledge sheet.
import { describe, expect, it } from "vitest";
import { cardGrid, mistakesCard, seedCard633 } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { workbookFromGrids } from "../../src/memory-excel";
import { excelAt } from "./helpers";

describe("공약 목록 in the workbook", () => {
  it("adds the roster block to the 요약 sheet", async () => {
    // Submitted: 6-3-3 (미래전략과, as listed) and 3-1-2 (일자리경제과; listed: 기획예산과).
    // Listed but not submitted: 2-1-1.
    const wb = workbookFromGrids([
      cardGrid(seedCard633()),
      cardGrid(mistakesCard()),
      {
        name: "공약 목록",
        values: [
          ["번호", "공약명", "부서"],
          ["6-3-3", "16개 공공기관과 상생 자매결연 활성화", "미래전략과"],
          ["3-1-2", "청년 창업 지원 확대", "기획예산과"],
          ["2-1-1", "교통 개선", "교통과"],
        ],
        merges: [],
      },
    ]);
    const run = await createPledgeChecker(excelAt(wb)).createSummarySheet({});
    expect(run.result.sheets.map((s) => s.name)).toEqual(["6-3-3", "3-1-2"]);
    expect(run.summary.roster?.missing.map((e) => e.id)).toEqual(["2-1-1"]);
    expect(run.summary.roster?.departmentMismatch.map((m) => [m.id, m.roster, m.submitted])).toEqual([["3-1-2", "기획예산과", "일자리경제과"]]);
    const column = (wb.values(run.sheetName, "A1:A80") as unknown[][]).map((row) => row[0]);
    const start = column.indexOf("공약 목록 대조");
    expect(start).toBeGreaterThan(0);
    expect(column.slice(start, start + 3)).toEqual(["공약 목록 대조", "미제출", "부서 불일치"]);
  });
});
