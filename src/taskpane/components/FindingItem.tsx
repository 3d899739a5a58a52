// One finding: severity, cell, message, and the values (기대값, 현재값) and the core's hint
// (입력 안내: what to write, never shown as 기대값). It is a real button, so a click, Enter or
// Space moves Excel's selection to the cell. The focus ring is drawn inside the card's own
// border, so no scrolling parent can clip it and the border never disappears under it.
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { EXPECTED, FOUND, HINT, SELECT_HINT } from "../strings";
import { formatValue } from "./formatValue";
import { isAccepted } from "../../core";
import { takeFocus } from "../focusReturn";
import { AcceptedBadge, SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  button: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    wordBreak: "keep-all",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus": { outlineStyle: "none" },
    // Keyboard focus: a 2 px ring on the card's edge, inside it, plus the border in the same colour.
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
      ...shorthands.borderColor(tokens.colorStrokeFocus2),
    },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  values: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  message: { overflowWrap: "break-word" },
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
      ref={(button) => {
        // Back from 예외로 두기: the list was rebuilt, focus returns to this finding.
        if (button && takeFocus(finding.key)) button.focus();
      }}
      className={styles.button}
      title={SELECT_HINT}
      data-finding-key={finding.key}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.head}>
        {isAccepted(finding) ? <AcceptedBadge /> : <SeverityBadge severity={finding.severity} />}
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
          {HINT}: {finding.hint}
        </span>
      )}
    </button>
  );
}
