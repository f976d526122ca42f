import { createRequire as __kamRequire } from 'node:module'; const require = __kamRequire(import.meta.url);
import {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
} from "./chunk-HYL6AEY2.js";
import "./chunk-SEIPRLHZ.js";
import "./chunk-5VFQBW7I.js";
import "./chunk-MUTOISZC.js";
import "./chunk-ELWXXGRX.js";
import "./chunk-P24PHG3Q.js";
import "./chunk-RVBIQEYH.js";
import "./chunk-H4323YL4.js";
import "./chunk-PSCYRAWX.js";
import "./chunk-CDJ7GAAG.js";
import "./chunk-TT5CPOI6.js";
import "./chunk-2XSRJLL4.js";
import "./chunk-WGPO3TYV.js";
import "./chunk-AQGDAWCO.js";
import "./chunk-F6F6S3TX.js";
import "./chunk-3VKN5XRU.js";
import "./chunk-4Q6632EH.js";
import "./chunk-UGSV62AK.js";
import "./chunk-EQWHRGNW.js";
import "./chunk-OQJI7S7I.js";
import "./chunk-QGK4WI7H.js";
import "./chunk-XSSKFD5A.js";
import "./chunk-KXSU6U4D.js";
import "./chunk-TJVWHHNT.js";
import "./chunk-SA2IJZVG.js";
export {
  CHECK_FORMATS,
  checkCommand,
  parseOutputs,
  withinBytes
};
