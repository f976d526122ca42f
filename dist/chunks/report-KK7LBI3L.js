import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
} from "./chunk-WXHPHEUM.js";
import "./chunk-BOV2HAGZ.js";
import "./chunk-2RVQKTVP.js";
import "./chunk-D4IC2CFY.js";
import "./chunk-HQH35EZL.js";
import "./chunk-TLIP7ZW3.js";
import "./chunk-OPNKPR2M.js";
import "./chunk-DK6VTGU2.js";
import "./chunk-MW2GVKPX.js";
import "./chunk-RSZUXVKS.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-FH4AGJX7.js";
import "./chunk-VGEMTBDA.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-3MD37SGK.js";
import "./chunk-JMEENXHA.js";
import "./chunk-I5XYLVYA.js";
import "./chunk-JMTYS2QR.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  REPORT_FORMATS,
  formatFromFile,
  renderReport
};
