// "Nothing here": the dash and the words people write in a cell that has no entry
// (a period with no target or actual, a rate not given). Both read as no entry, never as 0
// and never as an unreadable cell.
import { compact, memo } from "../text";

/** Dash characters typed for "nothing this period"; ㅡ (U+3161) is U+1173 under NFKC. */
export const DASH_CHARS = "-‐‑‒–—―−ㅡ\u1173";

/** Whole-cell words meaning "no entry" (spacing and case ignored): 해당없음, 미정, N/A … */
export const PLACEHOLDER_WORDS: readonly string[] = ["해당없음", "해당사항없음", "미정", "없음", "미해당", "N/A", "NA", "n.a.", "·", "•", "ㆍ"];

const WORDS = new Set(PLACEHOLDER_WORDS.map((w) => compact(w).toLowerCase()));
const ONLY_DASHES = new RegExp(`^[${DASH_CHARS}]+$`);

/** A cell text (spacing removed) that says there is no entry: dashes or a placeholder word. */
export const isNoEntry = memo((text: string): boolean => {
  const key = compact(text).toLowerCase();
  return key !== "" && (ONLY_DASHES.test(key) || WORDS.has(key));
});
