// Failures: a clear Korean PledgeCheckError keeping Office's code, and a workbook left
// exactly as it was.
import { describe, expect, it } from "vitest";
import { mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker, PledgeCheckError } from "../../src/excel";
import { excelAt, sampleWorkbook, snapshot } from "./helpers";

/** These tests look at notes, so they pin ExcelApi 1.18 (other levels: matrix.test.ts). */
const NOTES = "1.18";

async function failure(promise: Promise<unknown>): Promise<PledgeCheckError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PledgeCheckError);
    return error as PledgeCheckError;
  }
  throw new Error("expected a failure");
}

const HANGUL = /[가-힣]/;

describe("protected sheets", () => {
  it("refuses before writing anything, names the sheet, and still returns the findings", async () => {
    const wb = sampleWorkbook();
    wb.protect("3-1-2");
    const before = snapshot(wb);
    const error = await failure(createPledgeChecker(excelAt(wb, NOTES)).fillRates({}));
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("'3-1-2'");
    expect(error.message).toMatch(HANGUL);
    expect(error.result?.sheets.find((s) => s.name === "3-1-2")?.findings.length).toBeGreaterThan(0);
    expect(snapshot(wb)).toEqual(before);
  });

  it("refuses clearing when a marked sheet has since been protected", async () => {
    const wb = sampleWorkbook();
    const checker = createPledgeChecker(excelAt(wb, NOTES));
    await checker.checkAll({});
    wb.protect("3-1-2");
    const before = snapshot(wb);
    const error = await failure(checker.clearFlags());
    expect(error.code).toBe("AccessDenied");
    expect(snapshot(wb)).toEqual(before);
  });

  it("refuses when the workbook structure is protected and a findings sheet must be added", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.structureProtected = true;
    const before = snapshot(wb);
    const error = await failure(createPledgeChecker(excelAt(wb, NOTES)).checkAll({}));
    expect(error.code).toBe("AccessDenied");
    expect(error.message).toContain("검토 결과");
    expect(snapshot(wb)).toEqual(before);
  });
});

describe("cell-edit mode", () => {
  it("gives a Korean message and changes nothing", async () => {
    const wb = sampleWorkbook();
    const excel = excelAt(wb, NOTES);
    excel.cellEditMode = true;
    const before = snapshot(wb);
    const error = await failure(createPledgeChecker(excel).fillRates({}));
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toContain("편집");
    expect(snapshot(wb)).toEqual(before);
  });

  it("entered between reading and writing: the single write batch is refused whole", async () => {
    const wb = sampleWorkbook();
    const excel = excelAt(wb, NOTES);
    const before = snapshot(wb);
    const error = await failure(
      createPledgeChecker(excel).fillRates({}, (p) => {
        if (p.stage === "결과 표시하는 중") excel.cellEditMode = true;
      }),
    );
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.result).not.toBeNull();
    expect(snapshot(wb)).toEqual(before);
  });
});

describe("other Office errors", () => {
  it("keep their code behind a Korean message", async () => {
    const excel = excelAt(sampleWorkbook());
    excel.failNextSync = "GeneralException";
    const error = await failure(createPledgeChecker(excel).checkAll({}));
    expect(error.code).toBe("GeneralException");
    expect(error.message).toMatch(HANGUL);
    expect(error.message).toContain("GeneralException");
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const wb = sampleWorkbook();
    await createPledgeChecker(excelAt(wb, NOTES)).selectCell("3-1-2", "F7");
    expect(wb.activeSheet()?.name).toBe("3-1-2");
    expect(wb.selection?.rect).toEqual({ top: 6, left: 5, bottom: 6, right: 5 });
  });

  it("names a sheet that is gone", async () => {
    const error = await failure(createPledgeChecker(excelAt(sampleWorkbook())).selectCell("없는 시트", "A1"));
    expect(error.code).toBe("ItemNotFound");
    expect(error.message).toContain("'없는 시트'");
  });
});
