// Stable identities. A pledge is known by its number (else by its sheet and title), an
// indicator by its pledge and name, a finding by its code, pledge, indicator, period and
// role — never by an A1 address, which changes when rows are inserted or a card moves.
import type { Finding, Pledge, SheetResult } from "./types";
import { findingKey, FindingList } from "./findings";

/** The key a pledge would have on its own: by number, else by sheet and title. */
export function pledgeBaseKey(pledge: Pick<Pledge, "id" | "sheet" | "title">): string {
  return pledge.id !== null ? `pledge:${pledge.id}` : `sheet:${pledge.sheet}|title:${pledge.title ?? ""}`;
}

/** A sheet as read, each finding with the pledge it was found on. */
export interface ReadSheet {
  result: SheetResult;
  ownerOf: Map<Finding, Pledge>;
}

/**
 * Gives every pledge, indicator and finding of these sheets its key. Two cards with the
 * same key are kept apart (`#2`); two with the same pledge number get DUPLICATE_PLEDGE_ID
 * on the later card, since the number should name one pledge in a workbook.
 * Runs once over freshly read sheets (indicator keys are still local to their pledge).
 */
export function assignKeys(sheets: ReadSheet[]): void {
  const firstSeen = new Map<string, Pledge>();
  const seen = new Map<string, number>();
  for (const { result, ownerOf } of sheets) {
    for (const pledge of result.pledges) {
      const base = pledgeBaseKey(pledge);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      pledge.key = n === 1 ? base : `${base}#${n}`;
      if (n === 1) firstSeen.set(base, pledge);
      else if (pledge.id !== null) {
        const first = firstSeen.get(base) as Pledge;
        const list = new FindingList(result.name);
        list.pledgeId = pledge.id;
        list.add("DUPLICATE_PLEDGE_ID", { cell: pledge.anchorCell, role: "pledgeId" }, { id: pledge.id, first: `${first.sheet}!${first.anchorCell}` }, { found: pledge.id });
        for (const f of list.items) {
          result.findings.push(f);
          ownerOf.set(f, pledge);
          pledge.counts[f.severity]++;
        }
      }
      for (const indicator of pledge.indicators) indicator.key = `${pledge.key}/${indicator.key}`;
    }
  }
  const keys = new Map<string, number>();
  for (const { result, ownerOf } of sheets) {
    for (const f of result.findings) {
      const pledge = ownerOf.get(f);
      f.pledgeKey = pledge ? pledge.key : null;
      if (pledge && f.indicatorKey !== null) f.indicatorKey = `${pledge.key}/${f.indicatorKey}`;
      const key = findingKey(f);
      const n = (keys.get(key) ?? 0) + 1;
      keys.set(key, n);
      f.key = n === 1 ? key : `${key}#${n}`;
    }
  }
}
