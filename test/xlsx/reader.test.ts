// The one .xlsx reader (src/xlsx) on packages written part by part as Excel and other
// writers write them (built here with fflate, test/support/excelPackage.ts), and on the
// project's workbooks. Every expected value is worked out from the XML by hand.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFile, checkForCopy } from "../../src/cli/checkFile";
import { UnreadableFile } from "../../src/cli/readWorkbook";
import { gridsFromPackage, PackageRefused, storedWorkbook, type StoredCell } from "../../src/xlsx";
import { readCellAt, type SheetGrid } from "../../src/core";
import { seedCard633, seedCard723 } from "../../src/sample/cards";
import { excelPackage, worksheetXml } from "../support/excelPackage";
import { tempFolder, writeCards } from "../support/xlsx";
import { editPart } from "../cli/hostileWorkbooks";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder("pledge-check-reader-")));
afterAll(() => cleanup());

/** One sheet in Excel's own writing. */
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

const cellAt = (cells: StoredCell[], row: number, col: number) => cells.find((c) => c.row === row && c.col === col);


/** A row as the core reads it (the grid holds what is stored; readCellAt reads it). */
function shownRow(grid: SheetGrid, row: number): unknown[] {
  return Array.from({ length: grid.values[row]?.length ?? 0 }, (_, col) => readCellAt(grid, row, col));
}

describe("a package as Excel writes it", () => {
  it("stores each cell as the file holds it: types, cached results, formulas (shared ones moved), formats", async () => {
    const { sheets, date1904 } = storedWorkbook(await excelStyle());
    const [sheet] = sheets;
    expect(date1904).toBe(false);
    expect([sheet.name, sheet.state]).toEqual(["R&D 지원", "visible"]);
    expect(cellAt(sheet.cells, 0, 1)).toEqual({ row: 0, col: 1, type: "s", value: "공약 이행률", formula: null, format: null });
    expect(cellAt(sheet.cells, 1, 1)).toEqual({ row: 1, col: 1, type: "n", value: 0.857, formula: null, format: "0%" });
    expect(cellAt(sheet.cells, 1, 3)?.format).toBe("mm-dd-yy");
    expect(cellAt(sheet.cells, 1, 4)?.format).toBe('yyyy"년" m"월"');
    // The clone I4 of I3's shared formula: one row down, so E3:H3 becomes E4:H4.
    expect(cellAt(sheet.cells, 3, 8)).toEqual({ row: 3, col: 8, type: "n", value: 50, formula: "AVERAGE(E4:H4)", format: null });
    expect(cellAt(sheet.cells, 3, 0)).toEqual({ row: 3, col: 0, type: "s", value: "R&D x", formula: '"R&D"&" x"', format: null });
    expect(cellAt(sheet.cells, 3, 1)?.value).toBe(true);
    expect(cellAt(sheet.cells, 3, 2)).toEqual({ row: 3, col: 2, type: "e", value: "#DIV/0!", formula: "1/0", format: null });
    // A5 is empty but formatted 0%: a rate written there is a fraction, so it is kept.
    expect(cellAt(sheet.cells, 4, 0)).toEqual({ row: 4, col: 0, type: "n", value: null, formula: null, format: "0%" });
    expect(sheet.hiddenRows).toEqual([{ first: 4, last: 5 }, { first: 7, last: 7 }]);
    expect(sheet.merges).toEqual([{ top: 6, left: 1, bottom: 7, right: 2 }]);
  });

  it("gives the core today's grid: percents as shown, dates as ISO text, merged cells but the first blank", async () => {
    const [grid] = gridsFromPackage(await excelStyle()).grids;
    expect(shownRow(grid, 0)).toEqual(["확인지표", "공약 이행률", "R&D 지원"]);
    // 0.857 under 0% shows 86%; 0.8571 under 0.0% shows 85.7%; serials 45000 and 45078
    // are 15 March and 1 June 2023 in the 1900 date system.
    expect(shownRow(grid, 1)).toEqual([" 목표 (누계) ", "86%", "85.7%", "2023-03-15", "2023-06-01"]);
    expect(readCellAt(grid, 2, 7)).toBe(0.0015);
    expect(readCellAt(grid, 2, 8)).toBe(71);
    expect([readCellAt(grid, 3, 0), readCellAt(grid, 3, 1), readCellAt(grid, 3, 2), readCellAt(grid, 3, 8)]).toEqual(["R&D x", true, "#DIV/0!", 50]);
    expect(shownRow(grid, 5)).toEqual([7]);
    // C7's 99 sits under the merge B7:C8 and is not read; B7 is the merge's value.
    expect(shownRow(grid, 6)).toEqual(["목표", 3]);
    expect(grid.merges).toEqual([{ top: 6, left: 1, bottom: 7, right: 2 }]);
    expect([grid.formats?.[4]?.[0], grid.formats?.[1]?.[1], grid.formats?.[1]?.[2]]).toEqual(["0%", "0%", "0.0%"]);
    // Row 5 holds nothing (an empty formatted cell), row 6 a value, row 8 part of a merge.
    expect(grid.hiddenRows).toEqual([5, 7]);
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const [grid] = gridsFromPackage(await excelStyle(true)).grids;
    // 45000 days after 1 January 1904 is 16 March 2027.
    expect(readCellAt(grid, 1, 3)).toBe("2027-03-16");
  });
});

