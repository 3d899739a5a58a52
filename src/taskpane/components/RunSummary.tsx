// One or two lines on what the last run did, and the adapter's notices (e.g. a feature
// this Excel lacks).
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { GroupedFindings } from "../groupFindings";
import type { LastRun } from "../usePaneRunner";
import { AFTER_FILL, checkedSummary, fillLogSaved, flaggedSummary, writtenSummary } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function RunSummary({ lastRun, grouped }: { lastRun: LastRun; grouped: GroupedFindings }) {
  const styles = useStyles();
  const { run, action } = lastRun;
  const filled = action === "fillRates" && run.written.length > 0;
  return (
    <div className={styles.root}>
      <Body1>
        {checkedSummary(grouped.sheetsChecked, grouped.pledgesChecked)} · {flaggedSummary(run.flagged)}
      </Body1>
      {action === "fillRates" && <Body1>{writtenSummary(run.written.length)}</Body1>}
      {filled && <Caption1>{AFTER_FILL}</Caption1>}
      {filled && run.fillLog && <Caption1>{fillLogSaved(run.fillLog)}</Caption1>}
      {run.notices.map((notice, i) => (
        <MessageBar key={i} intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
