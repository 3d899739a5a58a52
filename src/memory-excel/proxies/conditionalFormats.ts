// Conditional formats (ExcelApi 1.6): range.conditionalFormats holds the rules that
// intersect the range; add() puts a new rule on the range at the top priority, and
// clearAll() cuts the range out of every rule (a rule left with no cells goes). Only
// colour scales are modelled; adding another type fails with NotImplemented.
import { intersect, subtract, type Rect } from "../address";
import { FakeObject, defineScalars, type Exec, type PropSpecs } from "../client";
import { FakeCollection } from "../collection";
import { officeError } from "../errors";
import type { ColorScaleCriteria, ColorScaleCriterion, ConditionalFormatModel, SheetModel } from "../model";
import type { Surface } from "../surface";
import { normalizeColor } from "./format";
import { FakeRange } from "./range";
import { assertEditable, type RangeTarget } from "./targets";

export interface RuleRef {
  sheet: SheetModel;
  rule: ConditionalFormatModel;
}

type FormatType = "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue";

/** The fake's choice for a colour scale whose criteria were never set: lowest red, highest green. */
const DEFAULT_CRITERIA: ColorScaleCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

const CRITERION_TYPES = new Set(["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"]);

function alive(ex: Exec, ref: RuleRef): ConditionalFormatModel {
  if (!ex.workbook.sheets.includes(ref.sheet) || !ref.sheet.conditionalFormats.includes(ref.rule)) {
    throw officeError("ItemNotFound", "The conditional format no longer exists.");
  }
  return ref.rule;
}

function criterion(input: unknown, what: string): ColorScaleCriterion {
  if (!input || typeof input !== "object") throw officeError("InvalidArgument", `The colour scale's ${what} is missing.`);
  const c = input as ColorScaleCriterion;
  if (!CRITERION_TYPES.has(c.type)) throw officeError("InvalidArgument", `Not a colour scale criterion type: ${String(c.type)}`);
  const needsFormula = c.type !== "LowestValue" && c.type !== "HighestValue";
  if (needsFormula && (typeof c.formula !== "string" || c.formula.trim() === "")) {
    throw officeError("InvalidArgument", `A ${c.type} criterion needs a formula.`);
  }
  return { type: c.type, ...(c.color !== undefined ? { color: normalizeColor(c.color) } : {}), ...(needsFormula ? { formula: c.formula } : {}) };
}

function checkCriteria(input: unknown): ColorScaleCriteria {
  const c = (input ?? {}) as Partial<ColorScaleCriteria>;
  return {
    minimum: criterion(c.minimum, "minimum"),
    ...(c.midpoint ? { midpoint: criterion(c.midpoint, "midpoint") } : {}),
    maximum: criterion(c.maximum, "maximum"),
  };
}

/** Cuts `rect` out of every rule of the sheet that it touches. */
export function clearRules(sheet: SheetModel, rect: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((rule) => {
    if (!rule.rects.some((r) => intersect(r, rect))) return [rule];
    rule.rects = rule.rects.flatMap((r) => subtract(r, rect));
    return rule.rects.length > 0 ? [rule] : [];
  });
}

const SCALE_PROPS: PropSpecs<RuleRef> = {
  criteria: {
    api: "1.6",
    get: (r, ex) => alive(ex, r).criteria,
    set: (r, v, ex) => {
      const rule = alive(ex, r);
      assertEditable(r.sheet, "ColorScaleConditionalFormat.criteria");
      rule.criteria = checkCriteria(v);
    },
  },
  threeColorScale: { api: "1.6", get: (r, ex) => alive(ex, r).criteria.midpoint !== undefined },
};

export class FakeColorScaleConditionalFormat extends FakeObject<RuleRef> implements Surface<Excel.ColorScaleConditionalFormat, "criteria" | "threeColorScale"> {
  readonly _type = "ColorScaleConditionalFormat";
  declare criteria: Excel.ConditionalColorScaleCriteria;
  declare readonly threeColorScale: boolean;

  protected _props(): PropSpecs<RuleRef> {
    return SCALE_PROPS;
  }
}
defineScalars(FakeColorScaleConditionalFormat, SCALE_PROPS);

const RULE_PROPS: PropSpecs<RuleRef> = {
  id: { api: "1.6", get: (r, ex) => alive(ex, r).id },
  type: { api: "1.6", get: (r, ex) => alive(ex, r).type },
  priority: { api: "1.6", get: (r, ex) => r.sheet.conditionalFormats.indexOf(alive(ex, r)) },
};

