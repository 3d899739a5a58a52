// exceljs's own readers of the shared parts (shared strings, styles) and its date rules,
// so the quick reader (src/cli/packageGrids.ts) gives each cell exactly the value exceljs
// would: rich text, phonetic runs, built-in number formats and 1900/1904 dates are decided
// by the same code. exceljs has no "exports" map; these are its CommonJS modules by path,
// the same way src/cli/mergeGuard.ts reaches its Worksheet.
import { createRequire } from "node:module";
import type { CellValue as ExcelValue } from "exceljs";

interface SaxXform<Model> {
  parseStream(chunks: Iterable<string>): Promise<Model>;
}

export interface SharedStrings extends SaxXform<unknown> {
  getString(index: number): ExcelValue | undefined;
}

export interface Styles extends SaxXform<unknown> {
  /** The style's model (`numFmt` among others), or null when there is no such style. */
  getStyleModel(id: number): { numFmt?: string } | null;
}

interface Utils {
  isDateFmt(format: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean | undefined): Date;
  parseBoolean(value: unknown): boolean;
  xmlDecode(text: string): string;
}

const load = createRequire(__filename);
const SharedStringsXform = load("exceljs/lib/xlsx/xform/strings/shared-strings-xform.js") as new () => SharedStrings;
const StylesXform = load("exceljs/lib/xlsx/xform/style/styles-xform.js") as new () => Styles;
export const excelUtils = load("exceljs/lib/utils/utils.js") as Utils;

export async function readSharedStrings(xml: string): Promise<SharedStrings> {
  const strings = new SharedStringsXform();
  await strings.parseStream([xml]);
  return strings;
}

export async function readStyles(xml: string): Promise<Styles> {
  const styles = new StylesXform();
  await styles.parseStream([xml]);
  return styles;
}
