// The reader on a workbook LibreOffice Calc wrote (test/fixtures/libreoffice, made by
// scripts/make-libreoffice-fixtures.ts from source/cards.xlsx): its own shared strings,
// styles (format codes with escaped dashes), `t="n"` written out, `<c s="…"/>` for empty
// styled cells, every row with its attributes, `state="visible"` spelled out.
// Expected values are the ones the script wrote, by hand.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFile } from "../../src/cli/checkFile";
import { storedWorkbook } from "../../src/xlsx";

const FOLDER = join(__dirname, "..", "fixtures", "libreoffice");

describe("a workbook saved by LibreOffice Calc", () => {
  it("reads sheet states, values, formulas with cached results, formats, hidden rows and columns, merges", async () => {
    const { sheets } = storedWorkbook(await readFile(join(FOLDER, "cards.xlsx")));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([["6-3-3", "visible"], ["7-2-3", "hidden"], ["메모", "visible"]]);
    const notes = sheets[2];
    const cell = (row: number, col: number) => notes.cells.find((c) => c.row === row && c.col === col);
    expect(cell(0, 0)?.value).toBe("작성 메모");
    expect(cell(1, 1)).toMatchObject({ type: "e", value: "#DIV/0!", formula: "1/0" });
    expect(cell(2, 2)).toMatchObject({ type: "n", value: 0.857, format: "0%" });
    // D4 is empty, formatted 0.0%: kept for its format.
    expect(cell(3, 3)).toMatchObject({ value: null, format: "0.0%" });
    // 30 June 2024 is serial 45473 (45292 for 1 January 2024, plus 181 days).
    expect(cell(4, 4)).toMatchObject({ type: "n", value: 45473, format: "yyyy\\-mm\\-dd" });
    expect(cell(5, 5)?.value).toBe("공약 이행");
    expect(notes.hiddenRows).toEqual([{ first: 6, last: 6 }]);
    expect(notes.hiddenCols).toEqual([{ first: 7, last: 7 }]);
    expect(notes.merges).toEqual([{ top: 8, left: 0, bottom: 9, right: 2 }]);
    // The empty styled cells LibreOffice writes across A9:C10 are not kept (General format).
    expect(notes.cells).toHaveLength(8);
    expect(sheets[0].cells.find((c) => c.row === 0 && c.col === 25)).toMatchObject({ value: 3, formula: "SUM(Z2:Z3)" });
  });

  it("is checked as its source is: the same pledges and findings", async () => {
    const saved = await checkFile(join(FOLDER, "cards.xlsx"), {});
    const source = await checkFile(join(FOLDER, "source", "cards.xlsx"), {});
    expect(saved.result).toEqual(source.result);
    expect(saved.result.sheets.flatMap((s) => s.pledges.map((p) => p.id))).toEqual(["6-3-3", "7-2-3"]);
  });
});
