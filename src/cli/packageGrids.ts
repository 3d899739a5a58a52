// The quick way in for a check that writes nothing: the sheets' grids read straight from
// the package (the zip's directory, the workbook, shared strings, styles and each sheet),
// without building exceljs's whole object model, which costs more than the check itself.
// Every value is the one exceljs would give (src/cli/sheetXml.ts); a package it is not
// sure of returns null, and the caller reads the file with exceljs as before, so the quick
// way never changes a result, only its cost. test/cli/packageGrids.test.ts holds the two
// readers to the same grids.
import type { SheetGrid, SheetVisibility } from "../core";
import { readSharedStrings, readStyles, type SharedStrings, type Styles } from "./exceljsParts";
import { MAX_SHEET_CELLS, SheetTooLarge } from "../xlsx/grid";
import { relationshipTargets } from "./package";
import { sheetXmlGrid } from "./sheetXml";
import { attribute, NotUnderstood } from "./xmlText";
import { zipIndex, type ZipIndex } from "./zipIndex";

export interface PackageGrids {
  grids: SheetGrid[];
  /** Korean notes on sheets left out (too large). */
  notices: string[];
}

/** The parts exceljs reads a worksheet from (lib/xlsx/xlsx.js, `load`). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

export async function packageGrids(bytes: Buffer, limits: { maxCells?: number } = {}): Promise<PackageGrids | null> {
  const zip = zipIndex(bytes);
  if (!zip || zip.names.some((name) => name.startsWith("/"))) return null;
  try {
    const workbook = zip.text("xl/workbook.xml");
    const rels = zip.text("xl/_rels/workbook.xml.rels");
    if (workbook === null || rels === null || workbook.includes("<!") || rels.includes("<!")) return null;
    const sheets = listSheets(workbook, rels, new Set(zip.names));
    if (sheets === null || sheets.length === 0) return null;
    const shared = {
      strings: await optionalPart(zip, "xl/sharedStrings.xml", readSharedStrings),
      styles: await optionalPart(zip, "xl/styles.xml", readStyles),
      date1904: attribute(/<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "", "date1904") === "1",
    };
    const grids: SheetGrid[] = [];
    const notices: string[] = [];
    for (const sheet of sheets) {
      const xml = zip.text(sheet.part);
      if (xml === null) return null;
      try {
        grids.push({ ...sheetXmlGrid(sheet.name, xml, shared, limits.maxCells ?? MAX_SHEET_CELLS), visibility: sheet.visibility });
      } catch (error) {
        if (!(error instanceof SheetTooLarge)) throw error;
        notices.push(error.message);
      }
    }
    // A part exceljs would refuse (broken, encrypted) makes the file exceljs's to judge.
    return zip.intact?.() === true ? { grids, notices } : null;
  } catch {
    // NotUnderstood, or XML exceljs would reject: exceljs reads it and says what it says.
    return null;
  }
}

async function optionalPart<T extends SharedStrings | Styles>(zip: ZipIndex, name: string, read: (xml: string) => Promise<T>): Promise<T | null> {
  if (!zip.names.includes(name)) return null;
  const xml = zip.text(name);
  if (xml === null) throw new NotUnderstood(name);
  return read(xml);
}

/**
 * The workbook's sheets in order with their parts, as exceljs pairs them
 * (lib/xlsx/xform/book/workbook-xform.js, `reconcile`). Null when exceljs would skip or
 * rename one (a missing part, a chart sheet, a name it refuses), so that it speaks for it.
 */
function listSheets(workbook: string, rels: string, names: Set<string>): { name: string; part: string; visibility: SheetVisibility }[] | null {
  const targets = relationshipTargets(rels);
  const ids = new Set<number>();
  const sheets: { name: string; part: string; visibility: SheetVisibility }[] = [];
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = Number(attribute(tag, "sheetId"));
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (name === null || !acceptedName(name) || !(Number.isInteger(id) && id > 0) || ids.has(id) || target === undefined) return null;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    if (!names.has(part) || !WORKSHEET_PART.test(part)) return null;
    ids.add(id);
    const state = attribute(tag, "state");
    sheets.push({ name, part, visibility: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible" });
  }
  return sheets;
}

/** A name exceljs's Worksheet takes as it is (lib/doc/worksheet.js, `set name`). */
function acceptedName(name: string): boolean {
  return name !== "" && name !== "History" && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/(^')|('$)/.test(name);
}
