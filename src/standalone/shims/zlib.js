// node:zlib for the standalone page: the one call the command line's zip reader makes.
"use strict";
const { inflateSync } = require("fflate");
const { Buffer } = require("buffer");

module.exports = {
  inflateRawSync: (bytes) => Buffer.from(inflateSync(bytes)),
};
