// 이전 제출본과 비교: choose the earlier file, see what changed since, by cell. Needs the
// current check's result (전체 검사 first). Changes are listed errors first (the core's order
// within a severity). Clicking a change selects its cell.
import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Change, WorkbookResult } from "../../core";
import { compareWithEarlier } from "../earlierSubmission";
import { SeverityBadge } from "./SeverityBadge";

export const COMPARE = "이전 제출본과 비교";
export const COMPARE_NEEDS_CHECK = "먼저 전체 검사를 실행하세요.";
export const NO_CHANGES = "이전 제출본과 달라진 점이 없습니다.";
export const COMPARE_HEADING = "이전 제출본과 달라진 점";

const RANK = { error: 0, warning: 1, info: 2 } as const;
/** Errors first; Array.prototype.sort is stable, so the core's order stays within a severity. */
const bySeverity = (changes: Change[]) => [...changes].sort((a, b) => RANK[a.severity] - RANK[b.severity]);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyle: "none" },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  heading: { margin: 0 },
  // Badge, then the cell, with space between: never `경고6-3-3!I4`.
  head: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

export interface CompareWithEarlierProps {
  current: WorkbookResult | null;
  onSelect: (sheet: string, cell: string) => void;
  /** How a chosen file becomes bytes; the browser's File.arrayBuffer by default. */
  readBytes?: (file: File) => Promise<ArrayBuffer>;
}

export function CompareWithEarlier({ current, onSelect, readBytes = (file) => file.arrayBuffer() }: CompareWithEarlierProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new comparison: focus goes to its heading, at the top of the results.
  useEffect(() => {
    if (changes) heading.current?.focus();
  }, [changes]);

  const chosen = async (file: File | undefined) => {
    if (!file || !current) return;
    setBusy(true);
    setProblem(null);
    try {
      setChanges(bySeverity(await compareWithEarlier(await readBytes(file), current)));
    } catch (error) {
      setChanges(null);
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <div className={styles.root}>
      <input ref={input} type="file" accept=".xlsx" hidden aria-label={COMPARE} onChange={(e) => void chosen(e.target.files?.[0])} />
      <Button disabled={!current || busy} title={current ? undefined : COMPARE_NEEDS_CHECK} onClick={() => input.current?.click()}>
        {COMPARE}
      </Button>
      {!current && <span>{COMPARE_NEEDS_CHECK}</span>}
      {problem && <span role="alert">{problem}</span>}
      {changes && (
        <section className={styles.root} aria-labelledby="compare-heading">
          <h2 id="compare-heading" ref={heading} tabIndex={-1} className={styles.heading}>
            <Subtitle2>
              {COMPARE_HEADING} {changes.length}건
            </Subtitle2>
          </h2>
          {changes.length === 0 ? (
            <span>{NO_CHANGES}</span>
          ) : (
            <ul className={styles.list} aria-label={COMPARE_HEADING}>
              {changes.map((c, i) => (
                <li key={i} className={styles.item}>
                  <span className={styles.head}>
                    <SeverityBadge severity={c.severity} />
                    {/* A real space too, so text and screen readers keep them apart, not only the gap. */}{" "}
                    {c.sheet && c.cell ? (
                      <Button appearance="subtle" size="small" onClick={() => onSelect(c.sheet as string, c.cell as string)}>
                        <span className={styles.cell}>
                          {c.sheet}!{c.cell}
                        </span>
                      </Button>
                    ) : (
                      <span>
                        공약 {c.pledgeId ?? "(번호 없음)"}
                        {c.indicator ? ` 지표 '${c.indicator}'` : ""}
                      </span>
                    )}
                  </span>
                  <span>{c.message}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
