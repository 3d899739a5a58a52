// One pledge number in two files of one run is one pledge (issue 21): counted once in the
// summary, from the copy with the later as-of date, else the one checked first; the later
// file's card carries DUPLICATE_PLEDGE_ID naming both files and cells.
import { describe, expect, it } from "vitest";
import { checkWorkbook, flagDuplicatesAcrossFiles, summarize, summaryRows } from "../../src/core";
import { cardGrid, seedCard633, seedCard723 } from "../../src/sample/cards";

const department = () => checkWorkbook([cardGrid(seedCard633()), cardGrid(seedCard723())]);

describe("a pledge number in two files", () => {
  it("is counted once, from the file checked first when the as-of dates are the same", () => {
    const own = checkWorkbook([cardGrid(seedCard633())]);
    const s = summarize([...summaryRows(own, "seed-6-3-3.xlsx"), ...summaryRows(department(), "부서.xlsx")]);
    // 6-3-3 (seed rate (100 + 5/7×100) ÷ 2 = 85.714…) and 7-2-3 (73.33…): two pledges, not three.
    expect(s.pledges).toBe(2);
    expect(s.submitted).toHaveLength(3);
    expect(s.rows.map((r) => [r.file, r.id])).toEqual([
      ["seed-6-3-3.xlsx", "6-3-3"],
      ["부서.xlsx", "7-2-3"],
    ]);
    expect(s.meanRate).toBeCloseTo((600 / 7 + 220 / 3) / 2, 6);
    expect(s.duplicates).toEqual([
      {
        id: "6-3-3",
        title: "16개 공공기관과 상생 자매결연 활성화",
        used: { file: "seed-6-3-3.xlsx", sheet: "6-3-3", cell: "I10" },
        others: [{ file: "부서.xlsx", sheet: "6-3-3", cell: "I10" }],
        why: "checkedFirst",
      },
    ]);
    expect(s.rows[0].mark).toContain("다른 파일에도 있음");
  });

  it("takes the copy with the later as-of date, wherever it comes in the run", () => {
    const old = checkWorkbook([cardGrid({ ...seedCard633(), asOf: "2025. 3. 31." })]);
    const s = summarize([...summaryRows(old, "1분기.xlsx"), ...summaryRows(department(), "부서.xlsx")]);
    expect(s.duplicates[0]).toMatchObject({ used: { file: "부서.xlsx" }, others: [{ file: "1분기.xlsx" }], why: "laterAsOf" });
    expect(s.rows.map((r) => r.file)).toEqual(["부서.xlsx", "부서.xlsx"]);
  });

  it("two cards with one number inside one workbook are not merged here (keys.ts flags them)", () => {
    const s = summarize(summaryRows(checkWorkbook([cardGrid(seedCard633()), cardGrid({ ...seedCard633(), sheet: "사본" })]), "a.xlsx"));
    expect(s.pledges).toBe(2);
    expect(s.duplicates).toEqual([]);
  });

  it("the later file's card gets DUPLICATE_PLEDGE_ID naming both files and cells, once", () => {
    const own = checkWorkbook([cardGrid(seedCard633())]);
    const later = department();
    flagDuplicatesAcrossFiles([{ file: "seed-6-3-3.xlsx", result: own }], { file: "부서.xlsx", result: later });
    const found = later.sheets.flatMap((s) => s.findings).filter((f) => f.code === "DUPLICATE_PLEDGE_ID");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: "6-3-3", cell: "A1", pledgeId: "6-3-3" });
    expect(found[0].message).toBe(
      "공약번호 6-3-3이 이번 점검의 다른 파일에도 있습니다(처음: seed-6-3-3.xlsx의 6-3-3!A1, 여기: 부서.xlsx의 6-3-3!A1). 요약에서는 한 공약으로 한 번만 셉니다. 같은 공약을 두 번 제출했는지 확인해 주세요.",
    );
    expect(later.sheets[0].pledges[0].counts.warning).toBe(1);
    expect(own.sheets[0].findings.map((f) => f.code)).not.toContain("DUPLICATE_PLEDGE_ID");
  });
});
