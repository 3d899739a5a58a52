// Arranges a workbook result for the findings list: by sheet, then by pledge, with counts.
import type { Finding, Pledge, Severity, WorkbookResult } from "../core/types";

export type SeverityCounts = Record<Severity, number>;

export interface PledgeGroup {
  /** Unique within the sheet, for React keys and ids. */
  key: string;
  /** Pledge number and title as the card writes them; null for findings outside any pledge. */
  title: string | null;
  findings: Finding[];
  counts: SeverityCounts;
}

export interface SheetGroup {
  sheet: string;
  pledges: PledgeGroup[];
  counts: SeverityCounts;
}

export interface GroupedFindings {
  sheets: SheetGroup[];
  counts: SeverityCounts;
  sheetsChecked: number;
  pledgesChecked: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function pledgeTitle(pledge: Pledge | undefined, id: string | null): string | null {
  if (!pledge) return id;
  // A card without number or title is named by where it starts, so two such cards differ.
  return [pledge.id, pledge.title].filter((part): part is string => Boolean(part)).join(" ") || id || `(공약번호 없음) ${pledge.anchorCell}`;
}

/**
 * Sheets and pledges keep the workbook's order (findings outside a pledge come last);
 * sheets without findings are left out.
 */
export function groupFindings(result: WorkbookResult): GroupedFindings {
  const sheets: SheetGroup[] = [];
  for (const sheet of result.sheets) {
    if (sheet.findings.length === 0) continue;
    const byPledge = new Map<string, PledgeGroup>();
    for (const finding of sheet.findings) {
      // By the pledge's key: two unnumbered cards on a sheet are two groups, not one.
      const key = finding.pledgeKey ?? "";
      let group = byPledge.get(key);
      if (!group) {
        const pledge = sheet.pledges.find((p) => p.key === finding.pledgeKey);
        group = { key, title: pledgeTitle(pledge, finding.pledgeId), findings: [], counts: countBySeverity([]) };
        byPledge.set(key, group);
      }
      group.findings.push(finding);
      group.counts[finding.severity]++;
    }
    const order = (g: PledgeGroup) => {
      const i = sheet.pledges.findIndex((p) => g.key === p.key);
      return i < 0 ? sheet.pledges.length : i;
    };
    const pledges = [...byPledge.values()].sort((a, b) => order(a) - order(b));
    sheets.push({ sheet: sheet.name, pledges, counts: countBySeverity(sheet.findings) });
  }
  return {
    sheets,
    counts: countBySeverity(result.sheets.flatMap((s) => s.findings)),
    sheetsChecked: result.sheets.length,
    pledgesChecked: result.sheets.reduce((n, s) => n + s.pledges.length, 0),
  };
}
