import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-CO6DWKL5.js";
import "./chunk-BHDYNWLB.js";
import "./chunk-4NQ6FCNR.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-YYPN44BD.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-LZTTLQAO.js";
import "./chunk-HZSPLG3T.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-EKMQWVSN.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-N24P5VX3.js";
import "./chunk-PQTQPDBU.js";
import "./chunk-N75JVWZT.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