export class FakeConditionalFormat extends FakeObject<RuleRef> implements Surface<Excel.ConditionalFormat, "id" | "type" | "priority" | "colorScale" | "delete" | "getRange"> {
  readonly _type = "ConditionalFormat";
  declare readonly id: string;
  declare readonly type: Excel.ConditionalFormatType | FormatType;
  declare priority: number;

  protected _props(): PropSpecs<RuleRef> {
    return RULE_PROPS;
  }

  protected override _nav(name: string): FakeObject<unknown> | undefined {
    return name === "colorScale" ? this.colorScale : undefined;
  }

  /** Only a colour scale rule has one; asking another rule for it fails the sync. */
  get colorScale(): FakeColorScaleConditionalFormat {
    return this._navChild(
      "colorScale",
      "1.6",
      (p, n, a) =>
        new FakeColorScaleConditionalFormat(p.context, p, n, a, (t, ex) => {
          const ref = t as RuleRef;
          if (alive(ex, ref).type !== "ColorScale") throw officeError("InvalidOperation", "The conditional format is not a colour scale.");
          return ref;
        }),
    );
  }

  delete(): void {
    this._call("delete", [], "1.6", (r, ex) => {
      const rule = alive(ex, r);
      assertEditable(r.sheet, "ConditionalFormat.delete");
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((x) => x !== rule);
    });
  }

  /** Fails for a rule that covers several areas, as Excel does. */
  getRange(): FakeRange {
    return this._child(
      (p, n, a) =>
        new FakeRange(p.context, p, n, a, (t, ex) => {
          const ref = t as RuleRef;
          const rule = alive(ex, ref);
          if (rule.rects.length !== 1) throw officeError("InvalidOperation", "The conditional format applies to several ranges.");
          return { sheet: ref.sheet, rect: { ...rule.rects[0] } };
        }),
      "getRange",
      [],
      "1.6",
      false,
    );
  }
}
defineScalars(FakeConditionalFormat, RULE_PROPS);

type Members = "items" | "add" | "clearAll" | "getCount" | "getItem" | "getItemAt";

export class FakeConditionalFormatCollection
  extends FakeCollection<RangeTarget, FakeConditionalFormat, RuleRef>
  implements Surface<Excel.ConditionalFormatCollection, Members>
{
  readonly _type = "ConditionalFormatCollection";

  protected _itemTargets(target: RangeTarget, _ex: Exec): RuleRef[] {
    return target.sheet.conditionalFormats.filter((rule) => rule.rects.some((r) => intersect(r, target.rect))).map((rule) => ({ sheet: target.sheet, rule }));
  }

  protected _makeItem(index: number, target: RuleRef): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this, "getItemAt", [index], () => target);
  }

  add(type: FormatType): FakeConditionalFormat {
    return this._child(
      (p, n, a) =>
        new FakeConditionalFormat(p.context, p, n, a, (t, ex) => {
          const target = t as RangeTarget;
          assertEditable(target.sheet, "ConditionalFormatCollection.add");
          if (type !== "ColorScale") throw officeError("NotImplemented", `memory-excel: only colour scale conditional formats, not ${type}`);
          const rule: ConditionalFormatModel = { id: ex.workbook.newId("{cf-"), type, rects: [{ ...target.rect }], criteria: DEFAULT_CRITERIA };
          target.sheet.conditionalFormats.unshift(rule);
          return { sheet: target.sheet, rule };
        }),
      "add",
      [type],
      "1.6",
      true,
    );
  }

  clearAll(): void {
    this._call("clearAll", [], "1.6", (t) => {
      assertEditable(t.sheet, "ConditionalFormatCollection.clearAll");
      clearRules(t.sheet, t.rect);
    });
  }

  getCount() {
    return this._result("getCount", [], "1.6", (t: RangeTarget, ex: Exec) => this._itemTargets(t, ex).length);
  }

  private pick(name: string, key: string | number, find: (refs: RuleRef[]) => RuleRef | undefined): FakeConditionalFormat {
    return this._child(
      (p, n, a) =>
        new FakeConditionalFormat(p.context, p, n, a, (t, ex) => {
          const found = find(this._itemTargets(t as RangeTarget, ex));
          if (!found) throw officeError("ItemNotFound", `No conditional format ${String(key)}`);
          return found;
        }),
      name,
      [key],
      "1.6",
      false,
    );
  }

  getItem(id: string): FakeConditionalFormat {
    return this.pick("getItem", id, (refs) => refs.find((r) => r.rule.id === id));
  }

  getItemAt(index: number): FakeConditionalFormat {
    return this.pick("getItemAt", index, (refs) => refs[index]);
  }
}
