// Browser bundle the e2e test injects before the task pane loads (page.addInitScript):
// installs the in-memory Excel as the Excel/Office globals and leaves it on window for
// the test to inspect (with the print setup of a sheet, which lives beside the model).
import { installMemoryExcel, MemoryExcel, printStateOf, workbookFromGrids } from "../../src/memory-excel";
import { e2eGrids } from "./e2eWorkbook";

// `?api=1.7` plays an older Excel, to see the pane relay the adapter's fallbacks.
const api = new URLSearchParams(location.search).get("api") ?? undefined;
const excel = new MemoryExcel(workbookFromGrids(e2eGrids()), { api });
installMemoryExcel(excel);
Object.assign(window as unknown as object, {
  __memoryExcel: excel,
  __printState: (sheet: string) => {
    const model = excel.workbook.findSheet(sheet);
    return model ? printStateOf(model) : null;
  },
});
