// The rulebook: every rule pledge-check applies that is not arithmetic, in one place.
export * from "./statuses";
export * from "./precision";
export * from "./sheets";
export * from "./labels";
export * from "./pledgeNumbers";
export * from "./options";
export * from "./placeholders";
export * from "./periodWords";
export * from "./investment";
export * from "./columns";
export * from "./fields";
