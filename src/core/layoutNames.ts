// Korean names of the recognised table layouts and indicator kinds, for reports and the pane.
import { KIND_LABELS } from "./kinds/kind";
import { SHAPE_LABELS } from "./shapes/shapeNames";
import type { Pledge } from "./types";

export { KIND_LABELS, SHAPE_LABELS };

/** How a pledge's table was read, as the plain output and the pane say it: 표 구성 … · 지표: 종류, … */
export function readingText(pledge: Pick<Pledge, "layout" | "indicators">): string {
  const kinds = pledge.indicators.filter((i) => i.kind !== "count").map((i) => `${i.name}: ${KIND_LABELS[i.kind]}`);
  return `표 구성 ${SHAPE_LABELS[pledge.layout]}${kinds.length > 0 ? ` · ${kinds.join(", ")}` : ""}`;
}
