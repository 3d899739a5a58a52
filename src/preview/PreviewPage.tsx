// The preview page: the sample workbook on the left, drawn from the in-memory Excel, and
// the real task pane on the right. The grid redraws after every Excel.run the pane makes.
import { Body1, Button, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MemoryExcel } from "../memory-excel";
import type { PledgeChecker } from "../taskpane/checker";
import { App } from "../taskpane/components/App";
import { DrawnWorkbook } from "./DrawnWorkbook";

/** Below this width the grid and the pane no longer fit side by side: they stack, the pane first. */
const NARROW = "@media (max-width: 720px)";

const useStyles = makeStyles({
  page: {
    // The pane comes first in the document (and in Tab order); wide, it is drawn on the right as in Excel.
    display: "flex",
    flexDirection: "row-reverse",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
    [NARROW]: { flexDirection: "column", height: "auto" },
  },
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
    [NARROW]: { flex: "0 0 auto", borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  pane: {
    flex: "0 0 360px",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflow: "auto",
    [NARROW]: { flex: "0 0 auto", borderLeft: "none", overflow: "visible" },
  },
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

  return (
    <FluentProvider theme={webLightTheme} lang="ko">
      <div className={styles.page}>
        <aside className={styles.pane} aria-label="작업 창">
          <App checker={checker} />
        </aside>
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
          <DrawnWorkbook excel={excel} onActivate={redraw} />
        </section>
      </div>
    </FluentProvider>
  );
}
