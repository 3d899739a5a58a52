#!/usr/bin/env node
// The `pledge-check` command. Runs the TypeScript sources through tsx, so it works
// right after `npm ci` without a build step.
"use strict";
const path = require("node:path");

require("tsx/cjs/api").register();
const { run } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
run(process.argv.slice(2));
