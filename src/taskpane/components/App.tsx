// The task pane inside Fluent's light theme. Shared by the add-in and the browser preview.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PledgeChecker } from "../checker";
import { TaskPane } from "./TaskPane";

export function App({ checker }: { checker: PledgeChecker }) {
  return (
    <FluentProvider theme={webLightTheme} lang="ko">
      <TaskPane checker={checker} />
    </FluentProvider>
  );
}
