// One pledge number in two files of one run (a department's file and a pledge's own card, say)
// is one pledge: the later file's card gets DUPLICATE_PLEDGE_ID naming both places, and the
// summary counts it once, from the copy with the later as-of date (the newer figures), else
// from the file checked first.
import type { SummaryRow } from "./summary";
import type { WorkbookResult } from "./types";
import { findingKey, FindingList } from "./findings";
import { compact } from "./text";

/** A checked file of the run, by the name its rows show. */
export interface RunFile {
  file: string;
  result: WorkbookResult;
}

export interface PledgeCopy {
  file: string | null;
  sheet: string;
  cell: string;
}

export interface DuplicatePledge {
  id: string;
  title: string | null;
  /** The copy whose figures the summary counts. */
  used: PledgeCopy;
  /** The other copies, not counted. */
  others: PledgeCopy[];
  /** Why `used`: its as-of date is later, or the copies' dates do not tell and it was checked first. */
  why: "laterAsOf" | "checkedFirst";
}

const place = (file: string, sheet: string, cell: string) => `${file}의 ${sheet}!${cell}`;

/**
 * Adds DUPLICATE_PLEDGE_ID to each pledge of `current` whose number a file checked earlier in
 * the run already has (within one file, keys.ts says so already).
 */
export function flagDuplicatesAcrossFiles(earlier: readonly RunFile[], current: RunFile): void {
  const seen = new Map<string, { file: string; sheet: string; cell: string }>();
  for (const { file, result } of earlier) {
    for (const pledge of result.sheets.flatMap((s) => s.pledges)) {
      if (pledge.id !== null && !seen.has(compact(pledge.id))) seen.set(compact(pledge.id), { file, sheet: pledge.sheet, cell: pledge.anchorCell });
    }
  }
  for (const sheet of current.result.sheets) {
    for (const pledge of sheet.pledges) {
      const first = pledge.id === null ? undefined : seen.get(compact(pledge.id));
      if (pledge.id === null || first === undefined) continue;
      const list = new FindingList(sheet.name);
      list.pledgeId = pledge.id;
      const params = { id: pledge.id, first: place(first.file, first.sheet, first.cell), here: place(current.file, sheet.name, pledge.anchorCell) };
      list.add("DUPLICATE_PLEDGE_ID", { cell: pledge.anchorCell, role: "pledgeId" }, params, { found: pledge.id });
      for (const f of list.items) {
        f.pledgeKey = pledge.key;
        // Apart from a duplicate inside the file, which has the same code, pledge and role.
        f.key = `${findingKey(f)}|run`;
        sheet.findings.push(f);
        pledge.counts[f.severity]++;
      }
    }
  }
}

/** The rows counted once per pledge number across files, and the numbers that had copies. */
export function countOnce(rows: readonly SummaryRow[]): { rows: SummaryRow[]; duplicates: DuplicatePledge[] } {
  const byId = new Map<string, SummaryRow[]>();
  for (const row of rows) if (row.id !== null && row.file !== null) byId.set(compact(row.id), [...(byId.get(compact(row.id)) ?? []), row]);
  const dropped = new Set<SummaryRow>();
  const duplicates: DuplicatePledge[] = [];
  for (const copies of byId.values()) {
    const files = [...new Set(copies.map((r) => r.file))];
    if (files.length < 2) continue;
    const latest = copies.reduce((best, r) => ((r.asOf ?? "") > (best.asOf ?? "") ? r : best));
    const later = copies.every((r) => r.file === latest.file || (r.asOf ?? "") < (latest.asOf ?? ""));
    const usedFile = later ? latest.file : files[0];
    const used = copies.filter((r) => r.file === usedFile);
    for (const r of copies) if (r.file !== usedFile) dropped.add(r);
    const at = (r: SummaryRow): PledgeCopy => ({ file: r.file, sheet: r.sheet, cell: r.cell });
    duplicates.push({ id: used[0].id as string, title: used[0].title, used: at(used[0]), others: copies.filter((r) => r.file !== usedFile).map(at), why: later ? "laterAsOf" : "checkedFirst" });
  }
  // The 요약 sheet's 비고 says which row stands for copies in other files.
  const marked = new Set(duplicates.flatMap((d) => rows.filter((r) => r.file === d.used.file && r.id !== null && compact(r.id) === compact(d.id))));
  const note = "다른 파일에도 있음(이 사본만 셈)";
  return { rows: rows.filter((r) => !dropped.has(r)).map((r) => (marked.has(r) ? { ...r, mark: r.mark ? `${r.mark}, ${note}` : note } : r)), duplicates };
}

/** The sentence the summary says about a duplicate: which copy it counted, and why. */
export function duplicateText(d: DuplicatePledge): string {
  const where = (c: PledgeCopy) => (c.file ? `${c.file} · ${c.sheet}` : c.sheet);
  const why = d.why === "laterAsOf" ? "기준일이 가장 늦은 사본" : "기준일로 가릴 수 없어 먼저 점검한 파일의 사본";
  return `${d.id}: ${[d.used, ...d.others].map(where).join(", ")}에 있어 한 번만 셌습니다. 수치는 ${where(d.used)}의 것입니다(${why}).`;
}
