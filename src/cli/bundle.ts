// Entry of dist/pledge-check.cjs (npm run build:standalone): the command line in one file,
// for a PC with Node but no npm registry: `node pledge-check.cjs check 폴더`.
import { run } from "./main";

run(process.argv.slice(2));
