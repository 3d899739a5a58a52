// The one reader of .xlsx: `storedWorkbook(bytes)` reads the package (fflate for the parts,
// saxes for the XML, src/xlsx/zip.ts for the directory) into sheets as stored, and
// `gridsFromPackage(bytes)` hands the core their grids (src/xlsx/toGrid.ts). Browser-safe:
// the command line, the pane and the standalone page read a file with the same code.
//
// Parts are found the way OPC says (ECMA-376 Part 2 §9.3): the package's relationships name
// the workbook, the workbook's name its sheets, shared strings and styles. A damaged
// package is refused in Korean (PackageRefused); a sheet over its cell limit is left out
// with a notice; a sheet listed without its part is named in `missingSheets`.
import { percentFormatOf, type SheetGrid } from "../core";
import { MAX_PART_BYTES } from "./inflate";
import { MAX_SHEET_CELLS, SheetTooLarge } from "./limits";
import { damaged, NO_WORKSHEET, PackageRefused, TOO_LARGE_INFLATED } from "./refusal";
import { readRelationships, type Relationship } from "./relationships";
import { readSharedStrings } from "./sharedStrings";
import { readCellFormats, type CellFormats } from "./styles";
import { sheetGridOf } from "./toGrid";
import type { SheetState, StoredSheet, StoredWorkbook } from "./types";
import { readWorkbookPart } from "./workbookPart";
import { readWorksheet, SheetLimit } from "./worksheet";
import { readDirectory, type ZipDirectory, type ZipEntry } from "./zip";

export interface ReadLimits {
  /** Cells and merged areas one sheet may hold (MAX_SHEET_CELLS). */
  maxCells?: number;
}

/** Every part read, inflated, at most: four parts at the largest part size. */
export const MAX_INFLATED_BYTES = 4 * MAX_PART_BYTES;

export interface PackageGrids {
  grids: SheetGrid[];
  /** Each grid's sheet state, in the same order. */
  states: SheetState[];
  notices: string[];
  missingSheets: string[];
}

export function gridsFromPackage(bytes: Uint8Array, limits: ReadLimits = {}): PackageGrids {
  const workbook = storedWorkbook(bytes, limits);
  return {
    grids: workbook.sheets.map((sheet) => sheetGridOf(sheet, workbook.date1904)),
    states: workbook.sheets.map((sheet) => sheet.state),
    notices: workbook.notices,
    missingSheets: workbook.missingSheets,
  };
}

export function storedWorkbook(bytes: Uint8Array, limits: ReadLimits = {}): StoredWorkbook {
  const zip = readDirectory(bytes);
  let inflated = 0;
  const part = (name: string): ZipEntry | null => {
    const entry = zip.entries.get(name.toLowerCase()) ?? null;
    if (entry === null) return null;
    inflated += entry.size;
    if (inflated > MAX_INFLATED_BYTES) throw new PackageRefused(TOO_LARGE_INFLATED, `parts total more than ${MAX_INFLATED_BYTES} bytes`);
    return entry;
  };
  const workbookName = officeDocument(zip, part);
  const workbookEntry = part(workbookName);
  if (workbookEntry === null) throw damaged(`no workbook part ${workbookName}`);
  const folder = workbookName.slice(0, workbookName.lastIndexOf("/") + 1);
  const relsEntry = part(`${folder}_rels/${workbookName.slice(folder.length)}.rels`);
  const rels = relsEntry ? readRelationships(zip, relsEntry, folder) : new Map<string, Relationship>();
  const listed = readWorkbookPart(zip, workbookEntry);
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.part ?? null;
  const stringsEntry = optional(part, byType("sharedStrings"));
  const stylesEntry = optional(part, byType("styles"));
  const strings = stringsEntry ? readSharedStrings(zip, stringsEntry) : [];
  const formats: CellFormats = stylesEntry ? readCellFormats(zip, stylesEntry) : [];
  const maxCells = limits.maxCells ?? MAX_SHEET_CELLS;
  const context = { strings, formats, maxCells, keepsEmpty: (format: string) => percentFormatOf(null, format) !== null };

  const sheets: StoredSheet[] = [];
  const notices: string[] = [];
  const missingSheets: string[] = [];
  for (const sheet of listed.sheets) {
    const rel = sheet.relationshipId === null ? undefined : rels.get(sheet.relationshipId);
    // Chart sheets and dialog sheets hold no cells.
    if (rel !== undefined && rel.type !== "worksheet") continue;
    const entry = rel === undefined ? null : part(rel.part);
    if (entry === null) {
      missingSheets.push(sheet.name);
      continue;
    }
    try {
      sheets.push({ name: sheet.name, state: sheet.state, ...readWorksheet(zip, entry, context) });
    } catch (error) {
      if (!(error instanceof SheetLimit)) throw error;
      notices.push(new SheetTooLarge(sheet.name, maxCells).message);
    }
  }
  if (sheets.length === 0 && notices.length === 0) {
    const missing = missingSheets.length > 0 ? ` 시트 ${missingSheets.map((name) => `'${name}'`).join(", ")}의 내용이 파일에서 빠져 있습니다.` : "";
    throw new PackageRefused(`${NO_WORKSHEET}${missing}`);
  }
  return { sheets, date1904: listed.date1904, notices, missingSheets };
}

/** The workbook part the package's relationships name (§9.3), else where every writer puts it. */
function officeDocument(zip: ZipDirectory, part: (name: string) => ZipEntry | null): string {
  const root = part("_rels/.rels");
  if (root === null) return "xl/workbook.xml";
  for (const rel of readRelationships(zip, root, "").values()) if (rel.type === "officeDocument") return rel.part;
  return "xl/workbook.xml";
}

function optional(part: (name: string) => ZipEntry | null, name: string | null): ZipEntry | null {
  return name === null ? null : part(name);
}
