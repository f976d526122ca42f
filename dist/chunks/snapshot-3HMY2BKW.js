import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  loadSnapshot
} from "./chunk-O5NBD7TC.js";
import "./chunk-UO3XXP57.js";
import "./chunk-ZS5HRSH3.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-AQOK7LRR.js";
export {
  loadSnapshot
};
