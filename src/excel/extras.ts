// The loads that ride along with sync 2: pledge-check's store, the header of any sheet
// that may be its findings sheet, and where the existing notes and comments sit — the
// user's (never written over) and pledge-check's own (replaced).
import { FINDINGS_HEADER, isFindingsSheetName } from "../core";
import { decodeStore, matchStore, STORE_SHEET_NAME, type Store, type StoredFlag } from "./store";
import { findSheet, type Outline, type SheetInfo } from "./outline";

export interface Extras {
  /** The store's records whose sheet is still there, under the sheet's current name. */
  store: Store;
  /** Records whose sheet was not found (deleted, or a different sheet now has the name): kept, never dropped. */
  unmatched: StoredFlag[];
  /** Sheets pledge-check wrote as findings sheets (normally one). */
  findingsSheets: string[];
  /** `sheet\u0000cell` of every cell with a note or comment the user wrote. */
  userAnnotated: Set<string>;
  /** Sheets holding notes or comments pledge-check wrote (they are deleted on the next write). */
  ourAnnotationSheets: Set<string>;
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** `'6-3-3'!G7` → ["6-3-3", "G7"]. */
export function splitAddress(address: string): [string, string] {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return [sheet, address.slice(bang + 1).replace(/\$/g, "").split(":")[0]];
}

/** 검토 결과 or 검토 결과 (n): the rulebook's (src/core/rules/sheets.ts). */
export const isFindingsName = isFindingsSheetName;

export function prepareExtras(outline: Outline): { queue(): void; collect(): Extras } {
  const storeSheet = findSheet(outline, STORE_SHEET_NAME);
  const storeRange = storeSheet ? storeSheet.proxy.getUsedRange(true) : null;
  const candidates = outline.sheets.filter((s) => isFindingsName(s.name));
  const headers = candidates.map((s: SheetInfo) => ({ name: s.name, range: s.proxy.getRangeByIndexes(0, 0, 1, FINDINGS_HEADER.length) }));
  const locations = outline.annotations.map((a) => ({ ours: a.ours, range: a.proxy.getLocation() }));
  return {
    queue() {
      storeRange?.load("values");
      for (const h of headers) h.range.load("values");
      for (const l of locations) l.range.load("address");
    },
    collect() {
      const stored = storeRange ? decodeStore(storeRange.values) : { flags: [], findingsSheet: null };
      const { matched, unmatched } = matchStore(stored.flags, outline.sheets);
      const store = { flags: matched, findingsSheet: stored.findingsSheet };
      const findingsSheets = headers
        .filter((h) => h.name === store.findingsSheet || h.range.values[0].every((v, i) => v === FINDINGS_HEADER[i]))
        .map((h) => h.name);
      const userAnnotated = new Set(locations.filter((l) => !l.ours).map((l) => cellKey(...splitAddress(l.range.address))));
      const ourAnnotationSheets = new Set(locations.filter((l) => l.ours).map((l) => splitAddress(l.range.address)[0]));
      return { store, unmatched, findingsSheets, userAnnotated, ourAnnotationSheets };
    },
  };
}
