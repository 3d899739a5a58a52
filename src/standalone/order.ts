// The table's order: files that need attention first — unreadable, then by errors,
// warnings, notes — and otherwise in the order they were loaded.
import type { FileRow } from "./protocol";

export function attentionFirst(rows: readonly FileRow[]): FileRow[] {
  const weight = (row: FileRow) => [row.problem !== null ? 1 : 0, row.errors, row.warnings, row.infos];
  return [...rows].sort((a, b) => {
    const [x, y] = [weight(a), weight(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return a.index - b.index;
  });
}
