// Workbooks a hostile tester would send, built from the sample card. Used by the tests
// and by bench/ (memory figures, fuzzing). Some are raw edits of the package with JSZip,
// since exceljs would fill a huge merge cell by cell when writing it.
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import JSZip from "jszip";
import { addGridSheet } from "../../src/cli/gridSheet";
import { cardGrid, seedCard633 } from "../../src/sample/cards";

/** The 6-3-3 card plus one value at XFD1 and one at A40000: a 40,000 × 16,384 used range. */
export async function writeStrayCellWorkbook(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addGridSheet(workbook, cardGrid(seedCard633()));
  sheet.getCell("XFD1").value = "x";
  sheet.getCell("A40000").value = "y";
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The 6-3-3 card beside one merge over the rest of the sheet, J1:XFD1048576. */
export async function writeHugeMergeWorkbook(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addGridSheet(workbook, cardGrid(seedCard633()));
  await workbook.xlsx.writeFile(path);
  await editPart(path, "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(/<mergeCells count="(\d+)">/, (_, n) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="J1:XFD1048576"/>`),
  );
  return path;
}

/** Rewrites one part of an .xlsx package in place (null removes the part). */
export async function editPart(path: string, part: string, edit: (xml: string) => string | null): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part} in ${path}`);
  const next = edit(await file.async("string"));
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/**
 * The 6-3-3 card plus `sheets` sheets of `rows` empty rows each (`<row r="…" ht="15" customHeight="1"/>`,
 * a height set on every row and nothing in them), zipped with fflate. Generated at test time,
 * never committed: the 14 × 1,000,000 of issue 20 is 37 MB.
 */
export async function writeEmptyRowsWorkbook(path: string, sheets: number, rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addGridSheet(workbook, cardGrid(seedCard633()));
  const parts = unzipSync(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  const text = (name: string) => strFromU8(parts[name]);
  // Every sheet the same bytes (one string in memory); rows numbered as Excel writes them.
  const rowsXml = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}" ht="15" customHeight="1"/>`).join("");
  const sheetBytes = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`);
  let sheetsXml = "";
  let rels = "";
  let types = "";
  for (let n = 0; n < sheets; n++) {
    const part = `xl/worksheets/sheet${n + 2}.xml`;
    parts[part] = sheetBytes;
    sheetsXml += `<sheet name="빈 행 ${n + 1}" sheetId="${100 + n}" r:id="rIdEmpty${n}"/>`;
    rels += `<Relationship Id="rIdEmpty${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 2}.xml"/>`;
    types += `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  }
  parts["xl/workbook.xml"] = strToU8(text("xl/workbook.xml").replace("</sheets>", `${sheetsXml}</sheets>`));
  parts["xl/_rels/workbook.xml.rels"] = strToU8(text("xl/_rels/workbook.xml.rels").replace("</Relationships>", `${rels}</Relationships>`));
  parts["[Content_Types].xml"] = strToU8(text("[Content_Types].xml").replace("</Types>", `${types}</Types>`));
  await writeFile(path, zipSync(parts, { level: 1 }));
  return path;
}
