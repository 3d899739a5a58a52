// Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet, e.g. from
// worksheet.getRanges("G7,I6") or range.getMergedAreasOrNullObject(). Its format
// applies to every area at once.
import { areaA1, cellCount, quoteSheet } from "../address";
import { FakeObject, defineScalars, type Exec, type PropSpecs } from "../client";
import { FakeCollection } from "../collection";
import type { Surface } from "../surface";
import { FakeRangeFormat } from "./format";
import { FakeRange } from "./range";
import type { AreasTarget, RangeTarget } from "./targets";
import { FakeWorksheet } from "./worksheet";

const AREAS_PROPS: PropSpecs<AreasTarget> = {
  address: { get: (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${areaA1(r)}`).join(",") },
  addressLocal: { get: (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${areaA1(r)}`).join(",") },
  areaCount: { get: (t) => t.rects.length },
  cellCount: { get: (t) => t.rects.reduce((n, r) => n + cellCount(r), 0) },
};

export class FakeRangeAreas
  extends FakeObject<AreasTarget>
  implements Surface<Excel.RangeAreas, "address" | "addressLocal" | "areaCount" | "cellCount" | "areas" | "format" | "worksheet">
{
  readonly _type = "RangeAreas";
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  protected _props(): PropSpecs<AreasTarget> {
    return AREAS_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "areas") return this.areas;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get format(): FakeRangeFormat {
    return this._navChild("format", undefined, (p, n, a) => new FakeRangeFormat(p.context, p, n, a, (t) => t as AreasTarget));
  }

  get areas(): FakeRangeCollection {
    return this._navChild("areas", undefined, (p, n, a) => new FakeRangeCollection(p.context, p, n, a, (t) => t as AreasTarget));
  }

  get worksheet(): FakeWorksheet {
    return this._navChild("worksheet", undefined, (p, n, a) => new FakeWorksheet(p.context, p, n, a, (t) => (t as AreasTarget).sheet));
  }
}
defineScalars(FakeRangeAreas, AREAS_PROPS);

/** The areas of a RangeAreas, one Range each. */
export class FakeRangeCollection extends FakeCollection<AreasTarget, FakeRange, RangeTarget> implements Surface<Excel.RangeCollection, "items"> {
  readonly _type = "RangeCollection";

  protected _itemTargets(target: AreasTarget, _ex: Exec): RangeTarget[] {
    return target.rects.map((rect) => ({ sheet: target.sheet, rect }));
  }

  protected _makeItem(index: number, target: RangeTarget): FakeRange {
    return new FakeRange(this.context, this, "_item", [index], () => target);
  }
}
