// Arranges a workbook result for the findings list, errors first: sheets and pledges with
// an error come before those with only warnings, and so on; within a group findings go by
// severity, each severity in the card's order. Counts per severity, and per filter chip.
import { isReviewerSheet } from "../core";
import type { Finding, Pledge, Severity, WorkbookResult } from "../core/types";

export type SeverityCounts = Record<Severity, number>;

/** A filter chip: a severity, or findings a reviewer accepted as exceptions (예외). */
export type FilterKey = Severity | "accepted";

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface PledgeGroup {
  /** Unique within the sheet, for React keys and ids. */
  key: string;
  /** Pledge number and title as the card writes them; null for findings outside any pledge. */
  title: string | null;
  findings: Finding[];
  counts: SeverityCounts;
  /** The pledge itself, for how its table was read; absent for findings outside any pledge. */
  pledge?: Pledge;
}

export interface SheetGroup {
  sheet: string;
  pledges: PledgeGroup[];
  counts: SeverityCounts;
}

export interface GroupedFindings {
  sheets: SheetGroup[];
  counts: SeverityCounts;
  /** Findings a reviewer accepted (shown only under the 예외 chip); 0 until such findings exist. */
  accepted: number;
  sheetsChecked: number;
  pledgesChecked: number;
}

export interface GroupOptions {
  /** Which chips are on; a finding shows when its chip is on. Default: every severity, no 예외. */
  shown?: ReadonlySet<FilterKey>;
  /** Findings accepted as exceptions; none today (another branch adds them). */
  isAccepted?: (finding: Finding) => boolean;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The worst severity present, as a rank (0 = error); 3 for none. */
function worst(counts: SeverityCounts): number {
  const at = SEVERITY_ORDER.findIndex((s) => counts[s] > 0);
  return at < 0 ? SEVERITY_ORDER.length : at;
}

function pledgeTitle(pledge: Pledge | undefined, id: string | null): string | null {
  if (!pledge) return id;
  // A card without number or title is named by where it starts, so two such cards differ.
  return [pledge.id, pledge.title].filter((part): part is string => Boolean(part)).join(" ") || id || `(공약번호 없음) ${pledge.anchorCell}`;
}

/** Sorts by severity, keeping the given order within a severity (Array.prototype.sort is stable). */
function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export const ALL_SEVERITIES: ReadonlySet<FilterKey> = new Set<FilterKey>(SEVERITY_ORDER);

/**
 * Groups by sheet, then pledge, errors first (see the top of the file); findings outside
 * a pledge come after the pledges of the same rank. Groups with no finding shown are left
 * out. A group's header counts what it shows after filtering (accepted findings apart); the
 * chips' counts are of every finding, whatever the filter, so the chips never hide a number.
 */
export function groupFindings(result: WorkbookResult, options: GroupOptions = {}): GroupedFindings {
  const shown = options.shown ?? ALL_SEVERITIES;
  const isAccepted = options.isAccepted ?? (() => false);
  const visible = (f: Finding) => shown.has(isAccepted(f) ? "accepted" : f.severity);
  const open = result.sheets.flatMap((s) => s.findings).filter((f) => !isAccepted(f));
  const sheets: (SheetGroup & { order: number })[] = [];
  result.sheets.forEach((sheet, sheetIndex) => {
    const byPledge = new Map<string, { key: string; title: string | null; all: Finding[]; order: number; pledge?: Pledge }>();
    for (const finding of sheet.findings) {
      // By the pledge's key: two unnumbered cards on a sheet are two groups, not one.
      const key = finding.pledgeKey ?? "";
      let group = byPledge.get(key);
      if (!group) {
        const index = sheet.pledges.findIndex((p) => finding.pledgeKey !== null && p.key === finding.pledgeKey);
        group = { key, title: pledgeTitle(sheet.pledges[index], finding.pledgeId), all: [], order: index < 0 ? sheet.pledges.length : index, pledge: sheet.pledges[index] };
        byPledge.set(key, group);
      }
      group.all.push(finding);
    }
    const pledges = [...byPledge.values()]
      .map((g) => ({ ...g, findings: bySeverity(g.all.filter(visible)), counts: countBySeverity(g.all.filter((f) => visible(f) && !isAccepted(f))) }))
      .filter((g) => g.findings.length > 0)
      .sort((a, b) => worst(a.counts) - worst(b.counts) || a.order - b.order)
      .map(({ key, title, findings, counts, pledge }): PledgeGroup => ({ key, title, findings, counts, ...(pledge ? { pledge } : {}) }));
    if (pledges.length === 0) return;
    sheets.push({ sheet: sheet.name, pledges, counts: countBySeverity(sheet.findings.filter((f) => visible(f) && !isAccepted(f))), order: sheetIndex });
  });
  const ordered = sheets
    .sort((a, b) => worst(a.counts) - worst(b.counts) || a.order - b.order)
    .map(({ sheet, pledges, counts }): SheetGroup => ({ sheet, pledges, counts }));
  return {
    sheets: ordered,
    counts: countBySeverity(open),
    accepted: result.sheets.reduce((n, s) => n + s.findings.filter(isAccepted).length, 0),
    // 점검 예외 and 공약 목록 are read alongside, not checked: not counted as checked sheets.
    sheetsChecked: result.sheets.filter((sheet) => !isReviewerSheet(sheet.name)).length,
    pledgesChecked: result.sheets.reduce((n, s) => n + s.pledges.length, 0),
  };
}

/** The chips to offer: severities that occur, then 예외 when there are accepted findings. Zero counts are not shown. */
export function filterChips(grouped: Pick<GroupedFindings, "counts" | "accepted">): { key: FilterKey; count: number }[] {
  const chips: { key: FilterKey; count: number }[] = SEVERITY_ORDER.filter((s) => grouped.counts[s] > 0).map((s) => ({ key: s, count: grouped.counts[s] }));
  if (grouped.accepted > 0) chips.push({ key: "accepted", count: grouped.accepted });
  return chips;
}
