// How findings are marked on their cells: one flag per cell, the worst severity's
// colour, and a Korean note that explains every finding there and any value replaced.
import type { CellWrite, Flag, Severity, WorkbookResult, Finding, FindingValue } from "./types";
import { FINDING_CODES } from "./catalogue";
import { SEVERITY_LABELS, VALUE_LABELS } from "./rules";
import { isAccepted, lapseNote } from "./exceptions";

export { SEVERITY_LABELS } from "./rules";

export const FLAG_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Marks notes pledge-check wrote, so clearing removes only its own. */
export const NOTE_HEADER = "[공약 점검]";

/** A cell whose findings are all accepted (점검 예외) gets a neutral fill. */
export const ACCEPTED_COLOR = "#EDEDED";

/** A value as a note, the findings sheet and the CLI show it. */
export function showValue(value: FindingValue | CellWrite["previous"]): string {
  return value === null || value === "" ? "빈칸" : String(value);
}

/**
 * The lines that explain one finding, in Korean only: its title (not its code), message,
 * values and hint; an accepted one is labelled 예외 with its reason, a lapsed one says so.
 */
export function describeFinding(f: Finding): string {
  const lines = [`${isAccepted(f) ? "예외" : SEVERITY_LABELS[f.severity]} · ${FINDING_CODES[f.code].title}: ${f.message}`];
  if (f.expected !== null) lines.push(`  ${VALUE_LABELS.expected}: ${f.expected}`);
  if (f.found !== null) lines.push(`  ${VALUE_LABELS.found}: ${f.found}`);
  if (f.hint !== null) lines.push(`  ${VALUE_LABELS.hint}: ${f.hint}`);
  if (f.accepted) lines.push(isAccepted(f) ? `  예외 사유: ${f.accepted.reason}` : `  ${lapseNote(f)}`);
  return lines.join("\n");
}

export function planFlags(result: WorkbookResult, writes: CellWrite[] = []): Flag[] {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const sheet of result.sheets) {
    for (const f of sheet.findings) {
      const key = `${f.sheet}\u0000${f.cell}`;
      const entry = byCell.get(key) ?? { sheet: f.sheet, cell: f.cell, findings: [] };
      entry.findings.push(f);
      byCell.set(key, entry);
    }
  }
  const written = new Map(writes.map((w) => [`${w.sheet}\u0000${w.cell}`, w]));
  // A filled cell the check no longer faults still carries the note of what it replaced.
  for (const w of writes) {
    const key = `${w.sheet}\u0000${w.cell}`;
    if (!byCell.has(key)) byCell.set(key, { sheet: w.sheet, cell: w.cell, findings: [] });
  }
  return [...byCell.entries()].map(([key, { sheet, cell, findings }]) => {
    // Accepted findings do not raise the cell's severity while another one still counts.
    const counted = findings.filter((f) => !isAccepted(f));
    const severity = (counted.length > 0 ? counted : findings).reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), "info");
    const lines = [NOTE_HEADER, ...findings.map(describeFinding)];
    const write = written.get(key);
    if (write) lines.push(`이행률 채우기: 원래 값 ${showValue(write.previous)} → ${shownWrite(write)}`);
    const color = findings.every(isAccepted) ? ACCEPTED_COLOR : FLAG_COLORS[severity];
    return { sheet, cell, severity, note: lines.join("\n"), color };
  });
}

/** A written value as the cell shows it: 0.86 under `0%` is 86%. */
export function shownWrite(write: Pick<CellWrite, "value" | "numberFormat">): string {
  if (typeof write.value === "number" && write.numberFormat && write.numberFormat.includes("%")) {
    return `${Number((write.value * 100).toPrecision(12))}%`;
  }
  return String(write.value);
}
