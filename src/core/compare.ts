// Comparing two submissions of a workbook (the earlier and the current quarter's).
// Pledges are matched by number (else by title), indicators by name, periods by the months
// they cover: never by position, so rows inserted above a card or a renamed sheet change
// nothing. Each change names the cell in the *current* workbook.
import type { Indicator, Period, PeriodEntry, Pledge, Severity, WorkbookResult } from "./types";
import { CHANGE_CODES, renderChange, type ChangeCode, type ChangeParams } from "./changeCodes";
import { endedBy } from "./periods";
import { DEFAULT_RULES, isComplete, statusName, type Rules } from "./rules";
import { cellText, compact } from "./text";
import { showValue } from "./flags";

/** One change: a case of the change catalogue's union, with that code's typed parameters. */
export type Change = { [C in ChangeCode]: ChangeFields & { code: C; params: ChangeParams[C] } }[ChangeCode];

interface ChangeFields {
  severity: Severity;
  pledgeId: string | null;
  indicator: string | null;
  period: string | null;
  /** Where the change is in the current workbook; null for a pledge that is no longer there. */
  sheet: string | null;
  cell: string | null;
  before: string | number | null;
  after: string | number | null;
  message: string;
}

type Value = string | number | null;

/** `rules` says which statuses count as 완료 (a step back from one is a warning). */
export function compareWorkbooks(before: WorkbookResult, after: WorkbookResult, rules: Rules = DEFAULT_RULES): Change[] {
  const olds = before.sheets.flatMap((s) => s.pledges);
  const news = after.sheets.flatMap((s) => s.pledges);
  const { pairs, added, removed } = pair(olds, news, (p) => p.id, (p) => p.title);
  const changes: Change[] = [];
  for (const b of news) {
    const a = pairs.get(b);
    if (a) comparePledges(a, b, changes, rules);
    else if (added.includes(b)) changes.push(change("PLEDGE_ADDED", b, null, null, b.sheet, b.anchorCell, null, label(b), { pledge: label(b) }));
  }
  for (const a of removed) changes.push(change("PLEDGE_REMOVED", a, null, null, null, null, label(a), null, { pledge: label(a) }));
  return changes;
}

/**
 * Pairs earlier and current things by name: first by `first` (a pledge's number, an
 * indicator's name), then by `fallback` (a pledge's title) where one side has no `first`:
 * two numbered pledges with different numbers are different pledges, whatever their titles.
 * Each thing pairs at most once, in order.
 */
function pair<T>(olds: T[], news: T[], first: (t: T) => string | null, fallback?: (t: T) => string | null) {
  const pairs = new Map<T, T>();
  const left = [...olds];
  const norm = (v: string | null) => (v === null ? "" : compact(v));
  const allowed = (a: T, b: T) => norm(first(a)) === "" || norm(first(b)) === "" || norm(first(a)) === norm(first(b));
  for (const keyOf of fallback ? [first, fallback] : [first]) {
    for (const b of news) {
      const k = norm(keyOf(b));
      if (pairs.has(b) || k === "") continue;
      const i = left.findIndex((a) => norm(keyOf(a)) === k && allowed(a, b));
      if (i < 0) continue;
      pairs.set(b, left[i]);
      left.splice(i, 1);
    }
  }
  return { pairs, added: news.filter((b) => !pairs.has(b)), removed: left };
}

function comparePledges(a: Pledge, b: Pledge, out: Change[], rules: Rules): void {
  if (a.asOf && b.asOf && b.asOf <= a.asOf) {
    out.push(change("AS_OF_NOT_LATER", b, null, null, b.sheet, b.asOfCell ?? b.anchorCell, a.asOf, b.asOf, both(a.asOf, b.asOf)));
  }
  const statusA = statusName(a.status);
  const statusB = statusName(b.status);
  if (statusA !== statusB) {
    const stepBack = isComplete(statusA, rules) && !isComplete(statusB, rules);
    const c = change("STATUS_CHANGED", b, null, null, b.sheet, b.statusCell ?? b.anchorCell, statusA || null, statusB || null, both(statusA, statusB));
    if (stepBack) c.severity = "warning";
    out.push(c);
  }
  const { pairs, added, removed } = pair(a.indicators, b.indicators, (i) => i.name);
  let quiet = added.length === 0 && removed.length === 0;
  for (const y of b.indicators) {
    const x = pairs.get(y);
    if (!x) {
      out.push(change("INDICATOR_ADDED", b, y.name, null, b.sheet, y.nameCell, null, y.name, { indicator: y.name }));
      continue;
    }
    if (!compareIndicators(a, b, x, y, out)) quiet = false;
  }
  for (const x of removed) out.push(change("INDICATOR_REMOVED", b, x.name, null, b.sheet, b.anchorCell, x.name, null, { indicator: x.name }));
  // The pledge rate rose though no indicator's actual or target changed.
  if (quiet && b.rateCell && rose(a.reportedRate, b.reportedRate)) {
    out.push(change("RATE_JUMP", b, null, null, b.sheet, b.rateCell, a.reportedRate, b.reportedRate, both(a.reportedRate, b.reportedRate)));
  }
}

