import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/cli/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
