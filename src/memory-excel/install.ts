// Installs the fake as the globals an add-in sees — `Excel.run` and the enums it
// uses, `Office.onReady` and `Office.context.requirements.isSetSupported`,
// `OfficeExtension.Error` — so unmodified task-pane code runs against it (the e2e
// test injects it into the page before the bundle loads).
import { FakeOfficeError } from "./errors";
import type { MemoryExcel } from "./host";
import { FakeRange } from "./proxies/range";
import { FakeWorkbook } from "./proxies/workbook";
import { FakeWorksheet } from "./proxies/worksheet";

const ERROR_CODES = [
  "AccessDenied",
  "ApiNotFound",
  "GeneralException",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidReference",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "NotImplemented",
  "RangeExceedsLimit",
  "RequestAborted",
  "ResponsePayloadSizeLimitExceeded",
  "UnsupportedOperation",
  "InvalidOperationInCellEditMode",
  // Excel.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes).
  "InactiveWorkbook",
  "UnsupportedSheet",
  "UnsupportedFillType",
  "OperationCellsExceedLimit",
  "MergedRangeConflict",
];

const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);

/**
 * A stand-in for an office.js class, enough for a presence check (`member in
 * Excel.Workbook.prototype`): it answers from the host's library (MemoryExcel's
 * `library` option) and the fake's own class.
 */
function libraryClass(host: MemoryExcel, type: string, real: { prototype: object }): { prototype: object } {
  return { prototype: new Proxy({}, { has: (_, member) => typeof member === "string" && member in real.prototype && host.libraryHas(type, member) }) };
}

export function officeGlobals(host: MemoryExcel): { Excel: unknown; Office: unknown; OfficeExtension: unknown } {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    Excel: {
      Workbook: libraryClass(host, "Workbook", FakeWorkbook),
      Worksheet: libraryClass(host, "Worksheet", FakeWorksheet),
      Range: libraryClass(host, "Range", FakeRange),
      // Excel.run(batch) or Excel.run(options, batch) (Excel.RunOptions honoured: delayForCellEdit).
      run: (...args: unknown[]) =>
        host.run(args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>, args.length > 1 ? (args[0] as { delayForCellEdit?: boolean }) : undefined),
      ErrorCodes: Object.fromEntries(ERROR_CODES.map((c) => [lowerFirst(c), c])),
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
      FillPattern: { none: "None", solid: "Solid" },
      ContentType: { plain: "Plain", mention: "Mention" },
      ConditionalFormatType: { colorScale: "ColorScale", dataBar: "DataBar", cellValue: "CellValue", custom: "Custom" },
      ConditionalFormatColorCriterionType: { lowestValue: "LowestValue", highestValue: "HighestValue", number: "Number", percent: "Percent", formula: "Formula", percentile: "Percentile" },
      ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line", pie: "Pie" },
      ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
      ChartLegendPosition: { top: "Top", bottom: "Bottom", left: "Left", right: "Right" },
    },
    Office: {
      onReady: (callback?: (i: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: { host: "Excel", requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) } },
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline" },
    },
    OfficeExtension: {
      Error: FakeOfficeError,
      ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded", valueNotLoaded: "ValueNotLoaded", invalidObjectPath: "InvalidObjectPath", generalException: "GeneralException" },
    },
  };
}

/** Puts the globals on `scope` (globalThis by default); returns a function that puts back what was there. */
export function installMemoryExcel(host: MemoryExcel, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
  const globals = officeGlobals(host);
  const previous = Object.keys(globals).map((k) => [k, k in scope, scope[k]] as const);
  Object.assign(scope, globals);
  return () => {
    for (const [key, had, value] of previous) {
      if (had) scope[key] = value;
      else delete scope[key];
    }
  };
}
