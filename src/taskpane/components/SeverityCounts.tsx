// How many findings of each severity, e.g. 오류 2건 · 경고 1건 · 참고 0건.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/types";
import type { SeverityCounts as Counts } from "../groupFindings";
import { SeverityBadge } from "./SeverityBadge";

const ORDER: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalM, listStyleType: "none", margin: 0, padding: 0, flexWrap: "wrap" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export function SeverityCounts({ counts, label }: { counts: Counts; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {ORDER.map((severity) => (
        <li key={severity} className={styles.item}>
          <SeverityBadge severity={severity} />
          <span>{counts[severity]}건</span>
        </li>
      ))}
    </ul>
  );
}
