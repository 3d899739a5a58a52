// The workbook the preview opens: the bundled sample department cards, in the in-memory Excel.
import { cardGrid, sampleDepartmentCards } from "../sample/cards";
import { workbookFromGrids, type MemoryWorkbook } from "../memory-excel";

export function previewWorkbook(): MemoryWorkbook {
  return workbookFromGrids(sampleDepartmentCards().map(cardGrid));
}
