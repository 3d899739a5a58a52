// Ties the fake to @types/office-js: a proxy class `implements Surface<Excel.X, "a" | "b">`,
// which demands each listed member with Office's own name and parameter types, Office
// objects swapped for their fakes. A renamed or retyped member fails to compile.
import type { FakeClientResult } from "./client";
import type { FakeChart, FakeChartCollection, FakeChartLegend, FakeChartSeries, FakeChartSeriesCollection, FakeChartTitle } from "./proxies/charts";
import type { FakeComment, FakeCommentCollection } from "./proxies/comments";
import type { FakeColorScaleConditionalFormat, FakeConditionalFormat, FakeConditionalFormatCollection } from "./proxies/conditionalFormats";
import type { FakeNote, FakeNoteCollection } from "./proxies/notes";
import type { FakeRangeAreas, FakeRangeCollection } from "./proxies/areas";
import type { FakeRangeFill, FakeRangeFont, FakeRangeFormat } from "./proxies/format";
import type { FakeRange } from "./proxies/range";
import type { FakeWorkbook, FakeWorkbookProtection } from "./proxies/workbook";
import type { FakeWorksheet, FakeWorksheetFreezePanes, FakeWorksheetProtection } from "./proxies/worksheet";
import type { FakeWorksheetCollection } from "./proxies/worksheets";

type IsAny<T> = 0 extends 1 & T ? true : false;

type FakeOne<V> = V extends Excel.Range
  ? FakeRange
  : V extends Excel.RangeAreas
    ? FakeRangeAreas
    : V extends Excel.RangeCollection
      ? FakeRangeCollection
      : V extends Excel.RangeFormat
        ? FakeRangeFormat
        : V extends Excel.RangeFill
          ? FakeRangeFill
          : V extends Excel.Worksheet
            ? FakeWorksheet
            : V extends Excel.WorksheetCollection
              ? FakeWorksheetCollection
              : V extends Excel.WorksheetProtection
                ? FakeWorksheetProtection
                : V extends Excel.WorksheetFreezePanes
                  ? FakeWorksheetFreezePanes
                  : V extends Excel.Workbook
                    ? FakeWorkbook
                    : V extends Excel.WorkbookProtection
                      ? FakeWorkbookProtection
                      : V extends Excel.NoteCollection
                        ? FakeNoteCollection
                        : V extends Excel.Note
                          ? FakeNote
                          : V extends Excel.CommentCollection
                            ? FakeCommentCollection
                            : V extends Excel.Comment
                              ? FakeComment
                              : FakeTwo<V>;

/** The second half of the mapping (one conditional type nests only so deep before it reads badly). */
type FakeTwo<V> = V extends Excel.RangeFont
  ? FakeRangeFont
  : V extends Excel.ConditionalFormatCollection
    ? FakeConditionalFormatCollection
    : V extends Excel.ConditionalFormat
      ? FakeConditionalFormat
      : V extends Excel.ColorScaleConditionalFormat
        ? FakeColorScaleConditionalFormat
        : V extends Excel.ChartCollection
          ? FakeChartCollection
          : V extends Excel.Chart
            ? FakeChart
            : V extends Excel.ChartTitle
              ? FakeChartTitle
              : V extends Excel.ChartLegend
                ? FakeChartLegend
                : V extends Excel.ChartSeriesCollection
                  ? FakeChartSeriesCollection
                  : V extends Excel.ChartSeries
                    ? FakeChartSeries
                    : V extends OfficeExtension.ClientResult<infer R>
                      ? FakeClientResult<R>
                      : V extends (infer E)[]
                        ? Faked<E>[]
                        : V;

/** An Office type with Office objects replaced by the fake's classes (unions distribute). */
export type Faked<V> = V extends unknown ? (IsAny<V> extends true ? V : FakeOne<V>) : never;

type FakedArgs<A extends unknown[]> = { [I in keyof A]: Faked<A[I]> };

export type Surface<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: FakedArgs<A>) => Faked<R> : Faked<T[P]>;
};
