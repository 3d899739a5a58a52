// The page's one way into a workbook: bytes → the command line's check, whose grids come
// from the one .xlsx reader (src/xlsx); exceljs's workbook is kept only to write a copy.
import type { Buffer } from "buffer";
import type { CheckOptions } from "../../core";
export { checkBytesForCopy as checkPackage } from "../../cli/checkFile";
export { loadWorkbook, packageBytes } from "../../cli/readWorkbook";

export type PackageBytes = Buffer;
export type Options = CheckOptions;
