// 예외로 두기 / 예외 취소 through the adapter on the in-memory Excel: the row written as text,
// the next check accepting the finding (neutral flag), cancelling it again.
import { describe, expect, it } from "vitest";
import { ACCEPTED_COLOR } from "../../src/core/flags";
import { FLAG_COLORS, type Finding } from "../../src/core";
import { mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker, PledgeCheckError } from "../../src/excel";
import { acceptFinding, cancelException } from "../../src/excel/exceptions";
import { excelAt, sampleWorkbook } from "./helpers";

const AT = new Date(2025, 6, 1, 10, 5); // local 2025-07-01 10:05

async function checked(excel: ReturnType<typeof excelAt>, cell: string, code: Finding["code"]): Promise<Finding> {
  const run = await createPledgeChecker(excel).checkAll({});
  return run.result.sheets.flatMap((s) => s.findings).find((f) => f.cell === cell && f.code === code) as Finding;
}

function checkedF7(excel: ReturnType<typeof excelAt>): Promise<Finding> {
  return checked(excel, "F7", "ACTUAL_CUMULATIVE_MISMATCH");
}

describe("예외로 두기", () => {
  it("adds the 점검 예외 sheet and a row; the next check accepts the finding and flags it neutral", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb, "1.18");
    const f7 = await checkedF7(excel);
    expect(wb.fill("3-1-2", "F7")?.color).toBe(FLAG_COLORS.error);

    await acceptFinding(excel, f7, "2024년 실적 정정 승인", AT);
    expect(wb.sheetNames()).toContain("점검 예외");
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => wb.value("점검 예외", a))).toEqual(["시트", "셀", "코드", "사유", "값", "일시"]);
    // Text-formatted: "3-1-2" stays text (a General cell would take it for a date).
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map((a) => wb.value("점검 예외", a))).toEqual([
      "3-1-2",
      "F7",
      "ACTUAL_CUMULATIVE_MISMATCH",
      "2024년 실적 정정 승인",
      "25(54)",
      "2025-07-01 10:05",
    ]);

    const again = await checkedF7(excel);
    expect(again.accepted).toEqual({ reason: "2024년 실적 정정 승인", value: "25(54)", at: "2025-07-01 10:05" });
    expect(again.lapsed).toBe(false);
    expect(wb.fill("3-1-2", "F7")?.color).toBe(ACCEPTED_COLOR);
    expect(wb.note("3-1-2", "F7")).toContain("예외 사유: 2024년 실적 정정 승인");
  });

  it("refuses without a reason and writes nothing", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb);
    const f7 = await checkedF7(excel);
    await expect(acceptFinding(excel, f7, "   ", AT)).rejects.toMatchObject({ code: "ReasonRequired" });
    await expect(acceptFinding(excel, f7, "", AT)).rejects.toBeInstanceOf(PledgeCheckError);
    expect(wb.sheetNames()).not.toContain("점검 예외");
  });

  it("예외 취소 empties the row; the next check counts the finding again", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb);
    const f7 = await checkedF7(excel);
    await acceptFinding(excel, f7, "확인", AT);
    await acceptFinding(excel, await checked(excel, "I2", "HEADLINE_RATE_MISMATCH"), "도 발표치", AT);
    expect(await cancelException(excel, f7)).toBe(1);
    expect(wb.value("점검 예외", "A2") ?? "").toBe("");
    expect(wb.value("점검 예외", "A3")).toBe("3-1-2"); // the other row stays
    const again = await checkedF7(excel);
    expect(again.accepted).toBeUndefined();
    expect(wb.fill("3-1-2", "F7")?.color).toBe(FLAG_COLORS.error);
    expect(await cancelException(excel, f7)).toBe(0);
  });
});

describe("PledgeChecker.acceptFinding / cancelException (what the pane calls)", () => {
  it("writes through the checker; 이 시트 검사 reads 점검 예외 beside the active sheet", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb, "1.18");
    const checker = createPledgeChecker(excel);
    const f7 = await checkedF7(excel);
    await checker.acceptFinding(f7, "도 기준으로 승인");
    expect(wb.value("점검 예외", "D2")).toBe("도 기준으로 승인");

    // The active sheet is the card (3-1-2), not 점검 예외: the acceptance still applies.
    const active = await checker.checkActiveSheet({});
    // The core lists 점검 예외 too (its own row problems, no pledges), as in 전체 검사.
    expect(active.result.sheets.map((s) => s.name)).toEqual(["3-1-2", "점검 예외"]);
    const accepted = active.result.sheets[0].findings.find((f) => f.cell === "F7" && f.code === "ACTUAL_CUMULATIVE_MISMATCH");
    expect(accepted?.accepted?.reason).toBe("도 기준으로 승인");
    expect(wb.fill("3-1-2", "F7")?.color).toBe(ACCEPTED_COLOR);

    expect(await checker.cancelException(f7)).toBe(1);
    const open = await checker.checkActiveSheet({});
    expect(open.result.sheets[0].findings.find((f) => f.cell === "F7" && f.code === "ACTUAL_CUMULATIVE_MISMATCH")?.accepted).toBeUndefined();
    expect(wb.fill("3-1-2", "F7")?.color).toBe(FLAG_COLORS.error);
  });
});
