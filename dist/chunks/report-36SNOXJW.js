import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-THYIDTKN.js";
import "./chunk-G5OXMRIE.js";
import "./chunk-3TAJNFT6.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-HQH35EZL.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-KC734WXJ.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-GOVVWQEU.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-N4YFEZQB.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-7B67BF2K.js";
import "./chunk-2O2BUUPQ.js";
import "./chunk-KUAGLHFB.js";
import "./chunk-JMTYS2QR.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
