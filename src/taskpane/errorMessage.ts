// Which error text the user sees: the adapter's own Korean message for problems it
// understands (PledgeCheckError), a generic Korean message for anything else.
import { PledgeCheckError } from "./pledgeCheckError";
import { GENERIC_ERROR, SELECT_ERROR } from "./strings";

export function errorMessage(error: unknown, during: "run" | "select" = "run"): string {
  if (error instanceof PledgeCheckError && error.message) return error.message;
  // Not ours to explain in Korean, but keep the detail for whoever opens the console.
  console.error(error);
  return during === "select" ? SELECT_ERROR : GENERIC_ERROR;
}
