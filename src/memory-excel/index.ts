// memory-excel: an in-memory Excel for tests, the e2e page and benchmarks. Browser-safe
// (no exceljs, no Node APIs); load .xlsx files with ./xlsx.ts.
export { MemoryWorkbook, type ChartView, type ConditionalFormatView } from "./workbook";
export { MemoryExcel, FIVE_MB, LIBRARY_WITHOUT_NOTES, type InjectedFailure, type LibraryMembers, type MemoryExcelOptions, type SyncStats } from "./host";
export { workbookFromGrids } from "./grids";
export { saveState, loadState, reopen, type WorkbookState } from "./state";
export { installMemoryExcel, officeGlobals } from "./install";
export { FakeOfficeError } from "./errors";
export type { CellModel, ColorScaleCriteria, FillModel, HyperlinkModel, Visibility } from "./model";
