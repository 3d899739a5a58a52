// The host office.js provides, wrapped so that whoever draws the in-memory workbook hears of
// every Excel.run the pane makes (to redraw after it). The preview and the standalone page share it.
import { officeHost, type ExcelHost } from "../excel";

export function observedHost(): { host: ExcelHost; listeners: Set<() => void> } {
  const listeners = new Set<() => void>();
  const office = officeHost();
  const host: ExcelHost = {
    isSetSupported: office.isSetSupported,
    libraryHas: office.libraryHas,
    async run(batch) {
      try {
        return await office.run(batch);
      } finally {
        listeners.forEach((listener) => listener());
      }
    },
  };
  return { host, listeners };
}
