// Stand-in until src/excel exports PledgeCheckError; then this file re-exports it.
export class PledgeCheckError extends Error {
  override name = "PledgeCheckError";
}
