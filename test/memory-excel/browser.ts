// Entry for the e2e page: bundle this file for the browser and run it before the task
// pane's own scripts (e.g. Playwright's addInitScript), with office.js from the CDN
// blocked so it cannot replace the globals. It reads an optional
// `globalThis.__memoryExcelConfig = { api?, grids?, state? }`, builds the workbook (the
// sample department cards by default), installs Excel / Office / OfficeExtension, and
// leaves the fake on `globalThis.memoryExcel` for the test to inspect.
import type { SheetGrid } from "../../src/core/types";
import { cardGrid, sampleDepartmentCards } from "../../src/sample/cards";
import { workbookFromGrids } from "./grids";
import { MemoryExcel } from "./host";
import { installMemoryExcel } from "./install";
import { loadState, type WorkbookState } from "./state";

export interface BrowserConfig {
  api?: string;
  grids?: SheetGrid[];
  state?: WorkbookState;
}

const scope = globalThis as unknown as { __memoryExcelConfig?: BrowserConfig; memoryExcel?: MemoryExcel };
const config = scope.__memoryExcelConfig ?? {};
const workbook = config.state ? loadState(config.state) : workbookFromGrids(config.grids ?? sampleDepartmentCards().map(cardGrid));
const excel = new MemoryExcel(workbook, { api: config.api ?? "1.18" });
installMemoryExcel(excel);
scope.memoryExcel = excel;
