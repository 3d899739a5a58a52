// The quick reader (src/cli/packageGrids.ts) against exceljs's: on every workbook the
// project builds and on a package written part by part as Excel writes one, both give the
// same grids; what the quick reader is unsure of goes to exceljs, with the same result.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, checkForCopy } from "../../src/cli/checkFile";
import { sheetGrid } from "../../src/xlsx/grid";
import { packageGrids } from "../../src/cli/packageGrids";
import { loadWorkbook, UnreadableFile } from "../../src/cli/readWorkbook";
import { readCellAt, type SheetGrid } from "../../src/core";
import { mixedLayoutCards } from "../../src/sample/layouts/corpus";
import { cardGrid, mistakesCard, sampleDepartmentCards, seedCard633, seedCard723, stackCards } from "../../src/sample/cards";
import { excelPackage, worksheetXml } from "../support/excelPackage";
import { writeLayoutWorkbook } from "../support/layouts";
import { tempFolder, writeCards, writeGrids } from "../support/xlsx";
import { editPart, writeHugeMergeWorkbook, writeStrayCellWorkbook } from "./hostileWorkbooks";

const FIXTURES = join(__dirname, "..", "fixtures", "workbooks");

async function exceljsGrids(bytes: Buffer): Promise<SheetGrid[]> {
  const { workbook } = await loadWorkbook(bytes);
  return workbook.worksheets.map((sheet) => sheetGrid(sheet));
}

async function expectSameGrids(bytes: Buffer): Promise<SheetGrid[]> {
  const quick = await packageGrids(bytes);
  expect(quick, "the quick reader took the package").not.toBeNull();
  expect(quick?.grids).toEqual(await exceljsGrids(bytes));
  return quick?.grids ?? [];
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder("pledge-check-quick-")));
afterAll(() => cleanup());

describe("the quick reader gives the grids exceljs gives", () => {
  it("on the seed workbooks", async () => {
    for (const name of ["seed-6-3-3.xlsx", "seed-7-2-3.xlsx", "seed-department.xlsx"]) {
      await expectSameGrids(await readFile(join(FIXTURES, name)));
    }
  });

  it("on the layout corpus (hidden rows, formulas with cached results, merges over several rows)", async () => {
    const path = await writeLayoutWorkbook(join(dir, "layouts.xlsx"), mixedLayoutCards());
    const grids = await expectSameGrids(await readFile(path));
    expect(grids.some((grid) => (grid.hiddenRows ?? []).length > 0)).toBe(true);
  });

  it("on cards stacked on one sheet, a card with mistakes, stray far cells and a huge merge", async () => {
    const stacked = await writeGrids(join(dir, "stacked.xlsx"), [stackCards("두 카드", [seedCard633(), seedCard723()]), { ...cardGrid(mistakesCard()), name: "틀린 카드" }]);
    const cards = await writeCards(join(dir, "cards.xlsx"), sampleDepartmentCards());
    const stray = await writeStrayCellWorkbook(join(dir, "stray.xlsx"));
    const huge = await writeHugeMergeWorkbook(join(dir, "huge.xlsx"));
    for (const path of [stacked, cards, stray, huge]) await expectSameGrids(await readFile(path));
  });
});

/** One sheet in Excel's own writing: the values below are worked out from the XML by hand. */
const EXCEL_SHEET = worksheetXml(
  [
    `<row r="1" spans="1:3" x14ac:dyDescent="0.3"><c r="A1" s="0" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c></row>`,
    `<row r='2' spans='1:5'><c r='A2' t='s'><v>2</v></c><c r='B2' s='1'><v>0.857</v></c><c r="C2" s="2"><v>0.8571</v></c><c r="D2" s="3"><v>45000</v></c><c r="E2" s="4"><v>45078</v></c></row>`,
    `<row r="3"><c r="H3"><v>1.5E-3</v></c><c r="I3"><f t="shared" ref="I3:I4" si="0">AVERAGE(E3:H3)</f><v>71</v></c></row>`,
    `<row r="4"><c r="A4" t="str"><f>"R&amp;D"&amp;" x"</f><v>R&amp;D x</v></c><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="I4"><f t="shared" si="0"/><v>50</v></c></row>`,
    `<row r="5" hidden="1"><c r="A5" s="1"/></row>`,
    `<row r="6" hidden="1"><c r="A6"><v>7</v></c></row>`,
    `<row r="7"><c r="A7" t="s"><v>4</v></c><c r="B7"><v>3</v></c><c r="C7"><v>99</v></c></row>`,
    `<row r="8" hidden="1"/>`,
  ].join(""),
  ["B7:C8"],
);

const SHARED_STRINGS = [
  "<t>확인지표</t>",
  // Rich text with a phonetic run (§18.4.6 rPh), which is not part of the text.
  '<r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">공약 </t></r><r><t>이행률</t></r><rPh sb="0" eb="2"><t>コウヤク</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
  '<t xml:space="preserve"> 목표 (누계) </t>',
  "<t>R&amp;D 지원</t>",
  "<t>목표</t>",
];

function excelStyle(date1904 = false): Promise<Buffer> {
  return excelPackage({
    sheets: [{ name: "R&D 지원", xml: EXCEL_SHEET }],
    sharedStrings: SHARED_STRINGS,
    // Styles 1-4: built-in 9 (0%), custom 0.0%, built-in 14 (a date), a custom Korean date.
    styles: { cellFormats: [9, 164, 14, 165], customFormats: { 164: "0.0%", 165: 'yyyy"년" m"월"' } },
    date1904,
  });
}

