// The standalone 점검 페이지 (dist/pledge-check.html): one file, opened by double-click.
import { createRoot } from "react-dom/client";
import { StandalonePage } from "./StandalonePage";

createRoot(document.getElementById("container")!).render(<StandalonePage />);
