// Issue 26 §2: only 이 시트 검사 asks for the active sheet. A chart sheet left active makes
// getActiveWorksheet throw (office-js#2444), so whole-workbook commands never ask; 이 시트
// 검사 then says in Korean that a chart sheet is selected. A workbook that lost focus gets
// its own message too.
import { describe, expect, it } from "vitest";
import { createPledgeChecker, PledgeCheckError } from "../../src/excel";
import { MemoryExcel } from "../../src/memory-excel";
import { sampleWorkbook } from "./helpers";

async function failure(promise: Promise<unknown>): Promise<PledgeCheckError> {
  try {
    await promise;
  } catch (error) {
    return error as PledgeCheckError;
  }
  throw new Error("expected the command to fail");
}

describe("a chart sheet left active", () => {
  it("검사, 이행률 채우기, 요약 and 표시 지우기 run as usual", async () => {
    const wb = sampleWorkbook().activateChartSheet("Chart1");
    const checker = createPledgeChecker(new MemoryExcel(wb, { api: "1.18" }));
    expect((await checker.checkAll({})).result.sheets.length).toBe(3);
    expect((await checker.fillRates({})).written.length).toBeGreaterThan(0);
    expect((await checker.createSummarySheet({})).summary.pledges).toBeGreaterThan(0);
    await checker.clearFlags();
  });

  it("이 시트 검사 says a chart sheet is selected (UnsupportedSheet), not 'try again later'", async () => {
    const wb = sampleWorkbook().activateChartSheet("Chart1");
    const error = await failure(createPledgeChecker(new MemoryExcel(wb, { api: "1.18" })).checkActiveSheet({}));
    expect(error.code).toBe("UnsupportedSheet");
    expect(error.message).toBe("지금 선택된 시트는 차트 시트라서 검사할 수 없습니다. 공약 카드가 있는 워크시트를 선택한 뒤 다시 실행하세요.");
  });

  it("a workbook that lost focus gets its own message (InactiveWorkbook)", async () => {
    const wb = sampleWorkbook();
    wb.focused = false;
    const error = await failure(createPledgeChecker(new MemoryExcel(wb, { api: "1.18" })).checkActiveSheet({}));
    expect(error.code).toBe("InactiveWorkbook");
    expect(error.message).toContain("활성 상태가 아니게 되어");
    expect(error.message).not.toContain("잠시 후");
  });
});