/** Adds the indicator's changes; true when neither its actuals nor its final target changed. */
function compareIndicators(a: Pledge, b: Pledge, x: Indicator, y: Indicator, out: Change[]): boolean {
  const asOf = a.asOf;
  let actualsChanged = x.actual !== y.actual;
  b.periods.forEach((period, j) => {
    const i = a.periods.findIndex((p) => samePeriod(p, period));
    if (i < 0) return;
    const past = asOf !== null && endedBy(a.periods[i], asOf);
    const when = { period: period.label, asOf: asOf ?? "없음" };
    const [tx, ty] = [x.targetEntries[i], y.targetEntries[j]];
    if (past && !sameEntry(tx, ty)) {
      out.push(change("PAST_TARGET_CHANGED", b, y.name, period.label, b.sheet, ty?.cell ?? y.nameCell, text(tx), text(ty), { ...when, ...both(text(tx), text(ty)) }));
    }
    const [ax, ay] = [x.actualEntries[i], y.actualEntries[j]];
    if (!sameEntry(ax, ay)) {
      actualsChanged = true;
      const code = past ? "PAST_ACTUAL_CHANGED" : "NEW_ACTUAL";
      out.push(change(code, b, y.name, period.label, b.sheet, ay?.cell ?? y.nameCell, text(ax), text(ay), { ...when, ...both(text(ax), text(ay)) }));
    }
  });
  if (x.target !== y.target) {
    out.push(
      change("FINAL_TARGET_CHANGED", b, y.name, null, b.sheet, lastPresent(y.targetEntries)?.cell ?? y.nameCell, x.target, y.target, {
        indicator: y.name,
        ...both(x.target, y.target),
      }),
    );
  }
  if (x.actual !== null && y.actual !== null && y.actual < x.actual) {
    const at = [...y.actualEntries].reverse().find((e) => e.present && e.cumulative === y.actual);
    out.push(change("CUMULATIVE_DECREASED", b, y.name, null, b.sheet, at?.cell ?? y.nameCell, x.actual, y.actual, { indicator: y.name, ...both(x.actual, y.actual) }));
  }
  const quiet = !actualsChanged && x.target === y.target;
  if (quiet && rose(x.reportedRate, y.reportedRate)) {
    out.push(change("RATE_JUMP", b, y.name, null, b.sheet, y.rateCell, x.reportedRate, y.reportedRate, both(x.reportedRate, y.reportedRate)));
  }
  return quiet;
}

/** Periods are the same when they cover the same months; undated headers by their text. */
function samePeriod(a: Period, b: Period): boolean {
  if (a.start !== null && b.start !== null) return a.start === b.start && a.end === b.end;
  return compact(a.label) === compact(b.label);
}

/** Same content: the same numbers where both were read, else the same text (spacing aside). */
function sameEntry(a: PeriodEntry | undefined, b: PeriodEntry | undefined): boolean {
  if (!a || !b) return !a?.present && !b?.present;
  if (a.readable && b.readable) return a.present === b.present && a.annual === b.annual && a.writtenCumulative === b.writtenCumulative;
  return compact(cellText(a.raw)) === compact(cellText(b.raw));
}

function lastPresent(entries: PeriodEntry[]): PeriodEntry | undefined {
  return [...entries].reverse().find((e) => e.present);
}

function text(entry: PeriodEntry | undefined): string | null {
  const t = entry ? cellText(entry.raw) : "";
  return t === "" ? null : t;
}

function rose(before: number | null, after: number | null): boolean {
  return before !== null && after !== null && after > before + 1e-9;
}

function label(p: Pledge): string {
  return [p.id, p.title].filter(Boolean).join(" ") || "(번호·공약명 없음)";
}

/** Before and after as a message shows them. */
function both(before: Value, after: Value): { before: string; after: string } {
  return { before: showValue(before), after: showValue(after) };
}

function change<C extends ChangeCode>(
  code: C,
  pledge: Pledge,
  indicator: string | null,
  period: string | null,
  sheet: string | null,
  cell: string | null,
  before: Value,
  after: Value,
  params: ChangeParams[C],
): Change {
  const message = renderChange(code, params);
  return { code, params, severity: CHANGE_CODES[code].severity, pledgeId: pledge.id, indicator, period, sheet, cell, before, after, message } as Change;
}
