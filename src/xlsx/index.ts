// The .xlsx reader's public face (src/xlsx/package.ts).
export { gridsFromPackage, storedWorkbook, type PackageGrids, type ReadLimits } from "./package";
export { MAX_SHEET_CELLS, SheetTooLarge } from "./limits";
export { PackageRefused } from "./refusal";
export type { StoredCell, StoredSheet, StoredWorkbook, SheetState, Span, Area } from "./types";
