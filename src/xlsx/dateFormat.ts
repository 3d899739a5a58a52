// Until the core reads dates from stored serials (issue 18, the honest grid), the grid holds
// a number under a date format as its ISO date, as exceljs gave it: the same test for a
// date format (exceljs lib/utils/utils.js isDateFmt: a y, m, d, h, s or b outside quotes and
// brackets) and the same day count (1900 or 1904 system, ECMA-376 Part 1 §18.17.4.1).

export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Serial → "2023-03-15", or the ISO time when it has one; null when it is no date. */
export function serialDate(serial: number, date1904: boolean): string | null {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
}
