// The number formats Excel knows by id without writing them into styles.xml: ECMA-376
// Part 1 §18.8.30 numFmt, the table of built-in formats (ids 0-49), with the ko-KR forms
// the same section gives for the East Asian ids 27-36 and 50-58 (a Korean Excel writes
// id 14 for a date and shows it `yyyy-mm-dd`; what matters to the core is that it is a date).

const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年" mm"月" dd"日"',
  28: "mm-dd",
  29: "mm-dd",
  30: "mm-dd-yy",
  31: 'yyyy"년" mm"월" dd"일"',
  32: 'h"시" mm"분"',
  33: 'h"시" mm"분" ss"초"',
  34: "yyyy-mm-dd",
  35: "yyyy-mm-dd",
  36: 'yyyy"年" mm"月" dd"日"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年" mm"月" dd"日"',
  51: "mm-dd",
  52: "yyyy-mm-dd",
  53: "yyyy-mm-dd",
  54: "mm-dd",
  55: "yyyy-mm-dd",
  56: "yyyy-mm-dd",
  57: 'yyyy"年" mm"月" dd"日"',
  58: "mm-dd",
};

/** The built-in format with this id, or null (an id the table does not define shows as General). */
export function builtInFormat(id: number): string | null {
  return BUILT_IN[id] ?? null;
}
