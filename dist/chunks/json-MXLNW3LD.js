import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
} from "./chunk-INXRK7NB.js";
import "./chunk-HY52YVVC.js";
import "./chunk-IGQNBKN2.js";
import "./chunk-C65SMAYF.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
};
