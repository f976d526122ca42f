import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-MMFVYLVT.js";
import "./chunk-VHHVPENU.js";
import "./chunk-3TAJNFT6.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-KC734WXJ.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-H3VRS2WE.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-36A7K6WI.js";
import "./chunk-LT2VYHAL.js";
import "./chunk-AQOK7LRR.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
