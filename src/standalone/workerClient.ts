// The worker, started from its source inlined in this page (a blob: URL: the page is one
// file and its CSP allows no other script). Requests are answered one at a time, in order.
import workerSource from "pledge-check-worker";
import type { Reply, Request } from "./protocol";

export interface WorkerClient {
  send(request: Request, transfer?: Transferable[]): Promise<Reply>;
}

export function startWorker(): WorkerClient {
  const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
  const worker = new Worker(url);
  const waiting: ((reply: Reply) => void)[] = [];
  worker.onmessage = (event: MessageEvent<Reply>) => waiting.shift()?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    waiting.shift()?.({ type: "failed", message: `점검 작업을 시작하지 못했습니다: ${event.message}` });
  };
  return {
    send(request, transfer = []) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        worker.postMessage(request, transfer);
      });
    },
  };
}
