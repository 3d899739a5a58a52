// Column widths that fit Korean text: Hangul and other wide characters take two columns.
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** A width (in Excel characters) for a column holding these texts, with a little air. */
export function columnWidth(texts: readonly string[], min = 6, max = 60): number {
  // A loop, not Math.max(...texts): 125,000 findings would overflow the call stack.
  let widest = 0;
  for (const text of texts) {
    // Past `max` the width no longer changes; long texts are not measured to the end.
    widest = Math.max(widest, displayWidth(text.length > max * 2 ? text.slice(0, max * 2) : text));
    if (widest >= max) break;
  }
  return Math.min(max, Math.max(min, widest + 2));
}
