// Browser bundle the e2e test injects before the task pane loads (page.addInitScript):
// installs the in-memory Excel as the Excel/Office globals and leaves it on window for
// the test to inspect.
import { installMemoryExcel, MemoryExcel, workbookFromGrids } from "../../src/memory-excel";
import { e2eGrids } from "./e2eWorkbook";

// `?api=1.7` plays an older Excel, to see the pane relay the adapter's fallbacks.
const api = new URLSearchParams(location.search).get("api") ?? undefined;
const excel = new MemoryExcel(workbookFromGrids(e2eGrids()), { api });
installMemoryExcel(excel);
(window as unknown as { __memoryExcel: MemoryExcel }).__memoryExcel = excel;
