// Older Excel: every newer API is used only where isSetSupported says so (the fake
// refuses the rest with ApiNotFound), and each has its fallback.
import { describe, expect, it } from "vitest";
import { checkWorkbook, FINDINGS_SHEET_NAME, planFlags } from "../../src/core";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker } from "../../src/excel";
import { allCells, excelAt, sampleWorkbook } from "./helpers";

const flags = planFlags(checkWorkbook([cardGrid(mistakesCard())]));

function annotations(api: string) {
  const wb = sampleWorkbook([mistakesCard()]);
  return { wb, checker: createPledgeChecker(excelAt(wb, api)) };
}

describe("how a flag is explained", () => {
  it("ExcelApi 1.18: a note on the cell", async () => {
    const { wb, checker } = annotations("1.18");
    const run = await checker.checkAll({});
    for (const f of flags) expect(wb.note(f.sheet, f.cell)).toBe(f.note);
    expect(wb.comments).toEqual([]);
    expect(run.notices).toEqual([]);
  });

  it("ExcelApi 1.10 to 1.17: a threaded comment, and a notice saying so", async () => {
    for (const api of ["1.10", "1.13", "1.17"]) {
      const { wb, checker } = annotations(api);
      const run = await checker.checkAll({});
      for (const f of flags) expect(wb.comment(f.sheet, f.cell)).toBe(f.note);
      expect(wb.notes("3-1-2").size).toBe(0);
      expect(run.notices.some((n) => n.includes("댓글"))).toBe(true);
    }
  });

  it("ExcelApi 1.7 and 1.9: only the findings sheet, and a notice saying so", async () => {
    for (const api of ["1.7", "1.9"]) {
      const { wb, checker } = annotations(api);
      const run = await checker.checkAll({});
      expect(wb.notes("3-1-2").size).toBe(0);
      expect(wb.comments).toEqual([]);
      for (const f of flags) expect(wb.fill(f.sheet, f.cell)?.color).toBe(f.color);
      expect(wb.sheetNames()).toContain(FINDINGS_SHEET_NAME);
      expect(run.notices.some((n) => n.includes(`'${FINDINGS_SHEET_NAME}' 시트에만`))).toBe(true);
    }
  });
});

describe("merged areas (ExcelApi 1.13)", () => {
  it("below 1.13 the grid has no merges; the check still runs and says so", async () => {
    const { checker } = annotations("1.10");
    const run = await checker.checkAll({});
    expect(run.notices.some((n) => n.includes("병합"))).toBe(true);
    expect(run.result.sheets[0].pledges).toHaveLength(1);
  });
});

describe("fills at ExcelApi 1.7 (no getCellProperties)", () => {
  it("restores colours exactly; a white fill comes back as no fill, which looks the same", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    wb.setFill("3-1-2", "F7", "#92D050").setFill("3-1-2", "I8", "#FFFFFF");
    const before = allCells(wb);
    const checker = createPledgeChecker(excelAt(wb, "1.7"));
    await checker.fillRates({});
    expect(wb.fill("3-1-2", "F7")?.color).toBe("#FFC7CE");
    await checker.clearFlags();
    expect(wb.fill("3-1-2", "F7")).toEqual(before.get("3-1-2!F7")?.fill);
    expect(wb.fill("3-1-2", "I10")).toBeNull();
    expect(wb.fill("3-1-2", "I8")).toBeNull();
  });
});

describe("user notes and comments are never written over", () => {
  it("a flagged cell with the user's note keeps it; the explanation goes to the findings sheet", async () => {
    const { wb, checker } = annotations("1.18");
    wb.setNote("3-1-2", "F7", "담당자 확인 중");
    const run = await checker.checkAll({});
    expect(wb.note("3-1-2", "F7")).toBe("담당자 확인 중");
    expect(wb.fill("3-1-2", "F7")?.color).toBe("#FFC7CE");
    expect(run.notices.some((n) => n.includes("1곳"))).toBe(true);
    const rows = [...wb.cells(FINDINGS_SHEET_NAME).entries()].filter(([a, c]) => a.startsWith("D") && c.value === "F7");
    expect(rows).toHaveLength(1);
    await checker.clearFlags();
    expect(wb.note("3-1-2", "F7")).toBe("담당자 확인 중");
  });

  it("a flagged cell with the user's threaded comment gets no note beside it (1.18) and no second comment (1.10)", async () => {
    for (const api of ["1.18", "1.10"]) {
      const { wb, checker } = annotations(api);
      wb.addComment("3-1-2", "I8", "이 값 확인 부탁");
      await checker.checkAll({});
      expect(wb.note("3-1-2", "I8")).toBeNull();
      expect(wb.comments.filter((c) => c.row === 7 && c.col === 8).map((c) => c.content)).toEqual(["이 값 확인 부탁"]);
    }
  });
});

describe("hidden sheets", () => {
  it("are checked like any sheet (the core's rule, README \"Which sheets are checked\"), and the user is told", async () => {
    const wb = sampleWorkbook();
    wb.setVisibility("3-1-2", "Hidden");
    const run = await createPledgeChecker(excelAt(wb)).checkAll({});
    expect(run.result.sheets.map((s) => s.name)).toEqual(["6-3-3", "7-2-3", "3-1-2"]);
    expect(run.notices).toContain("숨겨진 시트 1개도 점검했습니다: 3-1-2");
    // 3-1-2's running total at F7 is added up wrong: flagged on the hidden sheet too.
    expect(wb.fill("3-1-2", "F7")).not.toBeNull();
  });
});
