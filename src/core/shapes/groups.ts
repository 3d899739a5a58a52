// Grouping a table's rows into indicators by meaning: the rows of one indicator share its
// name cell (merged over them, written on each, or blank below the first). The actual row
// may come first; a pair may be split by other rows when each row names its indicator.
import type { GridView } from "../grid";
import type { TableLayout } from "../layout";
import type { RowRole, RowSpan } from "../rules/labels";
import { cellText } from "../text";

export interface GroupRow {
  row: number;
  role: RowRole;
  span: RowSpan;
}

export interface RowGroup {
  name: string;
  rows: GroupRow[];
}

export function groupRows(grid: GridView, table: TableLayout): RowGroup[] {
  const col = table.columns.name;
  // One row per indicator: the row is both its target (목표 columns) and its actual (실적 columns).
  if (table.columns.actual) {
    return table.rows.flatMap((b) =>
      b.kind === "closing" ? [] : [{ name: cellText(grid.raw(b.row, col)), rows: [{ row: b.row, role: "target" as const, span: b.span }, { row: b.row, role: "actual" as const, span: b.span }] }],
    );
  }
  const groups: RowGroup[] = [];
  let current: (RowGroup & { masterRow: number }) | null = null;
  for (const body of table.rows) {
    if (body.kind === "closing") continue;
    const master = grid.master(body.row, col);
    const name = cellText(grid.raw(master.row, master.col));
    const continues: boolean =
      current !== null && ((master.row !== body.row && master.row === current.masterRow) || name === "" || name === current.name);
    const taken = current?.rows.some((r) => r.role === body.kind && r.span === body.span) ?? false;
    if (!continues || taken || current === null) {
      current = { name: name || (continues && current ? current.name : ""), rows: [], masterRow: master.row };
      groups.push(current);
    }
    current.rows.push({ row: body.row, role: body.kind, span: body.span });
  }
  return joinSplitPairs(groups.map(({ name, rows }) => ({ name, rows })));
}

const has = (g: RowGroup, role: RowRole) => g.rows.some((r) => r.role === role);

/** A named target without its actual joins the later group of the same name lacking a target. */
function joinSplitPairs(groups: RowGroup[]): RowGroup[] {
  const out: RowGroup[] = [];
  const used = new Set<RowGroup>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (used.has(g)) continue;
    if (g.name !== "" && has(g, "target") !== has(g, "actual")) {
      const missing: RowRole = has(g, "target") ? "actual" : "target";
      const other = groups.slice(i + 1).find((o) => !used.has(o) && o.name === g.name && has(o, missing) && !has(o, missing === "target" ? "actual" : "target"));
      if (other) {
        used.add(other);
        out.push({ name: g.name, rows: [...g.rows, ...other.rows] });
        continue;
      }
    }
    out.push(g);
  }
  return out;
}
