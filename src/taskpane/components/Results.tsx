// The outcome of the last check or fill: summary, counts, findings and written rates.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { groupFindings } from "../groupFindings";
import type { LastRun } from "../usePaneRunner";
import { EMPTY_NO_TABLE, emptyNoFindings, FINDINGS_HEADING } from "../strings";
import { EmptyState } from "./EmptyState";
import { FindingsList } from "./FindingsList";
import { RunSummary } from "./RunSummary";
import { SeverityCounts } from "./SeverityCounts";
import { WrittenList } from "./WrittenList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

export interface ResultsProps {
  lastRun: LastRun;
  onSelect: (sheet: string, cell: string) => void;
}

export function Results({ lastRun, onSelect }: ResultsProps) {
  const styles = useStyles();
  const grouped = useMemo(() => groupFindings(lastRun.run.result), [lastRun]);
  const total = grouped.counts.error + grouped.counts.warning + grouped.counts.info;
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" className={styles.heading}>
        {FINDINGS_HEADING}
      </Subtitle2>
      <RunSummary lastRun={lastRun} grouped={grouped} />
      <SeverityCounts counts={grouped.counts} label="전체 심각도별 건수" />
      {total === 0 ? (
        <EmptyState
          text={grouped.pledgesChecked === 0 ? EMPTY_NO_TABLE : emptyNoFindings(grouped.sheetsChecked, grouped.pledgesChecked)}
        />
      ) : (
        <FindingsList sheets={grouped.sheets} onSelect={onSelect} />
      )}
      {lastRun.run.written.length > 0 && <WrittenList written={lastRun.run.written} onSelect={onSelect} />}
    </section>
  );
}
