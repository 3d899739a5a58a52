// Excel keeps at most 32,767 characters in a cell ("Total number of characters that a cell
// can contain", Excel specifications and limits, support.microsoft.com); a longer text makes
// Excel repair the file. Everything we write into a cell passes through here.
export const MAX_CELL_CHARS = 32_767;

const ELLIPSIS = "…";

export function cellText(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : `${text.slice(0, MAX_CELL_CHARS - ELLIPSIS.length)}${ELLIPSIS}`;
}

/** Strings capped, other values as they are. */
export function cellValue<T>(value: T): T | string {
  return typeof value === "string" ? cellText(value) : value;
}
