// Charts (ExcelApi 1.1; setValues, setXAxisValues, chartType and id 1.7): worksheet.charts,
// a chart's title, legend and series. A chart keeps references to its cells, not copies,
// as in Excel. charts.add guesses series the way Excel does, simplified: a first row (or
// column) without numbers holds series names (or categories) — so an add-in that wants
// exact series sets them with setValues and setXAxisValues.
import { parseAddress, type Rect } from "../address";
import { FakeObject, defineScalars, type Exec, type PropSpecs } from "../client";
import { FakeCollection } from "../collection";
import { officeError } from "../errors";
import { readCell, type ChartModel, type ChartSeriesModel, type RangeRef, type SheetModel } from "../model";
import type { Surface } from "../surface";
import { STANDARD_WIDTH } from "./format";
import { FakeRange } from "./range";
import { assertEditable, type RangeTarget } from "./targets";

export interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

interface SeriesRef extends ChartRef {
  series: ChartSeriesModel;
}

/** Excel's default chart: 5 by 3 inches. */
const DEFAULT_SIZE = { width: 360, height: 216 };
/** Excel's standard row height in points; the fake has no row heights. */
const ROW_HEIGHT = 15;

type ChartType = Parameters<Excel.ChartCollection["add"]>[0];
type SeriesBy = "Auto" | "Columns" | "Rows";

function alive(ex: Exec, ref: ChartRef): ChartModel {
  if (!ex.workbook.sheets.includes(ref.sheet) || !ref.sheet.charts.includes(ref.chart)) throw officeError("ItemNotFound", "The chart no longer exists.");
  return ref.chart;
}

function editable(ex: Exec, ref: ChartRef, what: string): ChartModel {
  const chart = alive(ex, ref);
  assertEditable(ref.sheet, what);
  return chart;
}

function refOf(target: RangeTarget): RangeRef {
  return { sheetId: target.sheet.id, rect: { ...target.rect } };
}

function slice(target: RangeTarget, rect: Rect): RangeRef {
  return { sheetId: target.sheet.id, rect };
}

/** Series from a source range, as Excel guesses them (simplified, see the top of the file). */
function guessSeries(source: RangeTarget, seriesBy: SeriesBy): ChartSeriesModel[] {
  const { sheet, rect } = source;
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  const isNumber = (row: number, col: number) => typeof readCell(sheet, row, col).value === "number";
  const anyNumber = (cells: [number, number][]) => cells.some(([r, c]) => isNumber(r, c));
  const rowCells = (row: number) => Array.from({ length: cols }, (_, i) => [row, rect.left + i] as [number, number]);
  const colCells = (col: number) => Array.from({ length: rows }, (_, i) => [rect.top + i, col] as [number, number]);
  const headerRow = rows > 1 && !anyNumber(rowCells(rect.top));
  const headerCol = cols > 1 && !anyNumber(colCells(rect.left));
  const top = rect.top + (headerRow ? 1 : 0);
  const left = rect.left + (headerCol ? 1 : 0);
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
  const label = (row: number, col: number, i: number) => String(readCell(sheet, row, col).value) || `Series${i + 1}`;
  const out: ChartSeriesModel[] = [];
  if (byColumns) {
    for (let col = left, i = 0; col <= rect.right; col++, i++) {
      out.push({
        name: headerRow ? label(rect.top, col, i) : `Series${i + 1}`,
        values: slice(source, { top, left: col, bottom: rect.bottom, right: col }),
        categories: headerCol ? slice(source, { top, left: rect.left, bottom: rect.bottom, right: rect.left }) : null,
      });
    }
  } else {
    for (let row = top, i = 0; row <= rect.bottom; row++, i++) {
      out.push({
        name: headerCol ? label(row, rect.left, i) : `Series${i + 1}`,
        values: slice(source, { top: row, left, bottom: row, right: rect.right }),
        categories: headerRow ? slice(source, { top: rect.top, left, bottom: rect.top, right: rect.right }) : null,
      });
    }
  }
  return out;
}

function columnLeft(sheet: SheetModel, col: number): number {
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidths.get(c) ?? STANDARD_WIDTH;
  return left;
}

