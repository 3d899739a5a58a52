// A read-only picture of one sheet of the in-memory workbook, the way Excel would show it:
// values, merged cells, fills, notes (red corner, text on hover) and the selection.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, toA1 } from "../core/address";
import type { Rect } from "../memory-excel/address";
import { cellKey, readCell, usedRect, type SheetModel } from "../memory-excel/model";
import { displayValue } from "./displayValue";

const useStyles = makeStyles({
  scroller: { overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: "#fff" },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: tokens.fontFamilyBase },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    position: "sticky",
    top: 0,
  },
  cell: {
    border: "1px solid #d4d4d4",
    padding: "2px 6px",
    minWidth: "48px",
    maxWidth: "260px",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    position: "relative",
    verticalAlign: "middle",
  },
  number: { textAlign: "end" },
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  noted: {
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      borderTop: "7px solid #d13438",
      borderLeft: "7px solid transparent",
    },
  },
});

function mergeAt(sheet: SheetModel, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

export interface SheetViewProps {
  sheet: SheetModel;
  selection: Rect | null;
}

export function SheetView({ sheet, selection }: SheetViewProps) {
  const styles = useStyles();
  const used = usedRect(sheet, false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  const rows = Array.from({ length: used.bottom + 2 }, (_, r) => r);
  const cols = Array.from({ length: used.right + 2 }, (_, c) => c);
  const isSelected = (r: number, c: number) =>
    selection !== null && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right;

  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={`시트 ${sheet.name}`}>
        <thead>
          <tr>
            <th className={styles.head} />
            {cols.map((c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" className={styles.head}>
                {r + 1}
              </th>
              {cols.map((c) => {
                const merge = mergeAt(sheet, r, c);
                if (merge && (merge.top !== r || merge.left !== c)) return null;
                const cell = readCell(sheet, r, c);
                const note = sheet.notes.get(cellKey(r, c))?.content;
                return (
                  <td
                    key={c}
                    data-cell={toA1(r, c)}
                    rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
                    colSpan={merge ? merge.right - merge.left + 1 : undefined}
                    title={note}
                    style={cell.fill ? { backgroundColor: cell.fill.color } : undefined}
                    className={mergeClasses(
                      styles.cell,
                      typeof cell.value === "number" && styles.number,
                      note !== undefined && styles.noted,
                      isSelected(r, c) && styles.selected,
                    )}
                  >
                    {displayValue(cell.value, cell.numberFormat)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