describe("what other writers put in a sheet", () => {
  async function oneSheet(rows: string, options: { strings?: string[]; formats?: number[]; xml?: string } = {}) {
    const xml = options.xml ?? worksheetXml(rows);
    const bytes = await excelPackage({ sheets: [{ name: "시트", xml }], sharedStrings: options.strings, styles: { cellFormats: options.formats ?? [] } });
    return storedWorkbook(bytes).sheets[0];
  }

  it("inline strings, plain and rich, phonetic runs left out", async () => {
    const sheet = await oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>메모</t></is></c><c r="B1" t="inlineStr"><is><r><t>공약</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 목록</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></is></c></row>`);
    expect(sheet.cells.map((c) => [c.type, c.value])).toEqual([["s", "메모"], ["s", "공약 목록"]]);
  });

  it("an array formula: its text on the first cell, the cached results on all", async () => {
    const sheet = await oneSheet(`<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>2</v></c></row>`);
    expect(sheet.cells.map((c) => [c.row, c.col, c.value, c.formula])).toEqual([[0, 0, 2, "B1:B2*2"], [0, 1, 1, null], [1, 0, 4, null], [1, 1, 2, null]]);
  });

  it("shared formulas moved across rows and columns, anchors and quoted names kept", async () => {
    const sheet = await oneSheet(
      `<row r="2"><c r="B2"><f t="shared" ref="B2:C3" si="3">A1+$A$1+'My Sheet'!A1+SUM(A1:A2)&amp;"A1"</f><v>1</v></c><c r="C2"><f t="shared" si="3"/><v>1</v></c></row><row r="3"><c r="C3"><f t="shared" si="3"/><v>1</v></c></row>`,
    );
    expect(sheet.cells.map((c) => c.formula)).toEqual([
      `A1+$A$1+'My Sheet'!A1+SUM(A1:A2)&"A1"`,
      `B1+$A$1+'My Sheet'!B1+SUM(B1:B2)&"A1"`,
      `B2+$A$1+'My Sheet'!B2+SUM(B2:B3)&"A1"`,
    ]);
  });

  it("error values, a formula never calculated (its text reaches the core) and a date typed d", async () => {
    const sheet = await oneSheet(`<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1"><f>1+1</f></c><c r="C1" t="d"><v>2024-06-30T00:00:00Z</v></c></row>`);
    expect(sheet.cells.map((c) => [c.type, c.value, c.formula])).toEqual([["e", "#N/A", null], ["n", null, "1+1"], ["d", "2024-06-30T00:00:00Z", null]]);
    const grid = gridsFromPackage(await excelPackage({ sheets: [{ name: "시트", xml: worksheetXml(`<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1"><f>1+1</f></c><c r="C1" t="d"><v>2024-06-30T00:00:00Z</v></c></row>`) }] })).grids[0];
    expect(shownRow(grid, 0)).toEqual(["#N/A", "=1+1", "2024-06-30"]);
  });

  it("styles with built-in number formats only (no numFmts): 10 is 0.00%, 14 a date, 49 text", async () => {
    const sheet = await oneSheet(`<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>1</v></c><c r="C1" s="3" t="s"><v>0</v></c></row>`, { strings: ["<t>12</t>"], formats: [10, 14, 49] });
    expect(sheet.cells.map((c) => c.format)).toEqual(["0.00%", "mm-dd-yy", "@"]);
  });

  it("a sheet with no dimension, rows and cells without r, a comment and cells out of order", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- 메모 --><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c r="A3"><v>4</v></c></row></sheetData></worksheet>`;
    const sheet = await oneSheet("", { xml });
    expect(sheet.cells.map((c) => [c.row, c.col, c.value])).toEqual([[0, 0, 1], [0, 1, 2], [2, 1, 3], [2, 0, 4]]);
  });

  it("a prefixed namespace (x:c), hidden columns as runs, and sheet states", async () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cols><x:col min="2" max="4" hidden="1"/><x:col min="5" max="5" width="9"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const bytes = await excelPackage({ sheets: [{ name: "보임", xml }, { name: "숨김", xml, state: "hidden" }, { name: "아주 숨김", xml, state: "veryHidden" }] });
    const { sheets } = storedWorkbook(bytes);
    expect(sheets.map((s) => s.state)).toEqual(["visible", "hidden", "veryHidden"]);
    expect(sheets[0].hiddenCols).toEqual([{ first: 1, last: 3 }]);
    expect(sheets[0].cells.map((c) => c.value)).toEqual([5]);
  });

  it("empty rows cost nothing: no cell, one run of hidden rows", async () => {
    // 200,000 rows stand for the million of issue 20 item 3 (the same path, a fifth of the time).
    const rows = Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 2}" ht="15" customHeight="1" hidden="1"/>`).join("");
    const sheet = await oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>${rows}`);
    expect(sheet.cells).toHaveLength(1);
    expect(sheet.hiddenRows).toEqual([{ first: 1, last: 200_000 }]);
    // Empty cells with a style that means nothing to the core (a date format) are not kept.
    const styled = await oneSheet(Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"/><c r="B${i + 1}" s="2"/></row>`).join(""), { formats: [14, 9] });
    expect(styled.cells.map((c) => c.format)).toEqual(Array(1000).fill("0%"));
  });
});