/** A cell argument of setPosition: a Range on the chart's sheet, or an address. */
function cellOf(ex: Exec, sheet: SheetModel, cell: FakeRange | string): Rect {
  if (typeof cell !== "string") {
    const target = cell._require(ex);
    if (target.sheet !== sheet) throw officeError("InvalidArgument", "The cell is on another sheet than the chart.");
    return target.rect;
  }
  const parsed = parseAddress(cell);
  if (!parsed || parsed.areas.length !== 1) throw officeError("InvalidArgument", `Not a cell address: ${cell}`);
  if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw officeError("InvalidArgument", "The cell is on another sheet than the chart.");
  return parsed.areas[0];
}

function place(chart: ChartModel, sheet: SheetModel, start: Rect, end: Rect | null): void {
  chart.anchor = { start: { ...start, bottom: start.top, right: start.left }, end: end ? { ...end, top: end.bottom, left: end.right } : null };
  chart.top = start.top * ROW_HEIGHT;
  chart.left = columnLeft(sheet, start.left);
  if (end) {
    chart.height = Math.max(0, (end.bottom + 1) * ROW_HEIGHT - chart.top);
    chart.width = Math.max(0, columnLeft(sheet, end.right + 1) - chart.left);
  }
}

const size = (key: "top" | "left" | "width" | "height") => ({
  get: (r: ChartRef, ex: Exec) => alive(ex, r)[key],
  set: (r: ChartRef, v: unknown, ex: Exec) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw officeError("InvalidArgument", `${key} must be a non-negative number`);
    const chart = editable(ex, r, `Chart.${key}`);
    chart[key] = v;
    chart.anchor = null;
  },
});

const CHART_PROPS: PropSpecs<ChartRef> = {
  id: { api: "1.7", get: (r, ex) => alive(ex, r).id },
  name: {
    get: (r, ex) => alive(ex, r).name,
    set: (r, v, ex) => {
      editable(ex, r, "Chart.name").name = String(v);
    },
  },
  chartType: {
    api: "1.7",
    get: (r, ex) => alive(ex, r).type,
    set: (r, v, ex) => {
      editable(ex, r, "Chart.chartType").type = String(v);
    },
  },
  top: size("top"),
  left: size("left"),
  width: size("width"),
  height: size("height"),
};

type ChartMembers = "id" | "name" | "chartType" | "top" | "left" | "width" | "height" | "title" | "legend" | "series" | "setPosition" | "delete";

export class FakeChart extends FakeObject<ChartRef> implements Surface<Excel.Chart, ChartMembers> {
  readonly _type = "Chart";
  declare readonly id: string;
  declare name: string;
  declare chartType: ChartType;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;

  protected _props(): PropSpecs<ChartRef> {
    return CHART_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    if (name === "title") return this.title;
    if (name === "legend") return this.legend;
    if (name === "series") return this.series;
    return undefined;
  }

  get title(): FakeChartTitle {
    return this._navChild("title", undefined, (p, n, a) => new FakeChartTitle(p.context, p, n, a, (t) => t as ChartRef));
  }

  get legend(): FakeChartLegend {
    return this._navChild("legend", undefined, (p, n, a) => new FakeChartLegend(p.context, p, n, a, (t) => t as ChartRef));
  }

  get series(): FakeChartSeriesCollection {
    return this._navChild("series", undefined, (p, n, a) => new FakeChartSeriesCollection(p.context, p, n, a, (t) => t as ChartRef));
  }

