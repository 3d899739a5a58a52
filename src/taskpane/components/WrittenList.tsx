// The rate cells the last fill wrote, with what they held before; each moves to its cell.
import { makeStyles, Subtitle2, tokens, Link } from "@fluentui/react-components";
import { shownWrite } from "../../core";
import type { CellWrite } from "../../core/types";
import { PREVIOUS, WRITTEN_HEADING } from "../strings";
import { formatValue } from "./formatValue";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
});

export interface WrittenListProps {
  written: CellWrite[];
  onSelect: (sheet: string, cell: string) => void;
}

export function WrittenList({ written, onSelect }: WrittenListProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="written-heading">
      <Subtitle2 as="h2" id="written-heading" className={styles.heading}>
        {WRITTEN_HEADING}
      </Subtitle2>
      <ul className={styles.list}>
        {written.map((w) => (
          <li key={`${w.sheet}!${w.cell}`}>
            <Link as="button" type="button" onClick={() => onSelect(w.sheet, w.cell)}>
              {w.sheet} {w.cell}: {shownWrite(w)}
            </Link>{" "}
            ({PREVIOUS}: {formatValue(w.previous)})
          </li>
        ))}
      </ul>
    </section>
  );
}
