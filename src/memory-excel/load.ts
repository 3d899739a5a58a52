// What `load(...)` asks for, as a tree: "items/name, format/fill/color" → items → {name},
// format → fill → {color}. Accepts Office's forms: a comma list, an array, or
// { select, expand }; no argument loads every scalar property.

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
}

export function emptyTree(): LoadTree {
  return { all: false, scalars: new Set(), navs: new Map() };
}

export function parseLoad(option: unknown): LoadTree {
  const tree = emptyTree();
  const paths: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === "string") paths.push(...value.split(","));
    else if (Array.isArray(value)) value.forEach(add);
  };
  if (option && typeof option === "object" && !Array.isArray(option)) {
    const o = option as { select?: unknown; expand?: unknown };
    add(o.select);
    const expand: string[] = [];
    if (typeof o.expand === "string") expand.push(...o.expand.split(","));
    else if (Array.isArray(o.expand)) expand.push(...(o.expand as string[]));
    for (const e of expand) if (e.trim()) paths.push(`${e.trim()}/*`);
  } else add(option);
  const cleaned = paths.map((p) => p.trim()).filter((p) => p !== "");
  if (cleaned.length === 0) tree.all = true;
  for (const path of cleaned) {
    let node = tree;
    const parts = path.split("/").map((p) => p.trim());
    parts.forEach((part, i) => {
      if (part === "*") {
        node.all = true;
        return;
      }
      if (i === parts.length - 1) node.scalars.add(part);
      else {
        const next = node.navs.get(part) ?? emptyTree();
        node.navs.set(part, next);
        node = next;
      }
    });
  }
  return tree;
}