  /** Moves the chart to a cell and, given an end cell, sizes it to cover the cells between. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._call("setPosition", endCell === undefined ? [startCell] : [startCell, endCell], undefined, (r, ex) => {
      const chart = editable(ex, r, "Chart.setPosition");
      place(chart, r.sheet, cellOf(ex, r.sheet, startCell), endCell === undefined ? null : cellOf(ex, r.sheet, endCell));
    });
  }

  delete(): void {
    this._call("delete", [], undefined, (r, ex) => {
      const chart = editable(ex, r, "Chart.delete");
      r.sheet.charts = r.sheet.charts.filter((c) => c !== chart);
    });
  }
}
defineScalars(FakeChart, CHART_PROPS);

const TITLE_PROPS: PropSpecs<ChartRef> = {
  text: {
    get: (r, ex) => alive(ex, r).title.text,
    set: (r, v, ex) => {
      // Giving a chart a title's text shows the title, as in Excel.
      editable(ex, r, "ChartTitle.text").title = { text: String(v), visible: true };
    },
  },
  visible: {
    get: (r, ex) => alive(ex, r).title.visible,
    set: (r, v, ex) => {
      editable(ex, r, "ChartTitle.visible").title.visible = v === true;
    },
  },
};

export class FakeChartTitle extends FakeObject<ChartRef> implements Surface<Excel.ChartTitle, "text" | "visible"> {
  readonly _type = "ChartTitle";
  declare text: string;
  declare visible: boolean;

  protected _props(): PropSpecs<ChartRef> {
    return TITLE_PROPS;
  }
}
defineScalars(FakeChartTitle, TITLE_PROPS);

const LEGEND_POSITIONS = new Set(["Top", "Bottom", "Left", "Right", "Corner", "Custom"]);

const LEGEND_PROPS: PropSpecs<ChartRef> = {
  visible: {
    get: (r, ex) => alive(ex, r).legend.visible,
    set: (r, v, ex) => {
      editable(ex, r, "ChartLegend.visible").legend.visible = v === true;
    },
  },
  position: {
    get: (r, ex) => alive(ex, r).legend.position,
    set: (r, v, ex) => {
      if (!LEGEND_POSITIONS.has(String(v))) throw officeError("InvalidArgument", `Not a legend position: ${String(v)}`);
      editable(ex, r, "ChartLegend.position").legend.position = String(v);
    },
  },
};

export class FakeChartLegend extends FakeObject<ChartRef> implements Surface<Excel.ChartLegend, "visible" | "position"> {
  readonly _type = "ChartLegend";
  declare visible: boolean;
  declare position: Excel.ChartLegendPosition | "Invalid" | "Top" | "Bottom" | "Left" | "Right" | "Corner" | "Custom";

  protected _props(): PropSpecs<ChartRef> {
    return LEGEND_PROPS;
  }
}
defineScalars(FakeChartLegend, LEGEND_PROPS);

function aliveSeries(ex: Exec, ref: SeriesRef): ChartSeriesModel {
  if (!alive(ex, ref).series.includes(ref.series)) throw officeError("ItemNotFound", "The series no longer exists.");
  return ref.series;
}

const SERIES_PROPS: PropSpecs<SeriesRef> = {
  name: {
    get: (r, ex) => aliveSeries(ex, r).name,
    set: (r, v, ex) => {
      editable(ex, r, "ChartSeries.name");
      aliveSeries(ex, r).name = String(v);
    },
  },
};

export class FakeChartSeries extends FakeObject<SeriesRef> implements Surface<Excel.ChartSeries, "name" | "setValues" | "setXAxisValues" | "delete"> {
  readonly _type = "ChartSeries";
  declare name: string;

  protected _props(): PropSpecs<SeriesRef> {
    return SERIES_PROPS;
  }

  private setRange(method: string, sourceData: FakeRange, key: "values" | "categories"): void {
    this._call(method, [sourceData], "1.7", (r, ex) => {
      editable(ex, r, `ChartSeries.${method}`);
      aliveSeries(ex, r)[key] = refOf(sourceData._require(ex));
    });
  }

  setValues(sourceData: FakeRange): void {
    this.setRange("setValues", sourceData, "values");
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.setRange("setXAxisValues", sourceData, "categories");
  }

  delete(): void {
    this._call("delete", [], "1.7", (r, ex) => {
      const chart = editable(ex, r, "ChartSeries.delete");
      const series = aliveSeries(ex, r);
      chart.series = chart.series.filter((s) => s !== series);
    });
  }
}
defineScalars(FakeChartSeries, SERIES_PROPS);

export class FakeChartSeriesCollection extends FakeCollection<ChartRef, FakeChartSeries, SeriesRef> implements Surface<Excel.ChartSeriesCollection, "items" | "add" | "getCount" | "getItemAt"> {
  readonly _type = "ChartSeriesCollection";

  protected _itemTargets(ref: ChartRef, ex: Exec): SeriesRef[] {
    return alive(ex, ref).series.map((series) => ({ ...ref, series }));
  }

  protected _makeItem(index: number, target: SeriesRef): FakeChartSeries {
    return new FakeChartSeries(this.context, this, "getItemAt", [index], () => target);
  }

  /** A new empty series (ExcelApi 1.7), at the end or at `index`. */
  add(name?: string, index?: number): FakeChartSeries {
    return this._child(
      (p, n, a) =>
        new FakeChartSeries(p.context, p, n, a, (t, ex) => {
          const ref = t as ChartRef;
          const chart = editable(ex, ref, "ChartSeriesCollection.add");
          const series: ChartSeriesModel = { name: name ?? `Series${chart.series.length + 1}`, values: null, categories: null };
          chart.series.splice(index ?? chart.series.length, 0, series);
          return { ...ref, series };
        }),
      "add",
      [name ?? null, index ?? null],
      "1.7",
      true,
    );
  }

