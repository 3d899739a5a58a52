// How findings are marked on their cells: one flag per cell, the worst severity's
// colour, and a note that explains every finding there and any value replaced.
import type { CellWrite, Flag, Severity, WorkbookResult, Finding } from "./types";

export const FLAG_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "오류", warning: "경고", info: "참고" };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Marks notes pledge-check wrote, so clearing removes only its own. */
export const NOTE_HEADER = "[공약 점검]";

function describe(f: Finding): string {
  // Korean only: a department reads this note; the code stays in 검토 결과 and the JSON.
  const lines = [`${SEVERITY_LABELS[f.severity]}: ${f.message}`];
  if (f.expected !== null) lines.push(`  기대값: ${f.expected}`);
  if (f.found !== null) lines.push(`  현재값: ${f.found}`);
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
    const severity = findings.reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), "info");
    const lines = [NOTE_HEADER, ...findings.map(describe)];
    const write = written.get(key);
    if (write) {
      const before = write.previous === null || write.previous === "" ? "빈칸" : String(write.previous);
      lines.push(`이행률 채우기: 원래 값 ${before} → ${write.value}`);
    }
    return { sheet, cell, severity, note: lines.join("\n"), color: FLAG_COLORS[severity] };
  });
}
