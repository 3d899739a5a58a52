// How findings are marked on their cells: one flag per cell, the worst severity's
// colour, and a note that explains every finding there and any value replaced.
import type { CellWrite, Flag, Severity, WorkbookResult, Finding } from "./types";
import { isAccepted, lapseNote } from "./exceptions";

export const FLAG_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "오류", warning: "경고", info: "참고" };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Marks notes pledge-check wrote, so clearing removes only its own. */
export const NOTE_HEADER = "[공약 점검]";

/** A cell whose findings are all accepted (점검 예외) gets a neutral fill. */
export const ACCEPTED_COLOR = "#EDEDED";

function describe(f: Finding): string {
  const lines = [`${isAccepted(f) ? "예외" : SEVERITY_LABELS[f.severity]} ${f.code}: ${f.message}`];
  if (f.expected !== null) lines.push(`  기대값: ${f.expected}`);
  if (f.found !== null) lines.push(`  현재값: ${f.found}`);
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
  return [...byCell.entries()].map(([key, { sheet, cell, findings }]) => {
    // Accepted findings do not raise the cell's severity while another one still counts.
    const counted = findings.filter((f) => !isAccepted(f));
    const severity = (counted.length > 0 ? counted : findings).reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), "info");
    const lines = [NOTE_HEADER, ...findings.map(describe)];
    const write = written.get(key);
    if (write) {
      const before = write.previous === null || write.previous === "" ? "빈칸" : String(write.previous);
      lines.push(`이행률 채우기: 원래 값 ${before} → ${write.value}`);
    }
    const color = findings.every(isAccepted) ? ACCEPTED_COLOR : FLAG_COLORS[severity];
    return { sheet, cell, severity, note: lines.join("\n"), color };
  });
}