describe("a package as Excel writes it", () => {
  it("reads shared and rich strings, shared formulas, percents, dates, text/boolean/error results, hidden rows and merges", async () => {
    const [grid] = await expectSameGrids(await excelStyle());
    expect(grid.name).toBe("R&D 지원");
    expect(grid.values[0]).toEqual(["확인지표", "공약 이행률", "R&D 지원"]);
    // Stored as written; read by the core: 0.857 under 0% shows 86%, 0.8571 under 0.0%
    // shows 85.7%, serials 45000 and 45078 are 15 March and 1 June 2023 (1900 date system).
    expect(grid.values[1]).toEqual([" 목표 (누계) ", 0.857, 0.8571, 45000, 45078]);
    expect([1, 2, 3, 4].map((c) => readCellAt(grid, 1, c))).toEqual(["86%", "85.7%", "2023-03-15", "2023-06-01"]);
    expect(grid.values[2][7]).toBe(0.0015);
    expect(grid.values[2][8]).toBe(71);
    expect([grid.values[3][0], grid.values[3][1], grid.values[3][2], grid.values[3][8]]).toEqual(["R&D x", true, { error: "#DIV/0!" }, 50]);
    expect(readCellAt(grid, 3, 2)).toBe("#DIV/0!");
    expect(grid.values[5]).toEqual([7]);
    // C7's 99 sits under the merge B7:C8 and is not read; B7 is the merge's value.
    expect(grid.values[6]).toEqual(["목표", 3]);
    expect(grid.merges).toEqual([{ top: 6, left: 1, bottom: 7, right: 2 }]);
    expect(grid.formats?.[1]).toEqual([undefined, "0%", "0.0%", "mm-dd-yy", 'yyyy"년" m"월"']);
    // Row 5 holds nothing (a styled empty cell), row 6 a value, row 8 part of a merge.
    expect(grid.hiddenRows).toEqual([5, 7]);
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const [grid] = await expectSameGrids(await excelStyle(true));
    // 45000 days after 1 January 1904 is 16 March 2027.
    expect(grid.values[1][3]).toBe(45000);
    expect(readCellAt(grid, 1, 3)).toBe("2027-03-16");
  });
});

describe("what the quick reader is unsure of goes to exceljs, with the same result", () => {
  const cases: [string, (xml: string) => string][] = [
    ["an inline string", (xml) => xml.replace("</sheetData>", '<row r="40"><c r="A40" t="inlineStr"><is><t>메모</t></is></c></row></sheetData>')],
    ["a formula without a cached result", (xml) => xml.replace("</sheetData>", '<row r="40"><c r="A40"><f>1+1</f></c></row></sheetData>')],
    ["a comment in the sheet's XML", (xml) => xml.replace("<sheetData>", "<!-- 메모 --><sheetData>")],
    ["cells out of order", (xml) => xml.replace("</sheetData>", '<row r="40"><c r="B40"><v>1</v></c><c r="A40"><v>2</v></c></row></sheetData>')],
  ];
  for (const [what, edit] of cases) {
    it(what, async () => {
      const path = await writeCards(join(dir, "unsure.xlsx"), [seedCard633()]);
      await editPart(path, "xl/worksheets/sheet1.xml", edit);
      expect(await packageGrids(await readFile(path))).toBeNull();
      const copy = await checkForCopy(path, {});
      expect(await checkFile(path, {})).toEqual({ result: copy.result, notices: copy.notices });
      expect(copy.result.sheets[0].pledges[0].id).toBe("6-3-3");
    });
  }

  it("a sheet listed in the workbook whose part is missing: the same notice", async () => {
    const path = await writeCards(join(dir, "missing.xlsx"), [seedCard633(), seedCard723()]);
    await editPart(path, "xl/worksheets/sheet2.xml", () => null);
    expect(await packageGrids(await readFile(path))).toBeNull();
    const checked = await checkFile(path, {});
    expect(checked.notices).toEqual(["시트 '7-2-3'은 통합 문서 목록에는 있지만 내용이 파일에서 빠져 있어 점검하지 못했습니다."]);
  });

  it("overlapping merges, which exceljs refuses: the same Korean refusal", async () => {
    const path = await writeCards(join(dir, "overlap.xlsx"), [seedCard633()]);
    await editPart(path, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 2}"><mergeCell ref="K1:L2"/><mergeCell ref="L2:M3"/>`));
    expect(await packageGrids(await readFile(path))).toBeNull();
    const refusal = await checkForCopy(path, {}).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadableFile);
    await expect(checkFile(path, {})).rejects.toThrow((refusal as UnreadableFile).message);
  });

  it("a part whose data does not inflate to its declared size (a damaged package)", async () => {
    const path = await writeCards(join(dir, "damaged.xlsx"), [seedCard633()]);
    const bytes = await readFile(path);
    // The declared size of docProps/app.xml, a part the quick reader never reads, made wrong.
    const name = Buffer.from("docProps/app.xml");
    const central = bytes.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), bytes.lastIndexOf(name));
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) + 1, central + 24);
    await writeFile(path, bytes);
    expect(await packageGrids(bytes)).toBeNull();
    await expect(checkFile(path, {})).rejects.toBeInstanceOf(UnreadableFile);
  });
});
