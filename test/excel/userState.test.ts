// The user's own state and Excel's refusals (issue 9): a comment refused on a cell whose
// note we cannot see (1.10–1.17) costs only that comment; cell-edit mode arriving as plain
// InvalidOperation, a switch to another workbook (InvalidSelection) and a protected sheet
// give a clear Korean message and write nothing; selecting a finding on another sheet
// activates that sheet first (office-js #5118 — the in-memory Excel never does it for us).
import { describe, expect, it } from "vitest";
import { checkWorkbook, FINDINGS_SHEET_NAME, planFlags } from "../../src/core";
import { cardGrid, mistakesCard } from "../../src/sample/cards";
import { createPledgeChecker, PledgeCheckError } from "../../src/excel";
import { LIBRARY_WITHOUT_NOTES, MemoryExcel } from "../../src/memory-excel";
import { excelAt, sampleWorkbook, snapshot } from "./helpers";

const flags = planFlags(checkWorkbook([cardGrid(mistakesCard())]));
const HANGUL = /[가-힣]/;

describe("a threaded comment refused on a cell with a note (notes unreadable: 1.10–1.17, or a library without notes)", () => {
  const hosts: [string, () => MemoryExcel][] = [
    ...["1.10", "1.13", "1.17"].map((api): [string, () => MemoryExcel] => [api, () => excelAt(sampleWorkbook([mistakesCard()]), api)]),
    ["1.18 with the npm library", () => new MemoryExcel(sampleWorkbook([mistakesCard()]), { api: "1.18", library: LIBRARY_WITHOUT_NOTES })],
  ];
  for (const [label, make] of hosts) {
    it(`${label}: only that cell goes without a comment; the rest are added and the user is told`, async () => {
      const excel = make();
      const wb = excel.workbook;
      // Notes on the first and the last flagged cells, written by the user.
      const noted = [flags[0], flags[flags.length - 1]];
      for (const f of noted) wb.setNote(f.sheet, f.cell, "사용자 메모");
      const run = await createPledgeChecker(excel).checkAll({});
      for (const f of flags) {
        if (noted.includes(f)) {
          expect(wb.comment(f.sheet, f.cell), f.cell).toBeNull();
          expect(wb.note(f.sheet, f.cell)).toBe("사용자 메모");
        } else expect(wb.comment(f.sheet, f.cell), f.cell).toBe(f.note);
      }
      expect(run.flagged).toBe(flags.length);
      expect(run.notices.some((n) => n.includes(`${noted.length}곳`) && n.includes(FINDINGS_SHEET_NAME))).toBe(true);
      // Every finding is still listed on the findings sheet.
      const listed = wb.values(FINDINGS_SHEET_NAME, `A1:H${flags.length + 40}`).flat().map(String);
      for (const f of noted) expect(listed).toContain(f.cell);
      // And 표시 지우기 removes our comments and leaves the user's notes.
      await createPledgeChecker(excel).clearFlags();
      expect(wb.comments).toEqual([]);
      for (const f of noted) expect(wb.note(f.sheet, f.cell)).toBe("사용자 메모");
    });
  }
});

describe("the user's own state: a clear Korean message, nothing written", () => {
  async function refused(code: string, sync: number) {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb, "1.10");
    const before = snapshot(wb);
    excel.failAt = { sync, action: 0, code };
    const error = await createPledgeChecker(excel).checkAll({}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PledgeCheckError);
    expect(snapshot(wb)).toEqual(before);
    return error as PledgeCheckError;
  }

  it("cell-edit mode arriving as plain InvalidOperation at the write (with comments queued)", async () => {
    const error = await refused("InvalidOperation", 2);
    expect(error.code).toBe("InvalidOperation");
    expect(error.message).toMatch(HANGUL);
    expect(error.message).toContain("편집");
    expect(error.result?.sheets[0].findings.length).toBeGreaterThan(0);
  });

  it("a switch to another workbook (InvalidSelection) while reading or writing", async () => {
    for (const sync of [0, 1, 2]) {
      const error = await refused("InvalidSelection", sync);
      expect(error.code).toBe("InvalidSelection");
      expect(error.message).toContain("다른 통합 문서");
    }
  });

  it("cell-edit mode as Excel documents it", async () => {
    const wb = sampleWorkbook([mistakesCard()]);
    const excel = excelAt(wb);
    excel.cellEditMode = true;
    const before = snapshot(wb);
    const error = (await createPledgeChecker(excel).fillRates({}).catch((e: unknown) => e)) as PledgeCheckError;
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toContain("편집");
    expect(snapshot(wb)).toEqual(before);
  });
});

describe("selecting a finding's cell", () => {
  it("activates the finding's sheet, then selects the cell (a select alone would not move)", async () => {
    const wb = sampleWorkbook();
    wb.activate("6-3-3");
    const excel = excelAt(wb);
    await createPledgeChecker(excel).selectCell("3-1-2", "F7");
    expect(wb.activeSheet()?.name).toBe("3-1-2");
    expect(wb.selection).toEqual({ sheetId: wb.sheet("3-1-2").id, rect: { top: 6, left: 5, bottom: 6, right: 5 } });
  });
});
