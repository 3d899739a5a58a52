// How findings are marked on their cells: one flag per cell, the worst severity's
// colour, and a Korean note that explains every finding there and any value replaced.
import type { CellWrite, Flag, Severity, WorkbookResult, Finding, FindingValue } from "./types";
import { FINDING_CODES } from "./catalogue";
import { SEVERITY_LABELS, VALUE_LABELS } from "./rules";

export { SEVERITY_LABELS } from "./rules";

export const FLAG_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Marks notes pledge-check wrote, so clearing removes only its own. */
export const NOTE_HEADER = "[공약 점검]";

/** A value as a note, the findings sheet and the CLI show it. */
export function showValue(value: FindingValue | CellWrite["previous"]): string {
  return value === null || value === "" ? "빈칸" : String(value);
}

/** The lines that explain one finding, in Korean only: its title (not its code), message, values and hint. */
export function describeFinding(f: Finding): string {
  const lines = [`${SEVERITY_LABELS[f.severity]} · ${FINDING_CODES[f.code].title}: ${f.message}`];
  if (f.expected !== null) lines.push(`  ${VALUE_LABELS.expected}: ${f.expected}`);
  if (f.found !== null) lines.push(`  ${VALUE_LABELS.found}: ${f.found}`);
  if (f.hint !== null) lines.push(`  ${VALUE_LABELS.hint}: ${f.hint}`);
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
  return [...byCell.entries()].map(([key, { sheet, cell, findings }]) => {
    const severity = findings.reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), "info");
    const lines = [NOTE_HEADER, ...findings.map(describeFinding)];
    const write = written.get(key);
    if (write) lines.push(`이행률 채우기: 원래 값 ${showValue(write.previous)} → ${shownWrite(write)}`);
    return { sheet, cell, severity, note: lines.join("\n"), color: FLAG_COLORS[severity] };
  });
}

/** A written value as the cell shows it: 0.86 under `0%` is 86%. */
export function shownWrite(write: Pick<CellWrite, "value" | "numberFormat">): string {
  if (typeof write.value === "number" && write.numberFormat && write.numberFormat.includes("%")) {
    return `${Number((write.value * 100).toPrecision(12))}%`;
  }
  return String(write.value);
}
