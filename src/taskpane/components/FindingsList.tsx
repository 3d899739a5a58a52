// The findings of a run, grouped by sheet and then by pledge, errors first; each group
// opens and closes and shows its counts (zero counts left out).
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import type { SheetGroup } from "../groupFindings";
import { NO_PLEDGE } from "../strings";
import { Disclosure } from "./Disclosure";
import { ExceptionControls } from "./ExceptionControls";
import { FindingItem } from "./FindingItem";
import { PledgeReading } from "./PledgeReading";
import { SeverityCounts } from "./SeverityCounts";

const useStyles = makeStyles({
  sheets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pledge: { paddingInlineStart: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface FindingsListProps {
  sheets: SheetGroup[];
  onSelect: (sheet: string, cell: string) => void;
  /** 예외로 두기 / 예외 취소 under each finding; none when absent. */
  exceptions?: ExceptionHandlers;
  /** Names the list (a second list, such as the accepted findings, needs names of its own). */
  label?: string;
}

export interface ExceptionHandlers {
  onAccept: (finding: Finding, reason: string) => Promise<void>;
  onCancel: (finding: Finding) => Promise<void>;
}

export function FindingsList({ sheets, onSelect, exceptions, label = "" }: FindingsListProps) {
  const styles = useStyles();
  return (
    <div className={styles.sheets}>
      {sheets.map((sheet) => (
        <section key={sheet.sheet} aria-label={`${label}시트 ${sheet.sheet}`}>
          <Disclosure level={3} title={`시트 ${sheet.sheet}`} aside={<SeverityCounts counts={sheet.counts} label={`시트 ${sheet.sheet} 심각도별 건수`} />}>
            {sheet.pledges.map((pledge) => {
              const title = pledge.title ?? NO_PLEDGE;
              return (
                <section key={pledge.key} className={styles.pledge} aria-label={`${label}${sheet.sheet} ${title}`}>
                  <Disclosure level={4} title={title} aside={<SeverityCounts counts={pledge.counts} label={`${title} 심각도별 건수`} />}>
                    <PledgeReading pledge={pledge.pledge} label={`${title} 표 읽은 방식`} />
                    <ul className={styles.list} aria-label={`${label}${title} 검토 결과`}>
                      {pledge.findings.map((finding, i) => (
                        <li key={`${finding.code}:${finding.cell}:${i}`}>
                          <FindingItem finding={finding} onSelect={onSelect} />
                          {exceptions && <ExceptionControls finding={finding} onAccept={exceptions.onAccept} onCancel={exceptions.onCancel} />}
                        </li>
                      ))}
                    </ul>
                  </Disclosure>
                </section>
              );
            })}
          </Disclosure>
        </section>
      ))}
    </div>
  );
}
