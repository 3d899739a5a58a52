// One workbook as in Excel: its sheets drawn from the in-memory Excel beside the add-in's own
// task pane (the preview's arrangement), with 내려받기 writing it back through the worker.
import { Body1, Button, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { createPledgeChecker, type ExcelHost } from "../excel";
import { installMemoryExcel, loadState, MemoryExcel, saveState, type WorkbookState } from "../memory-excel";
import { DrawnWorkbook } from "../preview/DrawnWorkbook";
import { observedHost } from "../preview/observedHost";
import { App } from "../taskpane/components/App";

const NARROW = "@media (max-width: 720px)";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "row-reverse", minHeight: "80vh", [NARROW]: { flexDirection: "column" } },
  pane: { flex: "0 0 360px", borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflow: "auto", [NARROW]: { flex: "0 0 auto", borderLeft: "none" } },
  workbook: {
    flex: "1 1 auto",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground2,
    wordBreak: "keep-all",
  },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** One in-memory Excel for the page; each opened workbook replaces its document. */
let shared: { excel: MemoryExcel; host: ExcelHost; listeners: Set<() => void> } | null = null;

function memoryExcel(state: WorkbookState) {
  if (shared === null) {
    const excel = new MemoryExcel(loadState(state));
    installMemoryExcel(excel);
    shared = { excel, ...observedHost() };
  } else shared.excel.workbook = loadState(state);
  return shared;
}

export interface StaffViewProps {
  name: string;
  state: WorkbookState;
  onSave: (state: WorkbookState) => void;
  onClose: () => void;
  /** The command line's totals line for the workbook as it now is. */
  tally: (state: WorkbookState) => Promise<string | null>;
}

export function StaffView({ name, state, onSave, onClose, tally }: StaffViewProps) {
  const styles = useStyles();
  const { excel, host, listeners } = useMemo(() => memoryExcel(state), [state]);
  const checker = useMemo(() => createPledgeChecker(host), [host]);
  const [, setVersion] = useState(0);
  const [totals, setTotals] = useState<string | null>(null);
  const redraw = () => setVersion((v) => v + 1);
  useEffect(() => {
    // After every action of the pane: the sheet redrawn, the totals line counted again.
    const refresh = () => {
      redraw();
      void tally(saveState(excel.workbook)).then(setTotals);
    };
    refresh();
    listeners.add(refresh);
    return () => void listeners.delete(refresh);
  }, [listeners, excel, tally]);

  return (
    <div className={styles.page}>
      <aside className={styles.pane} aria-label="작업 창">
        <App key={name} checker={checker} />
      </aside>
      <section className={styles.workbook} aria-label="통합 문서">
        <Title3 as="h2">{name}</Title3>
        <div className={styles.bar}>
          <Button appearance="primary" onClick={() => onSave(saveState(excel.workbook))}>
            내려받기
          </Button>
          <Button onClick={onClose}>목록으로</Button>
          <Body1>작업 창에서 한 일은 이 화면에만 있습니다. [내려받기]로 지금 상태를 새 파일로 저장하세요. 원본 파일은 바뀌지 않습니다.</Body1>
        </div>
        {totals && (
          <Body1 role="status" data-testid="totals">
            {totals}
          </Body1>
        )}
        <DrawnWorkbook excel={excel} onActivate={redraw} />
      </section>
    </div>
  );
}
