// Add-in entry: once Office is ready, render the task pane over the real Excel.
import { createRoot } from "react-dom/client";
import { createPledgeChecker, officeHost } from "../excel";
import { App } from "./components/App";
import { showNotExcel } from "./notExcel";

void Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  // Opened outside Excel (a plain browser, or another Office app): say where it belongs.
  if (info.host !== Office.HostType.Excel) {
    showNotExcel(container);
    return;
  }
  createRoot(container).render(<App checker={createPledgeChecker(officeHost())} />);
});
