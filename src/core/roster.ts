// The pledge roster (공약 목록): the planning office's list of pledges and the department
// owning each, held against what was submitted. Pledges are matched by number, else by
// title (when either side has no number); never by position.
import type { SheetGrid } from "./types";
import type { SummaryRow } from "./summary";
import { GridView } from "./grid";
import { findHeaderRow, textUnder } from "./headerRow";
import { compact } from "./text";
import { ROSTER_HEADER, ROSTER_SECTOR_HEADER, ROSTER_SHEET_NAME } from "./rules";

const [NUMBER, TITLE, DEPARTMENT] = ROSTER_HEADER;

export interface RosterEntry {
  id: string | null;
  title: string | null;
  department: string | null;
  sector: string | null;
}

/** Where a submitted pledge was found. */
export interface Place {
  file: string | null;
  sheet: string;
}

export interface RosterReport {
  /** On the roster, in no submission; ordered by department, then as listed. */
  missing: RosterEntry[];
  /** Submitted, not on the roster. */
  unknown: (Place & { id: string | null; title: string | null; department: string | null })[];
  /** The same pledge submitted more than once. */
  duplicates: { id: string | null; title: string | null; places: Place[] }[];
  /** Submitted under another department than the roster's. */
  departmentMismatch: (Place & { id: string | null; title: string | null; roster: string; submitted: string })[];
}

/** The sheet named 공약 목록, else the first sheet with the roster's header row. */
export function findRosterSheet(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return (
    grids.find((g) => compact(g.name) === compact(ROSTER_SHEET_NAME)) ??
    grids.find((g) => findHeaderRow(new GridView(g), ROSTER_HEADER) !== null)
  );
}

/** The roster's rows; null when the sheet has no header row `번호 | 공약명 | 부서`. */
export function readRoster(grid: SheetGrid): RosterEntry[] | null {
  const view = new GridView(grid);
  const header = findHeaderRow(view, ROSTER_HEADER, [ROSTER_SECTOR_HEADER]);
  if (header === null) return null;
  const entries: RosterEntry[] = [];
  for (const r of view.rowsWithValues()) {
    if (r <= header.row) continue;
    const text = (name: string) => textUnder(view, header, r, name) || null;
    const id = text(NUMBER);
    const title = text(TITLE);
    if (id === null && title === null) continue;
    entries.push({ id, title, department: text(DEPARTMENT), sector: text(ROSTER_SECTOR_HEADER) });
  }
  return entries;
}

const norm = (v: string | null) => (v === null ? "" : compact(v));

/** The roster entry a submitted pledge is: same number, else same title where a number is missing. */
function entryOf(entries: RosterEntry[], row: SummaryRow): number {
  const id = norm(row.id);
  if (id !== "") {
    const byId = entries.findIndex((e) => norm(e.id) === id);
    if (byId >= 0) return byId;
  }
  const title = norm(row.title);
  if (title === "") return -1;
  return entries.findIndex((e) => norm(e.title) === title && (id === "" || norm(e.id) === ""));
}

export function checkRoster(entries: RosterEntry[], rows: SummaryRow[]): RosterReport {
  const report: RosterReport = { missing: [], unknown: [], duplicates: [], departmentMismatch: [] };
  // Submissions grouped by the pledge they are: a roster entry, else their own number or title.
  const groups = new Map<string, SummaryRow[]>();
  const found = new Set<number>();
  for (const row of rows) {
    const place = { file: row.file, sheet: row.sheet };
    const at = entryOf(entries, row);
    const key = at >= 0 ? `roster:${at}` : norm(row.id) !== "" ? `id:${norm(row.id)}` : `title:${norm(row.title)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
    if (at < 0) {
      report.unknown.push({ ...place, id: row.id, title: row.title, department: row.department });
      continue;
    }
    found.add(at);
    const listed = entries[at].department;
    if (listed && row.department && norm(listed) !== norm(row.department)) {
      report.departmentMismatch.push({ ...place, id: row.id ?? entries[at].id, title: row.title ?? entries[at].title, roster: listed, submitted: row.department });
    }
  }
  for (const [key, list] of groups) {
    if (list.length < 2 || key === "title:") continue;
    const entry = key.startsWith("roster:") ? entries[Number(key.slice(7))] : null;
    report.duplicates.push({
      id: entry?.id ?? list[0].id,
      title: entry?.title ?? list[0].title,
      places: list.map((row) => ({ file: row.file, sheet: row.sheet })),
    });
  }
  report.missing = entries
    .map((entry, i) => ({ entry, i }))
    .filter(({ i }) => !found.has(i))
    .sort((a, b) => (a.entry.department ?? "").localeCompare(b.entry.department ?? "", "ko") || a.i - b.i)
    .map(({ entry }) => entry);
  return report;
}

/** `file · sheet`, or the sheet alone when there is no file. */
export function placeText(place: Place): string {
  return place.file ? `${place.file} · ${place.sheet}` : place.sheet;
}

/** The roster block of the 요약 sheet: a header row, then one row per finding of the comparison. */
export function rosterBlock(report: RosterReport): string[][] {
  const rows: string[][] = [["공약 목록 대조", "번호", "공약명", "목록 부서", "제출 부서", "위치"]];
  for (const e of report.missing) rows.push(["미제출", e.id ?? "", e.title ?? "", e.department ?? "", "", ""]);
  for (const u of report.unknown) rows.push(["목록에 없음", u.id ?? "", u.title ?? "", "", u.department ?? "", placeText(u)]);
  for (const d of report.duplicates) rows.push(["중복 제출", d.id ?? "", d.title ?? "", "", "", d.places.map(placeText).join(" / ")]);
  for (const m of report.departmentMismatch) rows.push(["부서 불일치", m.id ?? "", m.title ?? "", m.roster, m.submitted, placeText(m)]);
  if (rows.length === 1) rows.push(["모두 일치", "", "공약 목록과 제출된 공약이 모두 맞습니다.", "", "", ""]);
  return rows;
}

/** The roster a workbook carries itself: its sheet named 공약 목록 (the add-in's way), else null. */
export function workbookRoster(grids: readonly SheetGrid[]): RosterEntry[] | null {
  const sheet = grids.find((g) => compact(g.name) === compact(ROSTER_SHEET_NAME));
  return sheet ? readRoster(sheet) : null;
}
