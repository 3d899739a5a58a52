// The task pane: actions, the precision setting, progress, and the last result.
import { Caption1, makeStyles, MessageBar, MessageBarBody, Title3, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, PrecisionSetting } from "../../core/types";
import type { PledgeChecker } from "../checker";
import { announcement, EMPTY_AFTER_CLEAR, EMPTY_NOT_CHECKED, INTRO, TITLE } from "../strings";
import { usePaneRunner } from "../usePaneRunner";
import { ActionBar } from "./ActionBar";
import { CompareWithEarlier } from "./CompareWithEarlier";
import { EmptyState } from "./EmptyState";
import { ErrorBar } from "./ErrorBar";
import { PrecisionField } from "./PrecisionField";
import { Results } from "./Results";
import { RunProgress } from "./RunProgress";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minHeight: "100vh",
    // Korean breaks between words, not inside them ("부서 없음으로", never "부서 없/음으로").
    wordBreak: "keep-all",
    overflowWrap: "break-word",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  bars: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Read by screen readers, not shown: the visible summary says the same.
  live: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export function TaskPane({ checker }: { checker: PledgeChecker }) {
  const styles = useStyles();
  const [precision, setPrecision] = useState<PrecisionSetting>("auto");
  const { state, start, select, accept, cancel } = usePaneRunner(checker);
  const exceptions = {
    onAccept: (finding: Finding, reason: string) => accept(finding, reason, { precision }),
    onCancel: (finding: Finding) => cancel(finding, { precision }),
  };
  const running = state.running;
  const said = running ? null : announcement(state);
  return (
    <main className={styles.root} aria-busy={running !== null}>
      {/* Always there, so a screen reader hears each completion (검사 완료 …, 이행률 … 채웠습니다). */}
      <div role="status" aria-live="polite" className={styles.live} data-testid="announcement">
        {said}
      </div>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {TITLE}
        </Title3>
        <Caption1>{INTRO}</Caption1>
      </header>
      <ActionBar running={running} onAction={(action) => void start(action, { precision })} />
      <PrecisionField value={precision} disabled={running !== null} onChange={setPrecision} />
      {running && <RunProgress action={running} progress={state.progress} />}
      {state.error && <ErrorBar message={state.error} />}
      {/* Always in the page, so what appears in it is announced (표시 지우기, 요약 시트 만들기, 이 시트 검사 on an own sheet). */}
      <div aria-live="polite" className={styles.bars}>
        {state.status && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {state.status.split("\n").map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {/* Compared with the whole workbook only: one sheet's check would make every other pledge "removed".
          Above the findings, so its heading and changes open the results. */}
      <CompareWithEarlier current={state.lastRun && state.lastRun.action !== "checkActiveSheet" ? state.lastRun.run.result : null} onSelect={(sheet, cell) => void select(sheet, cell)} />
      {state.lastRun ? (
        <Results key={state.lastRun.id} lastRun={state.lastRun} onSelect={(sheet, cell) => void select(sheet, cell)} exceptions={exceptions} />
      ) : (
        // Nothing to say while a run is under way or under an error: the progress bar or the error says it.
        !running && !state.error && !state.notice && <EmptyState text={state.cleared ? EMPTY_AFTER_CLEAR : EMPTY_NOT_CHECKED} />
      )}
    </main>
  );
}
