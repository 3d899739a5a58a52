// A heading that opens and closes the group under it (the ARIA disclosure pattern: a
// button inside the heading, aria-expanded, aria-controls), with its counts beside it.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontFamily: tokens.fontFamilyBase, lineHeight: tokens.lineHeightBase300 },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    wordBreak: "keep-all",
    cursor: "pointer",
    ":focus": { outlineStyle: "none" },
    ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
  },
  chevron: { display: "inline-block", width: "1em", color: tokens.colorNeutralForeground3, transitionDuration: "0s" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface DisclosureProps {
  level: 3 | 4;
  title: string;
  /** Beside the heading, outside the button: e.g. the group's counts. */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Disclosure({ level, title, aside, children, className }: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(true);
  const id = useId();
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className={mergeClasses(styles.body, className)}>
      <div className={styles.row}>
        <Heading className={mergeClasses(styles.heading, level === 3 ? styles.h3 : styles.h4)}>
          <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
            <span className={styles.chevron} aria-hidden="true">
              {open ? "▾" : "▸"}
            </span>
            {title}
          </button>
        </Heading>
        {aside}
      </div>
      {/* A class with `display` would override the hidden attribute's display: none. */}
      <div id={id} className={open ? styles.body : undefined} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
