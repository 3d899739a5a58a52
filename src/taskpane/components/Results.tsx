// The outcome of the last check or fill, what matters first: the summary line, the rates
// a fill wrote, then the findings that remain — filter chips, errors first, by group.
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { ALL_SEVERITIES, filterChips, groupFindings, type FilterKey } from "../groupFindings";
import type { LastRun } from "../usePaneRunner";
import { EMPTY_FILTERED, EMPTY_NO_TABLE, emptyNoFindings, FINDINGS_HEADING, REMAINING_HEADING } from "../strings";
import { EmptyState } from "./EmptyState";
import { FilterChips } from "./FilterChips";
import { FindingsList } from "./FindingsList";
import { RunSummary } from "./RunSummary";
import { WrittenList } from "./WrittenList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ResultsProps {
  lastRun: LastRun;
  onSelect: (sheet: string, cell: string) => void;
}

export function Results({ lastRun, onSelect }: ResultsProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<FilterKey>>(ALL_SEVERITIES);
  const grouped = useMemo(() => groupFindings(lastRun.run.result, { shown }), [lastRun, shown]);
  const chips = filterChips(grouped);
  const total = grouped.counts.error + grouped.counts.warning + grouped.counts.info + grouped.accepted;
  const filled = lastRun.action === "fillRates" && lastRun.run.written.length > 0;
  const toggle = (key: FilterKey) =>
    setShown((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <section className={styles.root} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" className={styles.heading}>
        {FINDINGS_HEADING}
      </Subtitle2>
      <RunSummary lastRun={lastRun} grouped={grouped} />
      {filled && <WrittenList written={lastRun.run.written} onSelect={onSelect} />}
      {filled && total > 0 && (
        <Subtitle2 as="h2" className={styles.heading}>
          {REMAINING_HEADING}
        </Subtitle2>
      )}
      <FilterChips chips={chips} shown={shown} onToggle={toggle} />
      {total === 0 ? (
        <EmptyState
          text={grouped.pledgesChecked === 0 ? EMPTY_NO_TABLE : emptyNoFindings(grouped.sheetsChecked, grouped.pledgesChecked)}
        />
      ) : grouped.sheets.length === 0 ? (
        <EmptyState text={EMPTY_FILTERED} />
      ) : (
        <FindingsList sheets={grouped.sheets} onSelect={onSelect} />
      )}
    </section>
  );
}
