// Workbooks a hostile tester would send, built from the sample card. Used by the tests
// and by bench/ (memory figures, fuzzing). Some are raw edits of the package with JSZip,
// since exceljs would fill a huge merge cell by cell when writing it.
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
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
