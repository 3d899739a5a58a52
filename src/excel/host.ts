// Where the adapter meets Office: Excel.run and the requirement-set check, injected so
// tests, the e2e page and the benchmark can hand in the in-memory Excel instead.

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /**
   * Whether the loaded office.js defines `Excel.<type>.prototype.<member>`. Excel may
   * report a requirement set the library lacks: Microsoft 365 reports ExcelApi 1.18
   * while the npm copy of office.js (1.1.110) has no `workbook.notes` (issue 9).
   * Absent means "the library has everything".
   */
  libraryHas?(type: string, member: string): boolean;
}

/** Whether the `Excel` global's class `type` defines `member` (on its prototype). */
export function excelLibraryHas(type: string, member: string): boolean {
  const excel = (globalThis as { Excel?: Record<string, unknown> }).Excel;
  const cls = excel?.[type] as { prototype?: object } | undefined;
  return typeof cls?.prototype === "object" && cls.prototype !== null && member in cls.prototype;
}

/** The real Office host; call after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    // "When true ... if the user is in cell edit mode then the batch request is delayed until
    // the user exits cell edit mode" (Excel.RunOptions.delayForCellEdit,
    // learn.microsoft.com/javascript/api/excel/excel.runoptions): a run waits for the edit to
    // end instead of failing with InvalidOperationInCellEditMode (still translated, for hosts
    // that ignore the option).
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    libraryHas: excelLibraryHas,
  };
}

/** What this Excel can do beyond ExcelApi 1.7, the minimum the add-in targets. */
export interface Features {
  /** Cell notes, ExcelApi 1.18. */
  notes: boolean;
  /** Threaded comments, ExcelApi 1.10. */
  comments: boolean;
  /** RangeAreas and range.getCellProperties (fills of many cells at once), ExcelApi 1.9. */
  cellProperties: boolean;
  /** range.getRowProperties (which rows are hidden, in the same sync as the values), ExcelApi 1.9. */
  rowProperties: boolean;
  /** range.getMergedAreasOrNullObject, ExcelApi 1.13. */
  merges: boolean;
  /** worksheet.pageLayout and worksheet.autoFilter (print setup, filter buttons), ExcelApi 1.9. */
  pageLayout: boolean;
  /** Excel has notes (1.18) but the loaded office.js does not (the npm copy): set only then. */
  notesMissingFromLibrary?: true;
}

/**
 * A newer API is used only when Excel supports its requirement set AND the loaded
 * office.js defines it. Only notes are missing from the npm copy today; the test
 * test/excel/library.test.ts checks every other member the adapter touches is there.
 */
export function detectFeatures(host: ExcelHost): Features {
  const has = (version: string) => host.isSetSupported("ExcelApi", version);
  const lib = (type: string, member: string) => host.libraryHas?.(type, member) ?? true;
  const notesInLibrary = lib("Workbook", "notes") && lib("Worksheet", "notes");
  return {
    notes: has("1.18") && notesInLibrary,
    comments: has("1.10") && lib("Workbook", "comments"),
    cellProperties: has("1.9") && lib("Range", "getCellProperties"),
    rowProperties: has("1.9") && lib("Range", "getRowProperties"),
    merges: has("1.13") && lib("Range", "getMergedAreasOrNullObject"),
    pageLayout: has("1.9") && lib("Worksheet", "pageLayout") && lib("Worksheet", "autoFilter"),
    ...(has("1.18") && !notesInLibrary ? { notesMissingFromLibrary: true as const } : {}),
  };
}
