import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
} from "./chunk-ZUZECVDG.js";
import "./chunk-JEJKPWS7.js";
import "./chunk-H55VO2DL.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
};
