// Column widths that fit Korean text: Hangul and other wide characters take two columns.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** A width (in Excel characters) for a column holding these texts, with a little air. */
export function columnWidth(texts: string[], min = 6, max = 60): number {
  const widest = Math.max(0, ...texts.map(displayWidth));
  return Math.min(max, Math.max(min, widest + 2));
}
