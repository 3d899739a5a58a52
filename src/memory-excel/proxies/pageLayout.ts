// Printing and filtering of a worksheet: worksheet.pageLayout (ExcelApi 1.9) and
// worksheet.autoFilter (ExcelApi 1.9), the parts pledge-check sets on the sheets it writes.
// Sources (Microsoft Learn, Office.js reference):
// - Excel.PageLayout: `orientation` is "Portrait" | "Landscape"; `zoom` is a
//   PageLayoutZoomOptions { horizontalFitToPages, verticalFitToPages, scale } where
//   "scale can be between 10 and 400" and is null when fitting to pages is used;
//   setPrintTitleRows(titleRows: Range | string) "sets the worksheet's title rows for printing".
//   https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
//   https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
// - Excel.AutoFilter: apply(range, columnIndex?, criteria?) "applies the AutoFilter to a
//   range"; remove() "removes the AutoFilter for the range"; a worksheet has at most one.
//   https://learn.microsoft.com/javascript/api/excel/excel.autofilter
// Assumptions where the docs are silent (see the README): verticalFitToPages 0 means "as
// many pages as needed", as fitToHeight="0" does in the file format (ECMA-376 §18.3.1.63);
// print title rows must be whole rows (Excel's Page Setup refuses anything else); like every
// change, both refuse a protected sheet. The state lives beside the sheet model (a WeakMap),
// so the model itself is untouched.
import { parseAddress, MAX_COLUMNS, type Rect } from "../address";
import { FakeObject, defineScalars, type PropSpecs } from "../client";
import { officeError } from "../errors";
import type { SheetModel } from "../model";
import { FakeRange } from "./range";
import { assertEditable } from "./targets";

export interface PrintState {
  orientation: "Portrait" | "Landscape";
  zoom: { scale: number | null; horizontalFitToPages: number | null; verticalFitToPages: number | null };
  /** 0-based inclusive rows repeated on each printed page, or null. */
  titleRows: { first: number; last: number } | null;
  /** The autofiltered range, or null. */
  autoFilter: Rect | null;
}

const states = new WeakMap<SheetModel, PrintState>();

/** What a sheet prints with; a sheet never touched prints portrait at 100 %. */
export function printStateOf(sheet: SheetModel): PrintState {
  let state = states.get(sheet);
  if (!state) {
    state = { orientation: "Portrait", zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null }, titleRows: null, autoFilter: null };
    states.set(sheet, state);
  }
  return state;
}

const isCount = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;

const PAGE_LAYOUT_PROPS: PropSpecs<SheetModel> = {
  orientation: {
    api: "1.9",
    get: (s) => printStateOf(s).orientation,
    set: (s, v) => {
      if (v !== "Portrait" && v !== "Landscape") throw officeError("InvalidArgument", `Not an orientation: ${String(v)}`);
      assertEditable(s, "PageLayout.orientation");
      printStateOf(s).orientation = v;
    },
  },
  zoom: {
    api: "1.9",
    get: (s) => ({ ...printStateOf(s).zoom }),
    set: (s, v) => {
      const zoom = (v ?? {}) as Excel.PageLayoutZoomOptions;
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      if (zoom.scale !== undefined && zoom.scale !== null && (typeof zoom.scale !== "number" || zoom.scale < 10 || zoom.scale > 400)) {
        throw officeError("InvalidArgument", `A print scale is between 10 and 400: ${String(zoom.scale)}`);
      }
      for (const n of [zoom.horizontalFitToPages, zoom.verticalFitToPages]) {
        if (n !== undefined && n !== null && !isCount(n)) throw officeError("InvalidArgument", `Not a page count: ${String(n)}`);
      }
      assertEditable(s, "PageLayout.zoom");
      printStateOf(s).zoom = fit
        ? { scale: null, horizontalFitToPages: zoom.horizontalFitToPages ?? null, verticalFitToPages: zoom.verticalFitToPages ?? null }
        : { scale: zoom.scale ?? 100, horizontalFitToPages: null, verticalFitToPages: null };
    },
  },
};

export class FakePageLayout extends FakeObject<SheetModel> {
  readonly _type = "PageLayout";
  declare orientation: Excel.PageOrientation | "Portrait" | "Landscape";
  declare zoom: Excel.PageLayoutZoomOptions;

  protected _props(): PropSpecs<SheetModel> {
    return PAGE_LAYOUT_PROPS;
  }

  setPrintTitleRows(titleRows: FakeRange | string): void {
    this._call("setPrintTitleRows", [titleRows], "1.9", (s, ex) => {
      const rect = titleRows instanceof FakeRange ? titleRows._require(ex).rect : parseAddress(titleRows)?.areas[0];
      if (!rect || rect.left !== 0 || rect.right !== MAX_COLUMNS - 1) throw officeError("InvalidArgument", `Print title rows must be whole rows: ${String(titleRows)}`);
      assertEditable(s, "PageLayout.setPrintTitleRows");
      printStateOf(s).titleRows = { first: rect.top, last: rect.bottom };
    });
  }
}
defineScalars(FakePageLayout, PAGE_LAYOUT_PROPS);

export class FakeAutoFilter extends FakeObject<SheetModel> {
  readonly _type = "AutoFilter";

  protected _props(): PropSpecs<SheetModel> {
    return {};
  }

  /** Filter criteria are not modelled: pledge-check only turns the filter buttons on. */
  apply(range: FakeRange | string): void {
    this._call("apply", [range], "1.9", (s, ex) => {
      const rect = range instanceof FakeRange ? range._require(ex).rect : parseAddress(range)?.areas[0];
      if (!rect) throw officeError("InvalidArgument", `Not a range: ${String(range)}`);
      assertEditable(s, "AutoFilter.apply");
      printStateOf(s).autoFilter = { ...rect };
    });
  }

  remove(): void {
    this._call("remove", [], "1.9", (s) => {
      assertEditable(s, "AutoFilter.remove");
      printStateOf(s).autoFilter = null;
    });
  }
}
