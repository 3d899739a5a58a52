// Text and attribute values of the package's XML, decoded as an XML parser does
// (XML 1.0 §2.11 line ends, §3.3.3 attribute-value normalisation, §4.6 predefined
// entities, §4.1 character references). Anything else a parser would expand or reject
// (a DTD's entity, CDATA, a bare `&`) throws NotUnderstood: the caller then lets exceljs
// read the file, so nothing is guessed.

/** A construct the quick reader does not handle; the caller falls back to exceljs. */
export class NotUnderstood extends Error {}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(?:([a-z]+)|#(\d+)|#x([0-9a-fA-F]+));|&/g;

/** Character data between tags. */
export function decodeText(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return text.includes("&") ? text.replace(REFERENCE, expand) : text;
}

/** An attribute's value as a parser reports it (tabs and line ends become spaces). */
export function decodeAttribute(raw: string): string {
  return decodeText(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw);
}

function expand(match: string, name?: string, decimal?: string, hex?: string): string {
  if (name !== undefined && name in PREDEFINED) return PREDEFINED[name];
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : NaN;
  if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
  throw new NotUnderstood(`XML reference ${match}`);
}

const PATTERNS = new Map<string, RegExp>();

/** The attribute `name` of one start tag's text (`<c r="A1" s='2'>`), decoded; null when absent. */
export function attribute(tag: string, name: string): string | null {
  let pattern = PATTERNS.get(name);
  if (!pattern) PATTERNS.set(name, (pattern = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(tag);
  if (!m) return null;
  return decodeAttribute(m[1] ?? m[2]);
}
