// src/cli/packageGrids.ts for the standalone page: the command line's quick reader reaches
// exceljs's CommonJS files by path, which its browser build does not have. The page always
// reads through exceljs (checkBytesForCopy); null is the quick reader's own "use exceljs".
"use strict";
module.exports = { packageGrids: async () => null };
