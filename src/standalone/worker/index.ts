// The page's worker: every read, check and write happens here, so the page stays responsive.
import type { Reply, Request } from "../protocol";
import { Batch, checkOne } from "./batch";
import { plainTally } from "../../cli/report";
import { copiesZip, summaryOnly } from "./copies";
import { openState, savedWorkbook, SaveRefused } from "./save";
import { SUMMARY_FILE_NAME } from "../../cli/summaryWorkbook";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const batch = new Batch();
const scope = self as unknown as { postMessage(message: Reply, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<Request>) => void) | null };

scope.onmessage = (event) => {
  handle(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ type: "failed", message: error instanceof SaveRefused ? error.message : `예상하지 못한 문제가 생겼습니다: ${String(error)}` }),
  );
};

async function handle(request: Request): Promise<Reply> {
  switch (request.type) {
    case "add":
      await batch.add(request.name, new Uint8Array(request.bytes));
      return { type: "view", view: batch.view() };
    case "clear":
      batch.files = [];
      return { type: "view", view: batch.view() };
    case "roster":
      await batch.setRoster(request.name, request.bytes && new Uint8Array(request.bytes));
      return { type: "view", view: batch.view() };
    case "config":
      await batch.setConfig(request.name, request.text);
      return { type: "view", view: batch.view() };
    case "download":
      return download(request.kind);
    case "open": {
      const file = batch.files[request.index];
      return { type: "workbook", index: request.index, name: file.name, state: await openState(file.bytes, batch.options), result: file.report.result };
    }
    case "save": {
      const file = batch.files[request.index];
      return bytesReply(file.name.split("/").pop() ?? file.name, XLSX, await savedWorkbook(file.bytes, request.state, batch.options));
    }
    case "tally": {
      // The workbook as 내려받기 would write it, checked as the command line checks a file.
      const file = batch.files[request.index];
      const saved = await savedWorkbook(file.bytes, request.state, batch.options);
      return { type: "tally", text: plainTally([await checkOne(file.name, saved, batch)]) };
    }
  }
}

async function download(kind: "summary" | "copies" | "json" | "csv"): Promise<Reply> {
  switch (kind) {
    case "summary":
      return bytesReply(SUMMARY_FILE_NAME, XLSX, await summaryOnly(batch));
    case "copies":
      return bytesReply("검토 사본.zip", "application/zip", await copiesZip(batch));
    case "json":
      return bytesReply("점검 결과.json", "application/json", new TextEncoder().encode(batch.json()));
    case "csv":
      return bytesReply("점검 결과.csv", "text/csv", new TextEncoder().encode(batch.csv()));
  }
}

function bytesReply(name: string, mime: string, bytes: Uint8Array): Reply {
  const copy = bytes.slice().buffer;
  return { type: "download", name, mime, bytes: copy };
}
