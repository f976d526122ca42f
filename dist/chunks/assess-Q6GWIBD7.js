import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  applyChanges,
  assessCommand,
  changesFrom
} from "./chunk-SJTECKMG.js";
import "./chunk-UQHWD7LA.js";
import "./chunk-H6URRPGD.js";
import "./chunk-UO3XXP57.js";
import "./chunk-ZS5HRSH3.js";
import "./chunk-XXCZGDQM.js";
import "./chunk-O4RZDMHC.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-KSYNYTU7.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-AQOK7LRR.js";
export {
  applyChanges,
  assessCommand,
  changesFrom
};