describe("a damaged or hostile package is refused in Korean, never a crash", () => {
  const refusal = (bytes: Uint8Array) => {
    try {
      storedWorkbook(bytes);
    } catch (error) {
      return error;
    }
    return null;
  };
  const withSheet = (xml: string) => excelPackage({ sheets: [{ name: "시트", xml }] });

  it("XML that is not well formed, a control character by reference, a shared string that is not there", async () => {
    for (const bytes of [
      await withSheet(worksheetXml(`<row r="1"><c r="A1"><v>1</v></row>`)),
      await withSheet(worksheetXml(`<row r="1"><c r="A1" t="str"><v>a&#1;b</v></c></row>`)),
      await withSheet(worksheetXml(`<row r="1"><c r="A1" t="s"><v>5</v></c></row>`)),
      Buffer.from("PK\u0003\u0004 not a zip"),
    ]) {
      const error = refusal(bytes);
      expect(error).toBeInstanceOf(PackageRefused);
      expect((error as PackageRefused).message).toBe("xlsx 파일이 손상되었거나 Excel 통합 문서가 아니라 읽을 수 없습니다.");
    }
  });

  it("an attribute holding '>' is read as XML reads it", async () => {
    const sheet = storedWorkbook(await excelPackage({ sheets: [{ name: "시트", xml: worksheetXml(`<row r="2"><c r="B2" foo="x>y" t="s"><v>0</v></c></row>`) }], sharedStrings: ["<t>미래전략과</t>"] })).sheets[0];
    expect(sheet.cells.map((c) => [c.row, c.col, c.value])).toEqual([[1, 1, "미래전략과"]]);
  });

  /** The package with one entry's declared sizes changed in its central directory header. */
  function declare(bytes: Uint8Array, part: string, sizes: { size?: number; compressed?: number }): Uint8Array {
    const copy = new Uint8Array(bytes);
    const view = new DataView(copy.buffer);
    const name = strToU8(part);
    for (let at = copy.length - 46; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
      if (!name.every((byte, i) => copy[at + 46 + i] === byte)) continue;
      if (sizes.size !== undefined) view.setUint32(at + 24, sizes.size, true);
      if (sizes.compressed !== undefined) view.setUint32(at + 20, sizes.compressed, true);
      return copy;
    }
    throw new Error(`no ${part}`);
  }

  it("zip bombs: a part declared huge, an impossible ratio, a part inflating past its declared size", async () => {
    const bytes = new Uint8Array(await withSheet(worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`)));
    const huge = refusal(declare(bytes, "xl/worksheets/sheet1.xml", { size: 0xfffffff0 })) as PackageRefused;
    expect(huge.message).toContain("압축 폭탄");
    // Deflate reaches about 1032:1 at best; 100 MB out of a few hundred bytes is a lie.
    const ratio = refusal(declare(bytes, "xl/worksheets/sheet1.xml", { size: 100 * 1024 * 1024 })) as PackageRefused;
    expect(ratio.detail).toContain("ratio");
    expect(ratio.message).toContain("압축 폭탄");
    const short = refusal(declare(bytes, "xl/worksheets/sheet1.xml", { size: 10 })) as PackageRefused;
    expect(short.message).toContain("손상");
    expect(short.detail).toContain("past its declared 10 bytes");
  });
});

describe("the command line reads every file with this reader", () => {
  it("a check and the check before a copy read a file the same, '>' in an attribute included", async () => {
    const path = await writeCards(join(dir, "attr.xlsx"), [seedCard633()]);
    const plain = await checkFile(path, {});
    await editPart(path, "xl/worksheets/sheet1.xml", (xml) => xml.replace(/<c r="([A-Z]+\d+)"([^>]*) t="s"/, '<c r="$1"$2 foo="x>y" t="s"'));
    expect((await readFile(path, "latin1")).length).toBeGreaterThan(0);
    const checked = await checkFile(path, {});
    const copy = await checkForCopy(path, {});
    expect(checked.result).toEqual(plain.result);
    expect(copy.result).toEqual(checked.result);
  });

  it("a control-character reference: both refuse the file with the same Korean reason", async () => {
    const path = await writeCards(join(dir, "control.xlsx"), [seedCard633()]);
    await editPart(path, "xl/sharedStrings.xml", (xml) => xml.replace("<t>", "<t>&#27;"));
    const refusals = await Promise.all([checkFile(path, {}).catch((e: unknown) => e), checkForCopy(path, {}).catch((e: unknown) => e)]);
    for (const error of refusals) {
      expect(error).toBeInstanceOf(UnreadableFile);
      expect((error as UnreadableFile).message).toBe("xlsx 파일이 손상되었거나 Excel 통합 문서가 아니라 읽을 수 없습니다.");
    }
  });

  it("a sheet listed in the workbook whose part is missing: named in a notice, the others checked", async () => {
    const path = await writeCards(join(dir, "missing.xlsx"), [seedCard633(), seedCard723()]);
    await editPart(path, "xl/worksheets/sheet2.xml", () => null);
    const checked = await checkFile(path, {});
    expect(checked.notices).toEqual(["시트 '7-2-3'은 통합 문서 목록에는 있지만 내용이 파일에서 빠져 있어 점검하지 못했습니다."]);
    expect(checked.result.sheets.map((s) => s.name)).toEqual(["6-3-3"]);
  });

  it("a sheet part whose data does not inflate to its declared size: refused as damaged", async () => {
    const path = await writeCards(join(dir, "damaged.xlsx"), [seedCard633()]);
    const bytes = await readFile(path);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bytes.lastIndexOf(name));
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) + 1, central + 24);
    await writeFile(path, bytes);
    await expect(checkFile(path, {})).rejects.toBeInstanceOf(UnreadableFile);
  });
});

describe("exceljs stays off the check path", () => {
  it("a check --json loads no exceljs module; a --fix run does", async () => {
    const { spawnSync } = await import("node:child_process");
    const fixture = join(__dirname, "..", "fixtures", "workbooks", "seed-6-3-3.xlsx");
    const loaded = (args: string[]) => {
      const script = `require(${JSON.stringify(join(__dirname, "..", "..", "build", "cli", "main.js"))}).main(${JSON.stringify(args)}, { stdout: { write() {} }, stderr: { write() {} } }).then(() => console.log(Object.keys(require.cache).some((p) => p.includes("/exceljs/"))))`;
      return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout.trim();
    };
    expect(loaded(["check", fixture, "--json"])).toBe("false");
    expect(loaded(["check", fixture, "--fix", "--out", join(dir, "fix-out")])).toBe("true");
  });
});
