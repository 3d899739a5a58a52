// What every read-decide-write command shares: one Excel.run, progress in four steps,
// and any failure as a PledgeCheckError that still carries the check's result when the
// check got that far (so the pane can show findings when only writing failed).
import type { WorkbookResult } from "../core";
import { toPledgeCheckError } from "./errors";
import { detectFeatures, type ExcelHost, type Features } from "./host";
import type { Progress } from "./types";

export const STEPS = 4;

export interface Command {
  context: Excel.RequestContext;
  features: Features;
  /** `stage` in Korean, e.g. "시트 읽는 중"; `done` of STEPS. */
  report(stage: string, done: number): void;
  /** Remembers the check's result for the error of a later failure; returns it. */
  keep(result: WorkbookResult): WorkbookResult;
}

export async function runCommand<T>(host: ExcelHost, onProgress: ((p: Progress) => void) | undefined, body: (command: Command) => Promise<T>): Promise<T> {
  const features = detectFeatures(host);
  let result: WorkbookResult | null = null;
  try {
    return await host.run((context) =>
      body({
        context,
        features,
        report: (stage, done) => onProgress?.({ stage, done, total: STEPS }),
        keep: (checked) => (result = checked),
      }),
    );
  } catch (error) {
    throw toPledgeCheckError(error, result);
  }
}
