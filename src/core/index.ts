// The core's public entry points. Everything that decides lives behind this file.
export * from "./types";
export { checkSheet, checkWorkbook } from "./check";
export { planRateWrites } from "./fill";
export { planFlags, FLAG_COLORS } from "./flags";
export { findingRows, FINDINGS_SHEET_NAME, FINDINGS_HEADER } from "./report";
export { cellFromNumberFormat } from "./cells";
export { toA1, parseA1, columnLetters } from "./address";
export { roundHalfUp, formatRate } from "./rounding";
export { FINDING_CODES } from "./findings";
