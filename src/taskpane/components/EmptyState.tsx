// Shown instead of a findings list: nothing checked yet, no table found, or nothing wrong.
import { Body1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
  },
});

export function EmptyState({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1>{text}</Body1>
    </div>
  );
}
