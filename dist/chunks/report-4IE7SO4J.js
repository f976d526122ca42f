import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-JNECWGNO.js";
import "./chunk-PGUBOFMP.js";
import "./chunk-455S7UOL.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-HR6H4OQ5.js";
import "./chunk-F374A6FQ.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-O2S2L5JE.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-VJXVAETE.js";
import "./chunk-PSCYRAWX.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-AQGDAWCO.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-NREXMPRO.js";
import "./chunk-XSSKFD5A.js";
import "./chunk-KXSU6U4D.js";
import "./chunk-N6QECX3L.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
