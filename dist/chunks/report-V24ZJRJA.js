import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-ZQUHINBI.js";
import "./chunk-6MAEAXTT.js";
import "./chunk-PLC76JNY.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-YYPN44BD.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-UMBV7UVR.js";
import "./chunk-U7J3TI66.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-PYU6DH7U.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-2NP2BD2B.js";
import "./chunk-KRRVDRP5.js";
import "./chunk-ONOCOLYI.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
