// The preview page: the sample workbook on the left, drawn from the in-memory Excel, and
// the real task pane on the right. The grid redraws after every Excel.run the pane makes.
import { Body1, Button, Caption1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MemoryExcel } from "../memory-excel";
import type { PledgeChecker } from "../taskpane/checker";
import { App } from "../taskpane/components/App";
import { SheetTabs } from "./SheetTabs";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  page: { display: "flex", height: "100vh", fontFamily: tokens.fontFamilyBase },
  workbook: {
    flex: "1 1 auto",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  pane: { flex: "0 0 360px", borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflow: "auto" },
});

export interface PreviewPageProps {
  excel: MemoryExcel;
  checker: PledgeChecker;
  /** Calls back after each Excel.run; returns an unsubscribe function. */
  onChange: (listener: () => void) => () => void;
  reset: () => void;
}

export function PreviewPage({ excel, checker, onChange, reset }: PreviewPageProps) {
  const styles = useStyles();
  const [, setVersion] = useState(0);
  const redraw = () => setVersion((v) => v + 1);
  useEffect(() => onChange(redraw), [onChange]);

  const workbook = excel.workbook;
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  const active = workbook.activeSheet() ?? visible[0];
  const selection = workbook.selection && active && workbook.selection.sheetId === active.id ? workbook.selection.rect : null;

  return (
    <FluentProvider theme={webLightTheme} lang="ko">
      <div className={styles.page}>
        <section className={styles.workbook} aria-label="샘플 통합 문서">
          <Title3 as="h1">공약 점검 미리보기</Title3>
          <div className={styles.bar}>
            <Body1>Excel 없이 샘플 부서 통합 문서로 작업 창을 실행합니다. 시트 탭을 눌러 [이 시트 검사]의 대상을 바꿀 수 있습니다.</Body1>
            <Button
              size="small"
              onClick={() => {
                reset();
                redraw();
              }}
            >
              샘플 다시 불러오기
            </Button>
          </div>
          <Caption1>빨간 모서리가 있는 셀에 마우스를 올리면 메모가 보입니다.</Caption1>
          <SheetTabs
            names={visible.map((s) => s.name)}
            active={active?.name ?? null}
            onActivate={(name) => {
              workbook.activate(name);
              redraw();
            }}
          />
          {active && <SheetView sheet={active} selection={selection} />}
        </section>
        <aside className={styles.pane} aria-label="작업 창">
          <App checker={checker} />
        </aside>
      </div>
    </FluentProvider>
  );
}
