// Korean names of the recognised table layouts and indicator kinds, for reports and the pane.
export { SHAPE_LABELS } from "./shapes/shapeNames";
export { KIND_LABELS } from "./kinds/kind";
