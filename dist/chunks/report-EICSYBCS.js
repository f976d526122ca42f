import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport,
  reportChunks
} from "./chunk-ZLKIOGD5.js";
import "./chunk-V7ZX4EVH.js";
import "./chunk-EX2VO37J.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-HR6H4OQ5.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-ET77X6EV.js";
import "./chunk-ZCG5Q7TK.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-QDDUVU2Q.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-Y46XV5VN.js";
import "./chunk-YJGWBSKY.js";
import "./chunk-SDZXKXMS.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport,
  reportChunks
};
