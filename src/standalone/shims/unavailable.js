// Any other Node built-in in the standalone page: touching it throws (see README.md).
"use strict";
module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      if (key === "__esModule" || typeof key === "symbol") return undefined;
      return () => {
        throw new Error(`Node의 '${String(key)}'은(는) 이 페이지에서 쓸 수 없습니다.`);
      };
    },
  },
);
