// Filter chips over the findings: 오류 · 경고 · 참고 with their counts (only those that
// occur), and 예외 when a reviewer accepted findings. Each is a toggle button (aria-pressed);
// a pressed chip shows a check mark and a solid outline, so on and off differ without colour.
import { makeStyles, shorthands, ToggleButton, tokens } from "@fluentui/react-components";
import type { FilterKey } from "../groupFindings";
import { ACCEPTED_LABEL, FILTER_LABEL, SEVERITY_LABELS } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The check mark is drawn (not text: the chip's name stays "오류 3건", aria-pressed says on/off);
  // it keeps its width when off, so a chip does not jump when pressed.
  on: {
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    fontWeight: tokens.fontWeightSemibold,
    "::before": { content: '"✓"', display: "inline-block", width: "1.1em", textAlign: "start" },
  },
  off: { ...shorthands.borderStyle("dashed"), "::before": { content: '""', display: "inline-block", width: "1.1em" } },
});

export const chipLabel = (key: FilterKey) => (key === "accepted" ? ACCEPTED_LABEL : SEVERITY_LABELS[key]);

export interface FilterChipsProps {
  chips: { key: FilterKey; count: number }[];
  shown: ReadonlySet<FilterKey>;
  onToggle: (key: FilterKey) => void;
}

export function FilterChips({ chips, shown, onToggle }: FilterChipsProps) {
  const styles = useStyles();
  if (chips.length === 0) return null;
  return (
    <div className={styles.root} role="group" aria-label={FILTER_LABEL}>
      {chips.map(({ key, count }) => (
        <ToggleButton
          key={key}
          size="small"
          shape="circular"
          checked={shown.has(key)}
          className={shown.has(key) ? styles.on : styles.off}
          onClick={() => onToggle(key)}
        >
          {chipLabel(key)} {count}건
        </ToggleButton>
      ))}
    </div>
  );
}
