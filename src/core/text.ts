// Text normalisation for what people type: full-width forms, stray spaces, markers.

// Plain ASCII and Hangul syllables are already normal; skipping NFKC for them is a hot path.
const ALREADY_NORMAL = /^[\x20-\x7e\uac00-\ud7a3]*$/;

export function normalize(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text.trim();
  return text.normalize("NFKC").replace(/[\u00a0\u2000-\u200b\u3000]/g, " ").trim();
}

/** Remembers results for strings that repeat on every card (labels, headers). */
export function memo<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined && !cache.has(text)) {
      if (cache.size >= limit) cache.clear();
      hit = fn(text);
      cache.set(text, hit);
    }
    return hit as T;
  };
}

/** Normalised with every space removed: `목표 (누계)` → `목표(누계)`. */
export const compact = memo((text: string): string => normalize(text).replace(/\s+/g, ""));

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return normalize(String(value));
}

export function isBlank(value: unknown): boolean {
  return cellText(value) === "";
}
