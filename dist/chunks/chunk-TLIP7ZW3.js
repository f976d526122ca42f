import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/format/quadrant-colors.ts
var QUADRANT_COLORS = {
  key: "#1b7f3b",
  "key-development": "#1f6fb2",
  maintenance: "#8a5a00",
  opportunistic: "#7a7a7a",
  unclassified: "#b0b0b0"
};

export {
  QUADRANT_COLORS
};
