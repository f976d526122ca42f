import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);

// src/io/errors.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
