// How the reader understood a pledge's table (issue 8): its layout and each indicator that
// is not a count, in the words of the plain output (표 구성 …). Shown only when the table is
// not the ordinary 목표·이행 pair of counts, so an ordinary sheet's pane stays quiet.
import { makeStyles, tokens } from "@fluentui/react-components";
import { readingText } from "../../core/layoutNames";
import type { Pledge } from "../../core/types";

const useStyles = makeStyles({
  reading: { margin: 0, marginBlockEnd: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** The standard layout: nothing worth saying when every indicator is also a count. */
const ORDINARY_LAYOUT: Pledge["layout"] = "row-pairs";

export function PledgeReading({ pledge, label }: { pledge: Pledge | undefined; label: string }) {
  const styles = useStyles();
  if (!pledge) return null;
  if (pledge.layout === ORDINARY_LAYOUT && pledge.indicators.every((i) => i.kind === "count")) return null;
  return (
    <p className={styles.reading} aria-label={label}>
      {readingText(pledge)}
    </p>
  );
}
