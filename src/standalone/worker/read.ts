// The page's one way into a workbook: bytes → the command line's check (with exceljs's
// workbook kept for a copy). When the one .xlsx reader (src/xlsx) lands, this is the line to switch.
import type { Buffer } from "buffer";
import type { CheckOptions } from "../../core";
export { checkBytesForCopy as checkPackage } from "../../cli/checkFile";
export { loadWorkbook, packageBytes } from "../../cli/readWorkbook";

export type PackageBytes = Buffer;
export type Options = CheckOptions;
