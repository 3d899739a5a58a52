// One or two lines on what the last run did, and the adapter's notices (e.g. a feature
// this Excel lacks).
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { GroupedFindings } from "../groupFindings";
import type { LastRun } from "../usePaneRunner";
import { BEFORE_FILL, checkedSummary, flaggedSummary, writtenSummary } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function RunSummary({ lastRun, grouped }: { lastRun: LastRun; grouped: GroupedFindings }) {
  const styles = useStyles();
  const { run, action } = lastRun;
  return (
    <div className={styles.root}>
      <Body1>
        {checkedSummary(grouped.sheetsChecked, grouped.pledgesChecked)} · {flaggedSummary(run.flagged)}
      </Body1>
      {action === "fillRates" && <Body1>{writtenSummary(run.written.length)}</Body1>}
      {action === "fillRates" && run.written.length > 0 && <Caption1>{BEFORE_FILL}</Caption1>}
      {run.notices.map((notice, i) => (
        <MessageBar key={i} intent="info" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
