#!/usr/bin/env node
// The `pledge-check` command. Runs the command line compiled at install (`prepare` runs
// `npm run build:cli` into build/), so it starts plain JavaScript with no TypeScript loader.
"use strict";
const path = require("node:path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(path.join("build", "cli", "main.js"))) {
    process.stderr.write("오류: 명령줄이 아직 컴파일되지 않았습니다. 'npm run build:cli'를 실행해 주세요.\n");
    process.exit(2);
  }
  throw error;
}
cli.run(process.argv.slice(2));
