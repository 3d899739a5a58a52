// The adapter's error type: its message is already a Korean sentence meant for the user.
export { PledgeCheckError } from "../excel";
export { OWN_SHEET_CODES } from "../excel";
