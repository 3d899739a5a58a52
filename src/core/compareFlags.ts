// How changes between two submissions are marked on the current workbook's cells: one
// flag per cell, the worst severity's colour, and a note with each change and its
// `이전 제출: … → 현재: …` line, in Korean only, as findings' notes are (flags.ts).
import type { Flag, Severity } from "./types";
import type { Change } from "./compare";
import { CHANGE_CODES } from "./changeCodes";
import { FLAG_COLORS, NOTE_HEADER, SEVERITY_LABELS, showValue } from "./flags";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The lines that explain one change: its title (not its code), message, and before → after. */
export function describeChange(c: Change): string {
  return [`${SEVERITY_LABELS[c.severity]} · ${CHANGE_CODES[c.code].title}: ${c.message}`, `이전 제출: ${showValue(c.before)} → 현재: ${showValue(c.after)}`].join("\n");
}

export function planChangeFlags(changes: Change[]): Flag[] {
  const byCell = new Map<string, Change[]>();
  for (const c of changes) {
    if (c.sheet === null || c.cell === null) continue;
    const key = `${c.sheet}\u0000${c.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), c]);
  }
  return [...byCell.values()].map((list) => {
    const severity = list.reduce<Severity>((worst, c) => (RANK[c.severity] > RANK[worst] ? c.severity : worst), "info");
    const lines = [NOTE_HEADER, "이전 제출과 비교", ...list.map(describeChange)];
    return { sheet: list[0].sheet as string, cell: list[0].cell as string, severity, note: lines.join("\n"), color: FLAG_COLORS[severity] };
  });
}
