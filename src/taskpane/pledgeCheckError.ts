// The adapter's error type: its message is already a Korean sentence meant for the user.
export { PledgeCheckError } from "../excel";
