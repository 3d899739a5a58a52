// Text normalisation for what people type: full-width forms, stray spaces, markers.

export function normalize(text: string): string {
  return text.normalize("NFKC").replace(/[\u00a0\u2000-\u200b\u3000]/g, " ").trim();
}

/** Normalised with every space removed: `목표 (누계)` → `목표(누계)`. */
export function compact(text: string): string {
  return normalize(text).replace(/\s+/g, "");
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return normalize(String(value));
}

export function isBlank(value: unknown): boolean {
  return cellText(value) === "";
}