  getCount() {
    return this._result("getCount", [], "1.4", (r: ChartRef, ex: Exec) => alive(ex, r).series.length);
  }

  getItemAt(index: number): FakeChartSeries {
    return this._child(
      (p, n, a) =>
        new FakeChartSeries(p.context, p, n, a, (t, ex) => {
          const ref = t as ChartRef;
          const series = alive(ex, ref).series[index];
          if (!series) throw officeError("ItemNotFound", `No series at index ${index}`);
          return { ...ref, series };
        }),
      "getItemAt",
      [index],
      undefined,
      false,
    );
  }
}

type CollectionMembers = "items" | "add" | "getCount" | "getItem" | "getItemAt" | "getItemOrNullObject";

export class FakeChartCollection extends FakeCollection<SheetModel, FakeChart, ChartRef> implements Surface<Excel.ChartCollection, CollectionMembers> {
  readonly _type = "ChartCollection";

  protected _itemTargets(sheet: SheetModel): ChartRef[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected _makeItem(index: number, target: ChartRef): FakeChart {
    return new FakeChart(this.context, this, "getItemAt", [index], () => target);
  }

  add(type: ChartType, sourceData: FakeRange, seriesBy?: SeriesBy): FakeChart {
    return this._child(
      (p, n, a) =>
        new FakeChart(p.context, p, n, a, (t, ex) => {
          const sheet = t as SheetModel;
          assertEditable(sheet, "ChartCollection.add");
          if (type === "Invalid") throw officeError("InvalidArgument", "Not a chart type: Invalid");
          const source = sourceData._require(ex);
          let number = sheet.charts.length + 1;
          while (sheet.charts.some((c) => c.name === `Chart ${number}`)) number++;
          const chart: ChartModel = {
            id: ex.workbook.newId("{chart-"),
            name: `Chart ${number}`,
            type,
            title: { text: "", visible: false },
            legend: { visible: true, position: "Right" },
            series: guessSeries(source, seriesBy ?? "Auto"),
            anchor: null,
            top: 0,
            left: 0,
            ...DEFAULT_SIZE,
          };
          sheet.charts.push(chart);
          return { sheet, chart };
        }),
      "add",
      [type, sourceData, seriesBy ?? "Auto"],
      undefined,
      true,
    );
  }

  getCount() {
    return this._result("getCount", [], "1.4", (sheet: SheetModel) => sheet.charts.length);
  }

  private byName(name: string, method: string, orNull: boolean, api: string | undefined): FakeChart {
    return this._child(
      (p, n, a) =>
        new FakeChart(p.context, p, n, a, (t) => {
          const sheet = t as SheetModel;
          const chart = sheet.charts.find((c) => c.name === name);
          if (!chart && !orNull) throw officeError("ItemNotFound", `No chart named ${name}`);
          return chart ? { sheet, chart } : null;
        }),
      method,
      [name],
      api,
      orNull,
    );
  }

  getItem(name: string): FakeChart {
    return this.byName(name, "getItem", false, undefined);
  }

  getItemOrNullObject(name: string): FakeChart {
    return this.byName(name, "getItemOrNullObject", true, "1.4");
  }

  getItemAt(index: number): FakeChart {
    return this._child(
      (p, n, a) =>
        new FakeChart(p.context, p, n, a, (t) => {
          const sheet = t as SheetModel;
          const chart = sheet.charts[index];
          if (!chart) throw officeError("ItemNotFound", `No chart at index ${index}`);
          return { sheet, chart };
        }),
      "getItemAt",
      [index],
      undefined,
      false,
    );
  }
}
