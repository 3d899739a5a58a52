// The findings of a run, grouped by sheet and then by pledge, each group with its counts.
import { Body1Strong, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { SheetGroup } from "../groupFindings";
import { NO_PLEDGE } from "../strings";
import { FindingItem } from "./FindingItem";
import { SeverityCounts } from "./SeverityCounts";

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pledge: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
});

export interface FindingsListProps {
  sheets: SheetGroup[];
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingsList({ sheets, onSelect }: FindingsListProps) {
  const styles = useStyles();
  return (
    <>
      {sheets.map((sheet) => (
        <section key={sheet.sheet} className={styles.sheet} aria-label={`시트 ${sheet.sheet}`}>
          <Subtitle2 as="h3" className={styles.heading}>
            시트 {sheet.sheet}
          </Subtitle2>
          {sheet.pledges.map((pledge) => (
            <section key={pledge.key} className={styles.pledge} aria-label={`${sheet.sheet} ${pledge.title ?? NO_PLEDGE}`}>
              <Body1Strong as="h4" className={styles.heading}>
                {pledge.title ?? NO_PLEDGE}
              </Body1Strong>
              <SeverityCounts counts={pledge.counts} label={`${pledge.title ?? NO_PLEDGE} 심각도별 건수`} />
              <ul className={styles.list}>
                {pledge.findings.map((finding, i) => (
                  <li key={`${finding.code}:${finding.cell}:${i}`}>
                    <FindingItem finding={finding} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
