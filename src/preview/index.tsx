// Preview entry: the task pane in a plain browser, over the in-memory Excel loaded with the
// sample department cards. `npm run dev-server`, then open /preview.html.
import { createRoot } from "react-dom/client";
import { installMemoryExcel, MemoryExcel } from "../memory-excel";
import { createPledgeChecker } from "../excel";
import { observedHost } from "./observedHost";
import { PreviewPage } from "./PreviewPage";
import { previewWorkbook } from "./previewWorkbook";

const excel = new MemoryExcel(previewWorkbook());
// The same globals office.js would provide, so the pane runs through officeHost() unchanged.
installMemoryExcel(excel);

const { host, listeners } = observedHost();

const onChange = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

createRoot(document.getElementById("container")!).render(
  <PreviewPage
    excel={excel}
    checker={createPledgeChecker(host)}
    onChange={onChange}
    reset={() => {
      excel.workbook = previewWorkbook();
    }}
  />,
);
