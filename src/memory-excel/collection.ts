// Collections (worksheets, notes, comments, the areas of a RangeAreas): loading
// "items/name" — or just "name" — loads every item; `items` is readable after the sync.
import { FakeObject, type Exec, type PropSpecs } from "./client";
import { propertyNotLoaded } from "./errors";
import type { LoadTree } from "./load";

/** A collection: `load("items/name")` or `load("name")` loads its items. */
export abstract class FakeCollection<T, I extends FakeObject<unknown>, IT> extends FakeObject<T> {
  private _loadedItems: I[] | null = null;

  protected abstract _itemTargets(target: T, ex: Exec): IT[];
  protected abstract _makeItem(index: number, target: IT): I;

  protected _props(): PropSpecs<T> {
    return {};
  }

  get items(): I[] {
    if (!this._loadedItems) throw propertyNotLoaded(this._type, "items");
    return this._loadedItems;
  }

  override _load(tree: LoadTree, ex: Exec): { data: unknown; publish: () => void } {
    const itemTree = tree.navs.get("items") ?? { all: tree.all, scalars: tree.scalars, navs: new Map([...tree.navs].filter(([k]) => k !== "items")) };
    if (tree.navs.has("items") && tree.scalars.size > 0) for (const s of tree.scalars) itemTree.scalars.add(s);
    if (itemTree.scalars.size === 0 && itemTree.navs.size === 0) itemTree.all = true;
    const target = this._resolve(ex);
    const targets = target === null ? [] : this._itemTargets(target, ex);
    const items = targets.map((t, i) => this._makeItem(i, t)._bind(t));
    const loaded = items.map((item) => item._load(itemTree, ex));
    return {
      data: { items: loaded.map((l) => l.data) },
      publish: () => {
        loaded.forEach((l) => l.publish());
        this._loadedItems = items;
      },
    };
  }
}
