// Pledge numbers: `6-3-3` (분야-과제-세부), as written on a card or in a sheet name.

// A heading may carry a marker or a word before the number: `□ 6-3-3`, `공약 6-3-3`.
export const PLEDGE_HEADING = /^(?:[#□■○●◆◇※*>\-\s]|공약(?:번호)?\s*:?)*?(\d{1,2})\s*[-‐–]\s*(\d{1,2})\s*[-‐–]\s*(\d{1,3})(?![\d])\s*[.)]?\s*(.*)$/;

/** The canonical number from the heading's three groups: leading zeros dropped. */
export function pledgeNumber(m: RegExpExecArray): string {
  return `${+m[1]}-${+m[2]}-${+m[3]}`;
}

/** The 분야 of a pledge number: `6` in `6-3-3`; "" when there is no number. */
export function sectorOf(id: string | null): string {
  return id ? id.split("-")[0] : "";
}
