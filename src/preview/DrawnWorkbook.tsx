// The in-memory workbook as Excel shows it: its visible sheets' tabs and the active sheet drawn,
// with the selection. Shared by the preview and the standalone page's staff view.
import { Caption1 } from "@fluentui/react-components";
import type { MemoryExcel } from "../memory-excel";
import { SheetTabs } from "./SheetTabs";
import { SheetView } from "./SheetView";

export interface DrawnWorkbookProps {
  excel: MemoryExcel;
  /** Called after a tab is chosen, so the owner redraws. */
  onActivate: () => void;
}

export function DrawnWorkbook({ excel, onActivate }: DrawnWorkbookProps) {
  const workbook = excel.workbook;
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  const active = workbook.activeSheet() ?? visible[0];
  const selection = workbook.selection && active && workbook.selection.sheetId === active.id ? workbook.selection.rect : null;
  return (
    <>
      <Caption1>빨간 모서리가 있는 셀에 마우스를 올리면 메모가 보입니다.</Caption1>
      <SheetTabs
        names={visible.map((s) => s.name)}
        active={active?.name ?? null}
        onActivate={(sheet) => {
          workbook.activate(sheet);
          onActivate();
        }}
      />
      {active && <SheetView sheet={active} selection={selection} />}
    </>
  );
}
