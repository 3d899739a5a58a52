// Browser bundle the e2e test injects before the task pane loads (page.addInitScript):
// installs the in-memory Excel as the Excel/Office globals and leaves it on window for
// the test to inspect.
import { installMemoryExcel, MemoryExcel, workbookFromGrids } from "../memory-excel";
import { e2eGrids } from "./e2eWorkbook";

const excel = new MemoryExcel(workbookFromGrids(e2eGrids()));
installMemoryExcel(excel);
(window as unknown as { __memoryExcel: MemoryExcel }).__memoryExcel = excel;
