// What taskpane.html says when it is opened outside Excel (a plain browser, another Office
// app): that it runs inside Excel, and where the standalone page is (it sits beside it in dist).
import { NOT_EXCEL, STANDALONE_LINK, STANDALONE_PAGE } from "./strings";

export function showNotExcel(container: HTMLElement): void {
  const doc = container.ownerDocument;
  const message = doc.createElement("p");
  message.textContent = NOT_EXCEL;
  const pointer = doc.createElement("p");
  const link = doc.createElement("a");
  link.href = STANDALONE_PAGE;
  link.textContent = STANDALONE_LINK;
  pointer.append(link, ".");
  container.replaceChildren(message, pointer);
  container.lang = "ko";
}
