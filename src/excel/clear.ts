// 표시 지우기: every fill pledge-check applied goes back to the original remembered in
// the store (a cell the user recoloured since keeps the user's colour), its notes and
// comments go, and so do the findings sheet and the store — except the store's records
// whose sheet was not found (deleted, or another sheet now has its name): those stay, so
// nothing pledge-check remembered is lost. A renamed sheet is found by its id. Four
// syncs: outline, store and annotation locations, the flagged cells' current fills, the write.
import { toPledgeCheckError } from "./errors";
import { cellKey, prepareExtras } from "./extras";
import { assertWritable, readFills } from "./guards";
import { detectFeatures, type ExcelHost } from "./host";
import { findSheet, readOutline } from "./outline";
import { planFlagWrites } from "./plan";
import { STORE_SHEET_NAME } from "./store";
import { queueWrites } from "./write";

export async function clearFlags(host: ExcelHost): Promise<{ restored: number; kept?: number }> {
  const features = detectFeatures(host);
  try {
    return await host.run(async (context) => {
      const outline = await readOutline(context, features);
      const extras = prepareExtras(outline);
      extras.queue();
      await context.sync();
      const { store, unmatched, findingsSheets, ourAnnotationSheets } = extras.collect();
      const sheetExists = (name: string) => findSheet(outline, name) !== undefined;
      const previous = store.flags;
      const current = previous.length > 0 ? await readFills(context, outline, previous, features) : new Map();
      const plan = planFlagWrites({ features, flags: [], previous, currentFill: (s, c) => current.get(cellKey(s, c)), userAnnotated: new Set(), sheetExists });
      const storeExists = sheetExists(STORE_SHEET_NAME);
      const kept = unmatched.length;
      if (plan.restore.length === 0 && ourAnnotationSheets.size === 0 && findingsSheets.length === 0 && (!storeExists || (previous.length === 0 && kept > 0))) {
        return kept > 0 ? { restored: 0, kept } : { restored: 0 };
      }
      const touched = new Set([...plan.restore.map((r) => r.sheet), ...ourAnnotationSheets]);
      assertWritable(outline, touched, findingsSheets.length > 0 || (storeExists && kept === 0), "표시를 지우지", null);
      queueWrites(context, outline, { plan, rates: [], findings: null, oldFindings: findingsSheets, storeExists, unmatched }, features);
      await context.sync();
      return kept > 0 ? { restored: plan.restore.length, kept } : { restored: plan.restore.length };
    });
  } catch (error) {
    throw toPledgeCheckError(error);
  }
}
