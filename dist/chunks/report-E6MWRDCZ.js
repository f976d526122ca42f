import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-7EBIM7PR.js";
import "./chunk-N2OUIYXM.js";
import "./chunk-LH6VRUOM.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-E4YL7CVQ.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-LUAMS4HE.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-2CP2HOKN.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-ZUZECVDG.js";
import "./chunk-JEJKPWS7.js";
import "./chunk-H55VO2DL.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
