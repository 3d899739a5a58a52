// The words of period headers and of the as-of line: halves, quarters, range marks and the
// words after an as-of date. The grammar that uses them is src/core/periods.ts.

/** Half-year words, by half (spacing and case ignored): `2023 상반기`, `2023 H2`. */
export const HALF_WORDS: Readonly<Record<1 | 2, readonly string[]>> = {
  1: ["상반기", "전반기", "h1", "1h"],
  2: ["하반기", "후반기", "h2", "2h"],
};

/** Quarter forms after a year (or alone, taking the year before): `1분기`, `1/4분기`, `1/4`, `Q1`, `1Q`. */
export const QUARTER_PATTERN = /^(?:([1-4])(?:사)?분기|([1-4])\/4(?:분기)?|q([1-4])|([1-4])q)$/;

/** Marks between the two ends of a range: `'22.7.~'22.12.`. */
export const RANGE_MARKS = /[~∼〜～]/;

/** Words after an as-of date: `2025. 6. 30. 기준`, `… 현재`. */
export const AS_OF_WORDS: readonly string[] = ["기준", "현재"];

/** A label cell naming the as-of date, with the date beside it or below: `기준일`, `작성기준일`. */
export const AS_OF_LABELS: readonly string[] = ["기준일", "기준일자", "작성기준일", "기준", "현재"];
