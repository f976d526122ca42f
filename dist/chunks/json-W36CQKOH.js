import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
} from "./chunk-7B67BF2K.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-JMTYS2QR.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
};
