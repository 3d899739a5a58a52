// Half-up rounding (반올림) that binary floating point cannot flip: values are first
// snapped to 12 significant digits, then shifted by decimal exponent in text.

/** Removes binary noise such as 1.0049999999999999 → 1.005. */
export function snap(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  // Whole numbers carry no binary noise; most cells are whole (a hot path).
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

/** x × 10^by, shifting the decimal exponent in text; works for 5e-8 as for 0.05 (no `5e-8e2`). */
function shift(x: number, by: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const rounded = Math.floor(shift(Math.abs(snap(value)), decimals) + 0.5);
  // -0 and 0 are the same rate; keep it 0.
  return rounded === 0 ? 0 : sign * shift(rounded, -decimals);
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
