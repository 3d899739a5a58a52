// The five actions. All are disabled while any of them runs.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneAction } from "../checker";
import { ACTION_HINTS, ACTION_LABELS } from "../strings";

const ACTIONS: PaneAction[] = ["checkActiveSheet", "checkAll", "fillRates", "clearFlags", "createSummarySheet"];

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  // The summary is a different kind of work from the four check actions: its own row.
  wide: { gridColumn: "1 / -1" },
});

export interface ActionBarProps {
  running: PaneAction | null;
  onAction: (action: PaneAction) => void;
}

export function ActionBar({ running, onAction }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="group" aria-label="작업">
      {ACTIONS.map((action) => (
        <Button
          key={action}
          className={action === "createSummarySheet" ? styles.wide : undefined}
          appearance={action === "checkAll" ? "primary" : "secondary"}
          // Focusable while disabled, so a keyboard user keeps their place during a run.
          disabledFocusable={running !== null}
          title={ACTION_HINTS[action]}
          onClick={() => onAction(action)}
        >
          {ACTION_LABELS[action]}
        </Button>
      ))}
    </div>
  );
}
