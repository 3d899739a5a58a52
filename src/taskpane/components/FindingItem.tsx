// One finding: severity, cell, message, expected and found values, and a hint labelled as one. It is a real button, so
// a click, Enter or Space moves Excel's selection to the cell.
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { VALUE_LABELS } from "../../core";
import type { Finding } from "../../core/types";
import { EXPECTED, FOUND, SELECT_HINT } from "../strings";
import { formatValue } from "./formatValue";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  button: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
  },
  focus: createFocusOutlineStyle(),
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  values: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.button, styles.focus)}
      title={SELECT_HINT}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.head}>
        <SeverityBadge severity={finding.severity} />
        <span className={styles.cell}>{finding.cell}</span>
      </span>
      <span className={styles.message}>{finding.message}</span>
      {finding.expected !== null && (
        <span className={styles.values}>
          {EXPECTED}: {formatValue(finding.expected)}
        </span>
      )}
      {finding.found !== null && (
        <span className={styles.values}>
          {FOUND}: {formatValue(finding.found)}
        </span>
      )}
      {finding.hint !== null && (
        <span className={styles.values}>
          {VALUE_LABELS.hint}: {finding.hint}
        </span>
      )}
    </button>
  );
}
