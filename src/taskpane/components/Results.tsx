// The outcome of the last check or fill, what matters first: the summary line, the rates
// a fill wrote, then the findings that remain — filter chips, errors first, by group —
// and the findings a reviewer accepted (점검 예외) in a group of their own under the 예외 chip.
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { isAccepted } from "../../core";
import { ALL_SEVERITIES, filterChips, groupFindings, type FilterKey } from "../groupFindings";
import type { LastRun } from "../usePaneRunner";
import { ACCEPTED_HEADING, ACCEPTED_HINT, EMPTY_FILTERED, EMPTY_NO_TABLE, emptyNoFindings, FINDINGS_HEADING, REMAINING_HEADING } from "../strings";
import { EmptyState } from "./EmptyState";
import { FilterChips } from "./FilterChips";
import { FindingsList, type ExceptionHandlers } from "./FindingsList";
import { RunSummary } from "./RunSummary";
import { WrittenList } from "./WrittenList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ResultsProps {
  lastRun: LastRun;
  onSelect: (sheet: string, cell: string) => void;
  exceptions?: ExceptionHandlers;
}

/** Every chip on, 예외 too: a finding just accepted is seen in its new group. */
const ALL_CHIPS: ReadonlySet<FilterKey> = new Set<FilterKey>([...ALL_SEVERITIES, "accepted"]);

export function Results({ lastRun, onSelect, exceptions }: ResultsProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<FilterKey>>(ALL_CHIPS);
  const { grouped, acceptedGroup } = useMemo(() => {
    const result = lastRun.run.result;
    // The open list never holds accepted findings: they have their own group below.
    const open = new Set([...shown].filter((key) => key !== "accepted"));
    const onlyAccepted = { sheets: result.sheets.map((sheet) => ({ ...sheet, findings: sheet.findings.filter(isAccepted) })) };
    return {
      grouped: groupFindings(result, { shown: open, isAccepted }),
      acceptedGroup: shown.has("accepted") ? groupFindings(onlyAccepted).sheets : [],
    };
  }, [lastRun, shown]);
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
      ) : grouped.sheets.length === 0 && acceptedGroup.length === 0 ? (
        <EmptyState text={EMPTY_FILTERED} />
      ) : (
        grouped.sheets.length > 0 && <FindingsList sheets={grouped.sheets} onSelect={onSelect} exceptions={exceptions} />
      )}
      {acceptedGroup.length > 0 && (
        <section className={styles.root} aria-labelledby="accepted-heading">
          <Subtitle2 as="h2" id="accepted-heading" className={styles.heading}>
            {ACCEPTED_HEADING} {grouped.accepted}건
          </Subtitle2>
          <Caption1>{ACCEPTED_HINT}</Caption1>
          <FindingsList sheets={acceptedGroup} onSelect={onSelect} exceptions={exceptions} label="예외 " />
        </section>
      )}
    </section>
  );
}
