// The plain report's 공약 목록 대조 block: missing pledges by department, then the others.
import { placeText as where, type RosterReport } from "../core";

function name(p: { id: string | null; title: string | null }): string {
  return [p.id, p.title].filter(Boolean).join(" ") || "(번호·공약명 없음)";
}

export function plainRoster(report: RosterReport): string {
  const lines = ["  공약 목록 대조:"];
  if (report.missing.length > 0) {
    lines.push(`    미제출 ${report.missing.length}개`);
    const byDepartment = new Map<string, string[]>();
    for (const e of report.missing) byDepartment.set(e.department ?? "", [...(byDepartment.get(e.department ?? "") ?? []), name(e)]);
    for (const [department, names] of byDepartment) lines.push(`      · ${department || "(부서 없음)"}: ${names.join(", ")}`);
  }
  if (report.unknown.length > 0) {
    lines.push(`    목록에 없는 공약 ${report.unknown.length}개`);
    for (const u of report.unknown) lines.push(`      · ${name(u)} (${where(u)})`);
  }
  if (report.duplicates.length > 0) {
    lines.push(`    중복 제출 ${report.duplicates.length}개`);
    for (const d of report.duplicates) lines.push(`      · ${name(d)}: ${d.places.map(where).join(", ")}`);
  }
  if (report.departmentMismatch.length > 0) {
    lines.push(`    부서 불일치 ${report.departmentMismatch.length}개`);
    for (const m of report.departmentMismatch) lines.push(`      · ${name(m)}: 목록 ${m.roster} / 제출 ${m.submitted} (${where(m)})`);
  }
  if (lines.length === 1) lines.push("    공약 목록과 제출된 공약이 모두 맞습니다.");
  return lines.join("\n");
}
