import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
} from "./chunk-H3VRS2WE.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-36A7K6WI.js";
import "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";
export {
  formatJson,
  jsonAccount,
  jsonChunks,
  jsonEnd,
  jsonStart
};
