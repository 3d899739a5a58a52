// ST_Xstring escapes (ECMA-376 Part 1 §22.9.2.19): XML 1.0 cannot hold most control
// characters, so Excel writes one as `_xHHHH_` (ESC as `_x001B_`) and a literal `_x` as
// `_x005F_x`. A reader that skipped this would show the escape, not the character.
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeXstring(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
