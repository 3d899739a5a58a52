// The workbook the end-to-end test opens: the sample department cards plus a card whose
// title and one cell hold HTML, to prove the pane shows cell text as text.
import type { SheetGrid } from "../../src/core/types";
import { cardGrid, sampleDepartmentCards, seedCard723 } from "../../src/sample/cards";

export const HOSTILE = "<img src=x onerror=alert(1)>";
export const HOSTILE_SHEET = "9-9-9";

export function e2eGrids(): SheetGrid[] {
  const hostile = seedCard723();
  hostile.sheet = HOSTILE_SHEET;
  hostile.id = HOSTILE_SHEET;
  hostile.title = HOSTILE;
  hostile.indicators[0].actual[2] = HOSTILE;
  return [...sampleDepartmentCards().map(cardGrid), cardGrid(hostile)];
}
