// Where the adapter meets Office: Excel.run and the requirement-set check, injected so
// tests, the e2e page and the benchmark can hand in the in-memory Excel instead.

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office host; call after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
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
  /** range.getMergedAreasOrNullObject, ExcelApi 1.13. */
  merges: boolean;
  /** worksheet.pageLayout and worksheet.autoFilter (print setup, filter buttons), ExcelApi 1.9. */
  pageLayout: boolean;
}

export function detectFeatures(host: ExcelHost): Features {
  const has = (version: string) => host.isSetSupported("ExcelApi", version);
  return { notes: has("1.18"), comments: has("1.10"), cellProperties: has("1.9"), merges: has("1.13"), pageLayout: has("1.9") };
}
