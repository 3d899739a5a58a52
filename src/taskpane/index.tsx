// Add-in entry: once Office is ready, render the task pane over the real Excel.
import { createRoot } from "react-dom/client";
import { createPledgeChecker, officeHost } from "../excel";
import { App } from "./components/App";
import { NOT_EXCEL } from "./strings";

void Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  // Opened outside Excel (a plain browser, or another Office app): say where it belongs.
  if (info.host !== Office.HostType.Excel) {
    container.textContent = NOT_EXCEL;
    return;
  }
  createRoot(container).render(<App checker={createPledgeChecker(officeHost())} />);
});
