// Roughly how Excel displays a stored value under its number format: enough for the
// preview (percent formats and fixed decimals); everything else as stored.
export function displayValue(value: string | number | boolean, numberFormat: string): string {
  if (typeof value !== "number") return String(value);
  const decimals = /0\.(0+)/.exec(numberFormat)?.[1].length ?? null;
  if (numberFormat.includes("%")) return `${(value * 100).toFixed(decimals ?? 0)}%`;
  if (decimals !== null) return value.toFixed(decimals);
  return String(value);
}
