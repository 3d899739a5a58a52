// Precision rules: how many decimals a rate is rounded to.
import type { PrecisionSetting } from "../types";

/** Auto precision when no rate on the card shows its decimals. */
export const DEFAULT_CARD_PRECISION = 2;
/** Auto precision never goes beyond two decimals. */
export const MAX_AUTO_PRECISION = 2;
/** The 요약 and the CLI's summary block show rates at two decimals, as evaluations publish 완료율 (40.46). */
export const DEFAULT_SUMMARY_PRECISION = 2;

/** Decimals the summary shows rates at: the setting, or the summary precision on `auto`. */
export function summaryDecimals(setting: PrecisionSetting | undefined, summaryPrecision: number = DEFAULT_SUMMARY_PRECISION): number {
  return setting === undefined || setting === "auto" ? summaryPrecision : setting;
}

/** The card's precision on `auto`: the most decimals any of its rates shows (at most 2). */
export function autoPrecision(decimals: (number | null)[]): number {
  const shown = decimals.filter((d): d is number => d !== null);
  if (shown.length === 0) return DEFAULT_CARD_PRECISION;
  return Math.min(MAX_AUTO_PRECISION, Math.max(...shown));
}
