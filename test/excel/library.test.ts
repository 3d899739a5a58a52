// office.js from npm (@microsoft/office-js) lags Excel: Microsoft 365 reports ExcelApi 1.18
// but the npm copy defines no notes API, so `workbook.notes.load` would throw a TypeError
// and every action fail (issue 9). The adapter uses a newer member only when the
// requirement set is supported AND the loaded library defines it. Here the in-memory
// Excel plays "Excel 1.18 with the npm library" — its presence answers come from the npm
// copy itself, evaluated — and every member the adapter touches must exist in that copy.
import { beforeAll, describe, expect, it } from "vitest";
import { LIBRARY_WITHOUT_NOTES, MemoryExcel } from "../../src/memory-excel";
import { createPledgeChecker, detectFeatures } from "../../src/excel";
import { mistakesCard } from "../../src/sample/cards";
import { sampleWorkbook } from "./helpers";
import { libraryMembers, loadNpmExcel, type ExcelNamespace } from "./officeJsLibrary";

let npm: ExcelNamespace;
beforeAll(() => {
  npm = loadNpmExcel();
});

/** Every command once, over a workbook with a user's note and comment, on this host. */
async function exercise(excel: MemoryExcel): Promise<void> {
  const checker = createPledgeChecker(excel);
  await checker.fillRates({});
  await checker.checkAll({});
  await checker.checkActiveSheet({});
  await checker.createSummarySheet({});
  await checker.selectCell("3-1-2", "B3");
  await checker.clearFlags();
}

function workbookWithAnnotations() {
  const wb = sampleWorkbook([mistakesCard()]);
  wb.setNote("3-1-2", "A1", "사용자 메모");
  wb.addComment("3-1-2", "A2", "사용자 댓글");
  return wb;
}

describe("the npm copy of office.js", () => {
  it("defines no notes API (so the adapter must not rely on it) but the rest the adapter uses at 1.17", () => {
    const has = libraryMembers(npm);
    // Expected from grepping dist/excel-web-16.00.js: no NoteCollection class, no Workbook.notes.
    expect(npm.NoteCollection).toBeUndefined();
    expect(has("Workbook", "notes")).toBe(false);
    expect(has("Worksheet", "notes")).toBe(false);
    expect(has("Workbook", "comments")).toBe(true);
    expect(has("Range", "getMergedAreasOrNullObject")).toBe(true);
    expect(has("Range", "getCellProperties")).toBe(true);
  });

  it("LIBRARY_WITHOUT_NOTES (the in-memory Excel's model of it) agrees on the members it names", () => {
    const has = libraryMembers(npm);
    for (const [type, member] of [["Workbook", "notes"], ["Worksheet", "notes"], ["Workbook", "comments"], ["Worksheet", "comments"], ["Range", "getCellProperties"]]) {
      expect(LIBRARY_WITHOUT_NOTES(type, member), `${type}.${member}`).toBe(has(type, member));
    }
  });

  it("Excel 1.18 with the npm library: no notes, comments instead, and every member touched exists in the library", async () => {
    const excel = new MemoryExcel(workbookWithAnnotations(), { api: "1.18", library: libraryMembers(npm) });
    expect(detectFeatures(excel)).toEqual({ notes: false, comments: true, cellProperties: true, rowProperties: true, merges: true, pageLayout: true, notesMissingFromLibrary: true });
    const run = await createPledgeChecker(excel).checkAll({});
    expect(run.notices.some((n) => n.includes("office.js에 메모 기능이 없어"))).toBe(true);
    await exercise(excel);
    const has = libraryMembers(npm);
    const missing = [...excel.touched].filter((m) => {
      const [type, member] = m.split(".");
      return !has(type, member);
    });
    expect(missing).toEqual([]);
    // The check did run its full course: it used comments, cell properties and merged areas.
    expect(excel.touched).toContain("Workbook.comments");
    expect(excel.touched).toContain("Range.getCellProperties");
    expect(excel.touched).toContain("Range.getMergedAreasOrNullObject");
  });

  it("with the CDN library at 1.18 the adapter does use notes — exactly the members the npm copy lacks", async () => {
    const excel = new MemoryExcel(workbookWithAnnotations(), { api: "1.18" });
    await exercise(excel);
    const has = libraryMembers(npm);
    const missing = [...excel.touched].filter((m) => !has(...(m.split(".") as [string, string])));
    expect(missing.length).toBeGreaterThan(0);
    // Everything missing is the notes API, which detectFeatures checks before use.
    for (const m of missing) expect(m === "Workbook.notes" || m === "Worksheet.notes" || m.startsWith("Note.") || m.startsWith("NoteCollection."), m).toBe(true);
  });
});
