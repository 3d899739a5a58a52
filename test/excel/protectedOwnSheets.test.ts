// Issue 26 §13: every sheet a run will write is checked for protection before the first
// write. A protected 검토 결과 sheet (cleared and rewritten by the next check) or a protected
// store used to be met only mid-batch, after the marks were half-written.
import { describe, expect, it } from "vitest";
import { FINDINGS_SHEET_NAME } from "../../src/core";
import { createPledgeChecker, PledgeCheckError, STORE_SHEET_NAME } from "../../src/excel";
import { MemoryExcel } from "../../src/memory-excel";
import { mistakesCard } from "../../src/sample/cards";
import { sampleWorkbook, snapshot } from "./helpers";

async function refusal(excel: MemoryExcel): Promise<PledgeCheckError> {
  try {
    await createPledgeChecker(excel).checkAll({});
  } catch (error) {
    return error as PledgeCheckError;
  }
  throw new Error("expected the check to be refused");
}

describe("pledge-check's own sheets protected since the last check", () => {
  it.each([FINDINGS_SHEET_NAME, STORE_SHEET_NAME])("'%s': refused before anything is sent, the sheet named, nothing changed", async (name) => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = new MemoryExcel(wb, { api: "1.18" });
    await createPledgeChecker(excel).checkAll({});
    wb.protect(name);
    const before = snapshot(wb);
    const error = await refusal(excel);
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain(`'${name}'`);
    expect(error.message).toContain("통합 문서는 바뀌지 않았습니다");
    expect(snapshot(wb)).toEqual(before);
  });
});
