// Half-up rounding (반올림) that binary floating point cannot flip: values are first
// snapped to 12 significant digits, then shifted by decimal exponent in text.

/** Removes binary noise such as 1.0049999999999999 → 1.005. */
export function snap(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  // Whole numbers carry no binary noise; most cells are whole (a hot path).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(snap(value))}e${decimals}`);
  const rounded = Math.floor(shifted + 0.5);
  return sign * Number(`${rounded}e-${decimals}`);
}

/** Digits after the decimal point a number shows (after snapping), capped. */
export function decimalsOf(value: number, cap = 10): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = Number(snap(value).toFixed(cap)).toString();
  if (/e/i.test(text)) return cap;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(cap, text.length - dot - 1);
}

/** A rate as the card would show it: `73.33`, `86`. */
export function formatRate(value: number, decimals: number): string {
  return roundHalfUp(value, decimals).toFixed(decimals);
}

/** A reported value agrees when it equals the computed one at its own precision. */
export function agreesAtOwnPrecision(computed: number, reported: number): boolean {
  const d = decimalsOf(reported);
  return roundHalfUp(computed, d) === roundHalfUp(reported, d);
}
