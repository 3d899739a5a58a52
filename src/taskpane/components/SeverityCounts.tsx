// How many findings of each severity, e.g. 오류 2건 · 참고 1건. A severity with no finding
// is left out ("오류 0건" on every pledge is noise).
import { makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_ORDER, type SeverityCounts as Counts } from "../groupFindings";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  list: { display: "flex", gap: tokens.spacingHorizontalS, listStyleType: "none", margin: 0, padding: 0, flexWrap: "wrap" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
});

export function SeverityCounts({ counts, label }: { counts: Counts; label: string }) {
  const styles = useStyles();
  const present = SEVERITY_ORDER.filter((s) => counts[s] > 0);
  if (present.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {present.map((severity) => (
        <li key={severity} className={styles.item}>
          <SeverityBadge severity={severity} size="small" />
          <span>{counts[severity]}건</span>
        </li>
      ))}
    </ul>
  );
}
